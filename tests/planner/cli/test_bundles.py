"""`planner bundle export` and `import`: a round trip, and the ways an import fails."""

from __future__ import annotations

import json

import pytest

from tests.planner.cli.shared import SUDAN, no_traceback, run

pytestmark = pytest.mark.both_backends  # on a file and on a server


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
