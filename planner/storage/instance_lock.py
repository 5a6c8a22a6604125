"""One writer per workspace file: the app, or one command that writes, never both.

An operating-system lock on ``workspace.db.lock`` (``flock`` on POSIX, ``msvcrt`` on
Windows) rather than a PID file alone: the OS drops the lock when the process dies, so a
crash never leaves the workspace locked. The file also holds the owner's PID and role
("app" or "command"), to name it. The lock sits beside the *resolved* workspace file, so
a symlink, a relative path and the real path all take the same lock. The app holds it for
as long as a workspace is open; every CLI command that writes takes it for its run (and
waits a while for another command, never for the app, which does not let go).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from planner.files.private_files import private_folder
from planner.storage.errors import WorkspaceError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class WorkspaceInUse(WorkspaceError):
    """Another process holds the workspace; ``pid`` names it when known."""

    def __init__(self, message: str, pid: int | None) -> None:
        self.pid = pid
        super().__init__(message)


def resolved(workspace_path: str | os.PathLike[str]) -> Path:
    """The real file behind ``workspace_path`` (links followed, made absolute)."""
    return Path(os.path.realpath(Path(workspace_path).expanduser()))


def lock_path(workspace_path: str | os.PathLike[str]) -> Path:
    p = resolved(workspace_path)
    return p.with_name(p.name + ".lock")


# Lock files held by this process, so that its own work (an open after an encrypt, the
# recovery of an interrupted operation) knows it may touch the files.
_held_here: set[Path] = set()
_held_guard = threading.Lock()


def held_here(workspace_path: str | os.PathLike[str]) -> bool:
    """True if this process holds the workspace's lock."""
    with _held_guard:
        return lock_path(workspace_path) in _held_here


class InstanceLock:
    """Hold the workspace for this process: ``with InstanceLock(path): ...`` or acquire/release."""

    def __init__(self, workspace_path: str | os.PathLike[str], *, role: str = "command") -> None:
        self.path = lock_path(workspace_path)
        self.role = role
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, wait: float = 0.0) -> None:
        """Take the lock or raise WorkspaceInUse naming the process that has it.

        With ``wait``, a lock held by another *command* is tried again for that many
        seconds (commands that write take turns); one held by the app is refused at once.
        """
        if self._fd is not None:
            return
        private_folder(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            pid, role = _read_owner(fd)
            if role == "app" or time.monotonic() >= deadline:
                os.close(fd)
                raise WorkspaceInUse(_in_use_message(self.path, pid, role, wait), pid)
            time.sleep(0.05)
        # Windows locks byte 0, so the PID goes after it; POSIX reads the same place.
        os.ftruncate(fd, 0)
        os.lseek(fd, 1, os.SEEK_SET)
        os.write(fd, f"{os.getpid()} {self.role}\n".encode("ascii"))
        os.fsync(fd)
        self._fd = fd
        with _held_guard:
            _held_here.add(self.path)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with _held_guard:
            _held_here.discard(self.path)
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _in_use_message(path: Path, pid: int | None, role: str, waited: float) -> str:
    name = path.name.removesuffix(".lock")
    who = f" (process {pid})" if pid else ""
    if role == "command" and waited >= 1:
        return (
            f"{name} is being changed by another planner command{who} (waited {waited:.0f} s); "
            "try again when it has finished."
        )
    return (
        f"{name} is open in another Campaign Planner window or command{who}; close it "
        "there first, or open it read-only."
    )


def _read_owner(fd: int) -> tuple[int | None, str]:
    """The PID and role written by the holder ("app", "command", or "" if unknown)."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 64).strip(b"\0 \n").decode("ascii", "replace").split()
        pid = int(raw[0]) if raw else None
        return pid, raw[1] if len(raw) > 1 else ""
    except (OSError, ValueError):
        return None, ""


@contextlib.contextmanager
def holding(workspace_path: str | os.PathLike[str], *, wait: float = 0.0) -> Iterator[None]:
    """Hold the workspace for a block, unless this process holds it already (the app, a
    command): protection operations take it themselves, whoever calls them."""
    if held_here(workspace_path):
        yield
        return
    lock = InstanceLock(workspace_path)
    lock.acquire(wait)
    try:
        yield
    finally:
        lock.release()


def holder(workspace_path: str | os.PathLike[str]) -> int | None:
    """The PID holding the workspace, or None if it is free (the lock is tried, then let go)."""
    probe = InstanceLock(workspace_path)
    try:
        probe.acquire()
    except WorkspaceInUse as exc:
        return exc.pid or -1
    probe.release()
    return None
