"""`planner encrypt|decrypt|rekey|backup|backups|restore|audit`: protecting the data.

Commands that change the workspace file or its backups (encrypt, decrypt, rekey,
restore, backup) take the instance lock of the resolved file first, so they never pull
the file from under an open app, nor write through a link.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from planner.cli.context import (
    LOCK_WAIT_S,
    USER_ERRORS,
    UserError,
    add_json_option,
    output_file,
    passphrase,
    print_json,
    print_table,
    workspace,
    workspace_path,
)
from planner.cli.counting import count as count_of
from planner.services import audit_trail
from planner.storage import backups, encryption, protection
from planner.storage.backends import is_server_url
from planner.storage.instance_lock import InstanceLock, resolved


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name, help_text, handler in (
        ("encrypt", "encrypt the workspace in place (after a backup)", cmd_encrypt),
        ("decrypt", "remove encryption from the workspace (after a backup)", cmd_decrypt),
        ("rekey", "change the passphrase of an encrypted workspace", cmd_rekey),
    ):
        p = commands.add_parser(name, help=help_text)
        if name != "decrypt":
            p.add_argument("--new-passphrase-file", metavar="FILE", required=True)
        _backups_folder_option(p, "--backups")
        p.set_defaults(handler=handler)

    p = commands.add_parser("backup", help="back up the workspace now")
    _backups_folder_option(p, "--folder")
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser("backups", help="list backups, newest first")
    _backups_folder_option(p, "--folder")
    add_json_option(p)
    p.set_defaults(handler=cmd_backups)

    p = commands.add_parser(
        "restore", help="replace the workspace by a backup (the current state is backed up first)"
    )
    p.add_argument("backup", metavar="BACKUP", help="a backup file, its name, or 'newest'")
    _backups_folder_option(p, "--folder")
    p.set_defaults(handler=cmd_restore)

    p = commands.add_parser("audit", help="show or export the audit trail")
    p.add_argument("--entity", metavar="ID", help="only the changes to one record")
    p.add_argument("--out", metavar="FILE.csv", help="write CSV instead of printing")
    p.add_argument("--limit", type=int, default=50, help="entries to print (default 50, newest)")
    p.set_defaults(handler=cmd_audit)


def _backups_folder_option(p: argparse.ArgumentParser, flag: str) -> None:
    p.add_argument(flag, metavar="DIR", help="backups folder (default: beside the workspace)")


def _path(args: argparse.Namespace) -> Path:
    """The real workspace file these commands copy, encrypt or restore (never a server);
    a link is resolved once, here, for the whole command."""
    if is_server_url(getattr(args, "db", None) or os.environ.get("PLANNER_DB")):
        raise UserError(
            "This is a team workspace on a PostgreSQL server: back it up and restore it on "
            "the server with pg_dump and pg_restore; encryption is the server's (TLS, disk)."
        )
    return resolved(workspace_path(args))


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    lock = InstanceLock(path)
    lock.acquire(wait=LOCK_WAIT_S)
    try:
        yield
    finally:
        lock.release()


def _folder(args: argparse.Namespace, name: str = "backups") -> Path | None:
    value = getattr(args, name, None)
    return Path(value).expanduser() if value else None


def _new_passphrase(args: argparse.Namespace) -> str:
    try:
        return encryption.read_passphrase_file(args.new_passphrase_file)
    except USER_ERRORS as exc:
        raise UserError(str(exc)) from None


def _secret(args: argparse.Namespace, path: Path) -> str:
    secret = passphrase(args)
    if secret is None:
        raise UserError(
            f"{path.name} is encrypted: give its passphrase or recovery key with "
            "--passphrase-file FILE or PLANNER_PASSPHRASE."
        )
    return secret


def cmd_encrypt(args: argparse.Namespace) -> int:
    path = _path(args)
    new = _new_passphrase(args)
    try:
        with _locked(path):
            result = protection.encrypt_workspace(path, new, backups_folder=_folder(args))
    except USER_ERRORS as exc:
        raise UserError(str(exc)) from None
    first = result.backup.name if result.backup else "-"
    print(f"Encrypted {path} (a backup was taken first: {first}).")
    print(f"Keep the key file {encryption.key_file_path(path).name} next to the workspace.")
    print(
        "Recovery key (shown only this once; write it down and keep it apart from this computer):"
    )
    print(f"  {result.recovery_key}")
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    path = _path(args)
    secret = _secret(args, path)
    try:
        with _locked(path):
            safety = protection.decrypt_workspace(path, secret, backups_folder=_folder(args))
    except USER_ERRORS as exc:
        raise UserError(str(exc)) from None
    print(f"Decrypted {path}; anyone with the file can now read it.")
    print(f"Backups stay encrypted (the one taken first: {safety.name}).")
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    path = _path(args)
    secret = _secret(args, path)
    new = _new_passphrase(args)
    try:
        with _locked(path):
            count = protection.rekey_workspace(path, secret, new, backups_folder=_folder(args))
    except USER_ERRORS as exc:
        raise UserError(str(exc)) from None
    print(
        f"Passphrase changed for {path} and {count_of(count, 'backup')}; "
        "the recovery key is unchanged."
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        info = backups.take_backup(ws, "manual", folder=_folder(args, "folder"))
    assert info is not None
    print(
        f"Backed up to {info.path} ({info.campaigns} campaigns, {info.stakeholders} stakeholders"
        f"{', encrypted' if info.encrypted else ''})."
    )
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        found = backups.list_backups(ws, folder=_folder(args, "folder"))
    if args.json:
        print_json(
            [
                {
                    "path": str(b.path),
                    "taken_at": b.taken_at.isoformat(),
                    "reason": b.reason,
                    "campaigns": b.campaigns,
                    "stakeholders": b.stakeholders,
                    "encrypted": b.encrypted,
                    "size": b.size,
                }
                for b in found
            ]
        )
        return 0
    if not found:
        print("No backups yet; make one with `planner backup`.")
        return 0
    rows = [
        (
            b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            b.reason,
            "?" if b.campaigns is None else b.campaigns,
            "?" if b.stakeholders is None else b.stakeholders,
            f"{b.size / 2**20:.1f} MiB",
            "yes" if b.encrypted else "no",
            b.path.name,
        )
        for b in found
    ]
    print_table(
        ["taken", "reason", "campaigns", "stakeholders", "size", "encrypted", "file"],
        rows,
        max_width=70,
    )
    return 0


def _resolve_backup(path: Path, choice: str, folder: Path | None) -> Path:
    if choice == "newest":
        files = backups.list_backup_files(path, folder=folder)
        if not files:
            raise UserError(f"No backups of {path.name} yet.")
        return files[0]
    given = Path(choice).expanduser()
    if given.is_file():
        return given
    beside = backups.backups_folder(path, folder) / choice
    if beside.is_file():
        return beside
    raise UserError(f"No backup {choice!r}; list them with `planner backups`.")


def cmd_restore(args: argparse.Namespace) -> int:
    path = _path(args)
    folder = _folder(args, "folder")
    chosen = _resolve_backup(path, args.backup, folder)
    secret = passphrase(args)
    key = None
    if encryption.is_encrypted(path) and secret is not None:
        try:
            key = encryption.unlock(path, secret)
        except USER_ERRORS:
            key = None  # the current file may be the damaged one being replaced
    try:
        with _locked(path):
            before = protection.restore_backup(path, chosen, key=key, secret=secret, folder=folder)
    except USER_ERRORS as exc:
        raise UserError(str(exc)) from None
    print(f"Restored {path} from {chosen.name}.")
    if before is not None:
        print(f"The state it replaced is kept as {before.path.name}.")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        if args.out:
            out = output_file(args.out, ".csv", "the audit trail")
            written = audit_trail.export_audit(ws, out, entity_id=args.entity)
            print(f"Wrote {count_of(written, 'audit entry')} to {out}")
            return 0
        found = list(audit_trail.entries(ws, entity_id=args.entity))
    shown = found[-args.limit :] if args.limit > 0 else found
    print_table(
        ["when", "who", "action", "entity", "id", "change"],
        [
            (f"{e.at:%Y-%m-%d %H:%M:%S}", e.user, e.action, e.entity, e.entity_id[:8], e.describe())
            for e in shown
        ],
        max_width=60,
    )
    if len(found) > len(shown):
        earlier = count_of(len(found) - len(shown), "earlier entry", "earlier entries")
        print(f"({earlier} not shown; use --limit or --out)")
    return 0
