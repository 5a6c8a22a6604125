"""`planner init`, `demo` and `check`: making a workspace and checking its health."""

from __future__ import annotations

import json

import pytest

from planner.storage.store import open_workspace
from tests.planner.cli.shared import no_traceback, run

pytestmark = pytest.mark.both_backends  # on a file and on a server


def test_init_creates_a_workspace(capsys, tmp_path):
    db = tmp_path / "new" / "w.db"
    code, out, err = run(capsys, "--db", str(db), "init", "--name", "Sudan team")
    assert code == 0, err
    assert "Workspace ready" in out and str(db) in out
    with open_workspace(db) as ws:
        assert ws.name == "Sudan team"


def test_init_twice_is_harmless(capsys, tmp_path):
    db = str(tmp_path / "w.db")
    assert run(capsys, "--db", db, "init")[0] == 0
    assert run(capsys, "--db", db, "init")[0] == 0


def test_demo_fills_a_new_workspace_and_refuses_a_full_one(capsys, tmp_path):
    db = str(tmp_path / "demo.db")
    code, out, err = run(capsys, "--db", db, "demo")
    assert code == 0, err
    assert "3 campaign" in out
    code, out, err = run(capsys, "--db", db, "demo")
    assert code == 1
    assert "already holds campaigns" in err
    no_traceback(err)


def test_demo_scale_builds_a_synthetic_workspace(capsys, tmp_path):
    db = str(tmp_path / "scale.db")
    code, out, err = run(capsys, "--db", db, "demo", "--scale", "300")
    assert code == 0, err
    assert "300 stakeholder" in out
    code, out, _ = run(capsys, "--db", db, "stakeholders", "--json", "--limit", "500")
    assert len(json.loads(out)) == 300


def test_demo_scale_must_be_positive(capsys, tmp_path):
    code, _out, err = run(capsys, "--db", str(tmp_path / "w.db"), "demo", "--scale", "0")
    assert code == 1
    no_traceback(err)


def test_demo_scale_says_what_it_made_in_words_that_agree(capsys, tmp_path):
    code, out, err = run(capsys, "--db", str(tmp_path / "scale.db"), "demo", "--scale", "300")
    assert code == 0, err
    assert "interaction participants" in out
    assert "interaction participant," not in out and not out.rstrip().endswith("participant")
    assert " rows" in err and "stakeholders" not in err  # the progress counts rows


def test_check_reports_a_healthy_workspace(capsys, demo_db):
    code, out, err = run(capsys, "--db", demo_db, "check")
    assert code == 0, err
    assert "integrity: ok" in out
    assert "up to date" in out
    code, out, _ = run(capsys, "--db", demo_db, "check", "--json")
    facts = json.loads(out)
    assert facts["integrity"] == "ok" and facts["search_index"] == "ok"
