"""The documents a user makes (brief, tracker, calendar): bad options fail before any
work; each is written through the gate and recorded as a share."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.domain.validation import ValidationError
from planner.publishing.documents import export_calendar, export_tracker, write_brief
from planner.services import audit_trail, campaigns, milestones
from planner.storage.workspace import Workspace

SUDAN = "Humanitarian access in Sudan"


def test_bad_options_are_rejected_and_nothing_written(demo_ws: Workspace, tmp_path: Path) -> None:
    campaign = campaigns.find(demo_ws, SUDAN)
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"previous")
    with pytest.raises(ValidationError, match="lang"):
        write_brief(demo_ws, campaign.id, out, lang="de")
    with pytest.raises(ValidationError, match="logo"):
        write_brief(demo_ws, campaign.id, out, logo=tmp_path / "missing.png")
    assert out.read_bytes() == b"previous"
    assert not list(tmp_path.glob("*.part"))


def test_each_document_is_recorded_as_a_share_with_its_audience(demo_ws, tmp_path):
    campaign = campaigns.find(demo_ws, SUDAN)
    brief = write_brief(demo_ws, campaign.id, tmp_path / "b.pdf", audience="public")
    tracker = export_tracker(demo_ws, [campaign.id], tmp_path / "t.xlsx", audience="closed")
    events = export_calendar(demo_ws, tmp_path / "c.ics", campaign.id, audience="internal")
    assert brief.path.is_file() and brief.pages >= 1
    assert tracker.path.is_file() and tracker.audience == "closed"
    assert events == len(milestones.list_milestones(demo_ws, campaign.id))
    shares = [e for e in audit_trail.history(demo_ws, campaign.id) if e.action == "share"]
    assert [(e.entity, e.new, e.note) for e in shares[-3:]] == [
        ("brief", "public", str(tmp_path / "b.pdf")),
        ("tracker", "closed", str(tmp_path / "t.xlsx")),
        ("ics", "internal", str(tmp_path / "c.ics")),
    ]


def test_an_existing_file_is_kept_unless_forced(ws, tmp_path):
    campaign = campaigns.create(ws, name="Small")
    out = tmp_path / "c.ics"
    out.write_text("previous", encoding="utf-8")
    with pytest.raises(OSError, match="exists"):
        export_calendar(ws, out, campaign.id, force=False)
    assert out.read_text(encoding="utf-8") == "previous"
    assert export_calendar(ws, out, campaign.id) == 0  # force is the library's default
    assert out.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
