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


def test_an_own_bundle_edited_elsewhere_is_a_conflict_not_an_overwrite(capsys, demo_db, tmp_path):
    """A bundle's record that differs from the one held here is never simply written over:
    with no base to tell which side changed, the difference is a conflict to resolve."""
    out_file = tmp_path / "all.json"
    whole = ["bundle", "export", "--audience", "internal", "--out", str(out_file)]
    run(capsys, "--db", demo_db, *whole)
    data = json.loads(out_file.read_text(encoding="utf-8"))
    victim = data["stakeholders"][3]
    victim["deleted_at"] = "2026-05-01T09:30:00Z"
    out_file.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "--db", demo_db, "bundle", "import", str(out_file))
    if demo_db.startswith("postgresql"):  # a server keeps no conflicts: merged on laptops
        assert code == 1 and "merge the bundle on a laptop" in err and "Nothing was" in err
        no_traceback(err)
        return
    assert code == 0, err
    assert "1 conflict waiting for your review (1 stakeholder)" in out
    assert "they stay open until you choose" in out and "resolved" not in out
    assert "planner resolve --prefer local|bundle" in out
    assert "updated" not in out and "created" not in out
    code, out, err = run(capsys, "--db", demo_db, "sync", "--conflicts")
    assert code == 0, err
    assert "bundle: deleted  from this workspace's own bundle" in out
    code, out, err = run(capsys, "--db", demo_db, "resolve", "--prefer", "bundle")
    assert code == 0, err
    assert "Resolved 1 conflict, keeping the bundle's values." in out
    shown = json.loads(run(capsys, "--db", demo_db, "stakeholders", "--json")[1])
    assert victim["id"] not in {s["id"] for s in shown}


def test_two_laptops_exchange_bundles_and_resolve_from_the_command_line(capsys, tmp_path):
    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    ab, ba = str(tmp_path / "from-a.json"), str(tmp_path / "from-b.json")
    for db in (a, b):
        assert run(capsys, "--db", db, "init")[0] == 0
    from planner.services import campaigns
    from planner.storage.store import open_workspace

    with open_workspace(a) as ws:
        camp = campaigns.create(ws, name="Water rights", objective="A treaty")
    run(capsys, "--db", a, "bundle", "export", "--audience", "internal", "--out", ab)
    code, out, err = run(capsys, "--db", b, "bundle", "import", ab)
    assert code == 0 and "created 1 (1 campaign)" in out and "no conflicts" in out, err
    with open_workspace(a) as ws:  # the name on both, the objective on A, the status on B
        campaigns.update(ws, camp.id, name="From A", objective="A binding treaty")
    with open_workspace(b) as ws:
        campaigns.update(ws, camp.id, name="From B", status="active")
    run(capsys, "--db", a, "bundle", "export", "--audience", "internal", "--out", ab, "--force")
    run(capsys, "--db", b, "bundle", "export", "--audience", "internal", "--out", ba)
    code, out, err = run(capsys, "--db", a, "bundle", "import", ba)
    assert code == 0, err
    assert "from b: merged (changes of both sides) 1 (1 campaign)" in out
    assert "1 conflict waiting for your review (1 campaign)" in out
    assert "planner sync --conflicts" in out and "resolved" not in out
    code, out, err = run(capsys, "--db", a, "bundle", "import", ba)  # again: still open
    assert code == 0 and "1 conflict waiting for your review (1 campaign)" in out, err
    code, out, err = run(capsys, "--db", b, "bundle", "import", ab)
    assert code == 0 and "1 conflict waiting for your review (1 campaign)" in out, err
    code, out, _ = run(capsys, "--db", a, "sync", "--conflicts")
    assert 'here:   "From A"' in out and 'bundle: "From B"  from b' in out
    assert "planner resolve --prefer local|bundle" in out
    code, out, _ = run(capsys, "--db", a, "resolve", "--prefer", "local")
    assert "reaches the other laptop with your next bundle" in out
    run(capsys, "--db", b, "resolve", "--prefer", "bundle")
    shown = [
        [
            {k: v for k, v in c.items() if k not in ("updated_at", "version")}
            for c in json.loads(run(capsys, "--db", db, "campaigns", "--json")[1])
        ]
        for db in (a, b)
    ]
    assert shown[0] == shown[1]
    assert [(c["name"], c["objective"], c["status"]) for c in shown[0]] == [
        ("From A", "A binding treaty", "active")
    ]
