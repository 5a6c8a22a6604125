"""Export PNG… / Export SVG… of the maps: an audience, like the brief, then the gate.

A convenor pastes the power map into an email to a mission, so the picture is made for
an audience: drawn from the gate's redacted data (withheld partners absent or
described, never named), with the audience printed in its footer, the file written by
the gate and the share recorded in the campaign's History.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from planner.publishing import gate
from planner.services import campaigns
from ui.context import WorkspaceContext
from ui.dialogs.audience_choice import export_folder, file_stem, remember_folder
from ui.dialogs.layout import dialog_frame, options_form
from ui.dialogs.publishing import ExportDialog, SaveAs, publish_picture
from ui.translation import translator

tr = translator("PictureExport")


TITLES = {
    "power-map-png": ("Power map picture (PNG)", "power-map", "PNG image (*.png)"),
    "power-map-svg": ("Power map drawing (SVG)", "power-map", "SVG image (*.svg)"),
    "relationship-map-png": (
        "Relationship map picture (PNG)",
        "relationships",
        "PNG image (*.png)",
    ),
}


class PictureExportDialog(ExportDialog):
    """For whom, and where; ``audience_key()`` and ``target()`` once accepted."""

    def __init__(
        self, ctx: WorkspaceContext, name: str, campaign_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, tr("Export picture"), parent)
        self.door = gate.exporter(name)
        self.campaign_id = campaign_id
        title, self._stem, self._filter = TITLES[name]
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
        self.save_as = SaveAs(self.door.suffix, tr("Export picture"), tr(self._filter))
        self.out = self.save_as.line
        form.addRow(tr("Audience"), self.audience)
        form.addRow(tr("Save as"), self.save_as.row)
        outer.addLayout(form)
        self.export_button = self.finish(outer, name, tr("Export"))
        self._campaign = campaigns.get(ctx.ws, campaign_id).name
        self.audience.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        name = f"{file_stem(self._campaign)}-{self._stem}-{self.audience.currentData()}"
        self.save_as.suggest(export_folder() / f"{name}{self.door.suffix}")
        self.report.check([self.campaign_id], self.audience.currentData())

    def target(self) -> Path:
        return self.save_as.target()

    def accept(self) -> None:
        self.accept_target(
            tr("Choose where to save the picture."), tr("The folder {f} does not exist.")
        )


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
