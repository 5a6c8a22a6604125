"""File ▸ Security: encrypt the workspace, change its passphrase, or decrypt it.

Encrypting and decrypting rewrite the whole file, so they go through
``WorkspaceGuard.replace_file`` (close, keep the lock, work in the background, reopen).
Changing the passphrase only rewraps the data key in the key file, so the workspace
stays open. The recovery key is shown once, right after encrypting.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from planner.storage import encryption, protection
from planner.storage.workspace import Workspace
from ui.dialogs.passphrase import RecoveryKeyDialog, ask_new_passphrase, ask_secret
from ui.dialogs.progress_task import run_with_progress
from ui.shell import Shell
from ui.translation import translator

tr = translator("Security")


def encrypt_action(window: Shell) -> None:
    """Encrypt the open workspace in place (after a backup), then show the recovery key."""
    if window.ctx is None:
        return
    if window.ctx.ws.encrypted:
        QMessageBox.information(
            window.window(),
            tr("Encrypt workspace"),
            tr("This workspace is already encrypted. Use Change passphrase… to change it."),
        )
        return
    passphrase = ask_new_passphrase(
        tr("Encrypt workspace"),
        tr(
            "The workspace file, its journal and its backups will be unreadable without "
            "this passphrase. It is never stored: you will type it each time you open the "
            "workspace. A backup is taken first."
        ),
        window.window(),
    )
    if passphrase is None:
        return

    def work(path: Path, _key: bytes | None) -> tuple[str, bytes | None]:
        result = protection.encrypt_workspace(path, passphrase)
        return result.recovery_key, encryption.parse_recovery_key(result.recovery_key)

    def done(recovery_key: str) -> None:
        window.statusBar().showMessage(tr("The workspace is now encrypted."), 8000)
        dialog = RecoveryKeyDialog(recovery_key, window.window())
        window.kept_dialogs.recovery = dialog
        dialog.open()

    window.guard.replace_file(
        tr("Encrypt workspace"), tr("Encrypting the workspace…"), work, on_done=done
    )


def _encrypted_workspace(window: Shell, title: str, not_encrypted: str) -> Workspace | None:
    """The open workspace if it is encrypted; else None (after saying so, if one is open)."""
    if window.ctx is None:
        return None
    if not window.ctx.ws.encrypted:
        QMessageBox.information(window.window(), title, not_encrypted)
        return None
    return window.ctx.ws


def change_passphrase_action(window: Shell) -> None:
    """Rekey: the current passphrase (or recovery key), then the new one twice."""
    ws = _encrypted_workspace(
        window,
        tr("Change passphrase"),
        tr("This workspace is not encrypted. Use Encrypt workspace… first."),
    )
    if ws is None:
        return
    path = ws.path
    current = ask_secret(
        path,
        window.window(),
        tr("Enter the current passphrase (or the recovery key) to change it."),
    )
    if current is None:
        return
    new = ask_new_passphrase(
        tr("Change passphrase"),
        tr("The recovery key stays the same. Backups made with this key follow the change."),
        window.window(),
    )
    if new is None:
        return
    run_with_progress(
        window.window(),
        tr("Change passphrase"),
        tr("Changing the passphrase…"),
        lambda _p, _t: protection.rekey_workspace(path, current, new),
        on_success=lambda n: window.statusBar().showMessage(
            tr("Passphrase changed (and for {n} backups).").format(n=n), 8000
        ),
        cancellable=False,
    )


def decrypt_action(window: Shell) -> None:
    """Remove encryption after a clear warning and the current passphrase."""
    ws = _encrypted_workspace(
        window, tr("Decrypt workspace"), tr("This workspace is not encrypted.")
    )
    if ws is None:
        return
    answer = QMessageBox.warning(
        window.window(),
        tr("Decrypt workspace"),
        tr(
            "After decrypting, anyone who gets hold of this file (a lost laptop, a copied USB "
            "stick) can read every name, phone number and note in it.\n\n"
            "Existing backups stay encrypted. Decrypt anyway?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    secret = ask_secret(ws.path, window.window(), tr("Enter the passphrase (or the recovery key)."))
    if secret is None:
        return

    def work(path: Path, _key: bytes | None) -> tuple[Path, None]:
        return protection.decrypt_workspace(path, secret), None

    window.guard.replace_file(
        tr("Decrypt workspace"),
        tr("Decrypting the workspace…"),
        work,
        on_done=lambda _r: window.statusBar().showMessage(
            tr("The workspace is no longer encrypted."), 8000
        ),
    )
