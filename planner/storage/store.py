"""Opening a workspace: a SQLite file (plain or encrypted) or a team server.

Opening finishes or undoes an operation a kill interrupted, unlocks an encrypted file,
checks integrity, and upgrades the schema with the Alembic migrations shipped in this
package (never ``create_all`` on user data); it refuses a file written by a newer
version of the app, so that an old app never damages new data. The open workspace itself
is ``planner.storage.workspace.Workspace``.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from planner.domain.models import WorkspaceInfo, new_id
from planner.domain.timestamps import utc_now_text
from planner.storage.backends import is_server_url
from planner.storage.backends.sqlite import check_status
from planner.storage.errors import WorkspaceDamaged, WorkspaceError
from planner.storage.locations import default_workspace_path
from planner.storage.workspace import (
    Connector,
    Workspace,
    closed_cleanly,
    current_revision,
    head_revision,
    known_revisions,
    make_engine,
    migrate,
)


def open_workspace(
    path: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    connector: Connector | None = None,
    upgrade: bool = True,
    passphrase: str | None = None,
    key: bytes | None = None,
    check: bool | str = True,
) -> Workspace:
    """Open (or create) the workspace at ``path`` and bring its schema up to date.

    An encrypted workspace needs ``passphrase`` (or its recovery key, or the data ``key``
    itself); a new workspace opened with a passphrase is created encrypted and carries
    its recovery key in ``recovery_key``. ``check`` runs ``PRAGMA quick_check`` first;
    ``check="if-unclean"`` only when the last session did not close the file cleanly
    (see ``closed_cleanly``), for a caller that only reads.

    The path is resolved once, here: a workspace opened through a link is known by its
    real file (``Workspace.path``), so its key file, lock and backups sit beside that one.
    An operation interrupted by a kill (encrypt, restore…) is finished or undone first,
    and then the file is checked whatever ``check`` says.
    """
    if is_server_url(path if path is not None else os.environ.get("PLANNER_DB")):
        location = str(path if path is not None else os.environ["PLANNER_DB"])
        return _open_server_workspace(
            location, create=create, upgrade=upgrade, passphrase=passphrase, check=check
        )
    from planner.files import private_files
    from planner.storage import protection_journal
    from planner.storage.instance_lock import resolved

    given = Path(path).expanduser() if path is not None else default_workspace_path()
    target = resolved(given)
    if protection_journal.recover(target):
        check = True
    if not target.exists():
        if not create:
            raise WorkspaceError(f"No workspace at {given}.")
        private_files.private_folder(target.parent)
        if passphrase is not None and connector is None:
            workspace, recovery = create_encrypted(target, passphrase)
            workspace.recovery_key = recovery
            return workspace
        private_files.create_private(target)  # SQLite gives -wal and -shm the same mode
    elif target.is_dir():
        raise WorkspaceError(f"{target} is a folder, not a workspace file.")
    else:
        for suffix in ("", "-wal", "-shm", ".key"):
            private_files.tighten(target.with_name(target.name + suffix))
    if connector is None:
        from planner.storage import encryption

        if encryption.is_encrypted(target):
            if key is None:
                if passphrase is None:
                    raise encryption.PassphraseRequired(
                        f"{target.name} is encrypted: give its passphrase "
                        "(--passphrase-file or PLANNER_PASSPHRASE) or its recovery key."
                    )
                key = encryption.unlock(target, passphrase)
            connector = encryption.connector_for(target, key)
        else:
            key = None
    if check == "if-unclean":
        check = not closed_cleanly(target)
    engine = make_engine(target, connector)
    try:
        _check_is_workspace(engine, target, key)
        if check:
            _quick_check(engine, target, key)
        current = current_revision(engine)
        _refuse_newer_schema(current, target.name)
        if upgrade and current != head_revision():
            if current is not None:  # a workspace written by an older version
                _backup_before_upgrade(target, engine, key, current)
            migrate(engine)
        workspace = Workspace(target, engine, key)
        if upgrade:
            _give_identity(workspace)
        # The leftovers of backups killed in a chosen backups folder (a migrated schema
        # has the table; an unmigrated new file has nothing to look at).
        chosen = workspace.info("backup_folder") if upgrade or current else None
        if chosen:
            protection_journal.recover(target, [Path(chosen).expanduser()])
        return workspace
    except Exception:
        engine.dispose()
        raise


def _refuse_newer_schema(current: str | None, shown: str) -> None:
    """Refuse a workspace whose schema names revisions this version does not know."""
    unknown = set(current.split(",")) - known_revisions() if current else set()
    if unknown:
        raise WorkspaceError(
            f"{shown} was written by a newer version of Campaign Planner "
            f"(schema {current}); update the app to open it."
        )


def _give_identity(workspace: Workspace) -> None:
    """Give a new workspace its id and creation time (once: an existing id is kept)."""
    if workspace.info("workspace_id") is None:
        with workspace.session() as s:
            s.merge(WorkspaceInfo(key="workspace_id", value=new_id()))
            s.merge(WorkspaceInfo(key="created_at", value=utc_now_text()))


def create_encrypted(path: str | os.PathLike[str], passphrase: str) -> tuple[Workspace, str]:
    """A new, empty encrypted workspace at ``path`` and its recovery key (show it once)."""
    from planner.storage import encryption
    from planner.storage.instance_lock import resolved

    target = resolved(path)
    data_key = encryption.new_keyed_file(target, passphrase)
    return open_workspace(target, key=data_key), encryption.format_recovery_key(data_key)


def _open_server_workspace(
    location: str,
    *,
    create: bool = True,
    upgrade: bool = True,
    passphrase: str | None = None,
    check: bool | str = True,
) -> Workspace:
    """Open the team workspace in database ``location``; migrate it (``create``) if empty."""
    from planner.storage.backends import postgres

    url = postgres.server_url(location, passphrase)
    shown = postgres.display_url(url)
    engine = postgres.make_server_engine(url)
    try:
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DBAPIError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise WorkspaceError(f"Cannot connect to the team server {shown}: {reason}") from None
        current = current_revision(engine)
        if current is None and not create:
            raise WorkspaceError(
                f"{shown} holds no Campaign Planner workspace yet: "
                "run `planner --db URL init` once to create its tables."
            )
        _refuse_newer_schema(current, shown)
        if upgrade and current != head_revision():
            migrate(engine)
        workspace = Workspace(Path(url.database or "workspace"), engine, None)
        workspace.location = shown
        if check is True and current is not None:  # "if-unclean": a server never is
            with engine.connect() as conn:
                status = postgres.POSTGRES.integrity_status(conn)
            if status != "ok":
                raise WorkspaceDamaged(f"{shown} is damaged ({status}).")
        if upgrade:
            _give_identity(workspace)
        return workspace
    except Exception:
        engine.dispose()
        raise


def _backup_before_upgrade(target: Path, engine: Engine, key: bytes | None, current: str) -> None:
    """Copy an older workspace into its backups folder before migrating it, so that the
    data as the old version left it survives a failed upgrade (or a return to that version).
    No backup, no upgrade: the file is left untouched."""
    from planner.storage.backups import take_backup

    try:
        take_backup(Workspace(target, engine, key), "before-upgrade")
    except Exception as exc:
        raise WorkspaceError(
            f"{target.name} needs an upgrade (schema {current}), but the backup taken first "
            f"failed ({exc}); nothing was changed."
        ) from exc


def _check_is_workspace(engine: Engine, target: Path, key: bytes | None = None) -> None:
    """Fail with a plain message on a file that is not an SQLite database."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except Exception as exc:  # sqlite3.DatabaseError: "file is not a database"
        detail = f"({exc.__class__.__name__}: {getattr(exc, 'orig', exc)})."
        backup = _newest_good_backup(target, key)
        if backup is not None:
            raise WorkspaceDamaged(
                f"{target} is damaged and cannot be read {detail}", backup
            ) from exc
        raise WorkspaceError(
            f"{target} is not a Campaign Planner workspace, or it is encrypted or damaged {detail}"
        ) from exc


