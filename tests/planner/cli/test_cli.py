"""The `planner` command: its public contract, its output, and how it fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main
from planner.storage.store import open_workspace

pytestmark = pytest.mark.both_backends  # on a file and on a server

SUDAN = "Humanitarian access in Sudan"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def usage(capsys, *argv: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    return int(info.value.code or 0), capsys.readouterr().err


@pytest.fixture
def demo_db(demo_ws) -> str:
    return demo_ws.location  # the file, or the server URL


def no_traceback(err: str) -> None:
    assert "Traceback" not in err
    assert err.startswith("planner: error: ")
    assert err.count("\n") == 1


# ------------------------------------------------------------------- workspace commands


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


def test_check_reports_a_healthy_workspace(capsys, demo_db):
    code, out, err = run(capsys, "--db", demo_db, "check")
    assert code == 0, err
    assert "integrity: ok" in out
    assert "up to date" in out
    code, out, _ = run(capsys, "--db", demo_db, "check", "--json")
    facts = json.loads(out)
    assert facts["integrity"] == "ok" and facts["search_index"] == "ok"


# ------------------------------------------------------------------- listings


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


def test_planner_db_environment_variable_names_the_workspace(capsys, demo_db, monkeypatch):
    monkeypatch.setenv("PLANNER_DB", demo_db)
    code, out, _ = run(capsys, "campaigns", "--json")
    assert code == 0
    assert len(json.loads(out)) == 3


# ------------------------------------------------------------------- bundles


def test_bundle_export_and_import_round_trip(capsys, demo_db, tmp_path):
    out_file = tmp_path / "all.json"
    full = ("--audience", "internal")  # the whole workspace, as it is
    code, out, err = run(capsys, "--db", demo_db, "bundle", "export", *full, "--out", str(out_file))
    assert code == 0, err
    assert "Wrote" in out and "3 campaigns" in out
    assert json.loads(out_file.read_text(encoding="utf-8"))["version"] == 1

    laptop = str(tmp_path / "laptop.db")
    code, out, err = run(capsys, "--db", laptop, "bundle", "import", str(out_file))
    assert code == 0, err
    assert "created" in out
    code, out, _ = run(capsys, "--db", laptop, "bundle", "import", str(out_file))
    assert code == 0
    assert "unchanged" in out and "created" not in out
    a = json.loads(run(capsys, "--db", demo_db, "campaigns", "--json")[1])
    b = json.loads(run(capsys, "--db", laptop, "campaigns", "--json")[1])
    assert a == b


def test_bundle_export_of_one_campaign(capsys, demo_db, tmp_path):
    out_file = tmp_path / "sudan.json"
    code, _out, err = run(
        capsys, "--db", demo_db, "bundle", "export", "--campaign", SUDAN, "--out", str(out_file)
    )
    assert code == 0, err
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert [c["name"] for c in data["campaigns"]] == [SUDAN]


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


def test_importing_a_missing_file_is_an_error(capsys, demo_db, tmp_path):
    code, _out, err = run(capsys, "--db", demo_db, "bundle", "import", str(tmp_path / "x.json"))
    assert code == 1
    assert "no such file" in err
    no_traceback(err)


def test_importing_a_bad_bundle_is_an_error_and_changes_nothing(capsys, demo_db, tmp_path):
    good = tmp_path / "good.json"
    run(capsys, "--db", demo_db, "bundle", "export", "--audience", "internal", "--out", str(good))
    data = json.loads(good.read_text(encoding="utf-8"))
    data["campaigns"][0]["name"] = "Changed"
    data["stakeholders"][4]["category"] = "bank"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    before = run(capsys, "--db", demo_db, "campaigns", "--json")[1]
    code, _out, err = run(capsys, "--db", demo_db, "bundle", "import", str(bad))
    assert code == 1
    assert "stakeholders[4]" in err and "category" in err and "bank" in err
    no_traceback(err)
    assert run(capsys, "--db", demo_db, "campaigns", "--json")[1] == before


def test_exporting_an_unknown_campaign_is_an_error(capsys, demo_db, tmp_path):
    out_file = tmp_path / "x.json"
    code, _out, err = run(
        capsys,
        "--db",
        demo_db,
        "bundle",
        "export",
        "--campaign",
        "Atlantis",
        "--out",
        str(out_file),
    )
    assert code == 1
    no_traceback(err)
    assert not out_file.exists()


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


def test_demo_scale_says_what_it_made_in_words_that_agree(capsys, tmp_path):
    code, out, err = run(capsys, "--db", str(tmp_path / "scale.db"), "demo", "--scale", "300")
    assert code == 0, err
    assert "interaction participants" in out
    assert "interaction participant," not in out and not out.rstrip().endswith("participant")
    assert " rows" in err and "stakeholders" not in err  # the progress counts rows


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


def test_a_bundle_import_reports_what_it_deleted(capsys, demo_db, tmp_path):
    out_file = tmp_path / "all.json"
    whole = ["bundle", "export", "--audience", "internal", "--out", str(out_file)]
    run(capsys, "--db", demo_db, *whole)
    data = json.loads(out_file.read_text(encoding="utf-8"))
    data["stakeholders"][3]["deleted_at"] = "2026-05-01T09:30:00Z"
    out_file.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "--db", demo_db, "bundle", "import", str(out_file))
    assert code == 0, err
    assert "deleted 1 (1 stakeholder)" in out
    assert "updated" not in out and "created" not in out
