"""File ▸ Restore from backup…: the workspace's backups by date, with what each holds.

Reading the counts opens every backup, so the list fills in the background. Restoring
goes through ``WorkspaceGuard.replace_file``: the workspace closes (keeping its lock),
``planner.storage.protection.restore_backup`` first backs up the current state and then puts the
backup in place, and the workspace reopens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from planner.storage import backups, encryption, protection
from planner.storage.workspace import Workspace
from ui import operations
from ui.dialogs.layout import dialog_frame
from ui.dialogs.passphrase import ask_secret
from ui.display import moment_text
from ui.shell import Shell
from ui.translation import translator

tr = translator("RestoreBackup")


REASONS = {
    "open": "On opening",
    "close": "On closing",
    "auto": "Automatic",
    "manual": "Made by hand",
    "before-restore": "Before a restore",
    "before-import": "Before a tracker import",
    "before-encrypt": "Before encrypting",
    "before-decrypt": "Before decrypting",
    "damaged": "Damaged file kept",
}
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def when_text(info: backups.BackupInfo) -> str:
    """When a backup was taken, in the interface language (seconds: backups on closing and
    reopening often fall in the same minute)."""
    return moment_text(info.taken_at, seconds=True, weekday=True)


def _count(value: int | None) -> str:
    return "—" if value is None else QLocale().toString(value)


def _size(info: backups.BackupInfo) -> str:
    megabytes = QLocale().toString(info.size / 2**20, "f", 1)
    return tr("{size} MB").format(size=megabytes) + (tr(" · encrypted") if info.encrypted else "")


class RestoreBackupDialog(QDialog):
    """The backups newest first; ``chosen()`` is the selected one once accepted."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.backups: list[backups.BackupInfo] = []
        self.setWindowTitle(tr("Restore from backup"))
        self.resize(820, 480)
        folder = backups.backups_folder(ws)
        outer = dialog_frame(
            self,
            tr("Restore from backup"),
            tr(
                "Pick the moment to go back to. The workspace as it is now is backed up "
                "first, so a restore can itself be undone by restoring that backup.\n"
                "Backups are kept in {folder}."
            ).format(folder=folder),
            spacing=10,
            margins=(22, 18, 22, 14),
        )
        self.model = QStandardItemModel(0, 5)
        self.model.setHorizontalHeaderLabels(
            [tr("Taken"), tr("Why"), tr("Campaigns"), tr("Stakeholders"), tr("Size")]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((240, 180, 100, 110)):
            self.table.horizontalHeader().resizeSection(col, width)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        outer.addWidget(self.table, 1)
        self.status = QLabel(tr("Reading backups…"))
        self.status.setObjectName("fieldHint")
        outer.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("primary")
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.loaded = False
        operations.run_in_background(
            lambda _p: backups.list_backups(ws),
            on_success=self._fill,
            on_failure=lambda exc: self.status.setText(str(exc)),
            owner=self,
        )

    def _fill(self, found: list[backups.BackupInfo]) -> None:
        self.backups = found
        for info in found:
            when = QStandardItem(when_text(info))
            when.setData(str(info.path), PATH_ROLE)
            when.setToolTip(info.path.name)
            items = [
                when,
                QStandardItem(tr(REASONS.get(info.reason, info.reason.replace("-", " ")))),
                QStandardItem(_count(info.campaigns)),
                QStandardItem(_count(info.stakeholders)),
                QStandardItem(_size(info)),
            ]
            for item in items[2:4]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)
        if found:
            self.status.setText(
                tr("{n} backups, newest first.").format(n=QLocale().toString(len(found)))
            )
            self.table.selectRow(0)
            self.restore_button.setEnabled(True)
        else:
            self.status.setText(
                tr("No backups yet. They are taken on opening, on closing and every few minutes.")
            )
        self.loaded = True

    def chosen(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def accept(self) -> None:
        info = self.chosen()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Restore from backup"),
            tr(
                "Replace the workspace with the backup of {when}?\n\n"
                "Everything changed since then is set aside (the current state is backed "
                "up first)."
            ).format(when=when_text(info)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            super().accept()


def _opens(path: Path, key: bytes | None) -> bool:
    if key is None:
        return False
    try:
        encryption.check_key(path, key)
    except encryption.WrongPassphrase:
        return False
    return True


def restore(
    window: Shell, info: backups.BackupInfo, *, on_done: Callable[[object], None] | None = None
) -> None:
    """Restore ``info`` in place of the open workspace (the guard closes and reopens it)."""
    assert window.ctx is not None
    secret: str | None = None
    if info.encrypted and not _opens(info.path, window.ctx.ws.key):
        # a backup from before the passphrase (or the key) changed: ask for that one
        secret = ask_secret(
            info.path,
            window.window(),
            tr("This backup was made under another passphrase: enter it, or the recovery key."),
        )
        if secret is None:
            return

    def work(path: Path, key: bytes | None) -> tuple[object, bytes | None]:
        before = protection.restore_backup(path, info.path, key=key, secret=secret)
        if not encryption.is_encrypted(path):
            return before, None
        return before, encryption.unlock(path, secret) if secret else key

    def done(before: object) -> None:
        kept = getattr(before, "path", None)
        window.statusBar().showMessage(
            tr("Restored the backup of {when}.").format(when=when_text(info))
            + (tr(" The replaced state is kept as {n}.").format(n=kept.name) if kept else ""),
            12000,
        )
        if on_done is not None:
            on_done(before)

    window.guard.replace_file(
        tr("Restore from backup"),
        tr("Restoring the backup of {when}…").format(when=when_text(info)),
        work,
        on_done=done,
    )


def restore_action(window: Shell) -> RestoreBackupDialog | None:
    """File ▸ Restore from backup…"""
    if window.ctx is None:
        return None
    dialog = RestoreBackupDialog(window.ctx.ws, window.window())
    if dialog.exec() == QDialog.DialogCode.Accepted:
        info = dialog.chosen()
        if info is not None:
            restore(window, info)
    return dialog
