"""Undoable edits: every create, update and delete the user makes is one of these.

Each command calls a ``planner`` service and announces the change; undo calls the
service that reverses it (create ↔ soft delete, update ↔ update back, delete ↔ restore),
so the database holds the truth at every step and nothing waits for a Save button.

The first ``perform()`` runs *before* the command enters the undo stack, so that a
``ValidationError`` reaches the form that asked for it (and nothing is pushed); the
stack's first ``redo()`` then does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.domain.validation import ValidationError
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
from planner.services.entity import ConflictError, NotFound
from planner.storage.workspace import Workspace
from ui.changes import ChangeBus
from ui.translation import translator

tr = translator("Undo")


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
        self._done_once = False  # the first do is the user's own gesture, on what they saw

    def perform(self) -> Any:
        """Do it now (may raise ValidationError); the stack's first redo is then a no-op."""
        result = self._do()
        self._track(result)
        self._performed = True
        self._announce()
        return result

    def redo(self) -> None:
        if self._performed:
            self._performed = False  # pushed after perform(): already done
            return
        self._guarded(self._do)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, step: Callable[[], Any]) -> None:
        """Undo or redo, unless the record changed since this command last wrote it.

        A colleague's save (or another window's) after ours would be silently overwritten
        by putting our old values back, so the service refuses it; the command then
        leaves the stack (Qt drops an obsolete command) and the user is told why.
        """
        try:
            self._track(step())
        except ConflictError as err:
            self._refuse(tr("{fact}. Their change is kept.").format(fact=err.fact))
        except (NotFound, ValidationError) as err:
            self._refuse(str(err))
        self._announce()

    def _refuse(self, why: str) -> None:
        self.setObsolete(True)
        self.bus.refuse(
            tr("Not undone or redone: “{what}”. {why}").format(what=self.text(), why=why)
        )

    @property
    def version(self) -> int | None:
        """The version this window's own commands last left the row at: what the next
        undo or redo expects (a later command of ours on the same row moves it too)."""
        return self.bus.last_written.get(self.ident) if self.ident else None

    def expected(self) -> int | None:
        """The version an undo or redo must find (the first do checks nothing more than
        the form it came from did)."""
        return self.version if self._done_once else None

    def _track(self, record: Any) -> None:
        self._done_once = True
        version = getattr(record, "version", None)
        if version is not None and self.ident:
            self.bus.last_written[self.ident] = version

    def _announce(self) -> None:
        self.bus.announce(self.kind, [self.ident] if self.ident else [])

    def _do(self) -> Any:
        raise NotImplementedError

    def _undo(self) -> Any:
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
            self.record = self.service.restore(
                self.ws, self.ident, expected_version=self.expected()
            )
        return self.record

    def _undo(self) -> Any:
        return self.service.delete(self.ws, self.ident, expected_version=self.expected())


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
        # The first save checks the version the form showed; a redo checks the version
        # this command's own undo left.
        expected = self.expected() if self._done_once else self.expected_version
        return self.service.update(self.ws, self.ident, expected_version=expected, **self.new)

    def _undo(self) -> Any:
        return self.service.update(
            self.ws, self.ident, expected_version=self.expected(), **self.old
        )


class DeleteCommand(ServiceCommand):
    """Soft delete; undo restores."""

    def __init__(self, ws: Workspace, bus: ChangeBus, kind: str, ident: str, text: str) -> None:
        super().__init__(ws, bus, kind, text)
        self.ident = ident

    def _do(self) -> Any:
        return self.service.delete(self.ws, self.ident, expected_version=self.expected())

    def _undo(self) -> Any:
        return self.service.restore(self.ws, self.ident, expected_version=self.expected())


def run(stack: QUndoStack, command: ServiceCommand) -> Any:
    """Perform ``command`` (errors propagate, nothing is pushed) and put it on the stack."""
    if isinstance(command, UpdateCommand) and command.is_empty:
        return None
    result = command.perform()
    stack.push(command)
    return result
