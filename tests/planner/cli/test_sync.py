"""`planner sync`, `planner sync --conflicts` and `planner resolve` against a real server."""

from __future__ import annotations

import json

import pytest

from planner.services import campaigns
from planner.storage.store import open_workspace
from tests.planner.cli.shared import run
from tests.planner.sync.conftest import content, seed


def test_sync_conflicts_and_resolve_from_the_command_line(capsys, ws_pg, url, tmp_path):
    server = ws_pg
    ids = seed(server)
    db = str(tmp_path / "laptop.db")
    code, out, err = run(capsys, "--db", db, "init")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "sync", "--server", url)
    assert code == 0, err
    assert "pushed 0, pulled 4, merged 0, conflicts 0" in out
    assert "pulled 1 campaign, 1 campaign stakeholder, 1 interaction, 1 stakeholder" in out
    assert "password" not in out + err

    with open_workspace(db) as laptop:
        campaigns.update(laptop, ids["campaign"], name="Laptop name", objective="Laptop goal")
    campaigns.update(server, ids["campaign"], name="Server name")
    code, out, err = run(capsys, "--db", db, "sync", "--server", url)
    assert code == 0, err
    assert "merged 0, conflicts 1 (1 campaign)" in out and "pushed 1" in out
    assert "sync --conflicts" in out

    code, out, err = run(capsys, "--db", db, "sync", "--conflicts")
    assert code == 0, err
    assert "campaign 'Laptop name'" in out and "field name" in out
    assert '"Laptop name"' in out and '"Server name"' in out
    assert "1 open conflict:" in out
    code, out, _ = run(capsys, "--db", db, "sync", "--conflicts", "--json")
    (listed,) = json.loads(out)
    assert listed["server"]["value"] == "Server name" and listed["local"]["by"]

    code, out, err = run(capsys, "--db", db, "resolve", "--prefer", "local", "--conflict", "nope")
    assert code == 1 and "No open conflict with id 'nope'" in err

    code, out, err = run(
        capsys,
        "--db",
        db,
        "resolve",
        "--prefer",
        "local",
        "--conflict",
        listed["id"][:8],
        "--server",
        url,
    )
    assert code == 0, err
    assert "Resolved 1 conflict, keeping this laptop's values." in out
    assert "pushed 1, pulled 0, merged 0, conflicts 0" in out
    assert campaigns.get(server, ids["campaign"]).name == "Laptop name"
    with open_workspace(db) as laptop:
        assert content(laptop) == content(server)
    code, out, _ = run(capsys, "--db", db, "sync", "--conflicts")
    assert "No open conflicts." in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["sync"], "give the team server"),
        (["sync", "--server", "laptop2.db"], "--server must be a team server URL"),
        (
            ["sync", "--server", "postgresql+psycopg://u:secret@localhost/x"],
            "never put one on the command line",
        ),
    ],
)
def test_bad_sync_command_lines_fail_clearly(capsys, tmp_path, argv, message):
    db = str(tmp_path / "laptop.db")
    run(capsys, "--db", db, "init")
    code, _out, err = run(capsys, "--db", db, *argv)
    assert code == 1 and message in err, err
    assert "Traceback" not in err and "secret" not in err


def test_sync_from_a_server_workspace_is_refused(capsys, url):
    code, _out, err = run(capsys, "--db", url, "sync", "--server", url)
    assert code == 1 and "laptop's workspace file" in err


def test_a_server_that_holds_no_workspace_is_named(capsys, tmp_path, pg_server):
    from tests import postgres_server

    db = str(tmp_path / "laptop.db")
    run(capsys, "--db", db, "init")
    with postgres_server.fresh_database(pg_server) as empty:
        code, _out, err = run(capsys, "--db", db, "sync", "--server", empty)
    assert code == 1 and "holds no Campaign Planner workspace" in err


def test_an_encrypted_laptop_syncs_with_its_passphrase_file(
    capsys, ws_pg, url, tmp_path, monkeypatch
):
    from planner.storage import encryption

    monkeypatch.setattr(encryption, "SCRYPT_N", 2**12)
    ids = seed(ws_pg)
    db = tmp_path / "laptop.db"
    secret = tmp_path / "passphrase"
    secret.write_text("correct horse battery staple\n")
    code, _out, err = run(capsys, "--db", str(db), "--passphrase-file", str(secret), "init")
    assert code == 0 and encryption.is_encrypted(db), err
    code, out, err = run(capsys, "--db", str(db), "sync", "--server", url)
    assert code == 1 and "is encrypted" in err
    argv = ["--db", str(db), "--passphrase-file", str(secret), "sync", "--server", url]
    code, out, err = run(capsys, *argv)
    assert code == 0 and "pulled 4" in out, err
    assert b"Water rights" not in db.read_bytes()
    with open_workspace(db, passphrase="correct horse battery staple") as laptop:
        assert campaigns.get(laptop, ids["campaign"]).name == "Water rights"
        assert content(laptop) == content(ws_pg)
