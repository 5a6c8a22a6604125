"""File ▸ New workspace: where it goes, and whether it is encrypted from the first byte.

Creating a workspace encrypted (rather than creating it plain and encrypting it after)
means no plain copy of it ever exists, not even an empty one with a name in it. The
passphrase rules, meter and words are ``PassphraseFields``'s, as for encrypting in place;
the recovery key is shown once with ``RecoveryKeyDialog``, as after encrypting in place.
Creating takes a second or two (scrypt, then the schema), so it runs in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from planner.storage.errors import WorkspaceError
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace
from ui.dialogs.layout import action_buttons, dialog_frame, options_form
from ui.dialogs.passphrase import PassphraseFields, RecoveryKeyDialog
from ui.dialogs.progress_task import run_with_progress
from ui.shell import Shell
from ui.translation import translator

tr = translator("NewWorkspace")


class NewWorkspaceDialog(QDialog):
    """Confirm the new file and choose encryption; ``passphrase()`` is None for a plain one."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(tr("New workspace"))
        self.setMinimumWidth(540)
        outer = dialog_frame(
            self,
            tr("New workspace"),
            tr(
                "A workspace is one file holding your campaigns, contacts, engagements and "
                "notes. Everything you change is saved in it as you go."
            ),
        )
        form = options_form()
        self.file_label = QLabel(str(path))
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(tr("File"), self.file_label)
        outer.addLayout(form)

        self.encrypt = QCheckBox(tr("Encrypt this workspace"))
        self.encrypt.setChecked(True)
        outer.addWidget(self.encrypt)
        self.why = QLabel(
            tr(
                "Recommended if this computer travels or could be lost or seized: without the "
                "passphrase the file, its journal and its backups are unreadable. The "
                "passphrase is never stored; you type it each time you open the workspace."
            )
        )
        self.why.setObjectName("muted")
        self.why.setWordWrap(True)
        outer.addWidget(self.why)
        self.fields = PassphraseFields()
        outer.addWidget(self.fields)

        outer.addStretch(1)  # spare height goes above the buttons, not between the lines
        self.buttons = action_buttons(self, outer, tr("Create"), self.try_accept)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.encrypt.toggled.connect(self._mode_changed)
        self._mode_changed(self.encrypt.isChecked())

    def _mode_changed(self, encrypted: bool) -> None:
        self.fields.setVisible(encrypted)
        self.why.setEnabled(encrypted)
        self.create_button.setText(tr("Create encrypted") if encrypted else tr("Create"))
        if encrypted:
            self.fields.first.setFocus()
        else:
            self.fields.clear()
        if self.isVisible():
            self._fit()

    def _fit(self) -> None:
        """As tall as the content at this width (wrapped labels make Qt guess too tall)."""
        width = self.width()
        self.resize(width, max(self.minimumSizeHint().height(), self.heightForWidth(width)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def try_accept(self) -> None:
        """Refuse a weak or mistyped passphrase with the reason; otherwise accept."""
        if self.encrypt.isChecked():
            problem = self.fields.problem()
            if problem:
                self.fields.show_error(problem)
                field = self.fields.second if self.fields.strong() else self.fields.first
                field.setFocus()
                return
        self.accept()

    def passphrase(self) -> str | None:
        return self.fields.passphrase() if self.encrypt.isChecked() else None

    def reject(self) -> None:
        self.fields.clear()
        super().reject()


def create_workspace(window: Shell, path: Path) -> NewWorkspaceDialog | None:
    """Ask how to create ``path``; create it (encrypted in the background) and show it.

    Returns the dialog (for tests) or None if the user cancelled. An encrypted workspace
    is shown, then its recovery key, once, in a dialog that insists it was kept.
    """
    dialog = NewWorkspaceDialog(path, window.window())
    window.kept_dialogs.new_workspace = dialog
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    passphrase = dialog.passphrase()
    dialog.fields.clear()
    if passphrase is None:
        window.open_path(path, create=True)
        return dialog
    if not window.guard.lock(path):
        return dialog

    def created(ws: Workspace) -> None:
        recovery, ws.recovery_key = ws.recovery_key, None  # shown once, then not kept
        window.set_workspace(ws)
        if recovery:
            keeper = RecoveryKeyDialog(recovery, window.window())
            window.kept_dialogs.recovery = keeper
            keeper.open()
        window.statusBar().showMessage(
            tr("Created {name}, encrypted.").format(name=path.name), 8000
        )

    def failed(exc: BaseException) -> None:
        window.guard.release(path)
        QMessageBox.warning(
            window.window(),
            tr("New workspace"),
            str(exc)
            if isinstance(exc, WorkspaceError)
            else tr("Cannot create it: {e}").format(e=exc),
        )

    run_with_progress(
        window.window(),
        tr("New workspace"),
        tr("Creating the encrypted workspace…"),
        lambda _p, _t: open_workspace(path, passphrase=passphrase),
        on_success=created,
        on_failure=failed,
        cancellable=False,
    )
    return dialog
