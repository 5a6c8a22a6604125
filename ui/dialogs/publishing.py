"""The app's side of the gate: the replacement report, "Replace?", and running an export.

Every export dialog (brief, tracker, calendar, bundle, map pictures) shows a
``ReplacementReport``: as soon as the audience or the campaign changes, the gate
prepares the export in the background and the dialog lists, before anything is written,
each withheld name or contact it found in the text and what will stand in its place.
``confirm_target`` asks the usual "Replace?" question for an existing file (a symbolic
link is refused), ``SaveAs`` is the "Save as" line every file export shares,
``ExportDialog`` the frame the file exports' option dialogs are built in, and
``publish_in_background`` runs the gate behind a progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.publishing import gate
from planner.publishing.free_text import Replacement
from planner.services import campaigns
from ui.context import WorkspaceContext
from ui.dialogs.audience_choice import audience_combo, remember_folder
from ui.dialogs.file_written import show_written
from ui.dialogs.layout import action_buttons, error_line, show_error
from ui.dialogs.progress_task import Task, run_with_progress
from ui.operations import Operation, Progress, run_in_background
from ui.translation import translator

tr = translator("Publishing")


MAX_SHOWN = 12


def report_text(replacements: Sequence[Replacement], audience: str) -> str:
    """What the dialog says about the free-text check, in plain words."""
    if audience == "internal":
        return tr("Internal: nothing is replaced; every name stays. Keep the file in the team.")
    if not replacements:
        return tr("Checked: no withheld name, e-mail or phone in the text.")
    lines = [
        tr(
            "Before writing, {n} withheld name(s) or contact(s) found in the text will be replaced:"
        ).format(n=len(replacements))
    ]
    for r in list(replacements)[:MAX_SHOWN]:
        lines.append(
            tr("• “{found}” → “{by}” ({where})").format(
                found=r.found, by=r.replaced_by, where=r.where
            )
        )
    if len(replacements) > MAX_SHOWN:
        lines.append(tr("… and {n} more.").format(n=len(replacements) - MAX_SHOWN))
    return "\n".join(lines)


class ReplacementReport(QLabel):
    """The free-text check of the export as currently chosen, refreshed in the background."""

    def __init__(self, ws: Any, exporter: str) -> None:
        super().__init__()
        self.ws = ws
        self.exporter = exporter
        self.setObjectName("fieldHint")
        self.setWordWrap(True)
        self.setAccessibleName(tr("Names replaced before writing"))
        self.replacements: tuple[Replacement, ...] = ()
        self.checked_for: tuple[tuple[str, ...], str] | None = None
        self._op: Operation | None = None
        self._wanted: tuple[tuple[str, ...], str] | None = None

    def check(self, campaign_ids: Sequence[str], audience: str) -> None:
        """Prepare the export for these campaigns and audience, then show what is replaced."""
        wanted = (tuple(campaign_ids), audience)
        self._wanted = wanted
        if audience == "internal":
            self._show(wanted, ())
            return
        self.setText(tr("Checking the text for withheld names…"))
        if self._op is not None:
            self._op.cancel()
        ws, name = self.ws, self.exporter
        self._op = run_in_background(
            lambda _p: gate.prepare(ws, name, list(campaign_ids), audience).replacements,
            on_success=lambda found: self._show(wanted, found),
            on_failure=lambda exc: self.setText(str(exc)),
            owner=self,
        )

    def _show(self, wanted: tuple[tuple[str, ...], str], found: tuple[Replacement, ...]) -> None:
        if wanted != self._wanted:
            return  # an older check finished after the options changed
        self.replacements = tuple(found)
        self.checked_for = wanted
        self.setText(report_text(found, wanted[1]))

    def lines(self) -> list[str]:
        return [r.line() for r in self.replacements]


def confirm_target(parent: QWidget, path: Path) -> bool | None:
    """None: do not write. Else whether an existing file is to be replaced (the user said yes)."""
    if path.is_symlink():
        QMessageBox.warning(
            parent,
            tr("Cannot write there"),
            tr("{p} is a symbolic link; choose the file itself.").format(p=path),
        )
        return None
    if path.exists():
        answer = QMessageBox.question(
            parent,
            tr("Replace?"),
            tr("{name} already exists. Replace it?").format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return True
    return False


class SaveAs:
    """The "Save as" line and its Choose… button, shared by the file exports.

    Brief, tracker, bundle and picture dialogs each suggested a name, browsed, added the
    suffix and checked the folder by hand; here once, so the four behave alike. The
    messages stay the callers' own (their translations differ by dialog). It holds no
    reference to its dialog (that would be a cycle, freed at a random time): questions
    are asked over the window its line is in.
    """

    def __init__(self, suffix: str, caption: str, file_filter: str) -> None:
        self.suffix = suffix
        self.caption = caption
        self.file_filter = file_filter
        self.line = QLineEdit()
        self.line.setAccessibleName(tr("Save as"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self.browse)
        self.row = QHBoxLayout()
        self.row.addWidget(self.line, 1)
        self.row.addWidget(browse)
        self._auto = ""

    def suggest(self, path: Path | str) -> None:
        """Show the name that follows the options, unless the user typed one of their own."""
        if not self.line.text() or self.line.text() == self._auto:
            self._auto = str(path)
            self.line.setText(self._auto)

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.line.window(), self.caption, self.line.text(), self.file_filter
        )
        if name:
            self.line.setText(name if name.lower().endswith(self.suffix) else name + self.suffix)

    def target(self) -> Path:
        """The path typed, with the export's suffix added if it lacks it."""
        path = Path(self.line.text().strip()).expanduser()
        if path.suffix.lower() != self.suffix:
            path = path.with_name(path.name + self.suffix)
        return path

    def checked(self, fail: Callable[[str], None], missing: str, no_folder: str) -> Path | None:
        """The target, or None after ``fail`` said why not (no name, no such folder)."""
        if not self.line.text().strip():
            fail(missing)
            return None
        path = self.target()
        if not path.parent.is_dir():
            fail(no_folder.format(f=path.parent))
            return None
        return path

    def confirm(self, path: Path) -> bool | None:
        """``confirm_target`` for ``path``; once agreed, the line shows the path written."""
        force = confirm_target(self.line.window(), path)
        if force is not None:
            self.line.setText(str(path))
        return force


