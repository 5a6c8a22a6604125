"""Opening a workspace: the SQLite file, its pragmas, its schema migrations, its sessions.

A workspace is one SQLite file. Opening it upgrades the schema with the Alembic
migrations shipped in this package (never ``create_all`` on user data) and refuses a file
written by a newer version of the app, so that an old app never damages new data.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from planner.domain import edge_models  # noqa: F401  (registers the edge tables and the stance-history event)
from planner.domain.models import WorkspaceInfo, new_id, utc_now
from planner.files.fault_points import fault_point
from planner.storage.audit import install_audit  # also registers the audit_log table
from planner.storage.backends import StorageBackend, backend_for, is_server_url

APP_NAME = "Campaign Planner"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 5000


class WorkspaceError(Exception):
    """A workspace cannot be opened or used; the message says why, for the user."""


class WorkspaceBusy(WorkspaceError):
    """Another program kept the workspace's write lock for longer than we wait."""


class WorkspaceDamaged(WorkspaceError):
    """The file failed its integrity check; ``backup`` is the newest good backup, if any."""

    def __init__(self, message: str, backup: Path | None = None) -> None:
        self.backup = backup
        if backup is not None:
            message += f" The newest good backup is {backup}; restore it with `planner restore`."
        else:
            message += " No good backup was found."
        super().__init__(message)


def default_workspace_path() -> Path:
    """Where a workspace lives unless the user chose another path (``PLANNER_DB``)."""
    env = os.environ.get("PLANNER_DB")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "workspace.db"


SCHEMA_HEADS = ("0009_team_access",)
SCHEMA_REVISIONS = frozenset(
    {"0001", "0002", "0004", "0005", "0006", "0007", "0008_change_notify", "0009_team_access"}
)
"""The migrations this app ships, written out so that opening an up-to-date workspace
(every start of the app) needs no Alembic import: half a second of start-up. Alembic
is loaded only to migrate. A test checks both against the migration scripts."""


def alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The schema this app writes: its migration heads, joined (branches are allowed so that
    independent features can each add a migration without a merge revision)."""
    return ",".join(sorted(SCHEMA_HEADS))


def known_revisions() -> set[str]:
    return set(SCHEMA_REVISIONS)


def _apply_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


Connector = Callable[[], Any]


class Workspace:
    """An open workspace file. Hand it to services; open one session per unit of work."""

    def __init__(self, path: Path, engine: Engine, key: bytes | None = None) -> None:
        self.path = path
        self.engine = engine
        # The SQLCipher data key of an encrypted workspace (None if plain): backups reuse it.
        self.key = key
        # Set only on a workspace just created encrypted: show it to the user once.
        self.recovery_key: str | None = None
        # What to call it in messages: the file, or the server URL (never with a password).
        self.location = str(path)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        install_audit(self._sessions)
        event.listen(self._sessions, "after_flush", _flush_fault_point)

    @property
    def backend(self) -> StorageBackend:
        """What depends on the database holding this workspace (file or server)."""
        return backend_for(self.engine.dialect.name)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits everything on success, nothing on any error.

        It takes SQLite's write lock first (``BEGIN IMMEDIATE``), waiting up to the busy
        timeout for another writer: a unit of work that read first and then tried to
        write would otherwise fail at once ("database is locked") whenever another
        process committed in between, since its read snapshot can no longer become a
        write. A lock held longer than the wait is ``WorkspaceBusy``, one plain line.
        """
        session = self._sessions()
        try:
            try:
                session.connection(execution_options={WRITE_OPTION: True})
                yield session
                session.flush()
                fault_point("session:flushed")
                session.commit()
            except OperationalError as exc:
                if not _is_locked(exc):
                    raise
                raise WorkspaceBusy(
                    f"{self.path.name} is busy: another program kept it locked for more than "
                    f"{BUSY_TIMEOUT_MS / 1000:g} s; nothing was changed, try again."
                ) from None
            fault_point("session:committed")
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @property
    def workspace_id(self) -> str:
        return self.info("workspace_id") or ""

    @property
    def name(self) -> str:
        return self.info("name") or self.path.stem

    def info(self, key: str) -> str | None:
        with self.reading() as s:
            row = s.get(WorkspaceInfo, key)
            return row.value if row else None

    def set_info(self, key: str, value: str) -> None:
        with self.session() as s:
            s.merge(WorkspaceInfo(key=key, value=value))

    def schema_revision(self) -> str | None:
        return _current_revision(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


WRITE_OPTION = "planner_write"


def _flush_fault_point(*_args: Any) -> None:
    """Each flush of a long unit of work (an import flushes many times) is a kill point."""
    fault_point("session:flush")


def _is_locked(exc: OperationalError) -> bool:
    message = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in message or "database is busy" in message


def make_engine(path: Path, connector: Connector | None = None) -> Engine:
    """An engine on the file with the pragmas every connection needs.

    ``connector`` lets encrypted workspaces supply their own DB-API connection.
    Connections are pooled: a fresh one per unit of work costs five pragmas and a cold
    page cache (and, encrypted, re-decrypting every page), which made small list pages
    several times slower. ``Workspace.close`` disposes of the pool so the file is released.
    """
    if connector is None:

        def connector() -> sqlite3.Connection:
            return sqlite3.connect(path, check_same_thread=False, isolation_level=None)

    # An encrypted connector names its DB-API module so that its errors are wrapped too.
    module = getattr(connector, "dbapi", None)
    extra: dict[str, Any] = {"module": module} if module is not None else {}
    engine = create_engine(
        "sqlite://", creator=connector, poolclass=QueuePool, pool_size=4, max_overflow=8, **extra
    )
    event.listen(engine, "connect", _apply_pragmas)

    # pysqlite's own transaction handling is off (isolation_level=None); emit BEGIN
    # ourselves so that SAVEPOINTs and all-or-nothing writes behave as documented.
    # Units of work that write take the write lock at once (see ``Workspace.session``).
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def migrate(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads" if revision == "head" else revision)


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
        from planner.storage.backends.postgres import open_server_workspace

        location = str(path if path is not None else os.environ["PLANNER_DB"])
        return open_server_workspace(
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
            from planner.storage.encryption import create_encrypted

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
        current = _current_revision(engine)
        unknown = set(current.split(",")) - known_revisions() if current else set()
        if unknown:
            raise WorkspaceError(
                f"{target.name} was written by a newer version of Campaign Planner "
                f"(schema {current}); update the app to open it."
            )
        if upgrade and current != head_revision():
            if current is not None:  # a workspace written by an older version
                _backup_before_upgrade(target, engine, key, current)
            migrate(engine)
        workspace = Workspace(target, engine, key)
        if upgrade and workspace.info("workspace_id") is None:
            with workspace.session() as s:
                s.merge(WorkspaceInfo(key="workspace_id", value=new_id()))
                s.merge(WorkspaceInfo(key="created_at", value=utc_now()))
        # The leftovers of backups killed in a chosen backups folder (a migrated schema
        # has the table; an unmigrated new file has nothing to look at).
        chosen = workspace.info("backup_folder") if upgrade or current else None
        if chosen:
            protection_journal.recover(target, [Path(chosen).expanduser()])
        return workspace
    except Exception:
        engine.dispose()
        raise


def closed_cleanly(target: Path) -> bool:
    """True unless a ``-wal`` file is left beside the workspace.

    SQLite removes the write-ahead log when the last connection to the file closes, so one
    left behind means the last session crashed or lost power (or another process has the
    file open right now): the cases where checking integrity before reading is worth a
    read of every page.
    """
    return not target.with_name(target.name + "-wal").exists()


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


def _current_revision(engine: Engine) -> str | None:
    """The revisions stamped in the file (Alembic's ``alembic_version`` table), joined."""
    with engine.connect() as conn:
        if not backend_for(engine.dialect.name).has_table(conn, "alembic_version"):
            return None
        heads = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return ",".join(sorted(heads)) if heads else None


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
            status = _check_status(conn)
    except Exception as exc:  # a damaged page can fail to decode at all
        status = f"{exc.__class__.__name__}: {getattr(exc, 'orig', exc)}"
    _raise_if_damaged(status, target, key)


def _check_status(conn: Any) -> str:
    """What ``PRAGMA quick_check`` says on ``conn``: "ok", or its problems (or its error)."""
    try:
        rows = conn.execute(text("PRAGMA quick_check")).fetchall()
    except Exception as exc:  # a damaged page can fail to decode at all
        return f"{exc.__class__.__name__}: {getattr(exc, 'orig', exc)}"
    return "\n".join(str(r[0]) for r in rows)


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
            return _check_status(conn)
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


def count_rows(workspace: Workspace, model: type) -> int:
    from sqlalchemy import func

    with workspace.reading() as s:
        return (
            s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0
        )
