"""The one small interface between the app and the database that holds a workspace."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Column, Connection, Row

SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


class SearchQueries(Protocol):
    """A backend's own search SQL (``postgres_search`` is one, a module): the same contract
    as the FTS5 functions of ``planner.storage.search``."""

    def rows_in_title_order(
        self,
        conn: Connection,
        kind: str,
        query: str,
        *,
        columns: Sequence[Column[Any]],
        descending: bool,
        offset: int,
        limit: int | None,
    ) -> Sequence[Row[Any]]: ...

    def count_kind(self, conn: Connection, kind: str, query: str) -> int: ...

    def ranked(
        self,
        conn: Connection,
        query: str,
        kinds: tuple[str, ...],
        limit: int,
        *,
        cap: int | None = None,
    ) -> list[tuple[str, str, str | None, str, str, float]]: ...


class StorageBackend(Protocol):
    """What differs between an SQLite file and a PostgreSQL server, and nothing else."""

    name: str
    """The SQLAlchemy dialect name this backend serves ("sqlite", "postgresql")."""

    local_file: bool
    """Whether the workspace is a file on this computer (instance lock, recent files)."""

    file_backups: bool
    ordered_subqueries: bool
    """Whether rows leave an ordered, limited sub-select in its order when the outer query
    only filters them (SQLite does; PostgreSQL may reorder them in a hash join), which
    the hand-made index walks of the stakeholder list rely on."""

    scan_order: str | None
    """A column of every table, numbered in the order a plain scan reads the rows
    (SQLite's ``rowid``), which a query can pick rows by and read them in that order
    again; None where there is none (PostgreSQL)."""

    search_queries: SearchQueries | None
    """The module with this backend's search SQL; None for SQLite's FTS5, whose SQL is
    ``planner.storage.search``'s own."""
    """Whether the app itself takes backups (a file copies; a server has pg_dump)."""

    def has_table(self, conn: Connection, name: str) -> bool:
        """Whether the workspace already holds table ``name`` (e.g. ``alembic_version``)."""
        ...

    def login_user(self, conn: Connection) -> str | None:
        """Who the database itself says is connected (a server's login role); None for a
        file, whose audit trail names the configured user instead."""
        ...

    def integrity_status(self, conn: Connection) -> str:
        """A quick integrity check: "ok", or the problems found, one per line."""
        ...

    def check_report(self, conn: Connection) -> dict[str, str]:
        """The ``planner check`` facts: integrity, foreign keys, search index."""
        ...

    def backup_refusal(self, path: Path) -> str:
        """Why (and how else) to back up the workspace at ``path`` if ``file_backups`` is False."""
        ...

    def tune_bulk_load(self, conn: Connection) -> None:
        """Settings for one connection about to insert many rows (the demo at scale)."""
        ...


def is_server_url(location: str | os.PathLike[str] | None) -> bool:
    """True when ``--db`` names a PostgreSQL server rather than a file."""
    return isinstance(location, str) and location.startswith(SERVER_SCHEMES)
