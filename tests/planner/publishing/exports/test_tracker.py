"""The Excel tracker export: content, formatting, audiences, formula safety, atomic writes."""

from __future__ import annotations

import datetime as dt
import html
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.cli import main
from planner.domain.audience import MARKINGS, NAMEABLE, SHOWN
from planner.publishing.documents import export_tracker
from planner.publishing.exports.tracker_format import TrackerCancelled
from planner.services import campaigns, positions, stakeholders
from planner.services.snapshot import take_snapshot

TODAY = dt.date(2026, 6, 1)


def _campaign(ws, word: str):
    return next(c for c in campaigns.list_campaigns(ws) if word in c.name)


def _headers(sheet) -> list[str]:
    return [c.value for c in sheet[1]]


def _column(sheet, header: str) -> list:
    idx = _headers(sheet).index(header)
    return [row[idx] for row in sheet.iter_rows(min_row=2, values_only=True)]


@pytest.fixture
def sudan_xlsx(demo_ws, tmp_path) -> Path:
    out = tmp_path / "sudan.xlsx"
    export_tracker(demo_ws, [_campaign(demo_ws, "Sudan").id], out, today=TODAY)
    return out


def test_internal_tracker_has_every_sheet_and_a_summary_with_marking(demo_ws, sudan_xlsx):
    wb = load_workbook(sudan_xlsx)
    assert wb.sheetnames[:7] == [
        "Summary",
        "Milestones",
        "Stakeholders",
        "Engagement log",
        "Asks",
        "Follow-ups",
        "Voices",
    ]
    assert wb["_meta"].sheet_state == "hidden"
    summary = [v for row in wb["Summary"].iter_rows(values_only=True) for v in row if v]
    assert "Humanitarian access in Sudan" in summary
    assert MARKINGS["internal"].upper() in summary
    assert "Stakeholders in the campaign" in summary
    with zipfile.ZipFile(sudan_xlsx) as z:
        chart = z.read("xl/charts/chart1.xml").decode()
    assert "Stakeholders by stance" in chart and "Summary" in chart
    people = positions.campaign_people(demo_ws, _campaign(demo_ws, "Sudan").id)
    assert sorted(_column(wb["Stakeholders"], "Name")) == sorted(p.stakeholder.name for p in people)


def test_data_sheets_have_header_filter_freeze_dates_dropdowns_and_colour_rules(sudan_xlsx):
    wb = load_workbook(sudan_xlsx)
    ms = wb["Milestones"]
    assert ms.freeze_panes == "D2"  # header row and the moment's title stay in view
    assert ms.auto_filter.ref.startswith("A1:")
    header = ms["A1"]
    assert header.font.b and header.fill.fgColor.rgb.endswith("1F3864")
    dates = [c for c in ms["A"][1:] if c.value is not None]
    assert dates and all(isinstance(c.value, dt.datetime) for c in dates)
    assert all(c.number_format == "d mmm yyyy" for c in dates)
    status_dv = [dv for dv in ms.data_validations.dataValidation if "Planned" in dv.formula1]
    assert status_dv and status_dv[0].type == "list"
    rules = [r for cf in ms.conditional_formatting for r in cf.rules]
    assert any("TODAY()" in (r.formula or [""])[0] for r in rules)  # overdue in red
    assert ms.print_title_rows == "$1:$1"
    assert ms.page_setup.orientation == "landscape"
    assert MARKINGS["internal"] in ms.oddHeader.right.text

    st = wb["Stakeholders"]
    assert st.freeze_panes == "B2"
    stance_col = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[_headers(st).index("Stance")]
    scales = [
        r for cf in st.conditional_formatting if stance_col in str(cf.sqref) for r in cf.rules
    ]
    assert any(r.type == "colorScale" for r in scales)
    assert all(isinstance(v, int) and -2 <= v <= 2 for v in _column(st, "Stance"))
    roles = [dv for dv in st.data_validations.dataValidation if "Partner" in dv.formula1]
    assert roles
    idx = _headers(st).index("Next step")
    steps = [row[idx] for row in st.iter_rows(min_row=2) if row[idx].value]
    assert steps and all(c.alignment.wrap_text and c.alignment.vertical == "top" for c in steps)


def test_every_row_carries_a_hidden_stable_id_and_version(demo_ws, sudan_xlsx):
    wb = load_workbook(sudan_xlsx)
    ms = wb["Milestones"]
    headers = _headers(ms)
    id_letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[headers.index("ID")]
    assert ms.column_dimensions[id_letter].hidden
    cid = _campaign(demo_ws, "Sudan").id
    snap = take_snapshot(demo_ws, cid)
    assert _column(ms, "ID") == [m.id for m in snap.milestones]
    assert _column(ms, "Version") == [m.version for m in snap.milestones]
    st = wb["Stakeholders"]
    assert set(_column(st, "Link ID")) == {p.position.id for p in snap.people}


