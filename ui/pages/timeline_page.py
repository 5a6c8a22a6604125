"""The Timeline page (all campaigns) and the wiring a timeline needs inside the app.

``wire_timeline`` connects a ``TimelineView`` to the workspace: a click opens the
milestone form, a drag becomes an undoable ``RescheduleCommand``, and announced changes
either move one milestone in place (a reschedule, its undo or redo) or reload the view.
The campaign workspace's Timeline tab uses the same wiring.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from planner.domain.validation import ValidationError
from planner.services import milestones
from planner.services.entity import ConflictError, NotFound
from ui import undo_commands as uc
from ui.changes import Changes
from ui.context import WorkspaceContext
from ui.forms.milestone import milestone_dialog
from ui.pages.base import Page, tr
from ui.undo_moves import RescheduleCommand
from ui.views.timeline import TimelineView


def edit_milestone(ctx: WorkspaceContext, milestone_id: str, parent: QWidget) -> QWidget | None:
    """Open the milestone form (window-modal, not blocking) on ``milestone_id``."""
    try:
        record = milestones.get(ctx.ws, milestone_id)
    except NotFound:
        return None
    dialog = milestone_dialog(ctx, record.campaign_id, record, parent=parent)
    dialog.open()
    return dialog


class TimelineController:
    """Keeps one TimelineView in step with the workspace and turns gestures into commands."""

    def __init__(self, ctx: WorkspaceContext, view: TimelineView, owner: QWidget) -> None:
        self.ctx = ctx
        self.view = view
        self.owner = owner
        self.dialog: QWidget | None = None
        view.milestone_moved.connect(self.reschedule)
        view.milestone_activated.connect(self.edit)

    def reschedule(self, milestone_id: str, old: dt.date, new: dt.date) -> None:
        title = self.view.items[milestone_id].record.milestone.title
        command = RescheduleCommand(
            self.ctx.ws,
            self.ctx.bus,
            milestone_id,
            old,
            new,
            tr("Reschedule “{t}”").format(t=title),
        )
        try:
            uc.run(self.ctx.undo_stack, command)
        except (ValidationError, ConflictError, NotFound) as err:
            self.view.apply_reschedule(milestone_id, old)
            QMessageBox.warning(self.owner, tr("Cannot reschedule"), str(err))

    def edit(self, milestone_id: str) -> None:
        self.dialog = edit_milestone(self.ctx, milestone_id, self.owner)

    def sync(self, changes: Changes) -> None:
        """Move rescheduled milestones in place; anything else reloads the view."""
        if self.view.data is None:
            return
        if changes.kinds == {"milestone"} and changes.ids:
            try:
                records = [milestones.get(self.ctx.ws, i) for i in changes.ids]
            except NotFound:
                records = []
            shown = [self.view.data.item(r.id) for r in records]
            if records and all(
                item is not None
                and _same_but_dates(item.milestone, r)
                and (r.end_date is None) == (item.milestone.end_date is None)
                for item, r in zip(shown, records, strict=True)
            ):
                for r in records:
                    self.view.apply_reschedule(r.id, r.date)
                return
        self.view.refresh()


def _same_but_dates(a: object, b: object) -> bool:
    fields = ("title", "kind", "status", "campaign_id", "depends_on")
    return all(getattr(a, f) == getattr(b, f) for f in fields)


class TimelinePage(Page):
    """Every campaign's moments on one zoomable axis (or as an agenda, week by week)."""

    kinds = ("milestone", "campaign")

    def __init__(self, ctx: WorkspaceContext) -> None:
        super().__init__(
            ctx,
            tr("Timeline"),
            tr("All campaigns. Click a moment to edit it, drag it to reschedule (Ctrl+Z undoes)."),
        )
        self.view = TimelineView(ctx.ws)
        self.controller = TimelineController(ctx, self.view, self)
        self.add_action_button(tr("New milestone"), self.new_milestone, primary=True)
        self.body.addWidget(self.view, 1)
        self._stale = False  # the view has just loaded

    def new_milestone(self) -> None:
        self.controller.dialog = milestone_dialog(
            self.ctx, self.ctx.current_campaign_id(), parent=self
        )
        self.controller.dialog.open()

    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches(*self.kinds):
            return
        if self.isVisible():
            self.controller.sync(changes)
        else:
            self._stale = True

    def refresh(self) -> None:
        super().refresh()
        self.view.today = dt.date.today()
        self.view.refresh()
