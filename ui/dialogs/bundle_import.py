"""File ▸ Import bundle…: another laptop's bundle merged in, what it did, and its conflicts.

The work is ``planner.sync.bundle_merge.import_merging``: new records are created,
records already here are merged field by field, and a field changed on both laptops
becomes a conflict instead of being overwritten. It runs in the background behind a
progress dialog (one transaction: not cancellable, nothing half-done). The result
dialog says what was created, taken from the bundle, merged and kept, and how many
conflicts wait for review (the import never settles one), offering Review conflicts…
(``ui.dialogs.sync_conflicts``) when there are any.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from planner.exchange.bundle_crypto import is_encrypted_bundle, load_any_bundle
from planner.sync.bundle_merge import BundleMerge, import_merging
from ui.context import WorkspaceContext
from ui.dialogs.audience_choice import export_folder
from ui.dialogs.layout import dialog_frame
from ui.dialogs.progress_task import Task, run_with_progress
from ui.dialogs.sync_conflicts import SyncConflictsDialog
from ui.dialogs.sync_dialog import ResultWithReview
from ui.operations import Progress
from ui.translation import translator

LAST_FOLDER_KEY = "imports/last_bundle_folder"


tr = translator("BundleImport")


def totals(report: BundleMerge) -> dict[str, int]:
    return {
        name: sum(getattr(report, name).values())
        for name in ("created", "updated", "merged", "kept", "conflicts")
    }


class BundleImportResultDialog(ResultWithReview):
    """What the import did; Review conflicts… when a field was changed on both laptops."""

    def __init__(self, report: BundleMerge, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(tr("Bundle imported"))
        self.setMinimumWidth(520)
        sums = totals(report)
        if report.redacted is not None:
            intro = tr(
                "Imported {file}, a bundle made for an outside audience: it added what was "
                "new here and left every record already here as it was."
            ).format(file=name)
        elif sums["conflicts"]:
            intro = tr(
                "Imported {file} from {sender}. Some fields were changed both here and in "
                "the other laptop's bundle: they are waiting for your review, and nothing "
                "was overwritten for them until you choose."
            ).format(file=name, sender=report.sender)
        else:
            intro = tr("Imported {file} from {sender}. Nothing was left to choose.").format(
                file=name, sender=report.sender
            )
        self.intro = intro
        outer = dialog_frame(self, tr("Bundle imported"), intro)
        if report.redacted is not None:
            created = sum(report.redacted.created.values())
            kept = sum(report.redacted.kept.values())
            line = tr("Created {created} · Left as they were {kept}").format(
                created=f"{created:,}", kept=f"{kept:,}"
            )
        else:
            line = tr(
                "Created {created} · Taken from the bundle {updated} · Merged {merged} · "
                "Kept as changed here {kept} · Conflicts waiting for review {conflicts}"
            ).format(**{k: f"{n:,}" for k, n in sums.items()})
        self.summary = QLabel(line)
        self.summary.setObjectName("summaryLine")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.add_buttons(outer, review=bool(sums["conflicts"]))


class BundleImport(QObject):
    """One import and whichever of its dialogs is open (tests find them here); a child of
    the window, so it lives as long as its dialogs may call back."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.task: Task | None = None
        self.result_dialog: BundleImportResultDialog | None = None
        self.conflicts_dialog: SyncConflictsDialog | None = None
        self.message: QMessageBox | None = None

    def start(self, path: Path, passphrase: str | None = None) -> None:
        ws = self.ctx.ws

        def work(progress: Progress, task: Task) -> BundleMerge:
            return import_merging(ws, load_any_bundle(path, passphrase))

        def failed(exc: BaseException) -> None:
            self.task = None
            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(tr("Import bundle"))
            box.setText(tr("{f} cannot be imported. Nothing was changed.").format(f=path.name))
            box.setInformativeText(str(exc))
            self.message = box
            box.open()

        self.task = run_with_progress(
            self.window,
            tr("Import bundle"),
            tr("Importing {f}…").format(f=path.name),
            work,
            on_success=lambda report: self._done(path, report),
            on_failure=failed,
            cancellable=False,  # one transaction: quick, and half-cancelled means nothing
        )

    def _done(self, path: Path, report: BundleMerge) -> None:
        self.task = None
        self.ctx.undo_stack.clear()  # the import went round the undo stack
        self.ctx.bus.everything()
        dialog = BundleImportResultDialog(report, path.name, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.review_requested.connect(self.review)
        self.result_dialog = dialog
        dialog.open()

    def review(self) -> None:
        dialog = SyncConflictsDialog(self.ctx, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.conflicts_dialog = dialog
        dialog.open()


def choose_bundle_file(parent: QWidget) -> Path | None:
    start = QSettings().value(LAST_FOLDER_KEY, "") or str(export_folder())
    name, _ = QFileDialog.getOpenFileName(
        parent,
        tr("Import bundle"),
        str(start),
        tr("Campaign Planner bundle (*.json);;All files (*)"),
    )
    if not name:
        return None
    QSettings().setValue(LAST_FOLDER_KEY, str(Path(name).parent))
    return Path(name)


def ask_bundle_passphrase(path: Path, parent: QWidget) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        tr("Encrypted bundle"),
        tr("{f} is encrypted. Its passphrase:").format(f=path.name),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def import_bundle_action(
    ctx: WorkspaceContext,
    parent: QWidget,
    path: Path | None = None,
    passphrase: str | None = None,
) -> BundleImport | None:
    """File ▸ Import bundle…: pick a file (and its passphrase if encrypted), import it."""
    path = path or choose_bundle_file(parent)
    if path is None:
        return None
    if passphrase is None and is_encrypted_bundle(path):
        passphrase = ask_bundle_passphrase(path, parent)
        if passphrase is None:
            return None
    run = BundleImport(ctx, parent)
    run.start(path, passphrase)
    return run