def _texts(path: Path) -> str:
    """Every part of the zip, XML-unescaped, as one text to search."""
    with zipfile.ZipFile(path) as z:
        parts = [z.read(n).decode("utf-8", "replace") for n in z.namelist()]
    return html.unescape("\n".join(parts))


@pytest.mark.parametrize("audience", ["closed", "public"])
def test_outside_audiences_leak_nothing_withheld_anywhere_in_the_file(demo_ws, tmp_path, audience):
    cids = [c.id for c in campaigns.list_campaigns(demo_ws)]
    out = tmp_path / f"{audience}.xlsx"
    export_tracker(demo_ws, cids, out, audience=audience, today=TODAY)
    text = _texts(out)
    forbidden: set[str] = set()
    for cid in cids:
        snap = take_snapshot(demo_ws, cid)
        for s in snap.stakeholders.values():
            forbidden |= {s.email, s.phone, s.notes, s.consent_note}
            if s.sensitivity not in SHOWN[audience] or s.name_consent not in NAMEABLE[audience]:
                forbidden.add(s.name)
                forbidden.add(s.title)
        for i in snap.interactions:
            forbidden |= {i.summary, i.outcome}
        for p in snap.people:
            forbidden |= {p.position.next_step, p.position.source}
        forbidden.add(snap.campaign.strategy)
    forbidden = {f for f in forbidden if f and len(f) > 3}
    assert forbidden, "the demo must have something to withhold"
    leaked = sorted(f for f in forbidden if f in text)
    assert leaked == []
    assert MARKINGS[audience] in text
    wb = load_workbook(out)
    assert "Engagement log" not in wb.sheetnames and "Follow-ups" not in wb.sheetnames
    assert "ID" not in _headers(wb["Stakeholders"])
    assert wb.properties.creator == "Campaign Planner"


def test_document_properties_say_what_the_file_is_without_names(sudan_xlsx):
    with zipfile.ZipFile(sudan_xlsx) as z:
        core = z.read("docProps/core.xml").decode()
        custom = z.read("docProps/custom.xml").decode()
    assert "Campaign Planner" in core and "openpyxl" not in core
    assert "Campaign tracker — Humanitarian access in Sudan" in core
    assert "campaign-planner-tracker" in custom


def test_formula_like_names_come_out_as_literal_text_never_formulas_or_links(ws, tmp_path):
    c = campaigns.create(ws, name="Formula safety")
    evil = ['=HYPERLINK("http://x","y")', "@SUM(A1)", "+1 555 0100", "-2 things", "=1+1"]
    for name in evil:
        s = stakeholders.create(ws, name=name, notes=name)
        positions.create(ws, campaign_id=c.id, stakeholder_id=s.id, next_step=name)
    out = tmp_path / "evil.xlsx"
    export_tracker(ws, [c.id], out)
    wb = load_workbook(out)
    sheet = wb["Stakeholders"]
    names = sheet["A"][1:]
    assert sorted(cell.value for cell in names) == sorted(evil)
    for cell in names:
        assert cell.data_type == "s"
        if cell.value.startswith(("=", "@", "+", "-")):
            assert cell.quotePrefix
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row)
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            data = z.read(name).decode("utf-8", "replace")
            if name.startswith("xl/worksheets/sheet"):
                assert "<f>" not in data and "<f " not in data
                assert "<hyperlinks" not in data
            assert "externalLink" not in name
            if name.endswith(".rels"):
                assert "/hyperlink" not in data and 'TargetMode="External"' not in data


def test_a_cancelled_export_leaves_the_previous_file_untouched(demo_ws, sudan_xlsx):
    before = sudan_xlsx.read_bytes()
    with pytest.raises(TrackerCancelled):
        export_tracker(
            demo_ws,
            [c.id for c in campaigns.list_campaigns(demo_ws)],
            sudan_xlsx,
            cancelled=lambda: True,
        )
    assert sudan_xlsx.read_bytes() == before
    assert [p.name for p in sudan_xlsx.parent.iterdir() if p.name.endswith(".part")] == []


