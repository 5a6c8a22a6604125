"""Regressions from breaking the workspace on purpose (issue 14): links, kills, locks, modes.

Each test reproduces one defect found by the test campaign: encrypting through a symlink,
plaintext left by an interrupted encrypt, a second writer failing at once, commands that
wrote while the app held the workspace, world-readable files, leftovers after kills.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from planner.cli import main
from planner.exchange.bundle import write_bundle
from planner.services import campaigns, stakeholders
from planner.storage import encryption
from planner.storage.instance_lock import InstanceLock
from planner.storage.store import open_workspace
from tests.planner.storage.shared import add_partner

pytestmark = [
    pytest.mark.skipif(os.name == "nt", reason="POSIX modes, links and SIGKILL"),
    pytest.mark.usefixtures("fast_kdf"),
]

PASS = "correct horse battery staple"
SECRETS = ["Zaynab Qasimova", "zaynab.qasimova@example.org", "+249 912 345 678"]


def plaintext_in(folder: Path) -> list[str]:
    """Every file under ``folder`` holding a partner's name, e-mail or phone in clear."""
    found = []
    for item in folder.rglob("*"):
        if item.is_file() and not item.is_symlink():
            data = item.read_bytes()
            if any(s.encode() in data or s.encode("utf-16-le") in data for s in SECRETS):
                found.append(item.name)
    return sorted(found)


def pw_file(tmp_path: Path) -> Path:
    pw = tmp_path / "pw.txt"
    pw.write_text(PASS + "\n", encoding="utf-8")
    return pw


# ----------------------------------------------------------------- 1. symlinks


def test_encrypting_through_a_symlink_encrypts_the_real_file_and_keeps_the_link(tmp_path, capsys):
    real = tmp_path / "real"
    real.mkdir()
    with open_workspace(real / "ws.db") as ws:
        add_partner(ws)
    link = tmp_path / "link.db"
    link.symlink_to(real / "ws.db")
    pw = pw_file(tmp_path)

    assert main(["--db", str(link), "encrypt", "--new-passphrase-file", str(pw)]) == 0
    capsys.readouterr()
    assert link.is_symlink() and os.readlink(link) == str(real / "ws.db")
    assert encryption.is_encrypted(real / "ws.db")
    assert encryption.key_file_path(real / "ws.db").exists()
    with open_workspace(link, passphrase=PASS) as ws:
        assert stakeholders.find(ws, "Zaynab Qasimova").phone == "+249 912 345 678"
    assert plaintext_in(tmp_path) == []


