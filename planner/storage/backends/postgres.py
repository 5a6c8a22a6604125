"""The PostgreSQL backend: a team's shared workspace is one database on a server.

``--db postgresql+psycopg://user@host/dbname`` opens it. The password never travels on
the command line: libpq reads it from the user's pgpass file or ``PGPASSWORD``, or the
CLI passes the one read from ``--passphrase-file``; a URL that carries one is refused.
The URL's query (``?sslmode=verify-full`` and friends) goes to libpq as it is.

The schema comes from the same Alembic history as a file's. Backups are the server's
business: the app refuses to take one and names ``pg_dump`` instead (a dump of a live
server database is consistent, and restoring one is a DBA's decision, not a menu item).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from planner.storage.backends import postgres_search
from planner.storage.backends.base import SERVER_SCHEMES, SearchQueries
from planner.storage.errors import WorkspaceError

DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 10


class PostgresBackend:
    name = "postgresql"
    local_file = False
    file_backups = False
    ordered_subqueries = False
    scan_order: str | None = None
    search_queries: SearchQueries | None = postgres_search

    def has_table(self, conn: Connection, name: str) -> bool:
        return bool(
            conn.execute(text("SELECT to_regclass(:name) IS NOT NULL"), {"name": name}).scalar()
        )

    def login_user(self, conn: Connection) -> str | None:
        return conn.execute(text("SELECT session_user")).scalar()

    def integrity_status(self, conn: Connection) -> str:
        """The server guards its own pages (and has no half-closed file to check): on open
        it is enough that the workspace's tables answer. ``planner check`` goes deeper."""
        conn.execute(text("SELECT count(*) FROM alembic_version")).scalar()
        return "ok"

    def _search_index_status(self, conn: Connection) -> str:
        """What the app can break: documents whose vector no longer matches their text."""
        stale = conn.execute(
            text(
                "SELECT count(*) FROM search_doc "
                "WHERE tsv IS DISTINCT FROM planner_search_vector(title, body)"
            )
        ).scalar()
        return "ok" if not stale else f"search index: {stale} documents out of date"

    def check_report(self, conn: Connection) -> dict[str, str]:
        conn.execute(text("SELECT 1"))
        missing = conn.execute(
            text(
                "SELECT count(*) FROM stakeholder AS t WHERE t.deleted_at IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM search_doc AS d WHERE d.kind = 'stakeholder' AND d.ref = t.id)"
            )
        ).scalar()
        status = self._search_index_status(conn)
        if missing:
            status = f"search index: {missing} stakeholders missing"
        return {
            "integrity": "ok",  # the server checks its own pages
            "foreign_keys": "ok",  # enforced by the server on every write
            "search_index": "ok" if status == "ok" else f"damaged ({status})",
        }

    def backup_refusal(self, path: Path) -> str:
        db = path.name
        return (
            f"{db} is a team workspace on a PostgreSQL server; the app does not back it up. "
            f"Back it up on the server with `pg_dump --format=custom --file={db}.dump {db}` "
            "(restore with pg_restore)."
        )

    def tune_bulk_load(self, conn: Connection) -> None:
        # Only this transaction: a bulk load need not wait for each commit to reach disk.
        conn.exec_driver_sql("SET LOCAL synchronous_commit = off")


POSTGRES = PostgresBackend()


def server_url(location: str, password: str | None = None) -> URL:
    """The engine URL for ``--db``; refuses a password in it, adds the one given."""
    if not location.startswith(SERVER_SCHEMES):
        raise WorkspaceError(f"{location!r} is not a postgresql:// URL.")
    try:
        url = make_url(location)
    except ArgumentError as exc:
        raise WorkspaceError(f"{location!r} is not a valid server URL ({exc}).") from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername=DRIVER)
    if url.drivername != DRIVER:
        raise WorkspaceError(f"{url.drivername}: only {DRIVER} (psycopg 3) is supported.")
    if url.password is not None:
        raise WorkspaceError(
            "The server URL contains a password; never put one on the command line. "
            "Use a pgpass file, PGPASSWORD or --passphrase-file instead."
        )
    if not url.database:
        raise WorkspaceError(f"{url.render_as_string()} names no database (…/dbname).")
    return url.set(password=password) if password else url


def display_url(url: URL) -> str:
    """The URL as the user may see it: never with a password."""
    return url.render_as_string(hide_password=True).replace(":***@", "@")


def make_server_engine(url: URL) -> Engine:
    """Pooled connections that are checked before use (a laptop's network comes and goes)."""
    return create_engine(
        url,
        pool_size=4,
        max_overflow=8,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "Campaign Planner",
        },
    )
