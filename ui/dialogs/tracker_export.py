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

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.publishing import gate
from planner.publishing.exports.tracker import TrackerResult
from planner.services import campaigns
from ui.context import WorkspaceContext
from ui.dialogs.audience_choice import audience_combo, export_folder, file_stem, remember_folder
from ui.dialogs.file_written import show_written
from ui.dialogs.layout import action_buttons, dialog_frame, error_line, options_form
from ui.dialogs.progress_task import Task
from ui.dialogs.publishing import ReplacementReport, confirm_target, publish_in_background
from ui.operations import Progress


def tr(text: str) -> str:
    return QCoreApplication.translate("TrackerExport", text)


@dataclass(frozen=True)
class TrackerChoice:
    campaign_ids: list[str]
    title: str
    audience: str
    out: Path
    force: bool = False  # the user agreed to replace an existing file


class TrackerExportDialog(QDialog):
    """Which campaigns, which audience, where; ``choice()`` once accepted."""

    def __init__(
        self, ctx: WorkspaceContext, campaign_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Export tracker"))
        self.setMinimumWidth(640)
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
        self.campaign = QComboBox()
        self.all_campaigns = campaigns.list_campaigns(ctx.ws)
        for c in self.all_campaigns:
            self.campaign.addItem(c.name, c.id)
        if campaign_id is not None:
            self.campaign.setCurrentIndex(max(0, self.campaign.findData(campaign_id)))
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
        self.audience = audience_combo()
        self.out = QLineEdit()
        self.out.setAccessibleName(tr("Save as"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.out, 1)
        where.addWidget(browse)
        form.addRow(tr("Campaigns"), scope_box)
        form.addRow(tr("Audience"), self.audience)
        form.addRow(tr("Save as"), where)
        outer.addLayout(form)
        self.note = QLabel()
        self.note.setObjectName("fieldHint")
        self.note.setWordWrap(True)
        outer.addWidget(self.note)
        self.report = ReplacementReport(ctx.ws, "tracker")
        outer.addWidget(self.report)
        self.error = error_line(outer)
        self.force = False

        self.buttons = action_buttons(self, outer, tr("Export"))
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setEnabled(bool(self.all_campaigns))

        self._auto_name = ""
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
        current = self.out.text()
        if not current or current == self._auto_name:
            stem = file_stem(self.campaign.currentText()) if self.one.isChecked() else "campaigns"
            name = f"{stem}-tracker-{self.audience.currentData()}.xlsx"
            self._auto_name = str(export_folder() / name)
            self.out.setText(self._auto_name)
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

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save tracker as"), self.out.text(), tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.out.setText(name if name.lower().endswith(".xlsx") else name + ".xlsx")

    def accept(self) -> None:
        text = self.out.text().strip()
        path = Path(text).expanduser() if text else None
        if path is None:
            self.show_error(tr("Choose where to save the tracker."))
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        if not path.parent.is_dir():
            self.show_error(tr("The folder {f} does not exist.").format(f=path.parent))
            return
        force = confirm_target(self, path)
        if force is None:
            return
        self.force = force
        self.out.setText(str(path))
        super().accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

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
        remember_folder(result.path)
        rows = sum(result.sheets.values())
        show_written(
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