def campaign_combo(ws: Any, current: str | None, everything: str | None = None) -> QComboBox:
    """The campaigns by name (``everything`` first, its data None, when given), ``current``
    chosen if it is one of them."""
    combo = QComboBox()
    if everything is not None:
        combo.addItem(everything, None)
    for c in campaigns.list_campaigns(ws):
        combo.addItem(c.name, c.id)
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class ExportDialog(QDialog):
    """What a file export's options dialog shares (brief, tracker, bundle, map pictures).

    The window (title, width), the ``audience`` choice the subclass lays out in its
    ``dialog_frame`` and options form, then (``finish``) the replacement report, an error
    line and the primary button. ``accept_target`` accepts once the "Save as" line names
    a file in a folder that exists and, if the file exists, the user agreed to replace it
    (``force``). The messages stay each dialog's own: their translations differ.
    """

    save_as: SaveAs

    def __init__(self, ctx: WorkspaceContext, window_title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(window_title)
        self.setMinimumWidth(640)
        self.audience = audience_combo()
        self.force = False  # the user agreed to replace an existing file

    def finish(self, outer: QVBoxLayout, exporter: str, action: str) -> QPushButton:
        """The replacement report of ``exporter``, the error line and the buttons, under
        what the dialog has laid out; returns the primary button (labelled ``action``)."""
        self.report = ReplacementReport(self.ctx.ws, exporter)
        outer.addWidget(self.report)
        self.error = error_line(outer)
        self.buttons = action_buttons(self, outer, action)
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_error(self, text: str) -> None:
        show_error(self.error, text)

    def accept_target(self, missing: str, no_folder: str) -> None:
        """Accept if the target will do (else say why, in the dialog's own words)."""
        path = self.save_as.checked(self.show_error, missing, no_folder)
        if path is not None:
            self.accept_checked(path)

    def accept_checked(self, path: Path) -> None:
        """Accept ``path`` once the user agreed to replace it, if it exists."""
        force = self.save_as.confirm(path)
        if force is not None:
            self.force = force
            super().accept()


def tell_written(parent: QWidget, title: str, text: str, path: Path) -> None:
    """Remember the folder for the next export, then say where the file is (Open, Show)."""
    remember_folder(path)
    show_written(parent, title, text, path)


def publish_in_background(
    ctx: WorkspaceContext,
    parent: QWidget,
    title: str,
    label: str,
    name: str,
    campaign_ids: Sequence[str],
    audience: str,
    target: Path,
    *,
    force: bool,
    options: Callable[[Progress, Task], dict[str, Any]] | None = None,
    on_success: Callable[[gate.Published], None],
) -> Task:
    """Run the whole gate (prepare, render, write, record) behind a progress dialog."""
    ws = ctx.ws

    def work(progress: Progress, task: Task) -> gate.Published:
        opts = options(progress, task) if options is not None else {}
        prepared = gate.prepare(ws, name, list(campaign_ids), audience)
        progress.check()
        return gate.publish(ws, prepared, target, options=opts, force=force)

    def done(published: gate.Published) -> None:
        ctx.bus.announce("audit", list(campaign_ids))  # History tabs show the share
        on_success(published)

    return run_with_progress(parent, title, label, work, on_success=done)


def publish_picture(
    ctx: WorkspaceContext,
    parent: QWidget,
    name: str,
    campaign_id: str,
    audience: str,
    target: Path,
    draw: Callable[[gate.Prepared], gate.Picture],
    *,
    force: bool,
) -> gate.Published | None:
    """A map picture through the gate; drawn here, on the UI thread, as Qt drawing must be."""
    try:
        published = gate.export(
            ctx.ws, name, [campaign_id], audience, target, force=force, draw=draw
        )
    except OSError as exc:
        QMessageBox.warning(parent, tr("Export failed"), str(exc))
        return None
    ctx.bus.announce("audit", [campaign_id])
    return published
