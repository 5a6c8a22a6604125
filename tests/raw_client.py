"""Plain SQL through the database's own client library, outside the app and SQLAlchemy:
what a script, a DBA or another program would do to the same workspace."""

from __future__ import annotations

import sqlite3
from typing import Any

import psycopg

from planner.storage.workspace import Workspace


def raw_sql(ws: Workspace, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
    """Run ``sql`` on a connection of the database's own client, outside the app."""
    if ws.engine.dialect.name == "sqlite":
        conn = sqlite3.connect(ws.path)
        try:
            with conn:
                return conn.execute(sql, params or {}).fetchall()
        finally:
            conn.close()
    url = ws.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url) as server:
        cursor = server.execute(sql.replace(":id", "%(id)s"), params or {})
        return cursor.fetchall() if cursor.description else []
