"""A real spreadsheet application opens the tracker: LibreOffice Calc, headless.

Converts the exported workbook to CSV (every sheet) and PDF and checks the content, and
re-saves it as .xlsx the way a partner using LibreOffice would, then re-imports it: no
spurious changes (dates, enums, empty cells and ids survive).
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.domain.audience import MARKINGS
from planner.imports.tracker_import import import_tracker, read_tracker
from planner.publishing.documents import export_tracker
from planner.services import campaigns, milestones, positions, stakeholders

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


@pytest.fixture(scope="session")
def lo_profile(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A private LibreOffice profile, so parallel or stale instances never lock us out."""
    return (tmp_path_factory.mktemp("lo-profile")).as_uri()


def convert(profile: str, source: Path, target: str, outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    assert SOFFICE is not None
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    produced = sorted(outdir.iterdir())
    assert produced, f"LibreOffice produced nothing: {result.stdout} {result.stderr}"
    return produced


def _sudan(ws):
    return next(c for c in campaigns.list_campaigns(ws) if "Sudan" in c.name)


def test_libreoffice_reads_every_sheet_as_csv_with_literal_formula_text(
    demo_ws, tmp_path, lo_profile
):
    c = _sudan(demo_ws)
    evil = stakeholders.create(demo_ws, name='=HYPERLINK("http://x","y")')
    positions.create(demo_ws, campaign_id=c.id, stakeholder_id=evil.id, stance=-1)
    src = tmp_path / "tracker.xlsx"
    export_tracker(demo_ws, [c.id], src)
    files = convert(lo_profile, src, CSV_ALL_SHEETS, tmp_path / "csv")
    by_sheet = {p.stem.split("-", 1)[1]: p for p in files}
    assert {"Summary", "Milestones", "Stakeholders", "Engagement log", "Asks"} <= set(by_sheet)
    summary = by_sheet["Summary"].read_text(encoding="utf-8")
    assert c.name in summary and MARKINGS["internal"].upper() in summary
    with open(by_sheet["Stakeholders"], encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    names = {r["Name"] for r in rows}
    assert '=HYPERLINK("http://x","y")' in names  # shown as text, not evaluated to "y"
    assert "y" not in names
    people = positions.campaign_people(demo_ws, c.id)
    assert names == {p.stakeholder.name for p in people}
    with open(by_sheet["Milestones"], encoding="utf-8", newline="") as fh:
        ms_rows = list(csv.DictReader(fh))
    assert {r["ID"] for r in ms_rows} == {m.id for m in milestones.list_milestones(demo_ws, c.id)}


def test_libreoffice_prints_the_tracker_to_pdf_with_the_marking(demo_ws, tmp_path, lo_profile):
    c = _sudan(demo_ws)
    src = tmp_path / "tracker.xlsx"
    export_tracker(demo_ws, [c.id], src, audience="closed")
    (pdf,) = convert(lo_profile, src, "pdf", tmp_path / "pdf")
    assert pdf.suffix == ".pdf" and pdf.stat().st_size > 10_000
    text = (
        subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        if shutil.which("pdftotext")
        else pdf.read_bytes().decode("latin-1")
    )
    assert c.name in text
    assert MARKINGS["closed"] in text
    assert "Stakeholders by stance" in text


def test_a_tracker_resaved_by_libreoffice_reimports_without_spurious_changes(
    demo_ws, tmp_path, lo_profile
):
    ids = [c.id for c in campaigns.list_campaigns(demo_ws)]
    src = tmp_path / "tracker.xlsx"
    export_tracker(demo_ws, ids, src)
    (resaved,) = convert(lo_profile, src, "xlsx:Calc MS Excel 2007 XML", tmp_path / "lo")
    assert resaved.read_bytes() != src.read_bytes()
    plan = read_tracker(demo_ws, resaved)
    assert plan.problems == []
    assert plan.changes == []

    # and an edit made on the LibreOffice-saved file comes through exactly
    wb = load_workbook(resaved)
    sheet = wb["Milestones"]
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=headers.index("Date") + 1).value = dt.datetime(2030, 1, 2)
    milestone_id = sheet.cell(row=2, column=headers.index("ID") + 1).value
    wb.save(resaved)
    plan = import_tracker(demo_ws, resaved)
    assert [(c.field, c.new) for c in plan.changes] == [("Date", "2030-01-02")]
    assert milestones.get(demo_ws, milestone_id).date == dt.date(2030, 1, 2)


def test_libreoffice_shows_vote_outcomes_and_member_states_whole(demo_ws, tmp_path, lo_profile):
    """Wrapped cells are tall enough in a real spreadsheet: nothing is cut or overlaps."""
    import pdfplumber

    src = tmp_path / "tracker.xlsx"
    export_tracker(demo_ws, [c.id for c in campaigns.list_campaigns(demo_ws)], src)
    (pdf,) = convert(lo_profile, src, "pdf", tmp_path / "pdf")
    checked = set()
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            words = page.extract_words()
            texts = [w["text"] for w in words]
            if "VETO" in texts and "Result" in texts:
                veto = words[texts.index("VETO") - 1]  # "fails:", where the cell starts
                result = next(w for w in words if w["text"] == "Result" and w["top"] > veto["top"])
                # the vetoed outcome ends before the next row (Result) begins
                end = next(
                    w
                    for w in words
                    if w["text"] == "abstain)"
                    and w["top"] >= veto["top"]
                    and w["x0"] > veto["x0"] - 5
                )
                assert end["bottom"] <= result["top"] + 1, "the outcome runs into the next row"
                checked.add("outcome")
            if "Counted" in texts and "Member" in texts and "Russian" in texts:
                counted = words[texts.index("Counted")]
                member = words[texts.index("Member")]
                russian = words[texts.index("Russian")]
                mission = [
                    w
                    for w in words
                    if 0 <= w["top"] - russian["top"] < 30
                    and w["text"] in ("Federation", "to", "the", "UN")
                    and member["x0"] - 5 <= w["x0"] < counted["x0"]
                ]
                assert any(w["text"] == "Federation" for w in mission)
                assert all(w["x1"] <= counted["x0"] + 0.5 for w in mission), "name cut"
                checked.add("member state")
    assert checked == {"outcome", "member state"}