def _quick_check(engine: Engine, target: Path, key: bytes | None) -> None:
    """``PRAGMA quick_check``: catch a damaged file before anything is written to it."""
    try:
        with engine.connect() as conn:
            status = check_status(conn)
    except Exception as exc:  # a damaged page can fail to decode at all
        status = f"{exc.__class__.__name__}: {getattr(exc, 'orig', exc)}"
    _raise_if_damaged(status, target, key)


def _raise_if_damaged(status: str, target: Path, key: bytes | None) -> None:
    if status != "ok":
        lines = [ln for ln in status.splitlines() if not ln.startswith("***")]
        first = lines[0] if lines else status
        more = f" and {len(lines) - 1} more problems" if len(lines) > 1 else ""
        raise WorkspaceDamaged(
            f"{target.name} is damaged (integrity check: {first[:160]}{more}).",
            _newest_good_backup(target, key),
        )


def quick_check(workspace: Workspace) -> None:
    """The open-time integrity check, for an app that opened with ``check=False``.

    On a large encrypted workspace the check reads (and decrypts) every page; the GUI
    can open at once and run this in a worker, raising WorkspaceDamaged if it fails.
    To be able to stop it, run an ``IntegrityCheck`` instead.
    """
    IntegrityCheck(workspace).run()


# How many SQLite VM steps between looks at a stop request during a check (cheap: a bool).
PROGRESS_STEPS = 1000


