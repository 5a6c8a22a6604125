"""Write files atomically: a failed export never leaves a broken file over a good one.

Where a file cannot be written, the error says so in words a user can act on ("Cannot
write /x/b.pdf: the folder /x does not exist"), never with the name of the temporary
file, and nothing is left behind. Folders are never created on the way: a mistyped
path must fail, not scatter new folders across the disk.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class OutputPathError(OSError):
    """A file cannot be written where asked; ``str()`` is the whole message."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class OutputExistsError(OutputPathError):
    """The file is there already: replacing it must be asked for (``--force``, "Replace?")."""


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # not on this system: the usual limit
        return 255


def _temp_prefix(target: Path) -> str:
    """Temporary files are named after the target, cut short so a long name still fits."""
    return f".{target.name[:40]}."


def _first_existing(folder: Path) -> Path:
    """The nearest ancestor of ``folder`` (itself included) that exists."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate
    return Path(".")  # a relative path's last parent is "." itself


def check_name(target: Path) -> Path:
    """A file name longer than the file system allows gets one clear line, not a traceback."""
    folder = target.parent
    try:
        limit = _name_max(folder) if folder.is_dir() else 255
    except OSError:
        limit = 255
    if len(os.fsencode(target.name)) > limit:
        raise OutputPathError(
            f"Cannot write {target.name[:40]}…: the file name is too long "
            f"({len(target.name)} characters; at most {limit} bytes here)"
        )
    return target


def check_output(target: Path | str) -> Path:
    """Raise ``OutputPathError`` unless a file can be written at ``target``.

    Checked before any work is done, so an export of thousands of rows does not run
    only to fail at the end; returns ``target`` as a ``Path``.
    """
    target = check_name(Path(target))
    folder = target.parent
    if target.is_dir():
        raise OutputPathError(f"Cannot write {target}: it is a folder, not a file")
    if not folder.is_dir():
        found = _first_existing(folder)
        if found.exists() and not found.is_dir():
            raise OutputPathError(f"Cannot write {target}: {found} is a file, not a folder")
        raise OutputPathError(f"Cannot write {target}: the folder {folder} does not exist")
    # a real probe, not os.access: root "may write" to /proc or a read-only mount
    _temp_beside(target, ".probe").unlink()
    return target


def _temp_beside(target: Path, suffix: str) -> Path:
    """A new empty file in ``target``'s folder, or ``OutputPathError`` if none can be made."""
    try:
        fd, name = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=suffix, dir=target.parent)
    except OSError:
        raise OutputPathError(
            f"Cannot write {target}: the folder {target.parent} is not writable"
        ) from None
    os.close(fd)
    return Path(name)


def check_target(target: Path | str, *, force: bool = False) -> Path:
    """``check_output`` for a document leaving the workspace, with two more refusals.

    An existing file is replaced only when ``force`` says the user asked for it, and a
    symbolic link is never followed: it could point anywhere (a shared folder, a file
    that is not ours), so the file written would not be where the user thinks.
    """
    target = check_name(Path(target))
    if target.is_symlink():
        raise OutputPathError(
            f"Cannot write {target}: it is a symbolic link; give the path of the file itself"
        )
    if target.exists() and not target.is_dir() and not force:
        raise OutputExistsError(
            f"Cannot write {target}: the file already exists (--force replaces it)"
        )
    return check_output(target)


def _reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


@contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    The temporary file lives in the same folder so the final rename is atomic; on any
    error it is removed and ``target`` is left exactly as it was. An ``OSError`` about
    the temporary file is reported as ``OutputPathError`` naming ``target``.
    """
    target = check_output(target)
    tmp = _temp_beside(target, ".part")
    try:
        try:
            yield tmp
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            if isinstance(exc, OutputPathError) or exc.filename != str(tmp):
                raise
            raise OutputPathError(f"Cannot write {target}: {_reason(exc)}") from None
    finally:
        if tmp.exists():
            tmp.unlink()


def atomic_write_text(target: Path | str, content: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(content, encoding="utf-8")