def test_progress_reaches_the_total(demo_ws, tmp_path):
    seen: list[tuple[int, int]] = []
    export_tracker(
        demo_ws,
        [c.id for c in campaigns.list_campaigns(demo_ws)],
        tmp_path / "all.xlsx",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen and seen[-1][0] == seen[-1][1] > 0


def test_all_campaigns_in_one_workbook_get_a_campaign_column(demo_ws, tmp_path):
    out = tmp_path / "all.xlsx"
    export_tracker(demo_ws, [c.id for c in campaigns.list_campaigns(demo_ws)], out)
    wb = load_workbook(out)
    ms = wb["Milestones"]
    assert _headers(ms)[0] == "Campaign"
    assert len(set(_column(ms, "Campaign"))) == 3
    assert "Votes" in wb.sheetnames  # the Syria vote positions
    summary = [v for row in wb["Summary"].iter_rows(values_only=True) for v in row if v]
    assert sum(1 for v in summary if v == "Key figures") == 3


def test_cli_writes_a_tracker_and_names_its_audience(demo_ws, tmp_path, capsys):
    out = tmp_path / "cli.xlsx"
    code = main(
        [
            "--db",
            str(demo_ws.path),
            "tracker",
            "--campaign",
            "Humanitarian access in Sudan",
            "--out",
            str(out),
            "--audience",
            "closed",
        ]
    )
    assert code == 0
    assert "restricted distribution" in capsys.readouterr().out
    assert re.search(r"Restricted distribution", _texts(out))


def _cells(path: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(path)
    return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb}


@pytest.mark.parametrize("audience", ["internal", "closed"])
def test_every_campaign_streamed_one_at_a_time_writes_what_the_snapshots_in_memory_write(
    demo_ws, tmp_path, audience
):
    """The gate hands the tracker one campaign at a time (never all snapshots at once);
    the workbook is the one written from every snapshot held in memory."""
    from planner.publishing import gate
    from planner.publishing.exports.tracker import write_tracker

    ids = [c.id for c in campaigns.list_campaigns(demo_ws)]
    taken: list[str] = []
    lazy = gate.prepare(
        demo_ws,
        "tracker",
        ids,
        audience,
        today=TODAY,
        lazy=True,
        on_snapshot=lambda s: taken.append(s.campaign.id),
    )
    assert lazy.snapshots == () and taken == []  # nothing read before the file is written
    alive: list[int] = []
    stream = lazy.each_snapshot()

    def counted():
        for snap in stream:
            alive.append(len(taken))
            yield snap

    streamed = write_tracker(counted(), tmp_path / "streamed.xlsx", campaigns=len(ids))
    assert taken == ids and alive == [1, 2, 3]  # each campaign read when its turn came
    eager = gate.prepare(demo_ws, "tracker", ids, audience, today=TODAY)
    in_memory = write_tracker(eager.snapshots, tmp_path / "eager.xlsx")
    assert streamed.sheets == in_memory.sheets
    assert lazy.replacements == eager.replacements
    assert _cells(tmp_path / "streamed.xlsx") == _cells(tmp_path / "eager.xlsx")


def test_an_optional_sheet_no_streamed_campaign_fills_is_left_out(demo_ws, tmp_path):
    """Sign-ons is written only when some campaign has one, also when streamed."""
    quiet = campaigns.create(demo_ws, name="Quiet campaign")
    ids = [quiet.id, _campaign(demo_ws, "Myanmar").id]  # neither has a sign-on
    out = tmp_path / "two.xlsx"
    result = export_tracker(demo_ws, ids, out, today=TODAY)
    wb = load_workbook(out)
    assert "Sign-ons" not in wb.sheetnames and "Sign-ons" not in result.sheets
    assert "Votes" in wb.sheetnames  # Myanmar's vote positions
    notes = [v for row in wb["Summary"].iter_rows(values_only=True) for v in row if v]
    sheet_notes = [v for v in notes if isinstance(v, str) and v.startswith("Sheets: ")]
    assert len(sheet_notes) == 2
    assert all(n.startswith("Sheets: " + ", ".join(result.sheets) + ".") for n in sheet_notes)
    assert all("Sign-ons" not in n and ", Votes." in n for n in sheet_notes)
    three = export_tracker(
        demo_ws, [*ids, _campaign(demo_ws, "Sudan").id], tmp_path / "three.xlsx", today=TODAY
    )
    assert three.sheets["Sign-ons"] == 1
    assert "Sign-ons" in load_workbook(tmp_path / "three.xlsx").sheetnames


def test_a_stream_shorter_than_announced_writes_nothing(demo_ws, tmp_path):
    from planner.publishing import gate
    from planner.publishing.exports.tracker import write_tracker

    ids = [c.id for c in campaigns.list_campaigns(demo_ws)]
    prepared = gate.prepare(demo_ws, "tracker", ids, "internal", lazy=True)
    with pytest.raises(ValueError, match="expected 4 campaigns, got 3"):
        write_tracker(prepared.each_snapshot(), tmp_path / "t.xlsx", campaigns=4)
    assert not (tmp_path / "t.xlsx").exists()
