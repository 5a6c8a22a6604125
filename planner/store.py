"""Opening a workspace: the SQLite file, its pragmas, its schema migrations, its sessions.

A workspace is one SQLite file. Opening it upgrades the schema with the Alembic
migrations shipped in this package (never ``create_all`` on user data) and refuses a file
written by a newer version of the app, so that an old app never damages new data.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from planner.models import WorkspaceInfo, new_id, utc_now

APP_NAME = "Campaign Planner"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 5000


class WorkspaceError(Exception):
    """A workspace cannot be opened or used; the message says why, for the user."""


def default_workspace_path() -> Path:
    """Where a workspace lives unless the user chose another path (``PLANNER_DB``)."""
    env = os.environ.get("PLANNER_DB")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "workspace.db"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The schema this app writes: its migration heads, joined (branches are allowed so that
    independent features can each add a migration without a merge revision)."""
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return ",".join(sorted(heads))


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


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

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits everything on success, nothing on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
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


def make_engine(path: Path, connector: Connector | None = None) -> Engine:
    """An engine on the file with the pragmas every connection needs.

    ``connector`` lets encrypted workspaces supply their own DB-API connection.
    NullPool: connections are cheap for SQLite and a pool would keep the file open
    (and locked on Windows) after the workspace is closed.
    """
    if connector is None:

        def connector() -> sqlite3.Connection:
            return sqlite3.connect(path, check_same_thread=False, isolation_level=None)

    engine = create_engine("sqlite://", creator=connector, poolclass=NullPool)
    event.listen(engine, "connect", _apply_pragmas)

    # pysqlite's own transaction handling is off (isolation_level=None); emit BEGIN
    # ourselves so that SAVEPOINTs and all-or-nothing writes behave as documented.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def migrate(engine: Engine, revision: str = "head") -> None:
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
) -> Workspace:
    """Open (or create) the workspace at ``path`` and bring its schema up to date."""
    target = Path(path).expanduser() if path is not None else default_workspace_path()
    if not target.exists():
        if not create:
            raise WorkspaceError(f"No workspace at {target}.")
        target.parent.mkdir(parents=True, exist_ok=True)
    elif target.is_dir():
        raise WorkspaceError(f"{target} is a folder, not a workspace file.")
    engine = make_engine(target, connector)
    try:
        _check_is_workspace(engine, target)
        current = _current_revision(engine)
        unknown = set(current.split(",")) - known_revisions() if current else set()
        if unknown:
            raise WorkspaceError(
                f"{target.name} was written by a newer version of Campaign Planner "
                f"(schema {current}); update the app to open it."
            )
        if upgrade and current != head_revision():
            migrate(engine)
        workspace = Workspace(target, engine)
        if upgrade and workspace.info("workspace_id") is None:
            with workspace.session() as s:
                s.merge(WorkspaceInfo(key="workspace_id", value=new_id()))
                s.merge(WorkspaceInfo(key="created_at", value=utc_now()))
        return workspace
    except Exception:
        engine.dispose()
        raise


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        heads = MigrationContext.configure(conn).get_current_heads()
    return ",".join(sorted(heads)) if heads else None


def _check_is_workspace(engine: Engine, target: Path) -> None:
    """Fail with a plain message on a file that is not an SQLite database."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except Exception as exc:  # sqlite3.DatabaseError: "file is not a database"
        raise WorkspaceError(
            f"{target} is not a Campaign Planner workspace, or it is encrypted or damaged "
            f"({exc.__class__.__name__}: {getattr(exc, 'orig', exc)})."
        ) from exc


def check_workspace(workspace: Workspace) -> dict[str, str]:
    """Integrity and schema facts for ``planner check``."""
    with workspace.engine.connect() as conn:
        integrity = conn.execute(text("PRAGMA integrity_check")).scalar() or "unknown"
        fk_problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        fts = "ok"
        try:
            conn.execute(
                text("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
            )
        except Exception as exc:
            fts = f"damaged ({exc})"
    current = workspace.schema_revision() or "none"
    head = head_revision()
    return {
        "path": str(workspace.path),
        "integrity": integrity,
        "foreign_keys": "ok" if not fk_problems else f"{len(fk_problems)} dangling references",
        "search_index": fts,
        "schema": current,
        "schema_status": "up to date" if current == head else f"behind (latest is {head})",
    }


def count_rows(workspace: Workspace, model: type) -> int:
    from sqlalchemy import func

    with workspace.reading() as s:
        return (
            s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0
        )
