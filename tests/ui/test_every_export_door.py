"""Every door out of the workspace × every audience: nothing withheld in any byte.

The exporters come from the gate's registry, so a door added later is covered without
touching this file (a picture exporter must also have a drawer in ``ui.views.pictures``).
Each runs on the demo workspace and on an adversarial one (``tests.adversarial``), and
its output is read the way a recipient's tools would: PDF text, metadata and every
decompressed object (qpdf), every XML part of the xlsx, the .ics, the JSON, the SVG text,
and for PNG pictures the labels the scene drew.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.domain.audience import is_shown, may_name
from planner.domain.records import StakeholderRecord
from planner.publishing import gate
from planner.publishing.free_text import fold, words
from planner.services import campaigns, stakeholders
from planner.storage.workspace import Workspace
from tests.adversarial import build_adversarial
from ui.views.pictures import DRAWERS

AUDIENCES = ("internal", "closed", "public")


def _all_stakeholders(ws: Workspace) -> list[StakeholderRecord]:
    return stakeholders.list_stakeholders(ws, limit=100_000)


def _pdf_text(path: Path, tmp: Path) -> str:
    reader = PdfReader(path)
    parts = [page.extract_text() or "" for page in reader.pages]
    parts += [str(v) for v in (reader.metadata or {}).values()]
    parts += [getattr(item, "title", "") for item in reader.outline if not isinstance(item, list)]
    qdf = tmp / f"{path.stem}.qdf"
    subprocess.run(
        ["qpdf", "--qdf", "--object-streams=disable", str(path), str(qdf)],
        check=False,  # qpdf exits 3 on warnings; the file is written all the same
        capture_output=True,
    )
    raw = qdf.read_bytes()
    parts += [raw.decode("latin-1"), raw.decode("utf-16-be", "ignore")]
    return "\n".join(parts)


def output_text(published: gate.Published, tmp: Path) -> str:
    """Everything a recipient could read from the file, as one text."""
    path = published.path
    data = path.read_bytes()
    suffix = path.suffix
    if suffix == ".pdf":
        return _pdf_text(path, tmp)
    if suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:
            return html.unescape(
                "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
            )
    if suffix == ".ics":
        text = data.decode("utf-8").replace("\r\n ", "")  # unfold long lines
        return text.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")
    if suffix == ".json":
        text = data.decode("utf-8")
        return text + "\n" + json.dumps(json.loads(text), ensure_ascii=False)
    if suffix == ".svg":  # its text, and what it drew as shapes or bitmaps
        return html.unescape(data.decode("utf-8")) + "\n".join(published.detail.labels)
    if suffix == ".png":
        assert data.startswith(b"\x89PNG")
        return "\n".join(published.detail.labels)
    raise AssertionError(f"no reader for {suffix}: add one for the new exporter")


def _word_text(text: str) -> str:
    return " " + " ".join(words(text)) + " "


def leaks(
    text: str, withheld: list[StakeholderRecord], allowed: list[StakeholderRecord]
) -> list[str]:
    """The names (accent- and case-insensitive, whole words), e-mails and phones found."""
    hay = _word_text(text)
    folded = fold(text)[0]
    kept = [_word_text(s.name) for s in allowed]
    found = []
    for s in withheld:
        name = _word_text(s.name)
        if len(name.strip()) >= 3 and name in hay and not any(name in k for k in kept):
            found.append(s.name)
        if s.email and s.email.casefold() in folded:
            found.append(s.email)
        digits = re.sub(r"\D", "", s.phone)
        if len(digits) >= 6 and re.search(r"[\s().\-]{0,2}".join(digits), text):
            found.append(s.phone)
    return found


@pytest.fixture(params=["demo", "adversarial"])
def any_ws(request: pytest.FixtureRequest) -> Workspace:
    if request.param == "demo":
        return request.getfixturevalue("demo_ws")
    ws = request.getfixturevalue("ws")
    build_adversarial(ws)
    return ws


def _runs(ws: Workspace, door: gate.Exporter) -> list[list[str]]:
    ids = [c.id for c in campaigns.list_campaigns(ws)]
    if door.scope == "one":
        return [[cid] for cid in ids]
    if door.scope == "many":
        return [ids]
    return [ids[:1], []]  # one campaign, and the whole workspace


def test_every_picture_exporter_has_a_drawer():
    assert {n for n, d in gate.EXPORTERS.items() if d.picture} == set(DRAWERS)


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", list(gate.EXPORTERS))
def test_no_withheld_name_email_or_phone_in_any_byte(qtbot, any_ws, tmp_path, name, audience):
    ws = any_ws
    door = gate.EXPORTERS[name]
    people = _all_stakeholders(ws)
    withheld = [s for s in people if not (is_shown(s, audience) and may_name(s, audience))]
    allowed = [s for s in people if s not in withheld]
    adversarial = any(s.name == "Zeïnab Al-Ḥasan" for s in people)
    for k, ids in enumerate(_runs(ws, door)):
        out = tmp_path / f"{name}-{audience}-{k}{door.suffix}"
        prepared = gate.prepare(ws, name, ids, audience)
        draw = DRAWERS.get(name)
        published = gate.publish(ws, prepared, out, draw=draw)
        text = output_text(published, tmp_path)
        if audience == "internal":
            if adversarial:  # the team's copy hides nothing: the confidential partner is there
                assert " zeinab " in _word_text(text), (name, ids)  # labels may be elided
            assert not prepared.replacements
            continue
        assert leaks(text, withheld, allowed) == [], (name, ids)
        if adversarial and door.name != "relationship-map-png":
            assert prepared.replacements  # the planted names were found, and the user told


def test_the_internal_bundle_is_the_full_copy_and_a_closed_one_still_imports(ws, tmp_path):
    from planner.exchange.bundle import import_bundle_file
    from planner.storage.store import open_workspace

    build_adversarial(ws)
    full = gate.export(ws, "bundle", [], "internal", tmp_path / "full.json")
    closed = gate.export(ws, "bundle", [], "closed", tmp_path / "closed.json")
    everyone = {s.name for s in _all_stakeholders(ws)}
    data = json.loads(full.path.read_text(encoding="utf-8"))
    assert {s["name"] for s in data["stakeholders"]} == everyone
    assert data["interactions"]
    assert closed.detail["stakeholders"] < full.detail["stakeholders"]
    with open_workspace(tmp_path / "other.db") as other:
        import_bundle_file(other, closed.path)
        names = {s.name for s in _all_stakeholders(other)}
    assert "Zeïnab Al-Ḥasan" not in names and "Ambassador Ruth Okafor" in names