class CheckInterrupted(WorkspaceError):
    """The integrity check was stopped before it finished: the file is *not checked*,
    which says nothing about damage."""


class IntegrityCheck:
    """One ``quick_check`` that another thread can stop with ``interrupt()``.

    The check is a single SQLite statement that reads every page (seconds on a large
    encrypted file): an app closing meanwhile should not wait for a verdict nobody will
    read. ``interrupt`` is SQLite's own ``sqlite3_interrupt`` on the connection the check
    runs on, safe from any thread, backed by a progress handler; the stopped check raises
    ``CheckInterrupted``, never ``WorkspaceDamaged`` (an interrupted statement must not
    read as a damaged file).
    """

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.started = threading.Event()  # set once the check's statement is under way
        self._lock = threading.Lock()
        self._running: Any = None  # the DB-API connection while the check runs on it
        self._stopped = False

    def run(self) -> None:
        """Check; raise WorkspaceDamaged on damage, CheckInterrupted if stopped first."""
        ws = self.workspace
        if not ws.backend.file_backups:  # a server: no page walk to stop, nothing to interrupt
            with ws.engine.connect() as conn:
                status = ws.backend.integrity_status(conn)
            if status != "ok":
                raise WorkspaceDamaged(f"{ws.location} is damaged ({status}).")
            return
        try:
            with ws.engine.connect() as conn:
                status = self._status_on(conn)
        except CheckInterrupted:
            raise
        except Exception as exc:  # a damaged file can fail as the connection opens
            status = f"{exc.__class__.__name__}: {getattr(exc, 'orig', exc)}"
        if status != "ok" and self._stopped:  # "interrupted", not a verdict on the file
            raise CheckInterrupted(f"The integrity check of {ws.path.name} was stopped.")
        _raise_if_damaged(status, ws.path, ws.key)

    def _status_on(self, conn: Any) -> str:
        with self._lock:
            if self._stopped:
                raise CheckInterrupted(
                    f"The integrity check of {self.workspace.path.name} was stopped."
                )
            self._running = raw = conn.connection.driver_connection
        # SQLite forgets an interrupt that lands before the statement starts stepping; the
        # progress handler (called during the page walk too) catches that one.
        raw.set_progress_handler(lambda: self._stopped, PROGRESS_STEPS)
        self.started.set()
        try:
            return check_status(conn)
        finally:
            raw.set_progress_handler(None, 0)
            with self._lock:
                self._running = None

    def interrupt(self) -> None:
        """Stop the check (now if it runs, at its start if it has not started yet)."""
        with self._lock:
            self._stopped = True
            if self._running is not None:
                self._running.interrupt()


def _newest_good_backup(target: Path, key: bytes | None) -> Path | None:
    from planner.storage.backups import newest_good_backup

    try:
        return newest_good_backup(target, key=key)
    except Exception:  # looking for a backup must never hide the original error
        return None


def check_workspace(workspace: Workspace) -> dict[str, str]:
    """Integrity and schema facts for ``planner check``."""
    with workspace.engine.connect() as conn:
        report = workspace.backend.check_report(conn)
    current = workspace.schema_revision() or "none"
    head = head_revision()
    return {
        "path": workspace.location,
        **report,
        "schema": current,
        "schema_status": "up to date" if current == head else f"behind (latest is {head})",
    }
