"""What every page and form of an open workspace shares: the workspace, its change bus,
its undo stack, and a way to open any item (the shell routes it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from planner.storage.workspace import Workspace
from ui import undo_commands as uc
from ui.changes import ChangeBus


class WorkspaceContext:
    """Passed to pages and dialogs instead of a pile of globals."""

    def __init__(self, ws: Workspace, window: QWidget | None = None) -> None:
        self.ws = ws
        self.window = window
        self.bus = ChangeBus()
        self.undo_stack = QUndoStack()
        # Set by the main window: open an item ('campaign', id) wherever it lives.
        self.opener: Callable[[str, str], None] = lambda _kind, _id: None
        self.current_campaign_id: Callable[[], str | None] = lambda: None

    def create(self, kind: str, values: dict[str, Any], text: str) -> Any:
        return uc.run(self.undo_stack, uc.CreateCommand(self.ws, self.bus, kind, values, text))

    def update(
        self,
        kind: str,
        ident: str,
        changes: dict[str, Any],
        text: str,
        *,
        expected_version: int | None = None,
    ) -> Any:
        """Save ``changes``; with ``expected_version`` (what the form showed) a record
        changed since by someone else raises ``ConflictError`` and nothing is saved."""
        command = uc.UpdateCommand(
            self.ws, self.bus, kind, ident, changes, text, expected_version=expected_version
        )
        return uc.run(self.undo_stack, command)

    def delete(self, kind: str, ident: str, text: str) -> Any:
        return uc.run(self.undo_stack, uc.DeleteCommand(self.ws, self.bus, kind, ident, text))

    def open_item(self, kind: str, ident: str) -> None:
        self.opener(kind, ident)
