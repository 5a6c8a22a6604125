"""Helpers the service tests share: an id that names nothing, and a dump of every row
(read with the database's own client) to show that a refused write changed nothing."""

from __future__ import annotations

from planner.storage.workspace import Workspace
from tests.raw_client import raw_sql

MISSING_ID = "00000000-0000-4000-8000-000000000000"


def table_dump(ws: Workspace) -> dict[str, list[tuple]]:
    """Every row of every table, read with the database's own client (not the ORM)."""
    if ws.engine.dialect.name == "sqlite":
        listing = (
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'search_fts%' AND name NOT LIKE 'sqlite_%'"
        )
    else:
        listing = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
    names = [r[0] for r in raw_sql(ws, listing)]
    assert "campaign" in names
    return {n: sorted(map(repr, raw_sql(ws, f'SELECT * FROM "{n}"'))) for n in names}
