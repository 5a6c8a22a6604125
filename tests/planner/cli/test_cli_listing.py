"""`planner campaigns`/`stakeholders`/`search` tables use the app's words; --json stays raw."""

from __future__ import annotations

import json

from planner.cli import main


def run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_campaign_table_shows_status_and_priority_in_words(capsys, demo_ws):
    out = run(capsys, "--db", str(demo_ws.path), "campaigns")
    sudan = next(line for line in out.splitlines() if "Sudan" in line)
    assert "Active" in sudan and "High" in sudan
    assert " active " not in sudan and " 1 " not in sudan


def test_stakeholder_table_shows_categories_in_words(capsys, demo_ws):
    out = run(capsys, "--db", str(demo_ws.path), "stakeholders", "--limit", "500")
    assert "local_civil_society" not in out and "womens_group" not in out
    assert "Local civil society" in out
    assert "Organisation" in out and "Confidential" in out


def test_json_keeps_the_stored_values(capsys, demo_ws):
    rows = json.loads(run(capsys, "--db", str(demo_ws.path), "stakeholders", "--json"))
    assert "local_civil_society" in {r["category"] for r in rows}
    camps = json.loads(run(capsys, "--db", str(demo_ws.path), "campaigns", "--json"))
    assert {c["priority"] for c in camps} <= {1, 2, 3}
    assert "active" in {c["status"] for c in camps}


def test_search_table_names_the_kind_in_words(capsys, demo_ws):
    out = run(capsys, "--db", str(demo_ws.path), "search", "missing")
    lines = out.splitlines()
    assert any(line.startswith("Campaign ") for line in lines)
    assert not any(line.startswith(("campaign ", "stakeholder ")) for line in lines)
