"""Write files atomically: a failed export never leaves a broken file over a good one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    The temporary file lives in the same folder so the final rename is atomic; on any
    error it is removed and ``target`` is left exactly as it was.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def atomic_write_text(target: Path, content: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(content, encoding="utf-8")


def atomic_write(target: Path, writer: Callable[[Path], None]) -> None:
    """Run ``writer(tmp_path)`` and move the result into place only if it succeeded."""
    with atomic_path(target) as tmp:
        writer(tmp)
