"""Export PNG… / Export SVG… of the maps: an audience, like the brief, then the gate.

A convenor pastes the power map into an email to a mission, so the picture is made for
an audience: drawn from the gate's redacted data (withheld partners absent or
described, never named), with the audience printed in its footer, the file written by
the gate and the share recorded in the campaign's History.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from planner.publishing import gate
from planner.services import campaigns
from ui.context import WorkspaceContext
from ui.dialogs.audience_choice import audience_combo, export_folder, file_stem, remember_folder
from ui.dialogs.layout import action_buttons, dialog_frame, error_line, options_form
from ui.dialogs.publishing import ReplacementReport, confirm_target, publish_picture


def tr(text: str) -> str:
    return QCoreApplication.translate("PictureExport", text)


TITLES = {
    "power-map-png": ("Power map picture (PNG)", "power-map", "PNG image (*.png)"),
    "power-map-svg": ("Power map drawing (SVG)", "power-map", "SVG image (*.svg)"),
    "relationship-map-png": (
        "Relationship map picture (PNG)",
        "relationships",
        "PNG image (*.png)",
    ),
}


class PictureExportDialog(QDialog):
    """For whom, and where; ``audience_key()`` and ``target()`` once accepted."""

    def __init__(
        self, ctx: WorkspaceContext, name: str, campaign_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.door = gate.exporter(name)
        self.campaign_id = campaign_id
        title, self._stem, self._filter = TITLES[name]
        self.setWindowTitle(tr("Export picture"))
        self.setMinimumWidth(640)
        outer = dialog_frame(
            self,
            tr(title),
            tr(
                "For a slide or an email: the picture shows what the audience may see. "
                "Withheld partners are left out or described, never named, and the "
                "audience is printed at the bottom."
            ),
        )
        form = options_form()
        self.audience = audience_combo()
        self.out = QLineEdit()
        self.out.setAccessibleName(tr("Save as"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.out, 1)
        where.addWidget(browse)
        form.addRow(tr("Audience"), self.audience)
        form.addRow(tr("Save as"), where)
        outer.addLayout(form)
        self.report = ReplacementReport(ctx.ws, name)
        outer.addWidget(self.report)
        self.error = error_line(outer)
        self.buttons = action_buttons(self, outer, tr("Export"))
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.force = False
        self._campaign = campaigns.get(ctx.ws, campaign_id).name
        self._auto = ""
        self.audience.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        if not self.out.text() or self.out.text() == self._auto:
            name = f"{file_stem(self._campaign)}-{self._stem}-{self.audience.currentData()}"
            self._auto = str(export_folder() / f"{name}{self.door.suffix}")
            self.out.setText(self._auto)
        self.report.check([self.campaign_id], self.audience.currentData())

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Export picture"), self.out.text(), tr(self._filter)
        )
        if name:
            suffix = self.door.suffix
            self.out.setText(name if name.lower().endswith(suffix) else name + suffix)

    def target(self) -> Path:
        path = Path(self.out.text().strip()).expanduser()
        if path.suffix.lower() != self.door.suffix:
            path = path.with_name(path.name + self.door.suffix)
        return path

    def accept(self) -> None:
        if not self.out.text().strip():
            self.error.setText(tr("Choose where to save the picture."))
            self.error.show()
            return
        path = self.target()
        if not path.parent.is_dir():
            self.error.setText(tr("The folder {f} does not exist.").format(f=path.parent))
            self.error.show()
            return
        force = confirm_target(self, path)
        if force is None:
            return
        self.force = force
        self.out.setText(str(path))
        super().accept()


def export_picture(
    ctx: WorkspaceContext,
    parent: QWidget,
    name: str,
    campaign_id: str,
    draw: Callable[[gate.Prepared], gate.Picture],
) -> gate.Published | None:
    """The dialog, then the picture through the gate; the status bar says where it went."""
    dialog = PictureExportDialog(ctx, name, campaign_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    target = dialog.target()
    published = publish_picture(
        ctx,
        parent,
        name,
        campaign_id,
        dialog.audience.currentData(),
        target,
        draw,
        force=dialog.force,
    )
    if published is not None:
        remember_folder(published.path)
        window = parent.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("Saved {path}").format(path=published.path), 6000)
    return published
