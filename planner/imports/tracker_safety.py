"""Checks on a spreadsheet file before any parser opens it.

A tracker comes back from e-mail, chat or a USB stick. Before openpyxl reads a byte of
XML we make sure it is an .xlsx (a zip with a workbook part), not truncated, not
encrypted, not huge, and not a zip bomb: the uncompressed sizes in the zip directory
are bounded in total and in ratio to the compressed ones. (Python's zipfile stops at the
declared size and checks the CRC, so a member cannot lie its way past these limits.)
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_MEMBERS = 5000
MAX_RATIO = 200  # spreadsheet XML compresses 5-30x; bombs compress thousands of times
RATIO_FLOOR = 8 * 1024 * 1024  # small members may compress as well as they like

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


class TrackerFileError(Exception):
    """The file cannot be read as a tracker; the message says why, for the user."""


def check_xlsx_file(path: str | os.PathLike[str]) -> None:
    """Raise ``TrackerFileError`` unless ``path`` is a plausible, bounded .xlsx file."""
    p = Path(path)
    if not p.exists():
        raise TrackerFileError(f"{p} does not exist.")
    if not p.is_file():
        raise TrackerFileError(f"{p} is not a file.")
    size = p.stat().st_size
    if size == 0:
        raise TrackerFileError(f"{p.name} is empty.")
    if size > MAX_FILE_BYTES:
        raise TrackerFileError(
            f"{p.name} is too large ({size // (1024 * 1024)} MB; "
            f"the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB)."
        )
    with open(p, "rb") as fh:
        head = fh.read(8)
    if head.startswith(OLE_MAGIC):
        raise TrackerFileError(
            f"{p.name} is an old .xls file or a password-protected workbook; "
            "save it as an unprotected Excel workbook (.xlsx) and try again."
        )
    if not head.startswith(ZIP_MAGIC):
        raise TrackerFileError(f"{p.name} is not an Excel workbook (.xlsx).")
    try:
        with zipfile.ZipFile(p) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TrackerFileError(
            f"{p.name} is damaged or truncated and cannot be read ({exc})."
        ) from None
    _check_members(p.name, infos)


def _check_members(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise TrackerFileError(f"{name} holds {len(infos)} parts: not a tracker (zip bomb?).")
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise TrackerFileError(f"{name} is a zip file but not an Excel workbook (.xlsx).")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise TrackerFileError(f"{name} is encrypted; save it without a password first.")
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise TrackerFileError(
                f"{name} is not a plausible workbook: {info.filename} would expand "
                f"{info.file_size // max(info.compress_size, 1)} times (zip bomb?)."
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise TrackerFileError(
            f"{name} would expand to {total // (1024 * 1024)} MB: too large to read "
            "safely (zip bomb?)."
        )
