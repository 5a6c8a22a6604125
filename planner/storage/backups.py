"""Automatic, rotating backups with SQLite's online backup API, and restoring them.

A backup is a complete, consistent copy of the workspace taken while it is open (the
backup API copies a snapshot, never a half-written transaction). Backups of an encrypted
workspace are encrypted with the same key and carry a copy of its key file, so the same
passphrase or recovery key opens them. They live in a folder next to the workspace
(``workspace-backups/``) or one the user chose, and rotate: the last ten, plus the newest
of each day for thirty days (both configurable).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.domain.models import ENTITY_MODELS
from planner.files.fault_points import fault_point
from planner.files.private_files import create_private, private_folder
from planner.storage import encryption
from planner.storage.errors import WorkspaceError
from planner.storage.workspace import Workspace

FOLDER_KEY = "backup_folder"
KEEP_LAST_KEY = "backup_keep_last"
KEEP_DAYS_KEY = "backup_keep_days"
EVERY_MINUTES_KEY = "backup_every_minutes"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z-]+)\.db$")


@dataclass(frozen=True)
class RetentionPolicy:
    """How many backups survive rotation: the newest ``keep_last``, plus one a day."""

    keep_last: int = 10
    keep_days: int = 30


@dataclass(frozen=True)
class BackupInfo:
    """A backup as the restore dialog lists it."""

    path: Path
    taken_at: dt.datetime  # UTC
    reason: str  # manual, open, close, auto, before-restore, before-encrypt, …
    campaigns: int | None  # None when the backup could not be read (no key, damaged)
    stakeholders: int | None
    encrypted: bool
    size: int


# ----------------------------------------------------------------------- where and how many


def backups_folder(
    workspace: Workspace | str | os.PathLike[str], folder: str | os.PathLike[str] | None = None
) -> Path:
    """The chosen folder, else the workspace's configured one, else ``<stem>-backups`` beside it."""
    if folder is not None:
        return Path(folder).expanduser()
    if isinstance(workspace, Workspace):
        chosen = workspace.info(FOLDER_KEY)
        if chosen:
            return Path(chosen).expanduser()
        path = workspace.path
    else:
        path = Path(workspace).expanduser()
    return path.with_name(f"{path.stem}-backups")


def policy_of(ws: Workspace) -> RetentionPolicy:
    """The workspace's configured rotation (``configure``), else the defaults."""
    default = RetentionPolicy()
    return RetentionPolicy(
        keep_last=_int_info(ws, KEEP_LAST_KEY, default.keep_last),
        keep_days=_int_info(ws, KEEP_DAYS_KEY, default.keep_days),
    )


def every_minutes(ws: Workspace, default: int = 10) -> int:
    return _int_info(ws, EVERY_MINUTES_KEY, default)


def _int_info(ws: Workspace, key: str, default: int) -> int:
    raw = ws.info(key)
    try:
        return max(0, int(raw)) if raw is not None else default
    except ValueError:
        return default


def configure(
    ws: Workspace,
    *,
    folder: str | os.PathLike[str] | None = None,
    keep_last: int | None = None,
    keep_days: int | None = None,
    minutes: int | None = None,
) -> None:
    """Remember backup settings in the workspace itself (they travel with it)."""
    if folder is not None:
        ws.set_info(FOLDER_KEY, str(Path(folder).expanduser()))
    for key, value in (
        (KEEP_LAST_KEY, keep_last),
        (KEEP_DAYS_KEY, keep_days),
        (EVERY_MINUTES_KEY, minutes),
    ):
        if value is not None:
            if not isinstance(value, int) or value < 1:
                raise WorkspaceError(f"{key.replace('_', ' ')} must be a positive number.")
            ws.set_info(key, str(value))


# ----------------------------------------------------------------------- taking


def take_backup(
    ws: Workspace,
    reason: str = "manual",
    *,
    folder: str | os.PathLike[str] | None = None,
    policy: RetentionPolicy | None = None,
    only_if_changed: bool = False,
) -> BackupInfo | None:
    """Copy the open workspace into its backups folder and rotate; return the new backup.

    With ``only_if_changed`` nothing is written (and None returned) when the newest backup
    already holds the same data, so backups on open, close and timer do not pile up.
    """
    if not re.fullmatch(r"[a-z]+(-[a-z]+)*", reason):
        raise ValueError(f"backup reason {reason!r}: lower-case words and dashes only")
    if not ws.backend.file_backups:
        if only_if_changed:  # the automatic ones (open, close, timer): the server's job
            return None
        raise WorkspaceError(ws.backend.backup_refusal(ws.path))
    target_dir = backups_folder(ws, folder)
    private_folder(target_dir)
    if only_if_changed:
        newest = next(iter(list_backup_files(ws.path, folder=target_dir)), None)
        if newest is not None and _fingerprint_file(newest, ws.key) == fingerprint(ws):
            return None
    final = new_backup_path(target_dir, ws.path.stem, reason)
    tmp = target_dir / f".{final.name}.part"  # swept on the next open if killed meanwhile
    try:
        copy_live(ws, tmp)
        fault_point("backup:copied")
        if ws.key is not None:
            _copy_key_file(ws.path, final)
            fault_point("backup:key-copied")
        os.replace(tmp, final)
    finally:
        if tmp.exists():
            tmp.unlink()
    encryption.fsync_dir(target_dir)
    fault_point("backup:placed")
    rotate(target_dir, policy or policy_of(ws), stem=ws.path.stem)
    return describe(final, ws.key)


