"""`planner encrypt|decrypt|rekey|backup|backups|restore|audit`: the commands that
protect the workspace and show what was done to it."""

from __future__ import annotations

import pytest

from planner.cli import main
from planner.services import campaigns, stakeholders
from planner.services.entity import NotFound
from planner.storage import encryption
from planner.storage.store import open_workspace
from tests.planner.storage.shared import OTHER, PASS, comparable, write

pytestmark = pytest.mark.usefixtures("fast_kdf")


def test_cli_backup_list_and_restore(demo_ws, capsys):
    db = str(demo_ws.path)
    demo_ws.close()
    assert main(["--db", db, "backup"]) == 0
    assert "3 campaigns" in capsys.readouterr().out
    with open_workspace(db) as ws:
        stakeholders.service.create(ws, name="After the backup")
    assert main(["--db", db, "backups"]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and "stakeholders" in listing
    assert main(["--db", db, "restore", "newest"]) == 0
    assert "kept as" in capsys.readouterr().out
    with open_workspace(db) as ws, pytest.raises(NotFound):
        stakeholders.find(ws, "After the backup")
    assert main(["--db", db, "restore", "no-such-backup.db"]) == 1
    assert "planner backups" in capsys.readouterr().err


def test_cli_encrypt_rekey_decrypt_round_trip(demo_ws, tmp_path, capsys, monkeypatch):
    db = str(demo_ws.path)
    before = comparable(demo_ws)
    demo_ws.close()
    monkeypatch.delenv("PLANNER_PASSPHRASE", raising=False)
    pw, pw2 = write(tmp_path / "pw", PASS), write(tmp_path / "pw2", OTHER)

    assert main(["--db", db, "encrypt", "--new-passphrase-file", str(pw)]) == 0
    out = capsys.readouterr().out
    recovery = out.strip().splitlines()[-1].strip()
    assert encryption.parse_recovery_key(recovery)

    assert main(["--db", db, "campaigns"]) == 1
    assert "encrypted" in capsys.readouterr().err
    assert main(["--db", db, "--passphrase-file", str(pw2), "campaigns"]) == 1
    assert "Wrong passphrase" in capsys.readouterr().err
    assert main(["--db", db, "--passphrase-file", str(pw), "campaigns"]) == 0
    assert "Syria" in capsys.readouterr().out

    assert (
        main(["--db", db, "--passphrase-file", str(pw), "rekey", "--new-passphrase-file", str(pw2)])
        == 0
    )
    monkeypatch.setenv("PLANNER_PASSPHRASE", OTHER)
    assert main(["--db", db, "stakeholders"]) == 0
    capsys.readouterr()
    monkeypatch.delenv("PLANNER_PASSPHRASE")
    rk = write(tmp_path / "rk", recovery)
    assert main(["--db", db, "--passphrase-file", str(rk), "decrypt"]) == 0
    with open_workspace(db) as ws:
        assert comparable(ws) == before


def test_cli_prints_and_exports_the_audit_trail(ws, tmp_path, capsys):
    camp = campaigns.service.create(ws, name="Sudan access")
    campaigns.service.update(ws, camp.id, status="active")
    db = str(ws.path)
    assert main(["--db", db, "audit", "--entity", camp.id]) == 0
    out = capsys.readouterr().out
    assert "status: planning → active" in out
    target = tmp_path / "a.csv"
    assert main(["--db", db, "audit", "--out", str(target)]) == 0
    assert target.read_text(encoding="utf-8-sig").count("\n") >= 3
