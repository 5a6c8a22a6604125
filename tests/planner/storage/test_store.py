"""The workspace file: where it lives, how SQLite is set up, and files it refuses."""

from __future__ import annotations

import sqlite3

import pytest

from planner.domain.models import Stakeholder
from planner.services import stakeholders
from planner.storage.errors import BUSY_TIMEOUT_MS, WorkspaceError
from planner.storage.locations import default_workspace_path
from planner.storage.store import check_workspace, open_workspace
from planner.storage.workspace import count_rows, head_revision
from tests.raw_client import raw_sql

pytestmark = pytest.mark.both_backends  # on a file and on a server


def pragma(ws, name: str):
    with ws.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


@pytest.mark.sqlite_only
def test_journal_is_write_ahead_log(ws):
    assert pragma(ws, "journal_mode") == "wal"
    conn = sqlite3.connect(ws.path)  # WAL is stored in the file: every reader sees it
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_foreign_keys_are_enforced(ws):
    if ws.engine.dialect.name == "sqlite":
        assert pragma(ws, "foreign_keys") == 1
    with pytest.raises(Exception, match=r"(?i)FOREIGN KEY"), ws.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO ask (id, campaign_id, text, target, status, created_at, updated_at, "
            "version) VALUES ('a', 'no-such-campaign', 'x', '', 'open', 'x', 'x', 1)"
        )


@pytest.mark.sqlite_only
def test_synchronous_is_full(ws):
    assert pragma(ws, "synchronous") == 2


@pytest.mark.sqlite_only
def test_busy_timeout_is_set(ws):
    assert pragma(ws, "busy_timeout") == BUSY_TIMEOUT_MS
    assert BUSY_TIMEOUT_MS >= 1000


@pytest.mark.sqlite_only
def test_every_new_connection_gets_the_pragmas(ws):
    for _ in range(3):  # NullPool: each connect is a fresh sqlite3 connection
        assert pragma(ws, "foreign_keys") == 1
        assert pragma(ws, "synchronous") == 2


def test_default_path_honours_planner_db(monkeypatch, tmp_path):
    target = tmp_path / "elsewhere" / "team.db"
    monkeypatch.setenv("PLANNER_DB", str(target))
    assert default_workspace_path() == target
    with open_workspace() as ws:
        assert ws.path == target
    assert target.is_file()


def test_new_workspace_is_at_the_latest_schema_with_an_id(tmp_path):
    with open_workspace(tmp_path / "sub" / "new.db") as ws:
        assert ws.schema_revision() == head_revision()
        assert len(ws.workspace_id) == 36
        assert ws.name == "new"
        ws.set_info("name", "Sudan team")
        assert ws.name == "Sudan team"
        assert ws.info("missing") is None


def test_a_text_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("These are my meeting notes, not a database.\n" * 200)
    before = path.read_bytes()
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path)
    assert "not a Campaign Planner workspace" in str(info.value)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(WorkspaceError, match="folder"):
        open_workspace(tmp_path)


def test_a_missing_file_is_refused_when_creation_is_not_wanted(tmp_path):
    path = tmp_path / "absent.db"
    with pytest.raises(WorkspaceError, match="No workspace"):
        open_workspace(path, create=False)
    assert not path.exists()


def test_check_workspace_reports_a_healthy_file(ws):
    stakeholders.create(ws, name="Sudan Doctors Union")
    facts = check_workspace(ws)
    assert facts["integrity"] == "ok"
    assert facts["foreign_keys"] == "ok"
    assert facts["search_index"] == "ok"
    assert facts["schema"] == head_revision()
    assert facts["schema_status"] == "up to date"
    assert facts["path"] == ws.location  # the file, or the server URL


@pytest.mark.sqlite_only
def test_check_workspace_notices_a_dangling_reference(ws):
    conn = sqlite3.connect(ws.path)  # foreign keys are off by default in plain sqlite3
    with conn:
        conn.execute(
            "INSERT INTO ask (id, campaign_id, text, target, status, created_at, updated_at, "
            "version) VALUES ('a', 'no-such-campaign', 'x', '', 'open', 'x', 'x', 1)"
        )
    conn.close()
    assert check_workspace(ws)["foreign_keys"] == "1 dangling references"


def test_writes_are_visible_to_another_connection(ws):
    stakeholders.create(ws, name="Sudan Doctors Union")
    assert raw_sql(ws, "SELECT name FROM stakeholder") == [("Sudan Doctors Union",)]
    assert count_rows(ws, Stakeholder) == 1


def test_reading_session_never_writes(ws):
    with ws.reading() as s:
        s.add(Stakeholder(name="Not saved"))
        s.flush()
    assert count_rows(ws, Stakeholder) == 0


def test_closed_workspace_can_be_reopened(tmp_path):
    path = tmp_path / "w.db"
    ws = open_workspace(path)
    ident = ws.workspace_id
    stakeholders.create(ws, name="UNICEF")
    ws.close()
    with open_workspace(path) as again:
        assert again.workspace_id == ident
        assert [s.name for s in stakeholders.list_stakeholders(again)] == ["UNICEF"]
