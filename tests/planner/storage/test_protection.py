"""Encrypt, decrypt, rekey and restore in place: data kept, no plaintext left behind."""

from __future__ import annotations

import pytest

from planner.services import campaigns, stakeholders
from planner.storage import backups, encryption, protection
from planner.storage.store import open_workspace
from tests.planner.storage.shared import OTHER, PASS, add_partner, assert_no_plaintext, comparable

pytestmark = pytest.mark.usefixtures("fast_kdf")


def test_rekey_keeps_all_data_and_retires_the_old_passphrase(tmp_path):
    path = tmp_path / "w.db"
    ws = open_workspace(path, passphrase=PASS)
    recovery = ws.recovery_key
    add_partner(ws)
    backups.take_backup(ws, "manual")
    before = comparable(ws)
    ws.close()

    rewrapped = protection.rekey_workspace(path, PASS, OTHER)
    assert rewrapped == 1  # the backup's key file follows the new passphrase
    with pytest.raises(encryption.WrongPassphrase):
        open_workspace(path, passphrase=PASS)
    with open_workspace(path, passphrase=OTHER) as ws:
        assert comparable(ws) == before
    with open_workspace(path, passphrase=recovery) as ws:
        assert comparable(ws) == before
    newest = backups.list_backup_files(path)[0]
    assert encryption.unlock(newest, OTHER)


def test_encrypt_in_place_keeps_data_and_leaves_no_plain_backup(demo_ws, tmp_path):
    path = demo_ws.path
    add_partner(demo_ws)
    backups.take_backup(demo_ws, "manual")  # a plain backup from before encryption
    before = comparable(demo_ws)
    demo_ws.close()

    result = protection.encrypt_workspace(path, PASS)
    assert encryption.is_encrypted(path)
    assert result.backup is not None and result.backup.exists()
    with open_workspace(path, passphrase=PASS) as ws:
        assert comparable(ws) == before
    with open_workspace(path, passphrase=result.recovery_key) as ws:
        assert stakeholders.find(ws, "Zaynab Qasimova").phone == "+249 912 345 678"
    found = backups.list_backup_files(path)
    assert len(found) == 2 and all(encryption.is_encrypted(p) for p in found)
    for f in [path, *found, *path.parent.glob(".*")]:
        if f.is_file():
            assert_no_plaintext(f)
    # Both backups open with the passphrase and hold the data of their moment.
    for b in backups.list_backups(path, key=encryption.unlock(path, PASS)):
        assert b.stakeholders == len(before["stakeholders"])


def test_decrypt_in_place_keeps_data(tmp_path):
    path = tmp_path / "w.db"
    ws = open_workspace(path, passphrase=PASS)
    add_partner(ws)
    before = comparable(ws)
    ws.close()
    safety = protection.decrypt_workspace(path, PASS)
    assert not encryption.is_encrypted(path)
    assert not encryption.key_file_path(path).exists()
    assert encryption.is_encrypted(safety)  # the backup taken first stays encrypted
    with open_workspace(path) as ws:
        assert comparable(ws) == before


def test_restore_brings_back_the_exact_content_of_that_moment(demo_ws):
    path = demo_ws.path
    moment = comparable(demo_ws)
    taken = backups.take_backup(demo_ws, "manual")
    assert taken is not None
    # Life goes on: a rename, a deletion, a new partner.
    first = moment["stakeholders"][0]["id"]
    stakeholders.service.update(demo_ws, first, name="Renamed after the backup")
    campaigns.service.delete(demo_ws, moment["campaigns"][0]["id"])
    stakeholders.service.create(demo_ws, name="Added after the backup")
    later = comparable(demo_ws)
    demo_ws.close()

    before = protection.restore_backup(path, taken.path)
    with open_workspace(path) as ws:
        assert comparable(ws) == moment
    # The state that was replaced is itself a backup, so the restore can be undone.
    assert before is not None and before.reason == "before-restore"
    protection.restore_backup(path, before.path)
    with open_workspace(path) as ws:
        assert comparable(ws) == later
