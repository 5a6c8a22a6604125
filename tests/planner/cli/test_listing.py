"""`planner campaigns`, `stakeholders` and `search`: what they list and how they say it."""

from __future__ import annotations

import json

import pytest

from tests.planner.cli.shared import SUDAN, run

pytestmark = pytest.mark.both_backends  # on a file and on a server


def test_campaigns_lists_the_demo_campaigns(capsys, demo_db):
    code, out, _ = run(capsys, "--db", demo_db, "campaigns")
    assert code == 0
    assert SUDAN in out
    assert "Myanmar" in out and "Syria" in out
    assert out.splitlines()[0].split()[:3] == ["Name", "Context", "Status"]


def test_campaigns_json_is_machine_readable(capsys, demo_db):
    code, out, _ = run(capsys, "--db", demo_db, "campaigns", "--json")
    assert code == 0
    data = json.loads(out)
    assert len(data) == 3
    sudan = next(c for c in data if c["name"] == SUDAN)
    assert {"id", "status", "priority", "start_date", "tags"} <= set(sudan)


def test_campaigns_of_an_empty_workspace_says_so(capsys, tmp_path):
    db = str(tmp_path / "w.db")
    run(capsys, "--db", db, "init")
    code, out, _ = run(capsys, "--db", db, "campaigns")
    assert code == 0
    assert "No campaigns yet" in out


def test_stakeholders_of_a_campaign_by_name(capsys, demo_db, demo_ws):
    from planner.services import campaigns, positions

    cid = campaigns.find(demo_ws, SUDAN).id
    expected = {p.stakeholder.id for p in positions.campaign_people(demo_ws, cid)}
    code, out, _ = run(capsys, "--db", demo_db, "stakeholders", "--campaign", SUDAN, "--json")
    assert code == 0
    assert {s["id"] for s in json.loads(out)} == expected
    code, out, _ = run(capsys, "--db", demo_db, "stakeholders", "--campaign", cid, "--json")
    assert {s["id"] for s in json.loads(out)} == expected


def test_stakeholders_search_matches_prefixes(capsys, demo_db):
    code, out, _ = run(capsys, "--db", demo_db, "stakeholders", "--search", "sud", "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows
    assert all("sud" in json.dumps(r, ensure_ascii=False).lower() for r in rows)
    code, out, _ = run(capsys, "--db", demo_db, "stakeholders", "--search", "sud")
    assert "Name" in out.splitlines()[0]


def test_stakeholders_limit_says_how_many_are_hidden(capsys, demo_db):
    code, out, _ = run(capsys, "--db", demo_db, "stakeholders", "--limit", "5")
    assert code == 0
    assert "… 5 of" in out


def test_stakeholders_with_no_match(capsys, demo_db):
    code, out, _ = run(capsys, "--db", demo_db, "stakeholders", "--search", "zzzzqq")
    assert code == 0
    assert "No stakeholders match" in out


def test_search_finds_across_kinds(capsys, demo_db):
    code, out, _ = run(capsys, "--db", demo_db, "search", "sudan")
    assert code == 0
    assert "Sudan" in out
    code, out, _ = run(capsys, "--db", demo_db, "search", "sudan", "--json")
    hits = json.loads(out)
    assert {h["kind"] for h in hits} >= {"campaign", "stakeholder"}


def test_search_with_fts_syntax_does_not_fail(capsys, demo_db):
    code, out, err = run(capsys, "--db", demo_db, "search", 'AND " * -x')
    assert code == 0, err
    assert "Nothing matches" in out
