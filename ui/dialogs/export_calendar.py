"""File ▸ Export calendar (.ics)…: the milestones of one campaign or all, for any calendar.

The user picks the scope (the open campaign or every campaign) and the audience, sees
which withheld names the gate will replace in the descriptions, then picks a file (the
file dialog asks before replacing one); the export goes through the gate in a worker
(``ui.operations``), is recorded in the audit trail, and ends with a message offering
*Show in folder*. Re-exporting to a calendar updates its events (stable UIDs).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from planner.publishing import gate
from planner.services import campaigns
from ui.context import WorkspaceContext
from ui.dialogs.audience_choice import audience_combo, export_folder, file_stem
from ui.dialogs.layout import action_buttons, dialog_frame, options_form
from ui.dialogs.publishing import ReplacementReport, campaign_combo, tell_written
from ui.operations import Operation, run_in_background
from ui.translation import translator

tr = translator("ExportCalendar")


class CalendarOptions(QDialog):
    """Which milestones and for whom."""

    def __init__(
        self, ctx: WorkspaceContext, campaign_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export calendar"))
        self.setMinimumWidth(640)
        outer = dialog_frame(
            self,
            tr("Calendar file (.ics)"),
            tr(
                "Milestones as all-day events in an .ics file (Outlook, Google Calendar, "
                "Apple Calendar). Importing a newer export updates the events."
            ),
        )
        form = options_form()
        self.scope = campaign_combo(ctx.ws, campaign_id, tr("All campaigns"))
        self.audience = audience_combo()
        form.addRow(tr("Milestones of"), self.scope)
        form.addRow(tr("Audience"), self.audience)
        outer.addLayout(form)
        self.report = ReplacementReport(ctx.ws, "ics")
        outer.addWidget(self.report)
        self.buttons = action_buttons(self, outer, tr("Choose file…"))
        self.scope.currentIndexChanged.connect(self._check_text)
        self.audience.currentIndexChanged.connect(self._check_text)
        self._check_text()

    def _check_text(self) -> None:
        campaign_id = self.scope.currentData()
        self.report.check([campaign_id] if campaign_id else [], self.audience.currentData())

    def choice(self) -> tuple[str | None, str]:
        return self.scope.currentData(), self.audience.currentData()


def default_name(ctx: WorkspaceContext, campaign_id: str | None) -> str:
    name = campaigns.get(ctx.ws, campaign_id).name if campaign_id else ctx.ws.name
    return f"{file_stem(name)}-milestones.ics"


def start_export(
    ctx: WorkspaceContext,
    target: Path,
    campaign_id: str | None,
    audience: str,
    parent: QWidget,
    on_done: Callable[[int], None] | None = None,
    *,
    force: bool = True,  # the file dialog has already asked before replacing a file
) -> Operation:
    """Write the file in a worker; tell the user (with Show in folder) when it is done."""
    ws = ctx.ws

    def done(published: gate.Published) -> None:
        count = int(published.detail)
        ctx.bus.announce("audit", [campaign_id] if campaign_id else [])
        text = tr("{n} milestones written to {name}.").format(n=count, name=target.name)
        tell_written(parent, tr("Calendar exported"), text, target)
        if on_done is not None:
            on_done(count)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, tr("Calendar export failed"), str(exc))

    return run_in_background(
        lambda _p: gate.export(
            ws, "ics", [campaign_id] if campaign_id else [], audience, target, force=force
        ),
        on_success=done,
        on_failure=failed,
        owner=parent,
    )


def export_calendar_dialog(ctx: WorkspaceContext, parent: QWidget) -> Operation | None:
    """The whole menu action: options, file, background export."""
    options = CalendarOptions(ctx, ctx.current_campaign_id(), parent)
    if not options.exec():
        return None
    campaign_id, audience = options.choice()
    path, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Export calendar"),
        str(export_folder() / default_name(ctx, campaign_id)),
        tr("iCalendar file (*.ics)"),
    )
    if not path:
        return None
    target = Path(path if path.lower().endswith(".ics") else path + ".ics")
    return start_export(ctx, target, campaign_id, audience, parent)
