"""The `planner` command: its public contract, its output, and how it fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.planner.cli.shared import no_traceback, run, usage

pytestmark = pytest.mark.both_backends  # on a file and on a server


def test_planner_db_environment_variable_names_the_workspace(capsys, demo_db, monkeypatch):
    monkeypatch.setenv("PLANNER_DB", demo_db)
    code, out, _ = run(capsys, "campaigns", "--json")
    assert code == 0
    assert len(json.loads(out)) == 3


# ------------------------------------------------------------------- errors


def test_unknown_campaign_is_an_error_on_stderr(capsys, demo_db):
    code, out, err = run(capsys, "--db", demo_db, "stakeholders", "--campaign", "Atlantis")
    assert code == 1
    assert out == ""
    assert "Atlantis" in err
    no_traceback(err)


def test_missing_workspace_is_an_error_and_is_not_created(capsys, tmp_path):
    db = tmp_path / "absent.db"
    code, _out, err = run(capsys, "--db", str(db), "campaigns")
    assert code == 1
    assert "No workspace" in err
    no_traceback(err)
    assert not db.exists()


def test_a_file_that_is_not_a_workspace_is_an_error(capsys, tmp_path):
    db = tmp_path / "notes.txt"
    db.write_text("not a database\n" * 100)
    code, _out, err = run(capsys, "--db", str(db), "campaigns")
    assert code == 1
    assert "not a Campaign Planner workspace" in err
    no_traceback(err)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["campaigns", "--colour"],
        ["stakeholders", "--limit", "many"],
        ["bundle"],
        ["bundle", "export"],
        ["search"],
    ],
)
def test_usage_errors_exit_2(capsys, tmp_path, argv):
    code, err = usage(capsys, "--db", str(tmp_path / "w.db"), *argv)
    assert code == 2
    assert "usage:" in err
    assert "Traceback" not in err


def test_help_exits_0(capsys):
    code, _err = usage(capsys, "--help")
    assert code == 0


# ------------------------------------------------------------------- the real console script


def _console(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    script = Path(sys.executable).parent / "planner"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "planner.cli"]
    return subprocess.run(
        [*command, *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_console_script_end_to_end(tmp_path):
    db = str(tmp_path / "w.db")
    done = _console("--db", db, "demo")
    assert done.returncode == 0, done.stderr
    done = _console("--db", db, "campaigns", "--json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 3
    done = _console("search", "sud", env={"PLANNER_DB": db})
    assert done.returncode == 0, done.stderr
    assert "Sudan" in done.stdout


def test_console_script_errors_have_no_traceback(tmp_path):
    done = _console("--db", str(tmp_path / "absent.db"), "stakeholders")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("planner: error: ")
    assert "Traceback" not in done.stderr
    done = _console("--db", str(tmp_path / "absent.db"), "nonsense")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


def test_python_dash_m_runs_the_cli(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "planner.cli", "--db", str(tmp_path / "w.db"), "init"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Workspace ready" in done.stdout


# ------------------------------------------------------------------- issue 14


def test_an_error_quoting_hostile_input_escapes_its_control_characters(capsys, demo_db, tmp_path):
    good = tmp_path / "good.json"
    run(capsys, "--db", demo_db, "bundle", "export", "--out", str(good))
    data = json.loads(good.read_text(encoding="utf-8"))
    data["stakeholders"][2]["id"] = "\x1b]0;owned\x07\x1b[2J\u202e"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, _out, err = run(capsys, "--db", demo_db, "bundle", "import", str(bad))
    assert code == 1
    no_traceback(err)
    assert "stakeholders[2]" in err and "id" in err
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err
    assert "\\x1b" in err
