"""`planner moments list|add`: the moments library with its dates, added to a campaign."""

from __future__ import annotations

from planner.cli import main


def test_cli_lists_and_adds_moments(ws, campaign, capsys):
    db = str(ws.path)
    assert main(["--db", db, "moments", "list", "--year", "2024"]) == 0
    out = capsys.readouterr().out
    assert "hrc-march" in out and "2024-02-26 – 2024-04-05" in out
    code = main(
        ["--db", db, "moments", "add", "--campaign", campaign.name, "hrc-june", "--year", "2024"]
    )
    assert code == 0
    assert "Added HRC56" in capsys.readouterr().out
    assert (
        main(["--db", db, "moments", "add", "--campaign", campaign.id, "nope", "--year", "2024"])
        == 1
    )
    assert "'nope'" in capsys.readouterr().err