def new_backup_path(folder: Path, stem: str, reason: str) -> Path:
    """The name of a backup taken now: ``<stem>-<UTC time>-<reason>.db``."""
    return folder / f"{stem}-{dt.datetime.now(dt.UTC).strftime(_STAMP)}-{reason}.db"


def copy_live(ws: Workspace, dest: Path) -> None:
    """SQLite's online backup from the workspace's own kind of connection into ``dest``."""
    create_private(dest)
    with ws.engine.connect() as conn:
        source = conn.connection.driver_connection
        if source is None:  # SQLAlchemy's pool gave back an invalidated connection
            raise WorkspaceError(f"{ws.path.name} lost its database connection; try again.")
        target = encryption.connect(dest, ws.key)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    encryption.fsync_file(dest)


def _copy_key_file(workspace_path: Path, backup_path: Path) -> None:
    source = encryption.key_file_path(workspace_path)
    if source.exists():
        encryption.write_key_file(backup_path, encryption.read_key_file(workspace_path))


def backup_on_open(ws: Workspace, **kwargs: Any) -> BackupInfo | None:
    """For the app to call right after opening a workspace."""
    return take_backup(ws, "open", only_if_changed=True, **kwargs)


def backup_on_close(ws: Workspace, **kwargs: Any) -> BackupInfo | None:
    """For the app to call just before closing a workspace."""
    return take_backup(ws, "close", only_if_changed=True, **kwargs)


