"""Where a workspace's data lives: an SQLite file on this computer, or a PostgreSQL server.

Everything that depends on which database holds the workspace sits behind the
``StorageBackend`` interface in ``base`` (one implementation per module, chosen here):
how a bulk load is tuned, whether the schema is stamped, the integrity check, file
backups, and which SQL the search index speaks.
Services and the search module ask ``ws.backend`` (or ``backend_for(dialect)``), never
the dialect itself.
"""

from __future__ import annotations

from typing import Any

from planner.storage.backends.base import StorageBackend, is_server_url

__all__ = ["StorageBackend", "backend_for", "backend_of", "is_server_url"]


def backend_for(dialect_name: str) -> StorageBackend:
    """The backend for an engine's dialect (``engine.dialect.name``)."""
    if dialect_name == "postgresql":
        from planner.storage.backends.postgres import POSTGRES

        return POSTGRES
    from planner.storage.backends.sqlite import SQLITE

    return SQLITE


def backend_of(bind: Any) -> StorageBackend:
    """The backend for an engine, connection or SQL compiler (anything with a dialect)."""
    return backend_for(bind.dialect.name)
