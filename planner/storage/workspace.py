"""An open workspace: its engine, its sessions, its schema.

What every service holds (``Workspace``) and how an engine is made and migrated. Opening
one from a path or a URL, with recovery, unlocking and checks, is ``store.open_workspace``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from planner.domain import (
    edge_models,  # noqa: F401  (registers the edge tables and the stance-history event)
    sync_tables,  # noqa: F401  (registers the sync bookkeeping tables)
)
from planner.domain.models import Tracked, WorkspaceInfo
from planner.files.fault_points import fault_point
from planner.storage import errors
from planner.storage.audit import install_audit  # also registers the audit_log table
from planner.storage.backends import StorageBackend, backend_for
from planner.storage.errors import WorkspaceBusy

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


SCHEMA_HEADS = ("0014_kind_sensitivity_order",)
SCHEMA_REVISIONS = frozenset(
    {
        "0001",
        "0002",
        "0004",
        "0005",
        "0006",
        "0007",
        "0008_change_notify",
        "0009_team_access",
        "0010_member_campaigns",
        "0011_sync_state",
        "0012_bundle_peers",
        "0013_search_no_pending",
        "0014_kind_sensitivity_order",
    }
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
    cursor.execute(f"PRAGMA busy_timeout = {errors.BUSY_TIMEOUT_MS}")
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
                    f"{errors.BUSY_TIMEOUT_MS / 1000:g} s; nothing was changed, try again."
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
        # A Core select, not ``Session.get``: opening a workspace reads two of these, and the
        # first ORM query of a process configures every mapper, which a command that reads
        # through Core (most `planner` read commands) never needs.
        table = WorkspaceInfo.__table__
        with self.engine.connect() as conn:
            value = conn.execute(select(table.c.value).where(table.c.key == key)).scalar()
        return None if value is None else str(value)

    def set_info(self, key: str, value: str) -> None:
        with self.session() as s:
            s.merge(WorkspaceInfo(key=key, value=value))

    def schema_revision(self) -> str | None:
        return current_revision(self.engine)

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


def closed_cleanly(target: Path) -> bool:
    """True unless a ``-wal`` file is left beside the workspace.

    SQLite removes the write-ahead log when the last connection to the file closes, so one
    left behind means the last session crashed or lost power (or another process has the
    file open right now): the cases where checking integrity before reading is worth a
    read of every page.
    """
    return not target.with_name(target.name + "-wal").exists()


def current_revision(engine: Engine) -> str | None:
    """The revisions stamped in the file (Alembic's ``alembic_version`` table), joined."""
    with engine.connect() as conn:
        if not backend_for(engine.dialect.name).has_table(conn, "alembic_version"):
            return None
        heads = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return ",".join(sorted(heads)) if heads else None


def count_rows(workspace: Workspace, model: type[Tracked]) -> int:
    from sqlalchemy import func

    with workspace.reading() as s:
        return (
            s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0
        )
