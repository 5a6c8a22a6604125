"""What the user is told when a workspace cannot be used: one message, saying what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.services import campaigns
from planner.storage.errors import WorkspaceBusy, WorkspaceDamaged, WorkspaceError
from planner.storage.store import open_workspace


def test_a_damaged_workspace_names_its_newest_good_backup_and_how_to_restore_it(tmp_path):
    backup = tmp_path / "backups" / "ws-2026-12-01.db"
    error = WorkspaceDamaged("ws.db failed its integrity check.", backup)
    assert error.backup == backup
    assert str(error) == (
        f"ws.db failed its integrity check. The newest good backup is {backup}; "
        "restore it with `planner restore`."
    )


def test_a_damaged_workspace_without_a_backup_says_so():
    error = WorkspaceDamaged("ws.db failed its integrity check.")
    assert error.backup is None
    assert str(error) == "ws.db failed its integrity check. No good backup was found."


def test_every_workspace_failure_is_caught_as_one_kind():
    """The app and the CLI catch WorkspaceError once, to show its message without a trace."""
    assert issubclass(WorkspaceBusy, WorkspaceError)
    assert issubclass(WorkspaceDamaged, WorkspaceError)


def test_opening_a_file_that_is_no_workspace_raises_a_workspace_error(tmp_path: Path):
    notes = tmp_path / "notes.db"
    notes.write_bytes(b"these are meeting notes, not a database" * 100)
    with pytest.raises(WorkspaceError) as info:
        open_workspace(notes, create=False)
    assert "notes.db" in str(info.value)
    assert notes.read_bytes() == b"these are meeting notes, not a database" * 100


def test_a_busy_workspace_says_nothing_was_changed(tmp_path):
    """A second writer waiting past the busy timeout gets WorkspaceBusy, and its write is lost
    whole (the first writer's stays)."""
    import sqlite3

    path = tmp_path / "ws.db"
    with open_workspace(path) as ws:
        campaigns.create(ws, name="First")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with (
            open_workspace(path, create=False) as ws,
            pytest.raises(WorkspaceBusy, match="nothing was changed"),
        ):
            campaigns.create(ws, name="Second")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with open_workspace(path, create=False) as ws:
        assert [c.name for c in campaigns.list_campaigns(ws)] == ["First"]
