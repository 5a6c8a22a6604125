"""Owner-only files and folders: workspaces hold contact data of at-risk partners.

Workspaces, their SQLite journals, backups, key files and every temporary copy are
created 0600 and the folders the app creates 0700, whatever the user's umask. SQLite
gives a database's -wal and -shm files the mode of the database file itself, so creating
the database file owner-only (before SQLite opens it) is enough for those. On Windows
the modes mean little; the user's profile folder is private there already.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) owner-only; an existing one is left as is."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for item in reversed(missing):
        with contextlib.suppress(FileExistsError):
            item.mkdir(mode=FOLDER_MODE)
        with contextlib.suppress(OSError):
            os.chmod(item, FOLDER_MODE)


def create_private(path: Path) -> None:
    """An empty owner-only file at ``path`` (replacing any file there)."""
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)


def copy_private(source: Path, target: Path) -> None:
    """Copy the bytes of ``source`` into a new owner-only ``target``, flushed to disk."""
    create_private(target)
    shutil.copyfile(source, target)
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def tighten(path: Path) -> None:
    """Drop group and other access from a file of ours (older versions made them 0644)."""
    if os.name == "nt":  # pragma: no cover - no POSIX modes there
        return
    with contextlib.suppress(OSError):
        st = path.stat()
        if st.st_mode & 0o077 and st.st_uid == os.getuid() and stat.S_ISREG(st.st_mode):
            os.chmod(path, stat.S_IMODE(st.st_mode) & ~0o077)
