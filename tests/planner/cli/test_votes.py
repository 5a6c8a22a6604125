"""`planner votes`: the whip count of a vote milestone, as a table and as JSON."""

from __future__ import annotations

import json

from planner.cli import main
from planner.planning import vote_count
from tests.planner.planning.test_vote_count import resolution_77_301


def test_cli_prints_totals_by_group_and_json(ws, vote, capsys):
    ids = vote_count.seed_member_states(ws)
    record = {ids[iso3]: actual for iso3, actual in resolution_77_301().items()}
    vote_count.set_positions(ws, vote.id, record, field="actual")
    db = str(ws.path)
    assert main(["--db", db, "votes", "--milestone", vote.title]) == 0
    out = capsys.readouterr().out
    assert "Actual    83   11  62       37" in out
    assert "WEOG" in out and "GRULAC" in out
    assert main(["--db", db, "votes", "--milestone", vote.id, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["actual"]["yes"] == 83 and data["actual"]["passes"] is True
    assert {g["label"] for g in data["by_group"]} >= {"African", "Asia-Pacific", "No group"}
    assert main(["--db", db, "votes", "--milestone", "No such vote"]) == 1
