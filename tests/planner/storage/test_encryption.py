"""Encryption at rest: nothing readable on disk, wrong secrets fail cleanly, no data lost."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from planner.cli import main
from planner.exchange import bundle_crypto
from planner.services import campaigns, stakeholders
from planner.storage import backups, encryption, protection, store
from planner.storage.errors import WorkspaceError
from planner.storage.instance_lock import InstanceLock, WorkspaceInUse, holder
from planner.storage.store import open_workspace
from tests.planner.storage.shared import (
    OTHER,
    PASS,
    add_partner,
    assert_no_plaintext,
    write,
)

pytestmark = pytest.mark.usefixtures("fast_kdf")


def test_encrypted_workspace_keeps_names_emails_phones_out_of_every_file(tmp_path):
    path = tmp_path / "travel.db"
    ws = open_workspace(path, passphrase=PASS)
    assert ws.encrypted and ws.recovery_key
    wal = path.with_name(path.name + "-wal")
    with ws.engine.connect() as conn:  # keep a connection so the WAL is not folded away
        conn.exec_driver_sql("SELECT 1")
        add_partner(ws)
        for i in range(50):
            stakeholders.service.create(ws, name=f"Qasimova kin {i}", email=f"q{i}@example.org")
        assert wal.exists() and wal.stat().st_size > 0
        assert_no_plaintext(wal)
        assert_no_plaintext(path)
        backup = backups.take_backup(ws, "manual")
        bundle_out = tmp_path / "share.cpbundle"
        bundle_crypto.write_encrypted_bundle(ws, bundle_out, OTHER)
    ws.close()

    assert backup is not None and backup.encrypted
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert path in files and backup.path in files and bundle_out in files
    for f in files:
        assert_no_plaintext(f)
    # No stray temporary or journal files: only the database, its key file and the lock.
    leftovers = {p.name for p in tmp_path.iterdir() if p.is_file()}
    assert leftovers <= {"travel.db", "travel.db.key", "share.cpbundle"}


def test_connections_keep_temporary_data_in_memory(tmp_path):
    with open_workspace(tmp_path / "w.db", passphrase=PASS) as ws, ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_encrypted_connections_keep_page_hmacs_and_cache_decrypted_pages(tmp_path):
    """The speed settings of encrypted connections must never cost the page HMACs."""
    with open_workspace(tmp_path / "w.db", passphrase=PASS) as ws, ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cipher_use_hmac").scalar() in (1, "1")
        assert conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar() in (0, "0")
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        assert cache == -encryption.ENCRYPTED_CACHE_KIB  # decrypted pages reused across lists
    with open_workspace(tmp_path / "plain.db") as ws, ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -2000  # SQLite's own


def test_an_unchecked_open_then_the_separate_quick_check_finds_the_damage(tmp_path):
    """The app opens without the check and runs ``store.quick_check`` in a worker."""
    from planner.storage.errors import WorkspaceDamaged
    from planner.storage.store import quick_check

    path = tmp_path / "field.db"
    with open_workspace(path, passphrase=PASS) as ws:
        for i in range(40):
            campaigns.service.create(ws, name=f"Campaign {i}", objective="y" * 2000)
        good = backups.take_backup(ws, "manual")
        key = ws.key
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef" * 2048)
    ws = open_workspace(path, key=key, check=False)  # opens: the damage is elsewhere
    try:
        with pytest.raises(WorkspaceDamaged) as caught:
            quick_check(ws)
    finally:
        ws.close()
    assert caught.value.backup == good.path
    assert "damaged" in str(caught.value)
    with pytest.raises(WorkspaceDamaged):  # and the CLI, which checks on open, refuses it
        open_workspace(path, key=key)


def test_wrong_passphrase_fails_cleanly_and_missing_one_is_asked_for(tmp_path):
    path = tmp_path / "w.db"
    open_workspace(path, passphrase=PASS).close()
    with pytest.raises(encryption.WrongPassphrase, match="Wrong passphrase"):
        open_workspace(path, passphrase="not the passphrase at all")
    with pytest.raises(encryption.PassphraseRequired, match="encrypted"):
        open_workspace(path)
    # The failed attempts changed nothing: the right passphrase still opens it.
    with open_workspace(path, passphrase=PASS) as ws:
        assert ws.workspace_id


def test_recovery_key_opens_the_workspace_even_without_the_key_file(tmp_path):
    path = tmp_path / "w.db"
    ws = open_workspace(path, passphrase=PASS)
    recovery = ws.recovery_key
    ident = add_partner(ws)
    ws.close()
    encryption.key_file_path(path).unlink()
    with pytest.raises(WorkspaceError, match="recovery key"):
        open_workspace(path, passphrase=PASS)
    # Typed loosely (lower case, spaces instead of dashes) it still works.
    typed = recovery.lower().replace("-", " ")
    with open_workspace(path, passphrase=typed) as ws:
        assert stakeholders.service.get(ws, ident).email == "zaynab.qasimova@example.org"


def test_mistyped_recovery_key_is_named_as_a_typo(tmp_path):
    path = tmp_path / "w.db"
    ws = open_workspace(path, passphrase=PASS)
    recovery = ws.recovery_key
    ws.close()
    last = recovery[-1]
    typo = recovery[:-1] + ("A" if last != "A" else "B")
    with pytest.raises(encryption.WrongPassphrase, match="typo"):
        open_workspace(path, passphrase=typo)


def test_weak_new_passphrases_are_refused_with_a_hint(tmp_path):
    with pytest.raises(encryption.WeakPassphrase, match="too weak"):
        open_workspace(tmp_path / "w.db", passphrase="password1")
    assert not (tmp_path / "w.db").exists()
    scores = [encryption.passphrase_strength(p)[0] for p in ("", "abc", "Tr0ub4dor", PASS)]
    assert scores == sorted(scores) and scores[0] == 0 and scores[-1] >= 3
    assert "words" in encryption.passphrase_strength("short")[1]


def test_key_file_uses_strong_scrypt_by_default(tmp_path, monkeypatch):
    monkeypatch.setattr(encryption, "SCRYPT_N", 2**17)
    ws, _recovery = store.create_encrypted(tmp_path / "w.db", PASS)
    ws.close()
    stored = json.loads(encryption.key_file_path(tmp_path / "w.db").read_text())
    assert stored["kdf"] == {**stored["kdf"], "name": "scrypt", "n": 2**17, "r": 8, "p": 1}


def test_cli_bundle_export_from_an_encrypted_workspace_is_encrypted(tmp_path, capsys, monkeypatch):
    db = tmp_path / "w.db"
    ws = open_workspace(db, passphrase=PASS)
    add_partner(ws)
    ws.close()
    monkeypatch.setenv("PLANNER_PASSPHRASE", PASS)
    out = tmp_path / "b.json"
    argv = ["--db", str(db), "bundle", "export", "--audience", "internal", "--out", str(out)]
    assert main(argv) == 0
    assert bundle_crypto.is_encrypted_bundle(out)
    assert_no_plaintext(out)
    other = tmp_path / "other.db"
    open_workspace(other).close()
    monkeypatch.delenv("PLANNER_PASSPHRASE")
    pw = write(tmp_path / "pw", PASS)
    assert main(["--db", str(other), "bundle", "import", str(out)]) == 1
    assert "encrypted" in capsys.readouterr().err
    assert (
        main(["--db", str(other), "--passphrase-file", str(pw), "bundle", "import", str(out)]) == 0
    )
    with open_workspace(other) as ws2:
        assert stakeholders.find(ws2, "Zaynab Qasimova")


def test_a_second_opener_is_told_who_holds_the_workspace(tmp_path):
    path = tmp_path / "w.db"
    first = InstanceLock(path)
    first.acquire()
    with pytest.raises(WorkspaceInUse, match="open in another") as caught:
        InstanceLock(path).acquire()
    import os

    assert caught.value.pid == os.getpid()
    first.release()
    assert holder(path) is None
    with InstanceLock(path):
        pass


def test_the_lock_of_a_crashed_process_is_free_again(tmp_path):
    path = tmp_path / "w.db"
    script = (
        "import sys, time\n"
        "from planner.storage.instance_lock import InstanceLock\n"
        f"InstanceLock({str(path)!r}).acquire()\n"
        "print('locked', flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        assert holder(path) == proc.pid
    finally:
        proc.kill()
        proc.wait()
    assert holder(path) is None


@pytest.mark.parametrize("content", ["null", "[1, 2]", '"text"'])
def test_a_key_file_that_is_json_but_no_object_is_named_damaged(tmp_path, content):
    """JSON of the wrong shape is refused as a damaged key file, saying why, not with the
    error of reading a field of None (and the recovery key still opens the workspace)."""
    path = tmp_path / "w.db"
    with open_workspace(path, passphrase=PASS) as ws:
        recovery = encryption.format_recovery_key(ws.key)
    encryption.key_file_path(path).write_text(content, encoding="utf-8")
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(path, passphrase=PASS)
    message = str(caught.value)
    assert "damaged (not a JSON object)" in message and "recovery key" in message
    assert "NoneType" not in message and "attribute" not in message
    with open_workspace(path, passphrase=recovery) as ws:
        assert ws.workspace_id


@pytest.fixture
def derivations(monkeypatch):
    """The passphrase derivations (scrypt runs) made, as the files they unlocked."""
    made: list[bytes] = []
    real_kek = encryption._kek

    def counting(passphrase, salt, n, r, p):
        made.append(salt)
        return real_kek(passphrase, salt, n, r, p)

    monkeypatch.setattr(encryption, "_kek", counting)
    return made


def test_a_key_unlocked_ahead_opens_the_workspace_without_a_second_derivation(
    tmp_path, derivations
):
    path = tmp_path / "w.db"
    ws = open_workspace(path, passphrase=PASS)
    ident = add_partner(ws)
    ws.close()
    link = tmp_path / "link.db"
    link.symlink_to(path)
    derivations.clear()
    encryption.unlock_ahead(link, PASS)  # as the CLI does, by the path the user typed
    with open_workspace(path, passphrase=PASS) as ws:
        assert stakeholders.service.get(ws, ident).email == "zaynab.qasimova@example.org"
    assert len(derivations) == 1
    # taken once: the next open derives again, as any open without a head start does
    open_workspace(path, passphrase=PASS).close()
    assert len(derivations) == 2


def test_a_wrong_passphrase_unlocked_ahead_fails_the_open_cleanly(tmp_path):
    path = tmp_path / "w.db"
    open_workspace(path, passphrase=PASS).close()
    encryption.unlock_ahead(path, "not the passphrase at all")
    with pytest.raises(encryption.WrongPassphrase, match="Wrong passphrase"):
        open_workspace(path, passphrase="not the passphrase at all")
    with open_workspace(path, passphrase=PASS) as ws:
        assert ws.workspace_id


def test_unlocking_ahead_starts_nothing_and_raises_nothing_for_what_is_not_encrypted(
    tmp_path, derivations
):
    plain = tmp_path / "plain.db"
    open_workspace(plain).close()
    unreadable = tmp_path / "locked.db"
    unreadable.write_bytes(b"\0" * 4096)
    unreadable.chmod(0)
    for path in (
        plain,
        tmp_path / "missing.db",
        tmp_path,
        unreadable,
        "postgresql+psycopg://planner@localhost/team",
        "bad\0path",
    ):
        encryption.unlock_ahead(path, PASS)
    assert derivations == []
    unreadable.chmod(0o600)


def test_a_new_passphrase_drops_what_the_old_one_unlocked_ahead(tmp_path):
    path = tmp_path / "w.db"
    ws = open_workspace(path, passphrase=PASS)
    recovery = ws.recovery_key
    ws.close()
    encryption.unlock_ahead(path, PASS)
    protection.rekey_workspace(path, recovery, OTHER, backups_folder=tmp_path / "backups")
    with pytest.raises(encryption.WrongPassphrase):
        open_workspace(path, passphrase=PASS)
    with open_workspace(path, passphrase=OTHER) as ws:
        assert ws.workspace_id
