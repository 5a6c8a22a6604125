"""Undoable planning gestures: a point dragged on the power map, a milestone dragged on
the timeline, a batch of moments added from the library.

Like ``ui.undo_commands``, each command calls a ``planner`` service, announces the
change on the bus (views decide whether to refresh) and reverses itself through a
service on undo, so the database holds the truth at every step. Use ``run`` from
``ui.undo_commands`` to perform and push them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from planner.planning import moments as lib
from planner.planning import power_map as pm
from planner.planning import timeline as tl
from planner.services import milestones
from planner.storage.workspace import Workspace
from ui.changes import ChangeBus
from ui.undo_commands import ServiceCommand


class MovePointCommand(ServiceCommand):
    """A stakeholder moved on the power map: new stance and influence; undo moves back."""

    def __init__(
        self,
        ws: Workspace,
        bus: ChangeBus,
        campaign_id: str,
        stakeholder_id: str,
        old: tuple[int, int],
        new: tuple[int, int],
        text: str = "Move on power map",
    ) -> None:
        super().__init__(ws, bus, "campaign_stakeholder", text)
        self.campaign_id = campaign_id
        self.stakeholder_id = stakeholder_id
        self.old = old
        self.new = new

    def _move(self, to: tuple[int, int]) -> Any:
        _before, after = pm.move_point(self.ws, self.campaign_id, self.stakeholder_id, *to)
        self.ident = after.id
        return after

    def _do(self) -> Any:
        return self._move(self.new)

    def _undo(self) -> None:
        self._move(self.old)


class RescheduleCommand(ServiceCommand):
    """A milestone moved to another date (keeping its length); undo moves it back."""

    def __init__(
        self,
        ws: Workspace,
        bus: ChangeBus,
        milestone_id: str,
        old_date: dt.date,
        new_date: dt.date,
        text: str = "Reschedule milestone",
    ) -> None:
        super().__init__(ws, bus, "milestone", text)
        self.ident = milestone_id
        self.old_date = old_date
        self.new_date = new_date

    def _do(self) -> Any:
        assert self.ident is not None
        return tl.reschedule(self.ws, self.ident, self.new_date)[1]

    def _undo(self) -> None:
        assert self.ident is not None
        tl.reschedule(self.ws, self.ident, self.old_date)


class AddMomentsCommand(ServiceCommand):
    """Moments from the library become milestones in one step; undo removes them all,
    redo brings the same rows back (same ids, so links and exports stay stable)."""

    def __init__(
        self,
        ws: Workspace,
        bus: ChangeBus,
        campaign_id: str,
        keys: Iterable[str],
        year: int,
        text: str = "Add moments",
    ) -> None:
        super().__init__(ws, bus, "milestone", text)
        self.campaign_id = campaign_id
        self.keys = list(keys)
        self.year = year
        self.created: list[str] = []

    def _announce(self) -> None:
        self.bus.announce(self.kind, self.created)

    def _do(self) -> Any:
        if not self.created:
            made = lib.add_moments(self.ws, self.campaign_id, self.keys, self.year)
            self.created = [m.id for m in made]
            return made
        return [milestones.restore(self.ws, ident) for ident in self.created]

    def _undo(self) -> None:
        for ident in self.created:
            milestones.delete(self.ws, ident)
