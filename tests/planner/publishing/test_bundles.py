"""A bundle for an outside audience: redacted, still importable, and never overwriting the
full records it was made from."""

from __future__ import annotations

from planner.cli import main
from planner.services import campaigns


def test_a_closed_bundle_brought_back_home_overwrites_nothing(demo_ws, tmp_path, capsys):
    """A redacted copy (descriptions for names, no contacts) re-imported into the workspace
    it came from must not replace the full records it was made from."""
    from planner.exchange.bundle import export_bundle

    before = export_bundle(demo_ws)
    out = tmp_path / "closed.json"
    assert main(["--db", str(demo_ws.path), "bundle", "export", "--out", str(out)]) == 0
    assert main(["--db", str(demo_ws.path), "bundle", "import", str(out)]) == 0
    said = capsys.readouterr().out
    assert "a redacted bundle never overwrites" in said
    assert "updated" not in said
    after = export_bundle(demo_ws)
    for section in ("stakeholders", "campaigns", "asks", "quotes", "milestones"):
        assert after[section] == before[section], section


def test_a_closed_bundle_still_adds_what_the_other_workspace_lacks(demo_ws, ws, tmp_path):
    out = tmp_path / "closed.json"
    assert main(["--db", str(demo_ws.path), "bundle", "export", "--out", str(out)]) == 0
    assert main(["--db", str(ws.path), "bundle", "import", str(out)]) == 0
    assert {c.name for c in campaigns.list_campaigns(ws)} == {
        c.name for c in campaigns.list_campaigns(demo_ws)
    }
