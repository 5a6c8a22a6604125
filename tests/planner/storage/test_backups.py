"""Backups: taken live, rotated, listed with counts, restored to the exact moment."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from planner.exchange.bundle import export_bundle
from planner.services import stakeholders
from planner.storage import backups, encryption, protection
from planner.storage.errors import WorkspaceDamaged
from planner.storage.store import open_workspace


def content(ws) -> dict:
    bundle = export_bundle(ws)
    bundle.pop("exported_at")
    return bundle


def test_backups_are_listed_newest_first_with_dates_and_counts(demo_ws):
    first = backups.take_backup(demo_ws, "manual")
    stakeholders.service.create(demo_ws, name="One more")
    second = backups.take_backup(demo_ws, "auto")
    listed = backups.list_backups(demo_ws)
    assert [b.path for b in listed] == [second.path, first.path]
    assert listed[0].stakeholders == listed[1].stakeholders + 1
    assert listed[0].campaigns == 3 and listed[0].reason == "auto"
    assert listed[0].taken_at.tzinfo is not None and listed[0].taken_at >= listed[1].taken_at
    assert listed[0].path.parent == demo_ws.path.with_name("demo-backups")
    # A backup is a complete, healthy SQLite file on its own (no WAL needed).
    conn = sqlite3.connect(listed[0].path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_a_backup_is_only_taken_on_open_close_or_timer_when_data_changed(ws):
    assert backups.backup_on_open(ws) is not None
    assert backups.backup_on_close(ws) is None  # nothing changed since
    clock = [0.0]
    auto = backups.AutoBackup(ws, minutes=10, clock=lambda: clock[0])
    assert auto.tick() is None  # not due yet
    clock[0] = 601
    assert auto.tick() is None  # due, but nothing changed
    stakeholders.service.create(ws, name="New partner")
    clock[0] = 900
    assert auto.tick() is None  # changed, but not due again yet
    clock[0] = 1300
    made = auto.tick()
    assert made is not None and made.reason == "auto" and made.stakeholders == 1
    assert len(backups.list_backup_files(ws.path)) == 2


def test_rotation_keeps_the_last_ten_and_one_a_day_for_thirty_days(ws, tmp_path):
    folder = tmp_path / "rot"
    folder.mkdir()
    seed = backups.take_backup(ws, "manual", folder=folder)
    now = dt.datetime(2026, 11, 25, 18, 0, tzinfo=dt.UTC)
    names = []
    for day in range(45):  # three backups a day for 45 days
        for hour in (9, 13, 17):
            t = now - dt.timedelta(days=day) - dt.timedelta(hours=18 - hour)
            name = f"workspace-{t.strftime('%Y%m%dT%H%M%S%fZ')}-auto.db"
            shutil.copyfile(seed.path, folder / name)
            names.append((t, name))
    seed.path.unlink()
    removed = backups.rotate(folder, backups.RetentionPolicy(), stem="workspace", now=now)
    kept = sorted(p.name for p in folder.iterdir())
    newest_ten = {n for _t, n in sorted(names, reverse=True)[:10]}
    assert newest_ten <= set(kept)
    days_kept = {n.split("-")[1][:8] for n in kept}
    assert len(days_kept) == 30  # one a day for 30 days, no older day
    assert len(kept) == 10 + (30 - 4)  # the ten newest span four days
    assert len(removed) == len(names) - len(kept)


def test_a_chosen_folder_and_policy_are_remembered_by_the_workspace(ws, tmp_path):
    chosen = tmp_path / "usb" / "backups"
    backups.configure(ws, folder=chosen, keep_last=2, keep_days=1)
    for i in range(4):
        stakeholders.service.create(ws, name=f"P{i}")
        backups.take_backup(ws, "manual")
    assert len(backups.list_backups(ws)) == 2
    assert all(b.path.parent == chosen for b in backups.list_backups(ws))


def test_a_corrupted_workspace_is_detected_on_open_and_the_newest_backup_offered(demo_ws):
    path = demo_ws.path
    backups.take_backup(demo_ws, "manual")
    newest = backups.take_backup(demo_ws, "close", only_if_changed=False)
    demo_ws.close()
    size = path.stat().st_size
    with open(path, "r+b") as fh:  # overwrite bytes in the middle of the file
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef" * 2048)
    with pytest.raises(WorkspaceDamaged) as caught:
        open_workspace(path)
    assert caught.value.backup == newest.path
    message = str(caught.value)
    assert "damaged" in message and newest.path.name in message and "planner restore" in message

    protection.restore_backup(path, caught.value.backup)
    with open_workspace(path) as ws:
        assert len(content(ws)["campaigns"]) == 3
    damaged = [b for b in backups.list_backups(path) if b.reason in ("damaged", "before-restore")]
    assert damaged, "the damaged file is kept, in case something can still be saved from it"


def test_a_corrupted_encrypted_workspace_is_detected_too(tmp_path, monkeypatch):
    monkeypatch.setattr(encryption, "SCRYPT_N", 2**12)
    path = tmp_path / "w.db"
    ws = open_workspace(path, passphrase="correct horse battery staple")
    for i in range(200):
        stakeholders.service.create(ws, name=f"Partner {i}", notes="x" * 500)
    newest = backups.take_backup(ws, "manual")
    ws.close()
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\0" * 4096)
    with pytest.raises(WorkspaceDamaged) as caught:
        open_workspace(path, passphrase="correct horse battery staple")
    assert caught.value.backup == newest.path
