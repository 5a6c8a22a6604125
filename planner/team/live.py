"""Hear colleagues' committed changes on a team server (PostgreSQL LISTEN/NOTIFY).

Migration ``0008_change_notify`` makes the server announce every committed insert,
update or delete of a record on one channel as ``"<kind>:<id>"``. ``listen`` holds one
extra connection of the workspace's own engine (same login, password source and
sslmode) and hands batches of changes to a callback; it blocks, so the caller runs it
in a thread of its own. It has no Qt: the GUI's listener thread and tests share it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

CHANNEL = "planner_changes"
EVERYTHING = "*"
"""A batch key meaning "some changes may have been missed: reload all" (reconnected)."""

Batch = dict[str, set[str]]


def listen(
    engine: Engine,
    on_changes: Callable[[Batch], None],
    stop: threading.Event,
    *,
    batch_seconds: float = 0.25,
    retry_seconds: float = 2.0,
    ready: threading.Event | None = None,
) -> None:
    """Call ``on_changes({kind: ids})`` for what colleagues commit, until ``stop`` is set.

    Changes are gathered for ``batch_seconds`` so an import of thousands of rows is a
    few refreshes, not thousands. A dropped connection is retried every
    ``retry_seconds``; after a reconnect the batch is ``{EVERYTHING: set()}``, since
    what was committed while away was not heard. ``ready`` is set once listening.
    """
    import psycopg

    first = True
    while not stop.is_set():
        try:
            raw = engine.raw_connection()
        except DBAPIError:  # the server is away: retry, the app keeps working meanwhile
            stop.wait(retry_seconds)
            continue
        try:
            conn = raw.driver_connection
            if not isinstance(conn, psycopg.Connection):  # an invalidated pool connection
                stop.wait(retry_seconds)
                continue
            conn.rollback()
            conn.autocommit = True  # LISTEN takes effect at once, not at a commit
            conn.execute(f"LISTEN {CHANNEL}")
            if not first:
                on_changes({EVERYTHING: set()})
            first = False
            if ready is not None:
                ready.set()
            while not stop.is_set():
                batch: Batch = {}
                for note in conn.notifies(timeout=batch_seconds):
                    kind, _, ident = note.payload.partition(":")
                    batch.setdefault(kind, set()).add(ident)
                if batch:
                    on_changes(batch)
        except psycopg.OperationalError:
            stop.wait(retry_seconds)
        finally:
            raw.invalidate()  # never back to the pool: it is in autocommit and listening
