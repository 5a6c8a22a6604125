"""`planner ics`: the calendar of one campaign or all, a clear error for an unknown one."""

from __future__ import annotations

from icalendar import Calendar

from planner.cli import main
from planner.services import milestones


def _events(path):
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_cli_writes_all_campaigns(demo_ws, tmp_path, capsys):
    out = tmp_path / "all.ics"
    rc = main(["--db", str(demo_ws.path), "ics", "--audience", "internal", "--out", str(out)])
    assert rc == 0
    total = len(milestones.list_milestones(demo_ws))
    assert len(_events(out)) == total
    assert f"{total} milestones" in capsys.readouterr().out


def test_cli_unknown_campaign_is_a_clear_error(ws, tmp_path, capsys):
    rc = main(["--db", str(ws.path), "ics", "--campaign", "Nope", "--out", str(tmp_path / "x.ics")])
    assert rc == 1
    assert "Nope" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()
