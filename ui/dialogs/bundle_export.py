"""File ▸ Export bundle…: a campaign (or everything) as a JSON bundle, for an audience.

A bundle for another organisation carries only what its audience may see (withheld
partners absent or described, no contacts, notes or engagement log); the *internal*
bundle is the full copy, for the team's own laptops. It goes through the gate like every
export (replacement report first, "Replace?", share recorded); a passphrase encrypts it,
and a bundle of an encrypted workspace must have one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from planner.publishing import gate
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

tr = translator("BundleExport")


@dataclass(frozen=True)
class BundleChoice:
    campaign_id: str | None  # None: the whole workspace
    title: str
    audience: str
    out: Path
    passphrase: str
    force: bool = False


class BundleExportDialog(ExportDialog):
    """Which campaign, which audience, where, and an optional passphrase."""

    def __init__(
        self, ctx: WorkspaceContext, campaign_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, tr("Export bundle"), parent)
        outer = dialog_frame(
            self,
            tr("Bundle (.json)"),
            tr(
                "To share a campaign with another organisation or carry it to another "
                "laptop. A bundle for an outside audience carries only what that audience "
                "may see; an internal bundle is the full copy."
            ),
        )
        form = options_form()
        self.scope = campaign_combo(ctx.ws, campaign_id, tr("Everything in the workspace"))
        self.save_as = SaveAs(".json", tr("Save bundle as"), tr("Campaign Planner bundle (*.json)"))
        self.out = self.save_as.line
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(tr("Passphrase"))
        self.secret.setPlaceholderText(
            tr("Required: the workspace is encrypted")
            if ctx.ws.encrypted
            else tr("Optional: encrypts the bundle")
        )
        form.addRow(tr("Campaigns"), self.scope)
        form.addRow(tr("Audience"), self.audience)
        form.addRow(tr("Save as"), self.save_as.row)
        form.addRow(tr("Passphrase"), self.secret)
        outer.addLayout(form)
        self.note = hint_line(outer)
        self.export_button = self.finish(outer, "bundle", tr("Export"))
        self.scope.currentIndexChanged.connect(self._update)
        self.audience.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        cid = self.scope.currentData()
        stem = file_stem(self.scope.currentText()) if cid else file_stem(self.ctx.ws.name)
        self.save_as.suggest(export_folder() / f"{stem}-bundle-{self.audience.currentData()}.json")
        if self.audience.currentData() == "internal":
            self.note.setText(
                tr(
                    "Internal: the full copy, confidential partners, contacts and the engagement "
                    "log included. Only for the team's own laptops."
                )
            )
        else:
            self.note.setText(
                tr(
                    "For another organisation: only what this audience may see; withheld "
                    "partners are left out or described."
                )
            )
        self.report.check([cid] if cid else [], self.audience.currentData())

    def accept(self) -> None:
        path = self.save_as.checked(
            self.show_error,
            tr("Choose where to save the bundle."),
            tr("The folder {f} does not exist."),
        )
        if path is None:
            return
        if self.ctx.ws.encrypted and not self.secret.text():
            self.show_error(tr("The workspace is encrypted: give the bundle a passphrase."))
            return
        self.accept_checked(path)

    def choice(self) -> BundleChoice:
        return BundleChoice(
            self.scope.currentData(),
            self.scope.currentText(),
            self.audience.currentData(),
            Path(self.out.text()),
            self.secret.text(),
            self.force,
        )


def export_bundle_in_background(
    ctx: WorkspaceContext,
    choice: BundleChoice,
    parent: QWidget,
    *,
    on_done: Callable[[gate.Published], None] | None = None,
) -> Task:
    def options(_progress: Progress, _task: Task) -> dict[str, object]:
        return {"passphrase": choice.passphrase or None}

    def done(published: gate.Published) -> None:
        records = sum(published.detail.values())
        tell_written(
            parent,
            tr("Bundle ready"),
            tr("The bundle of {t} is ready ({n} records).").format(t=choice.title, n=records),
            published.path,
        )
        if on_done is not None:
            on_done(published)

    return publish_in_background(
        ctx,
        parent,
        tr("Export bundle"),
        tr("Exporting {t}…").format(t=choice.title),
        "bundle",
        [choice.campaign_id] if choice.campaign_id else [],
        choice.audience,
        choice.out,
        force=choice.force,
        options=options,
        on_success=done,
    )


def export_bundle_action(ctx: WorkspaceContext, parent: QWidget) -> BundleExportDialog:
    """File ▸ Export bundle…: the dialog, then the export."""
    dialog = BundleExportDialog(ctx, ctx.current_campaign_id(), parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        export_bundle_in_background(ctx, dialog.choice(), parent)
    return dialog