class AutoBackup:
    """Backups every N minutes *with changes*: the GUI's timer calls ``tick()`` often.

    ``tick`` is cheap when nothing is due (a clock comparison); when due it backs up only
    if the data changed since the newest backup.
    """

    def __init__(
        self,
        ws: Workspace,
        minutes: int | None = None,
        *,
        folder: str | os.PathLike[str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ws = ws
        self.minutes = minutes if minutes is not None else every_minutes(ws)
        self.folder = folder
        self._clock = clock
        self._last = clock()

    def due(self) -> bool:
        return self._clock() - self._last >= self.minutes * 60

    def tick(self) -> BackupInfo | None:
        if not self.due():
            return None
        self._last = self._clock()
        return take_backup(self.ws, "auto", folder=self.folder, only_if_changed=True)


# ----------------------------------------------------------------------- change detection

_FINGERPRINT_TABLES = tuple(ENTITY_MODELS)  # the core entities' tables, named as their kinds


def _fingerprint_sql(conn: Any) -> tuple[Any, ...]:
    """Row counts, newest update per table and the newest audit entry: what a change moves."""
    parts = []
    for t in _FINGERPRINT_TABLES:
        parts.append(f"(SELECT count(*) FROM {t})")
        parts.append(f"(SELECT max(updated_at) FROM {t})")
    parts.append("(SELECT count(*) FROM workspace_info)")
    parts.append("(SELECT group_concat(key || '=' || value, ';') FROM workspace_info)")
    has_audit = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
    ).fetchone()[0]
    parts.append("(SELECT max(id) FROM audit_log)" if has_audit else "NULL")
    return tuple(conn.execute("SELECT " + ", ".join(parts)).fetchone())


def fingerprint(ws: Workspace) -> tuple[Any, ...]:
    with ws.engine.connect() as conn:
        return _fingerprint_sql(conn.connection.driver_connection)


def _fingerprint_file(path: Path, key: bytes | None) -> tuple[Any, ...] | None:
    try:
        conn = encryption.connect(path, key if encryption.is_encrypted(path) else None)
    except (sqlite3.Error, encryption.sqlcipher_module().Error):
        return None
    try:
        return _fingerprint_sql(conn)
    except (sqlite3.Error, encryption.sqlcipher_module().Error):
        return None
    finally:
        conn.close()


# ----------------------------------------------------------------------- listing


def list_backup_files(
    workspace_path: str | os.PathLike[str], *, folder: str | os.PathLike[str] | None = None
) -> list[Path]:
    """The backup files of a workspace, newest first (by the time in their names)."""
    path = Path(workspace_path)
    where = backups_folder(path, folder)
    if not where.is_dir():
        return []
    found = []
    for item in where.iterdir():
        m = _NAME.match(item.name)
        if m and m["stem"] == path.stem and item.is_file():
            found.append((m["stamp"], item))
    return [p for _s, p in sorted(found, reverse=True)]


def describe(path: Path, key: bytes | None = None) -> BackupInfo:
    """Date, reason and counts of one backup; counts are None if it cannot be read."""
    m = _NAME.match(path.name)
    if m is None:
        raise WorkspaceError(f"{path.name} is not a Campaign Planner backup.")
    taken = dt.datetime.strptime(m["stamp"], _STAMP).replace(tzinfo=dt.UTC)
    encrypted = encryption.is_encrypted(path)
    campaigns = stakeholders = None
    if key is not None or not encrypted:
        try:
            conn = encryption.connect(path, key if encrypted else None)
            try:
                campaigns, stakeholders = conn.execute(
                    "SELECT (SELECT count(*) FROM campaign WHERE deleted_at IS NULL), "
                    "(SELECT count(*) FROM stakeholder WHERE deleted_at IS NULL)"
                ).fetchone()
            finally:
                conn.close()
        except (sqlite3.Error, encryption.sqlcipher_module().Error):
            campaigns = stakeholders = None
    return BackupInfo(
        path, taken, m["reason"], campaigns, stakeholders, encrypted, path.stat().st_size
    )


def list_backups(
    workspace: Workspace | str | os.PathLike[str],
    *,
    folder: str | os.PathLike[str] | None = None,
    key: bytes | None = None,
) -> list[BackupInfo]:
    """Backups newest first with their date and counts: what File ▸ Restore shows."""
    if isinstance(workspace, Workspace):
        key = key if key is not None else workspace.key
        where = backups_folder(workspace, folder)
        path = workspace.path
    else:
        path = Path(workspace)
        where = backups_folder(path, folder)
    return [describe(p, key) for p in list_backup_files(path, folder=where)]


def newest_good_backup(
    workspace_path: str | os.PathLike[str],
    *,
    key: bytes | None = None,
    folder: str | os.PathLike[str] | None = None,
) -> Path | None:
    """The newest backup that passes ``quick_check`` (readable with ``key`` if encrypted).

    Without a key, encrypted backups cannot be checked; the newest of them is offered
    only if no backup could be checked at all.
    """
    unchecked = None
    for candidate in list_backup_files(workspace_path, folder=folder):
        encrypted = encryption.is_encrypted(candidate)
        if encrypted and key is None:
            unchecked = unchecked or candidate
            continue
        if encryption.integrity(candidate, key if encrypted else None, quick=True) == "ok":
            return candidate
    return unchecked


# ----------------------------------------------------------------------- rotation


def rotate(
    folder: Path, policy: RetentionPolicy, *, stem: str, now: dt.datetime | None = None
) -> list[Path]:
    """Delete backups beyond the policy; return what was deleted.

    Kept: the ``keep_last`` newest, and the newest of each of the last ``keep_days`` days.
    """
    now = now or dt.datetime.now(dt.UTC)
    dated = []
    for item in folder.iterdir():
        m = _NAME.match(item.name)
        if m and m["stem"] == stem:
            dated.append((dt.datetime.strptime(m["stamp"], _STAMP).replace(tzinfo=dt.UTC), item))
    dated.sort(reverse=True)
    keep = {p for _t, p in dated[: policy.keep_last]}
    first_day = now.date() - dt.timedelta(days=min(policy.keep_days, 36500) - 1)
    seen_days: set[dt.date] = set()
    for taken, item in dated:
        day = taken.date()
        if policy.keep_days > 0 and day >= first_day and day not in seen_days:
            seen_days.add(day)
            keep.add(item)
    removed = []
    for _t, item in dated:
        if item not in keep:
            item.unlink()
            encryption.key_file_path(item).unlink(missing_ok=True)
            removed.append(item)
    return removed


# ----------------------------------------------------------------------- restoring


def plan_safety_backup(plan: Any, ws: Workspace, folder: Path, reason: str) -> tuple[Path, Path]:
    """Make a backup of ``ws`` part of a journaled operation: taken into a ``.part`` file
    before its commit, moved into place with the rest after. Returns (part, final)."""
    private_folder(folder)
    final = new_backup_path(folder, ws.path.stem, reason)
    part = plan.swap(folder / f".{final.name}.part", final, scrub_old=False)
    if ws.key is not None and encryption.key_file_path(ws.path).exists():
        plan.key_files[final] = encryption.read_key_file(ws.path).to_json()
    return part, final


def backup_key(source: Path, key: bytes | None, secret: str | None) -> bytes | None:
    if not encryption.is_encrypted(source):
        return None
    if key is not None:
        try:
            encryption.check_key(source, key)
            return key
        except encryption.WrongPassphrase:
            if secret is None:
                raise
    if secret is None:
        raise encryption.PassphraseRequired(
            f"The backup {source.name} is encrypted: give its passphrase or recovery key."
        )
    return encryption.unlock(source, secret)