def test_a_workspace_opened_through_a_link_is_known_by_its_real_path(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    open_workspace(real / "ws.db").close()
    link = tmp_path / "link.db"
    link.symlink_to(real / "ws.db")
    with open_workspace(link) as ws:
        assert ws.path == (real / "ws.db").resolve()


# ----------------------------------------------------------------- 2. interrupted encrypt

# Killed at the first scrub of an old plaintext file: the moment the workspace itself has
# just been replaced by its encrypted copy (the issue's `.ws.db.old` case).
KILL_AT_FIRST_SCRUB = """
import os, signal, sys
import planner.storage.encryption as enc
enc.SCRYPT_N = 2 ** 12
enc.scrub = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
from planner.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_an_encrypt_killed_midway_leaves_no_plaintext_once_reopened(tmp_path, capsys):
    db = tmp_path / "ws.db"
    with open_workspace(db) as ws:
        add_partner(ws)
    assert main(["--db", str(db), "backup"]) == 0  # a plain backup from before
    capsys.readouterr()
    pw = pw_file(tmp_path)
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            KILL_AT_FIRST_SCRUB,
            "--db",
            str(db),
            "encrypt",
            "--new-passphrase-file",
            str(pw),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr

    # The next open (any command) finishes or undoes the operation.
    assert main(["--db", str(db), "--passphrase-file", str(pw), "campaigns"]) == 0
    assert "Syria" in capsys.readouterr().out
    if encryption.is_encrypted(db):
        assert plaintext_in(tmp_path / "ws-backups") == []
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".ws.db")]
        assert leftovers == []
        assert plaintext_in(tmp_path) == []
    else:  # undone: a second encrypt works and then nothing readable is left
        assert main(["--db", str(db), "encrypt", "--new-passphrase-file", str(pw)]) == 0
        assert plaintext_in(tmp_path) == []


# ----------------------------------------------------------------- 7. two writers


def test_a_writer_whose_snapshot_went_stale_waits_instead_of_failing(tmp_path):
    """A unit of work that reads, then writes, while another process commits in between:
    it used to fail at once with "database is locked" (a stale read snapshot cannot be
    upgraded); writers now take the write lock first and wait their turn."""
    db = tmp_path / "ws.db"
    first = open_workspace(db)
    second = open_workspace(db)
    camp = campaigns.service.create(first, name="Shared")
    read_done = threading.Event()
    errors: list[BaseException] = []

    def slow_writer() -> None:
        try:
            with first.session() as s:
                from planner.domain.models import Campaign

                s.get(Campaign, camp.id)  # a read opens the snapshot
                read_done.set()
                time.sleep(0.4)
                from planner.services.entity import create_in

                create_in(s, stakeholders.SPEC, {"name": "from the slow writer"})
        except BaseException as exc:
            errors.append(exc)
            read_done.set()

    worker = threading.Thread(target=slow_writer)
    worker.start()
    read_done.wait(5)
    stakeholders.service.create(second, name="from the quick writer")
    worker.join(10)
    try:
        assert errors == []
        for name in ("from the slow writer", "from the quick writer"):
            assert stakeholders.find(first, name)
    finally:
        first.close()
        second.close()


BUSY_WRITER = """
import sys, time
from planner.services import stakeholders
from planner.services.entity import create_in
from planner.storage.store import open_workspace
ws = open_workspace(sys.argv[1])
end = time.monotonic() + float(sys.argv[2])
print("writing", flush=True)
i = 0
while time.monotonic() < end:
    with ws.session() as s:
        for j in range(20):
            create_in(s, stakeholders.SPEC, {"name": f"busy {i} {j}"})
    i += 1
print(i, flush=True)
"""


def test_imports_and_creates_wait_their_turn_while_another_process_writes(tmp_path, capsys):
    """The issue's case: one process writing all the time, a second importing a bundle
    and creating records; the second failed within 0.3-1.5 s with "database is locked"."""
    source = tmp_path / "source.db"
    with open_workspace(source) as ws:
        add_partner(ws)
        write_bundle(ws, tmp_path / "b.json")
    db = tmp_path / "ws.db"
    open_workspace(db).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", BUSY_WRITER, str(db), "4"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        assert main(["--db", str(db), "bundle", "import", str(tmp_path / "b.json")]) == 0
        with open_workspace(db) as ws:
            for k in range(30):
                stakeholders.service.create(ws, name=f"single {k}")
    finally:
        rounds = writer.communicate(timeout=60)[0].strip()
    assert writer.returncode == 0 and int(rounds) > 0
    capsys.readouterr()
    with open_workspace(db) as ws:
        assert stakeholders.find(ws, "Zaynab Qasimova")
        assert stakeholders.find(ws, "single 29")


HOLD_WRITE_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO workspace_info(key, value) VALUES ('held', 'yes')")
print("held", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def test_a_lock_that_outlasts_the_wait_is_one_line_not_a_traceback(tmp_path, capsys, monkeypatch):
    import planner.storage.errors

    monkeypatch.setattr(planner.storage.errors, "BUSY_TIMEOUT_MS", 300)
    db = tmp_path / "ws.db"
    with open_workspace(db) as ws:
        add_partner(ws)
        bundle = tmp_path / "b.json"
        write_bundle(ws, bundle)
    target = tmp_path / "target.db"
    open_workspace(target).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(target), "3"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        assert main(["--db", str(target), "bundle", "import", str(bundle)]) == 1
        waited = time.monotonic() - started
    finally:
        holder.wait(10)
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "busy" in err and "target.db" in err
    assert waited >= 0.25  # it waited before giving up
    with open_workspace(target) as ws:
        assert stakeholders.count_stakeholders(ws) == 0  # nothing half-imported


def test_the_busy_timeout_is_set_on_encrypted_connections_too(tmp_path):
    with open_workspace(tmp_path / "e.db", passphrase=PASS) as ws, ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    conn = encryption.connect(tmp_path / "e.db", None)
    try:
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    finally:
        conn.close()


# ----------------------------------------------------------------- 8. one lock for writers


def test_commands_that_write_refuse_while_the_app_holds_the_workspace(tmp_path, capsys):
    real = tmp_path / "real"
    real.mkdir()
    db = real / "ws.db"
    with open_workspace(db) as ws:
        add_partner(ws)
        bundle = tmp_path / "b.json"
        write_bundle(ws, bundle)
    link = tmp_path / "link.db"
    link.symlink_to(db)
    app = InstanceLock(db, role="app")  # the app locks the resolved path
    app.acquire()
    try:
        for argv in (
            ["backup"],
            ["bundle", "import", str(bundle)],
            ["init"],
            ["moments", "add", "--campaign", "Missing persons in Syria", "--year", "2027", "x"],
        ):
            for given in (db, link):
                assert main(["--db", str(given), *argv]) == 1, argv
                err = capsys.readouterr().err
                assert "open in" in err and str(os.getpid()) in err, (argv, err)
        assert not (real / "ws-backups").exists()
        assert main(["--db", str(link), "campaigns"]) == 0  # reading is fine
        capsys.readouterr()
    finally:
        app.release()
    assert main(["--db", str(link), "backup"]) == 0


# ----------------------------------------------------------------- 9. permissions


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_workspaces_their_journals_and_backups_are_owner_only(tmp_path, capsys):
    db = tmp_path / "new-folder" / "ws.db"
    assert main(["--db", str(db), "init"]) == 0
    assert mode(db.parent) == 0o700
    assert mode(db) == 0o600
    ws = open_workspace(db)
    try:
        add_partner(ws)
        for side in ("ws.db-wal", "ws.db-shm"):
            assert mode(db.parent / side) == 0o600, side
    finally:
        ws.close()
    assert main(["--db", str(db), "backup"]) == 0
    folder = tmp_path / "new-folder" / "ws-backups"
    assert mode(folder) == 0o700
    assert [mode(p) for p in folder.iterdir()] == [0o600]
    pw = pw_file(tmp_path)
    assert main(["--db", str(db), "encrypt", "--new-passphrase-file", str(pw)]) == 0
    for item in [*db.parent.iterdir(), *folder.iterdir()]:
        if item.is_file():
            assert mode(item) == 0o600, item.name


def test_the_default_workspace_is_owner_only(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("PLANNER_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert main(["init"]) == 0
    out = capsys.readouterr().out
    db = tmp_path / "data" / "Campaign Planner" / "workspace.db"
    assert str(db) in out
    assert mode(db) == 0o600 and mode(db.parent) == 0o700


def test_a_restored_workspace_is_owner_only(tmp_path, capsys):
    db = tmp_path / "ws.db"
    with open_workspace(db) as ws:
        add_partner(ws)
    assert main(["--db", str(db), "backup"]) == 0
    assert main(["--db", str(db), "restore", "newest"]) == 0
    assert mode(db) == 0o600
    assert all(mode(p) == 0o600 for p in (tmp_path / "ws-backups").iterdir())


# ----------------------------------------------------------------- 10. leftovers


def test_leftovers_of_killed_operations_are_removed_on_the_next_open(tmp_path, capsys):
    db = tmp_path / "ws.db"
    with open_workspace(db) as ws:
        add_partner(ws)
    assert main(["--db", str(db), "backup"]) == 0
    capsys.readouterr()
    folder = tmp_path / "ws-backups"
    plain = db.read_bytes()
    leftovers = [
        folder / ".ws-20260101T000000000000Z-manual.db.part",
        folder / ".ws-20260101T000000000000Z-before-encrypt.db.encrypting",
        tmp_path / ".ws.db.encrypting",
        tmp_path / ".ws.db.old",
        tmp_path / ".ws.db.decrypting",
    ]
    for item in leftovers:
        item.write_bytes(plain)
    sqlite3.connect(leftovers[-1]).close()
    assert main(["--db", str(db), "campaigns"]) == 0
    assert [p.name for p in leftovers if p.exists()] == []
    assert len(list(folder.iterdir())) == 1  # the real backup is kept
