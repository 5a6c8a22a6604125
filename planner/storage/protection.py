"""Encrypting, decrypting, re-keying and restoring a workspace: the operations that
replace the file itself.

Each one is journaled (``protection_journal``): copies are made and checked first, a
commit record is written, then the copies replace the originals, so a kill at any step
leaves all-before or all-after and the next open finishes or undoes it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from planner.files.fault_points import fault_point
from planner.files.private_files import copy_private, private_folder
from planner.storage import backups, encryption, protection_journal
from planner.storage.encryption import (
    KeyFile,
    export_copy,
    format_recovery_key,
    integrity,
    is_encrypted,
    key_file_path,
    new_data_key,
    require_strong,
    settle,
    table_counts,
    unlock,
    wrap_key,
)
from planner.storage.errors import WorkspaceError
from planner.storage.instance_lock import holding, resolved
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace


@dataclass(frozen=True)
class EncryptionResult:
    recovery_key: str
    backup: Path | None


def workspace_file(path: str | os.PathLike[str]) -> Path:
    """The real workspace file behind ``path``: every protection operation works on it.

    Links are followed once, here, so that nothing is ever written through a link or
    replaces one (a link's target keeps its name, its key file and its backups beside it).
    """
    target = resolved(path)
    if not target.exists():
        raise WorkspaceError(f"No workspace at {target}.")
    if not target.is_file():
        raise WorkspaceError(f"{target} is not a workspace file.")
    return target


def encrypt_workspace(
    path: str | os.PathLike[str], passphrase: str, *, backups_folder: Path | None = None
) -> EncryptionResult:
    """Encrypt a plain workspace in place and its plain backups; return its recovery key.

    Journaled (``planner.storage.protection_journal``): first encrypted copies are made beside the
    workspace and every plain backup, and an encrypted "before-encrypt" backup; then, past
    the commit, each copy replaces its original and the original's blocks are scrubbed.
    A kill before the commit leaves everything plain as it was; after it, the next open
    finishes the job. No plaintext copy is ever made, so none can be left behind.
    """
    with _operating_on(
        path,
        backups_folder,
        encrypted=False,
        refusal="is already encrypted; use rekey to change it.",
    ) as target:
        require_strong(passphrase)
        with open_workspace(target) as ws:
            folder = backups.backups_folder(ws, backups_folder)
            policy = backups.policy_of(ws)
        settle(target, None)
        fault_point("encrypt:settled")
        data_key = new_data_key()
        wrapped = wrap_key(data_key, passphrase).to_json()
        plan = protection_journal.Plan(target, "encrypt", folders=[folder])
        plan.key_files[target] = wrapped
        tmp = plan.swap(target.with_name(f".{target.name}.encrypting"), target, scrub_old=True)
        plain = [b for b in backups.list_backup_files(target, folder=folder) if not is_encrypted(b)]
        copies = []
        for item in plain:
            plan.key_files[item] = wrapped
            copy = item.with_name(f".{item.name}.encrypting")
            copies.append(plan.swap(copy, item, scrub_old=True))
        private_folder(folder)
        safety = backups.new_backup_path(folder, target.stem, "before-encrypt")
        plan.key_files[safety] = wrapped
        safety_part = plan.swap(safety.with_name(f".{safety.name}.part"), safety, scrub_old=False)

        def prepare() -> None:
            export_copy(target, None, tmp, data_key)
            _verify_copy(target, None, tmp, data_key)
            fault_point("encrypt:copied")
            for item, copy in zip(plain, copies, strict=True):
                export_copy(item, None, copy, data_key)
                fault_point("encrypt:backup-copied")
            copy_private(tmp, safety_part)
            fault_point("encrypt:safety-copied")

        protection_journal.run(plan, prepare)
        backups.rotate(folder, policy, stem=target.stem)
    return EncryptionResult(format_recovery_key(data_key), safety)


def decrypt_workspace(
    path: str | os.PathLike[str], secret: str, *, backups_folder: Path | None = None
) -> Path:
    """Turn an encrypted workspace back into a plain one, after an (encrypted) backup.

    Returns the safety backup's path. Earlier backups stay encrypted; they still open
    with the passphrase or recovery key of their time. Journaled like ``encrypt``: the
    plain copy made before the commit is scrubbed if the operation is undone.
    """
    with _operating_on(path, backups_folder, encrypted=True, refusal="is not encrypted.") as target:
        data_key = unlock(target, secret)
        ws = open_workspace(target, key=data_key)
        try:
            folder = backups.backups_folder(ws, backups_folder)
            policy = backups.policy_of(ws)
            plan = protection_journal.Plan(target, "decrypt", folders=[folder])
            part, safety = backups.plan_safety_backup(plan, ws, folder, "before-decrypt")
            tmp = plan.swap(target.with_name(f".{target.name}.decrypting"), target, scrub_old=False)
            plan.remove.append(key_file_path(target))

            def prepare() -> None:
                backups.copy_live(ws, part)
                ws.close()
                fault_point("decrypt:backed-up")
                settle(target, data_key)
                fault_point("decrypt:settled")
                export_copy(target, data_key, tmp, None)
                _verify_copy(target, data_key, tmp, None)
                fault_point("decrypt:copied")

            protection_journal.run(plan, prepare)
        finally:
            ws.close()
        backups.rotate(folder, policy, stem=target.stem)
    return safety


def rekey_workspace(
    path: str | os.PathLike[str],
    secret: str,
    new_passphrase: str,
    *,
    backups_folder: Path | None = None,
) -> int:
    """Change the passphrase (``secret`` may be the old one or the recovery key).

    The data key is rewrapped, here and in the key files of the backups that share it, so
    one passphrase opens them all. Returns how many backups were rewrapped. The new key
    files are journaled first (a wrapped key holds no secret), so a kill halfway is
    finished on the next open instead of leaving backups under the old passphrase.
    """
    with _operating_on(
        path, backups_folder, encrypted=True, refusal="is not encrypted; use `planner encrypt`."
    ) as target:
        require_strong(new_passphrase)
        data_key = unlock(target, secret)
        kf = wrap_key(data_key, new_passphrase)
        plan = protection_journal.Plan(target, "rekey")
        plan.key_files[target] = kf.to_json()
        for info in backups.list_backup_files(target, folder=backups_folder):
            side = key_file_path(info)
            if side.exists():
                try:
                    text = side.read_text(encoding="utf-8")
                    same = KeyFile.from_json(text, side).key_id == kf.key_id
                except (OSError, UnicodeDecodeError, WorkspaceError):
                    same = False
                if same:
                    plan.key_files[info] = kf.to_json()
        protection_journal.run(plan, lambda: None)
    return len(plan.key_files) - 1


@contextmanager
def _operating_on(
    path: str | os.PathLike[str], backups_folder: Path | None, *, encrypted: bool, refusal: str
) -> Iterator[Path]:
    """The workspace file, held against other programs, once an operation interrupted
    there has been finished; refused (``{name} {refusal}``) unless ``encrypted`` is
    whether it is encrypted now."""
    target = workspace_file(path)
    with holding(target):
        protection_journal.recover(target, [backups_folder])
        if is_encrypted(target) != encrypted:
            raise WorkspaceError(f"{target.name} {refusal}")
        yield target


def _verify_copy(source: Path, skey: bytes | None, copy: Path, ckey: bytes | None) -> None:
    status = integrity(copy, ckey)
    if status != "ok":
        raise WorkspaceError(
            f"The rewritten copy failed its integrity check ({status}); nothing changed."
        )
    if table_counts(source, skey) != table_counts(copy, ckey):
        raise WorkspaceError("The rewritten copy does not hold the same rows; nothing changed.")


def restore_backup(
    workspace_path: str | os.PathLike[str],
    backup: str | os.PathLike[str],
    *,
    key: bytes | None = None,
    secret: str | None = None,
    folder: str | os.PathLike[str] | None = None,
) -> backups.BackupInfo | None:
    """Put ``backup`` in place of the workspace, after backing up the current state.

    The workspace must be closed (the GUI closes it first; the instance lock keeps other
    programs out). ``key`` is the current workspace's data key, ``secret`` a passphrase
    or recovery key for a backup made under another key. Returns the backup of the
    state that was replaced (None if the workspace file did not exist).
    """
    target = resolved(workspace_path)
    source = Path(backup).expanduser()
    if not source.is_file():
        raise WorkspaceError(f"No backup at {source}.")
    where = backups.backups_folder(target, folder)
    with holding(target):
        protection_journal.recover(target, [where])
        backup_key = backups.backup_key(source, key, secret)
        status = encryption.integrity(source, backup_key, quick=True)
        if status != "ok":
            raise WorkspaceError(f"The backup {source.name} is damaged ({status}); choose another.")
        # Replacing plain data by an encrypted backup: the plain file's blocks are scrubbed.
        plain_now = target.exists() and not encryption.is_encrypted(target)
        plan = protection_journal.Plan(target, "restore", folders=[where])
        current = _open_current(target, key)
        before: backups.BackupInfo | None = None
        try:
            if current is not None:  # its backup is part of the operation, like the rest
                part, saved = backups.plan_safety_backup(plan, current, where, "before-restore")
            elif target.exists():
                before = _copy_damaged(target, where)
            tmp = plan.swap(
                target.with_name(f".{target.name}.restoring"),
                target,
                scrub_old=plain_now and backup_key is not None,
            )
            if backup_key is not None and encryption.key_file_path(source).exists():
                plan.key_files[target] = encryption.read_key_file(source).to_json()
            elif backup_key is None:
                plan.remove.append(encryption.key_file_path(target))

            def prepare() -> None:
                if current is not None:
                    backups.copy_live(current, part)
                    current.close()
                    encryption.settle(target, key if encryption.is_encrypted(target) else None)
                    fault_point("restore:saved-current")
                copy_private(source, tmp)
                fault_point("restore:copied")

            protection_journal.run(plan, prepare)
        finally:
            if current is not None:
                current.close()
        if current is not None:
            before = backups.describe(saved, key)
    return before


def _open_current(target: Path, key: bytes | None) -> Workspace | None:
    """The workspace about to be replaced, open, or None if it is missing or unreadable."""
    if not target.exists():
        return None
    try:
        return open_workspace(target, key=key, create=False, check=True, upgrade=False)
    except WorkspaceError:
        return None


def _copy_damaged(target: Path, where: Path) -> backups.BackupInfo:
    """Unreadable (damaged, or encrypted with a key we do not have): keep its exact bytes."""
    private_folder(where)
    copy = backups.new_backup_path(where, target.stem, "damaged")
    copy_private(target, copy)
    wal = target.with_name(target.name + "-wal")
    if wal.exists():
        copy_private(wal, copy.with_name(copy.name + "-wal"))
    if encryption.key_file_path(target).exists():
        copy_private(encryption.key_file_path(target), encryption.key_file_path(copy))
    return backups.BackupInfo(
        copy,
        dt.datetime.now(dt.UTC),
        "damaged",
        None,
        None,
        encryption.is_encrypted(copy),
        copy.stat().st_size,
    )
