"""Encrypt, decrypt, rekey and restore as journaled operations; what kills leave behind.

A protection operation rewrites the workspace file, its backups or their key files. Its
plan goes first into a journal beside the workspace (``.ws.db.journal``): the temporary
files it will make, which of them replace which files, which key files it will write.
Until the journal says "commit" the operation only *creates* temporary files, so a kill
there is undone by deleting them (scrubbed: a decrypted copy is plaintext). After
"commit" it only moves files into place, writes key files and scrubs replaced plaintext:
steps that need no secret and can be repeated, so a kill there is finished.

The next open of the workspace (app or CLI, ``recover``) does either, and sweeps the
leftovers of killed backups and older versions (``.part``, ``.encrypting``, ``.old``
files). Recovery runs only while this process holds the workspace's instance lock (or
can take it), so it never deletes the temporary file of an operation still running.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from planner.files.atomic import atomic_write_text
from planner.files.fault_points import fault_point
from planner.storage import encryption
from planner.storage.encryption import KeyFile, fsync_dir, key_file_path, write_key_file
from planner.storage.instance_lock import InstanceLock, WorkspaceInUse, held_here, resolved

JOURNAL_FORMAT = "campaign-planner-journal"
LEFTOVER_SUFFIXES = (".encrypting", ".decrypting", ".restoring", ".old", ".part")
SIDECARS = ("-wal", "-shm", "-journal")

# Workspaces with an operation running in this process: never "recovered" under its feet.
_active: set[Path] = set()
_active_guard = threading.Lock()


def journal_path(workspace: Path) -> Path:
    return workspace.with_name(f".{workspace.name}.journal")


def old_path(final: Path) -> Path:
    """Where a replaced file waits to be scrubbed (a second name of the same inode)."""
    return final.with_name(f".{final.name}.old")


@dataclass
class Plan:
    """What one operation does to the files; the journal is this, as JSON."""

    workspace: Path
    op: str
    # (temporary, final, scrub the replaced file): made before commit, moved in after.
    swaps: list[tuple[Path, Path, bool]] = field(default_factory=list)
    # Database path -> key file JSON written at commit (a wrapped key: no secret in it).
    key_files: dict[Path, str] = field(default_factory=dict)
    remove: list[Path] = field(default_factory=list)  # deleted once all is in place
    folders: list[Path] = field(default_factory=list)  # backups folders to sweep too

    def swap(self, tmp: Path, final: Path, *, scrub_old: bool) -> Path:
        self.swaps.append((tmp, final, scrub_old))
        return tmp

    def to_json(self, phase: str) -> str:
        return json.dumps(
            {
                "format": JOURNAL_FORMAT,
                "op": self.op,
                "phase": phase,
                "pid": os.getpid(),
                "swaps": [[str(t), str(f), s] for t, f, s in self.swaps],
                "key_files": {str(k): v for k, v in self.key_files.items()},
                "remove": [str(p) for p in self.remove],
                "folders": [str(p) for p in self.folders],
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, workspace: Path, text: str) -> tuple[Plan, str]:
        data = json.loads(text)
        if data.get("format") != JOURNAL_FORMAT:
            raise ValueError("not a journal of this app")
        plan = cls(
            workspace,
            str(data["op"]),
            [(Path(t), Path(f), bool(s)) for t, f, s in data["swaps"]],
            {Path(k): str(v) for k, v in data["key_files"].items()},
            [Path(p) for p in data["remove"]],
            [Path(p) for p in data["folders"]],
        )
        return plan, str(data["phase"])


def run(plan: Plan, prepare: Callable[[], None]) -> None:
    """Journal ``plan``, run ``prepare`` (which makes the temporary files), then commit.

    An error in ``prepare`` undoes it here; an error after the commit leaves the journal
    for the next open to finish (the workspace is then already "after").
    """
    with _running(plan.workspace):
        _write(plan, "prepare")
        fault_point(f"{plan.op}:planned")
        try:
            prepare()
        except BaseException:
            _roll_back(plan)
            raise
        _write(plan, "commit")
        fault_point(f"{plan.op}:committed")
        _finish(plan)


@contextlib.contextmanager
def _running(workspace: Path) -> Iterator[None]:
    with _active_guard:
        _active.add(workspace)
    try:
        yield
    finally:
        with _active_guard:
            _active.discard(workspace)


def _write(plan: Plan, phase: str) -> None:
    atomic_write_text(journal_path(plan.workspace), plan.to_json(phase))
    fsync_dir(plan.workspace.parent)


def _roll_back(plan: Plan) -> None:
    for tmp, _final, _scrub in plan.swaps:
        _scrub_file(tmp)
    journal_path(plan.workspace).unlink(missing_ok=True)


def _finish(plan: Plan) -> None:
    for db, text in plan.key_files.items():
        write_key_file(db, KeyFile.from_json(text, key_file_path(db)))
        fault_point(f"{plan.op}:key-file-written")
    for tmp, final, scrub_old in plan.swaps:
        _move_into_place(tmp, final, scrub_old)
        fault_point(f"{plan.op}:swapped")
        _scrub_file(old_path(final))
        fault_point(f"{plan.op}:old-scrubbed")
    for item in plan.remove:
        item.unlink(missing_ok=True)
    journal_path(plan.workspace).unlink(missing_ok=True)
    fsync_dir(plan.workspace.parent)


def _move_into_place(tmp: Path, final: Path, scrub_old: bool) -> None:
    """``tmp`` replaces ``final``; the replaced file keeps a second name to be scrubbed.

    Repeatable: a kill at any point leaves ``tmp`` (not yet moved), or ``final`` already
    new; either way running it again ends in the same place.
    """
    if not tmp.exists():
        return
    old = old_path(final)
    if final.is_symlink():
        raise OSError(f"{final} is a link; refusing to replace it")
    for suffix in SIDECARS:  # a journal of the file replaced must never meet the new one
        side = final.with_name(final.name + suffix)
        if scrub_old:
            _scrub_file(side)
        else:
            side.unlink(missing_ok=True)
    if scrub_old and final.exists() and not old.exists():
        try:
            os.link(final, old)  # the same inode under a second name, to scrub after
        except OSError:  # no hard links (FAT): the old file moves aside instead
            os.replace(final, old)
    os.replace(tmp, final)
    fsync_dir(final.parent)


def _scrub_file(path: Path) -> None:
    if path.is_symlink():
        path.unlink()
    elif path.exists():
        encryption.scrub(path)


# ----------------------------------------------------------------------- recovery


def recover(workspace: str | os.PathLike[str], folders: Iterable[Path | None] = ()) -> bool:
    """Finish or undo an interrupted operation on ``workspace`` and sweep leftovers.

    Returns True if anything was found (the caller then checks the file's integrity).
    Does nothing if another process holds the workspace: it is alive, so nothing of its
    own is left over, and its running operation is not ours to touch.
    """
    target = resolved(workspace)
    with _active_guard:
        if target in _active:
            return False
    journal = journal_path(target)
    wanted = [Path(f) for f in folders if f is not None]
    if not journal.exists() and not _leftovers(target, wanted):
        return False
    with _holding_if_free(target) as free:
        if not free:
            return False
        if journal.exists():
            try:
                plan, phase = Plan.from_json(target, journal.read_text(encoding="utf-8"))
            except (OSError, ValueError, KeyError, TypeError):
                plan, phase = None, "damaged"
            if plan is None:
                journal.unlink()  # unreadable: only written atomically, so never half
            elif phase == "commit":
                _finish(plan)
            else:
                _roll_back(plan)
            if plan is not None:
                wanted += plan.folders
        for item in _leftovers(target, wanted):
            _scrub_file(item)
    return True


@contextlib.contextmanager
def _holding_if_free(target: Path) -> Iterator[bool]:
    if held_here(target):
        yield True
        return
    lock = InstanceLock(target)
    try:
        lock.acquire()
    except WorkspaceInUse:
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


def default_backups_folder(target: Path) -> Path:
    return target.with_name(f"{target.stem}-backups")


def _leftovers(target: Path, folders: list[Path]) -> list[Path]:
    """Temporary files of killed operations: beside the workspace and in its backups."""
    found = []
    # Ours, and the atomic writer's temporary key files (named after the first 40
    # characters of the file they replace).
    prefixes = (f".{target.name}.", f".{(target.name + '.key')[:40]}.")
    found += [
        p
        for p in _entries(target.parent)
        if p.name.startswith(prefixes) and p.name.endswith(LEFTOVER_SUFFIXES)
    ]
    backup_prefix = f".{target.stem}-"
    backup_name = re.compile(rf"^{re.escape(target.stem)}-\d{{8}}T\d{{12}}Z-[a-z-]+\.db$")
    seen: set[Path] = set()
    for folder in [default_backups_folder(target), *folders]:
        folder = Path(os.path.realpath(folder.expanduser()))
        if folder in seen:
            continue
        seen.add(folder)
        for p in _entries(folder):
            temporary = p.name.startswith(backup_prefix) and p.name.endswith(LEFTOVER_SUFFIXES)
            orphan_key = (  # the key file of a backup deleted by a killed rotation
                p.name.endswith(".db.key")
                and backup_name.match(p.name[:-4]) is not None
                and not p.with_name(p.name[:-4]).exists()
            )
            if temporary or orphan_key:
                found.append(p)
    return found


def _entries(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as it:
            return [Path(e.path) for e in it if e.name.startswith(".") or e.name.endswith(".key")]
    except OSError:
        return []
