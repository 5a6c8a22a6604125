"""File ▸ Export tracker…: the Excel workbook of one campaign (or all), for an audience.

The dialog lists, before writing, the withheld names the gate will replace in the text;
the tracker then goes through the gate (``planner.publishing.gate``), streamed in the
background behind a progress dialog with Cancel (a cancelled export leaves no file);
then Open file / Show in folder. Every export is recorded in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.audience import Audience
from planner.publishing import gate
from planner.publishing.exports.tracker import TrackerResult
from planner.services import campaigns
from ui.context import WorkspaceContext
from ui.dialogs.audience_choice import export_folder, file_stem
from ui.dialogs.layout import dialog_frame, hint_line, options_form
from ui.dialogs.progress_task import Task
from ui.dialogs.publishing import (
    ExportDialog,
    SaveAs,
    campaign_combo,
    publish_in_background,
    tell_written,
)
from ui.operations import Progress
from ui.translation import translator

tr = translator("TrackerExport")


@dataclass(frozen=True)
class TrackerChoice:
    campaign_ids: list[str]
    title: str
    audience: Audience
    out: Path
    force: bool = False  # the user agreed to replace an existing file


class TrackerExportDialog(ExportDialog):
    """Which campaigns, which audience, where; ``choice()`` once accepted."""

    def __init__(
        self, ctx: WorkspaceContext, campaign_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, tr("Export tracker"), parent)
        outer = dialog_frame(
            self,
            tr("Excel tracker"),
            tr(
                "The working document to share and edit in Excel or LibreOffice. An internal "
                "tracker can be brought back with File ▸ Import tracker."
            ),
        )
        form = options_form()
        self.one = QRadioButton(tr("One campaign"))
        self.all = QRadioButton(tr("All campaigns"))
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.one)
        self.scope.addButton(self.all)
        self.campaign = campaign_combo(ctx.ws, campaign_id)
        self.all_campaigns = campaigns.list_campaigns(ctx.ws)
        one_row = QHBoxLayout()
        one_row.addWidget(self.one)
        one_row.addWidget(self.campaign, 1)
        scope_box = QVBoxLayout()
        scope_box.setSpacing(6)
        scope_box.addLayout(one_row)
        scope_box.addWidget(self.all)
        (
            self.one if campaign_id is not None or len(self.all_campaigns) == 1 else self.all
        ).setChecked(True)
        self.save_as = SaveAs(".xlsx", tr("Save tracker as"), tr("Excel workbook (*.xlsx)"))
        self.out = self.save_as.line
        form.addRow(tr("Campaigns"), scope_box)
        form.addRow(tr("Audience"), self.audience)
        form.addRow(tr("Save as"), self.save_as.row)
        outer.addLayout(form)
        self.note = hint_line(outer)
        self.export_button = self.finish(outer, "tracker", tr("Export"))
        self.export_button.setEnabled(bool(self.all_campaigns))

        self.campaign.currentIndexChanged.connect(self._update)
        self.audience.currentIndexChanged.connect(self._update)
        self.scope.buttonToggled.connect(lambda *_: self._update())
        self._update()

    def _check_text(self) -> None:
        ids = self._ids()
        if ids and ids != self._checked_ids:
            self._checked_ids = ids
            self.report.check(ids[0], ids[1])

    def _ids(self) -> tuple[list[str], str] | None:
        if not self.all_campaigns:
            return None
        if self.one.isChecked():
            return [self.campaign.currentData()], self.audience.currentData()
        return [c.id for c in self.all_campaigns], self.audience.currentData()

    _checked_ids: tuple[list[str], str] | None = None

    def _update(self) -> None:
        self._check_text()
        self.campaign.setEnabled(self.one.isChecked())
        stem = file_stem(self.campaign.currentText()) if self.one.isChecked() else "campaigns"
        self.save_as.suggest(export_folder() / f"{stem}-tracker-{self.audience.currentData()}.xlsx")
        if self.audience.currentData() == "internal":
            self.note.setText(
                tr(
                    "Internal: every partner, confidential ones included, with contacts and "
                    "the engagement log. It can be edited and imported back."
                )
            )
        else:
            self.note.setText(
                tr(
                    "Shared outside the team: withheld partners are described or counted, "
                    "never named. It cannot be imported back; the export is recorded in "
                    "the campaign's History."
                )
            )

    def accept(self) -> None:
        self.accept_target(
            tr("Choose where to save the tracker."), tr("The folder {f} does not exist.")
        )

    def choice(self) -> TrackerChoice:
        if self.one.isChecked():
            ids, title = [self.campaign.currentData()], self.campaign.currentText()
        else:
            ids, title = [c.id for c in self.all_campaigns], tr("all campaigns")
        return TrackerChoice(
            ids, title, self.audience.currentData(), Path(self.out.text()), self.force
        )


def export_in_background(
    ctx: WorkspaceContext,
    choice: TrackerChoice,
    parent: QWidget,
    *,
    on_done: Callable[[TrackerResult], None] | None = None,
) -> Task:
    """Write the tracker through the gate; then offer Open file / Show in folder."""

    def options(progress: Progress, task: Task) -> dict[str, object]:
        task.say(tr("Gathering {t}…").format(t=choice.title))
        return {"progress": progress.report, "cancelled": lambda: progress.cancelled}

    def done(published: gate.Published) -> None:
        result = TrackerResult(published.path, choice.audience, published.detail.sheets)
        rows = sum(result.sheets.values())
        tell_written(
            parent,
            tr("Tracker ready"),
            tr("The tracker of {t} is ready ({n} rows on {s} sheets).").format(
                t=choice.title, n=f"{rows:,}", s=len(result.sheets) + 1
            ),
            result.path,
        )
        if on_done is not None:
            on_done(result)

    return publish_in_background(
        ctx,
        parent,
        tr("Export tracker"),
        tr("Exporting the tracker of {t}…").format(t=choice.title),
        "tracker",
        choice.campaign_ids,
        choice.audience,
        choice.out,
        force=choice.force,
        options=options,
        on_success=done,
    )


def export_tracker_action(ctx: WorkspaceContext, parent: QWidget) -> TrackerExportDialog:
    """File ▸ Export tracker…: the dialog, then the export."""
    dialog = TrackerExportDialog(ctx, ctx.current_campaign_id(), parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        export_in_background(ctx, dialog.choice(), parent)
    return dialog
