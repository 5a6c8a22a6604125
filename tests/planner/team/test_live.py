"""A colleague's commit on the team server is heard by another connection within seconds."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from planner.services import campaigns, stakeholders
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace
from planner.team.live import listen


@pytest.fixture
def colleague(ws_pg: Workspace) -> Iterator[Workspace]:
    other = open_workspace(ws_pg.engine.url.render_as_string(hide_password=False), create=False)
    yield other
    other.close()


@pytest.fixture
def heard(ws_pg: Workspace) -> Iterator[queue.Queue]:
    """Batches heard by a listener on the first workspace's own engine."""
    got: queue.Queue = queue.Queue()
    stop, ready = threading.Event(), threading.Event()
    thread = threading.Thread(
        target=listen, args=(ws_pg.engine, got.put, stop), daemon=True, kwargs={"ready": ready}
    )
    thread.start()
    assert ready.wait(10), "listener did not start"
    yield got
    stop.set()
    thread.join(5)
    assert not thread.is_alive()


def wait_for(got: queue.Queue, kind: str, ident: str, seconds: float = 5.0) -> float:
    start = time.monotonic()
    while (left := seconds - (time.monotonic() - start)) > 0:
        try:
            batch = got.get(timeout=left)
        except queue.Empty:
            break
        if ident in batch.get(kind, set()):
            return time.monotonic() - start
    raise AssertionError(f"{kind} {ident} not heard within {seconds} s")


def test_a_colleagues_commit_is_heard_within_seconds(
    heard: queue.Queue, colleague: Workspace
) -> None:
    start = time.monotonic()
    ident = campaigns.create(colleague, name="Missing persons").id
    wait_for(heard, "campaign", ident)
    campaigns.update(colleague, ident, objective="An institution")
    wait_for(heard, "campaign", ident)
    person = stakeholders.create(colleague, kind="person", name="Amal").id
    stakeholders.delete(colleague, person)
    wait_for(heard, "stakeholder", person)
    assert time.monotonic() - start < 5


def test_an_uncommitted_or_rolled_back_change_is_not_heard(
    heard: queue.Queue, colleague: Workspace
) -> None:
    ident = campaigns.create(colleague, name="Missing persons").id
    wait_for(heard, "campaign", ident)
    with colleague.engine.connect() as conn:
        conn.execute(text("UPDATE campaign SET objective = 'never' WHERE id = :i"), {"i": ident})
        time.sleep(0.6)  # two batches' time: nothing may arrive before the commit
        assert heard.empty()
        conn.rollback()
    time.sleep(0.6)
    assert heard.empty()


def test_a_dropped_listener_connection_reconnects_and_asks_for_everything(
    ws_pg: Workspace, heard: queue.Queue, colleague: Workspace
) -> None:
    with colleague.engine.connect() as conn:  # the server ends the listening backend
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND query LIKE 'LISTEN%'"
            )
        )
        conn.commit()
    deadline = time.monotonic() + 10
    while True:
        batch = heard.get(timeout=max(0.1, deadline - time.monotonic()))
        if "*" in batch:
            break
    ident = campaigns.create(colleague, name="After the drop").id
    wait_for(heard, "campaign", ident)
