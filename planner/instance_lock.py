"""One app per workspace file: a second window or program is told who has it open.

An operating-system lock on ``workspace.db.lock`` (``flock`` on POSIX, ``msvcrt`` on
Windows) rather than a PID file alone: the OS drops the lock when the process dies, so a
crash never leaves the workspace locked. The file also holds the owner's PID, to name it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from planner.store import WorkspaceError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
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


def lock_path(workspace_path: str | os.PathLike[str]) -> Path:
    p = Path(workspace_path)
    return p.with_name(p.name + ".lock")


class InstanceLock:
    """Hold the workspace for this process: ``with InstanceLock(path): ...`` or acquire/release."""

    def __init__(self, workspace_path: str | os.PathLike[str]) -> None:
        self.path = lock_path(Path(workspace_path).expanduser())
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise WorkspaceInUse naming the process that has it."""
        if self._fd is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            pid = _read_pid(fd)
            os.close(fd)
            who = f" (process {pid})" if pid else ""
            raise WorkspaceInUse(
                f"{self.path.name.removesuffix('.lock')} is open in another Campaign Planner "
                f"window or command{who}; close it there first, or open it read-only.",
                pid,
            )
        # Windows locks byte 0, so the PID goes after it; POSIX reads the same place.
        os.ftruncate(fd, 0)
        os.lseek(fd, 1, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
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


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 64).strip(b"\0 \n")
        return int(raw) if raw else None
    except (OSError, ValueError):
        return None


def holder(workspace_path: str | os.PathLike[str]) -> int | None:
    """The PID holding the workspace, or None if it is free (the lock is tried, then let go)."""
    probe = InstanceLock(workspace_path)
    try:
        probe.acquire()
    except WorkspaceInUse as exc:
        return exc.pid or -1
    probe.release()
    return None
