"""One writer per workspace: a second process is refused (or waits its turn), named by PID,
and a holder that dies frees the workspace."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.storage.instance_lock import InstanceLock, WorkspaceInUse, held_here, holder, holding

pytestmark = pytest.mark.skipif(os.name == "nt", reason="flock and SIGKILL")

HOLD = """
import sys, time
from pathlib import Path
from planner.storage.instance_lock import InstanceLock
lock = InstanceLock(sys.argv[1], role=sys.argv[2])
lock.acquire()
print("held", flush=True)
time.sleep(float(sys.argv[3]))
lock.release()
"""


def hold_in_another_process(db: Path, role: str, seconds: float) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), role, str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline() == "held\n"
    return child


def test_a_second_process_is_refused_while_the_app_holds_the_workspace(tmp_path):
    db = tmp_path / "ws.db"
    app = hold_in_another_process(db, "app", 60)
    try:
        assert holder(db) == app.pid
        started = time.monotonic()
        with pytest.raises(WorkspaceInUse) as info:
            InstanceLock(db).acquire(wait=10)  # the app never lets go: no waiting for it
        assert time.monotonic() - started < 5
        assert info.value.pid == app.pid
        assert (
            f"ws.db is open in another Campaign Planner window or command (process {app.pid})"
            in str(info.value)
        )
        assert not held_here(db)
    finally:
        app.kill()
        app.wait()


def test_a_command_waits_for_another_command_to_finish(tmp_path):
    db = tmp_path / "ws.db"
    other = hold_in_another_process(db, "command", 1.0)
    try:
        started = time.monotonic()
        with holding(db, wait=20):
            assert held_here(db)
            assert time.monotonic() - started > 0.5  # it got in once the other let go
        assert not held_here(db)
    finally:
        other.wait()


def test_a_command_that_outwaits_its_wait_is_told_another_command_is_changing_it(tmp_path):
    db = tmp_path / "ws.db"
    other = hold_in_another_process(db, "command", 60)
    try:
        with pytest.raises(WorkspaceInUse, match=r"being changed by another planner command"):
            InstanceLock(db).acquire(wait=1)
    finally:
        other.kill()
        other.wait()


def test_a_holder_killed_outright_leaves_the_workspace_free(tmp_path):
    db = tmp_path / "ws.db"
    app = hold_in_another_process(db, "app", 60)
    os.kill(app.pid, signal.SIGKILL)
    app.wait()
    assert holder(db) is None
    with InstanceLock(db, role="app") as lock:
        assert lock.held and held_here(db)
        assert lock.path.read_bytes().strip(b"\0 \n") == f"{os.getpid()} app".encode()
    assert not lock.held and not held_here(db)


def test_the_lock_file_is_owner_only(tmp_path):
    db = tmp_path / "private" / "ws.db"
    with InstanceLock(db) as lock:
        assert oct(lock.path.stat().st_mode & 0o777) == oct(0o600)
        assert oct(lock.path.parent.stat().st_mode & 0o777) == oct(0o700)


def test_the_lock_of_a_link_and_of_its_target_are_the_same(tmp_path):
    db = tmp_path / "ws.db"
    db.touch()
    link = tmp_path / "link.db"
    link.symlink_to(db)
    assert InstanceLock(link).path == InstanceLock(db).path == tmp_path / "ws.db.lock"
