"""File ▸ Import tracker…: read an edited tracker, preview every change, apply all or nothing.

The dry run (``read_tracker``) and the apply (``apply_tracker``) both run in the
background behind a progress dialog. The preview lists every change (where, what,
field, old → new) and every problem (sheet!cell: reason); Apply stays disabled while
there is any problem, because the import is all or nothing. A backup is taken just
before applying, so the state before the import can always be restored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.imports.tracker_import import (
    Change,
    ImportPlan,
    apply_tracker,
    read_tracker,
)
from planner.services.record_history import ENTITY_LABELS
from planner.services.specs import SPECS
from planner.storage import backups
from ui.context import WorkspaceContext
from ui.dialogs.audience_choice import export_folder
from ui.dialogs.progress_task import Task, run_with_progress
from ui.display import stance_text
from ui.operations import Progress
from ui.tables import plain_table
from ui.translation import translator

LAST_IMPORT_KEY = "imports/last_folder"


tr = translator("TrackerImport")


def _shown(value: str, field: str = "") -> str:
    """A cell value as the preview shows it; stances in words ('Champion (+2)')."""
    if value == "":
        return tr("(empty)")
    if field == "Stance":
        try:
            return stance_text(int(value))
        except ValueError:
            return value
    return value


def _what(change: Change) -> str:
    if change.entity in ENTITY_LABELS:
        return tr(ENTITY_LABELS[change.entity])
    spec = SPECS.get(change.entity)
    return spec.label if spec is not None else change.entity


def _field(change: Change) -> str:
    if change.field == "(new)":
        return tr("new row")
    if change.field == "(delete)":
        return tr("delete")
    return change.field


def _table(headers: list[str]) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    view = plain_table(28)
    view.setModel(model)
    return view, model


def _item(text: str, tip: str | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setToolTip(tip if tip is not None else text)
    return item


class ImportPreview(QDialog):
    """Every change and every problem of a dry run; Apply only when there is no problem."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(tr("Import tracker — preview"))
        self.resize(980, 600)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 14)
        outer.setSpacing(10)
        title = QLabel(plan.path.name)
        title.setObjectName("sectionTitle")
        outer.addWidget(title)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        for note in plan.notes:
            hint = QLabel(note)
            hint.setObjectName("fieldHint")
            hint.setWordWrap(True)
            outer.addWidget(hint)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.changes_view, self.changes = _table(
            [tr("Cell"), tr("What"), tr("Record"), tr("Field"), tr("Old"), tr("New")]
        )
        for c in plan.changes:
            self.changes.appendRow(
                [
                    _item(c.where),
                    _item(_what(c)),
                    _item(c.label),
                    _item(_field(c)),
                    _item(_shown(c.old, c.field) if c.field not in ("(new)", "(delete)") else ""),
                    _item(_shown(c.new, c.field) if c.field not in ("(new)", "(delete)") else ""),
                ]
            )
        header = self.changes_view.horizontalHeader()
        for col, width in enumerate((130, 100, 300, 120, 160)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.problems_view, self.problems = _table([tr("Cell"), tr("Problem")])
        danger = QColor("#a3362f")
        for p in plan.problems:
            where = _item(p.where)
            where.setForeground(danger)
            self.problems.appendRow([where, _item(p.message)])
        self.problems_view.horizontalHeader().resizeSection(0, 160)
        self.tabs.addTab(self.changes_view, tr("Changes ({n})").format(n=len(plan.changes)))
        self.tabs.addTab(self.problems_view, tr("Problems ({n})").format(n=len(plan.problems)))
        if plan.problems:
            self.tabs.setCurrentWidget(self.problems_view)
        outer.addWidget(self.tabs, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            tr("Apply {n} changes").format(n=len(plan.changes)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.apply_button.setObjectName("primary")
        self.apply_button.setEnabled(plan.ok and bool(plan.ops))
        if plan.problems:
            self.apply_button.setToolTip(tr("Fix the problems in the file and import it again."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def _summary_text(self) -> str:
        plan = self.plan
        if plan.problems:
            return tr(
                "{n} problem(s) must be fixed in the file before anything can be imported "
                "(the import is all or nothing). Nothing has been changed."
            ).format(n=len(plan.problems))
        if not plan.ops:
            return tr("No changes: this tracker matches the workspace.")
        return tr("Ready to import {n} changes ({s}). Check them, then apply.").format(
            n=len(plan.changes), s=plan.summary()
        )


def choose_tracker_file(parent: QWidget) -> Path | None:
    start = QSettings().value(LAST_IMPORT_KEY, "") or str(export_folder())
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Import tracker"), str(start), tr("Excel workbook (*.xlsx);;All files (*)")
    )
    if not name:
        return None
    QSettings().setValue(LAST_IMPORT_KEY, str(Path(name).parent))
    return Path(name)


def _rejected(parent: QWidget, path: Path, exc: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Import tracker"))
    box.setText(tr("{f} cannot be imported. Nothing was changed.").format(f=path.name))
    box.setInformativeText(str(exc))
    box.open()


def preview_in_background(
    ctx: WorkspaceContext,
    path: Path,
    parent: QWidget,
    *,
    on_plan: Callable[[ImportPlan], None],
) -> Task:
    """The dry run: read and check ``path`` against the workspace, change nothing."""
    ws = ctx.ws

    def work(progress: Progress, task: Task) -> ImportPlan:
        return read_tracker(
            ws, path, progress=progress.report, cancelled=lambda: progress.cancelled
        )

    def failed(exc: BaseException) -> None:
        _rejected(parent, path, exc)

    return run_with_progress(
        parent,
        tr("Import tracker"),
        tr("Reading {f}…").format(f=path.name),
        work,
        on_success=on_plan,
        on_failure=failed,
    )


def apply_in_background(
    ctx: WorkspaceContext,
    plan: ImportPlan,
    parent: QWidget,
    *,
    on_done: Callable[[ImportPlan], None] | None = None,
) -> Task:
    """Back up, then apply the plan in one transaction; announce that everything changed."""
    ws = ctx.ws

    def work(progress: Progress, task: Task) -> ImportPlan:
        task.say(tr("Backing up the workspace first…"))
        backups.take_backup(ws, "before-import")
        task.say(tr("Applying {s}…").format(s=plan.summary()))
        return apply_tracker(ws, plan, progress=progress.report)

    def done(applied: ImportPlan) -> None:
        # The import went round the undo stack: older undo steps could now conflict.
        ctx.undo_stack.clear()
        ctx.bus.everything()
        window = parent.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(
                tr("Imported {f}: {s}.").format(f=applied.path.name, s=applied.summary()), 8000
            )
        if on_done is not None:
            on_done(applied)

    def failed(exc: BaseException) -> None:
        _rejected(parent, plan.path, exc)

    return run_with_progress(
        parent,
        tr("Import tracker"),
        tr("Importing {f}…").format(f=plan.path.name),
        work,
        on_success=done,
        on_failure=failed,
        cancellable=False,  # one transaction: it is quick, and half-cancelled means nothing
    )


def import_tracker_action(ctx: WorkspaceContext, parent: QWidget, path: Path | None = None) -> None:
    """File ▸ Import tracker…: pick a file, dry run, preview, apply if the user agrees."""
    path = path or choose_tracker_file(parent)
    if path is None:
        return

    def show(plan: ImportPlan) -> None:
        preview = ImportPreview(plan, parent)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.accepted.connect(lambda: apply_in_background(ctx, plan, parent))
        preview.open()

    preview_in_background(ctx, path, parent, on_plan=show)
