"""Where a workspace's data lives: an SQLite file on this computer, or a PostgreSQL server.

Everything that depends on which database holds the workspace sits behind the
``StorageBackend`` interface in ``base``: how a bulk load is tuned, whether the schema is
stamped, the integrity check, file backups, and which SQL the search index speaks.
Services and the search module ask ``ws.backend`` (or ``backend_for(dialect)``), never
the dialect itself.
"""

from __future__ import annotations

from planner.storage.backends.base import StorageBackend, backend_for, is_server_url

__all__ = ["StorageBackend", "backend_for", "is_server_url"]
