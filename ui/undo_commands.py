"""Undoable edits: every create, update and delete the user makes is one of these.

Each command calls a ``planner`` service and announces the change; undo calls the
service that reverses it (create ↔ soft delete, update ↔ update back, delete ↔ restore),
so the database holds the truth at every step and nothing waits for a Save button.

The first ``perform()`` runs *before* the command enters the undo stack, so that a
``ValidationError`` reaches the form that asked for it (and nothing is pushed); the
stack's first ``redo()`` then does nothing.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.services import (
    asks,
    campaigns,
    interactions,
    milestones,
    positions,
    quotes,
    relationships,
    sign_ons,
    stakeholders,
    votes,
)
from planner.storage.workspace import Workspace
from ui.changes import ChangeBus

SERVICES: dict[str, ModuleType | Any] = {
    "campaign": campaigns,
    "ask": asks,
    "stakeholder": stakeholders,
    "campaign_stakeholder": positions,
    "relationship": relationships,
    "milestone": milestones,
    "interaction": interactions,
    "quote": quotes,
    "vote_position": votes,
    "sign_on": sign_ons.SIGN_ON_SERVICE,
    "signature": sign_ons.SIGNATURE_SERVICE,
}


class ServiceCommand(QUndoCommand):
    """Common ground: the workspace, the change bus, the entity kind and id."""

    def __init__(self, ws: Workspace, bus: ChangeBus, kind: str, text: str) -> None:
        super().__init__(text)
        self.ws = ws
        self.bus = bus
        self.kind = kind
        self.service = SERVICES[kind]
        self.ident: str | None = None
        self._performed = False

    def perform(self) -> Any:
        """Do it now (may raise ValidationError); the stack's first redo is then a no-op."""
        result = self._do()
        self._performed = True
        self._announce()
        return result

    def redo(self) -> None:
        if self._performed:
            self._performed = False  # pushed after perform(): already done
            return
        self._do()
        self._announce()

    def undo(self) -> None:
        self._undo()
        self._announce()

    def _announce(self) -> None:
        self.bus.announce(self.kind, [self.ident] if self.ident else [])

    def _do(self) -> Any:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class CreateCommand(ServiceCommand):
    """Create; undo soft-deletes the new row, redo restores it (same id throughout)."""

    def __init__(
        self, ws: Workspace, bus: ChangeBus, kind: str, values: dict[str, Any], text: str
    ) -> None:
        super().__init__(ws, bus, kind, text)
        self.values = dict(values)
        self.record: Any = None

    def _do(self) -> Any:
        if self.ident is None:
            self.record = self.service.create(self.ws, **self.values)
            self.ident = self.record.id
        else:
            self.record = self.service.restore(self.ws, self.ident)
        return self.record

    def _undo(self) -> None:
        self.service.delete(self.ws, self.ident)


class UpdateCommand(ServiceCommand):
    """Change some fields; undo writes the old values back."""

    def __init__(
        self,
        ws: Workspace,
        bus: ChangeBus,
        kind: str,
        ident: str,
        changes: dict[str, Any],
        text: str,
        *,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(ws, bus, kind, text)
        self.ident = ident
        # The version the user edited: the first save is refused if it is stale. Undo and
        # redo then act on the version this command itself wrote.
        self.expected_version = expected_version
        current = self.service.get(ws, ident)
        self.new = {k: v for k, v in changes.items() if getattr(current, k) != v}
        self.old = {k: getattr(current, k) for k in self.new}

    @property
    def is_empty(self) -> bool:
        return not self.new

    def _do(self) -> Any:
        expected, self.expected_version = self.expected_version, None
        try:
            return self.service.update(self.ws, self.ident, expected_version=expected, **self.new)
        except Exception:
            self.expected_version = expected  # refused: a retry checks the same version
            raise

    def _undo(self) -> None:
        self.service.update(self.ws, self.ident, **self.old)


class DeleteCommand(ServiceCommand):
    """Soft delete; undo restores."""

    def __init__(self, ws: Workspace, bus: ChangeBus, kind: str, ident: str, text: str) -> None:
        super().__init__(ws, bus, kind, text)
        self.ident = ident

    def _do(self) -> Any:
        return self.service.delete(self.ws, self.ident)

    def _undo(self) -> None:
        self.service.restore(self.ws, self.ident)


def run(stack: QUndoStack, command: ServiceCommand) -> Any:
    """Perform ``command`` (errors propagate, nothing is pushed) and put it on the stack."""
    if isinstance(command, UpdateCommand) and command.is_empty:
        return None
    result = command.perform()
    stack.push(command)
    return result
