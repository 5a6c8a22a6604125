"""The SQLite file backend: a workspace is one (optionally SQLCipher-encrypted) file.

Opening, pragmas, the interruptible ``quick_check`` and file backups stay where they
grew up (``planner.storage.store``, ``planner.storage.backups``); this module answers the
questions the rest of the app asks of every backend.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from planner.storage.backends.base import SearchQueries


def check_status(conn: Any) -> str:
    """What ``PRAGMA quick_check`` says on ``conn``: "ok", or its problems (or its error)."""
    try:
        rows = conn.execute(text("PRAGMA quick_check")).fetchall()
    except Exception as exc:  # a damaged page can fail to decode at all
        return f"{exc.__class__.__name__}: {getattr(exc, 'orig', exc)}"
    return "\n".join(str(r[0]) for r in rows)


class SQLiteBackend:
    name = "sqlite"
    local_file = True
    file_backups = True
    ordered_subqueries = True
    scan_order: str | None = "rowid"
    search_queries: SearchQueries | None = None  # FTS5: the SQL in planner.storage.search

    def has_table(self, conn: Connection, name: str) -> bool:
        found = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND name = :name"),
            {"name": name},
        ).first()
        return found is not None

    def login_user(self, conn: Connection) -> str | None:
        return None

    def integrity_status(self, conn: Connection) -> str:
        return check_status(conn)

    def check_report(self, conn: Connection) -> dict[str, str]:
        integrity = conn.execute(text("PRAGMA integrity_check")).scalar() or "unknown"
        fk_problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        fts = "ok"
        try:
            conn.execute(
                text("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
            )
        except Exception as exc:
            fts = f"damaged ({exc})"
        return {
            "integrity": integrity,
            "foreign_keys": "ok" if not fk_problems else f"{len(fk_problems)} dangling references",
            "search_index": fts,
        }

    def backup_refusal(self, path: Path) -> str:  # pragma: no cover - files back up
        return ""

    def tune_bulk_load(self, conn: Connection) -> None:
        # A bigger page cache for this connection only: the random-uuid indexes thrash the
        # default 2 MB cache during a bulk load.
        conn.exec_driver_sql("PRAGMA cache_size = -262144")


SQLITE = SQLiteBackend()
