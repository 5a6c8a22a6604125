"""Passphrase prompts: unlock a workspace, choose a new passphrase, keep the recovery key.

Passphrases live in these widgets only as long as they are needed: they are never
written to settings or logs, and the fields are cleared as soon as the key is derived.
Deriving the key (scrypt) takes about a second on purpose, so it runs in the background
and the dialog says "Checking…" rather than freezing.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.storage import encryption
from planner.storage.errors import WorkspaceError
from ui import operations, theme
from ui.dialogs.layout import dialog_frame, hint_line
from ui.translation import translator

tr = translator("Passphrase")


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhSensitiveData
    )
    return field


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.hide()
    return label


class UnlockDialog(QDialog):
    """Ask for the passphrase (or the recovery key) of ``path``; retry until it opens.

    After ``exec()`` is accepted, ``key`` holds the data key; with ``keep_secret`` the
    typed secret is kept in ``secret`` too (decrypting and rekeying need it).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        parent: QWidget | None = None,
        *,
        purpose: str = "",
        keep_secret: bool = False,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.keep_secret = keep_secret
        self.key: bytes | None = None
        self.secret: str | None = None
        self.attempts = 0
        self.setWindowTitle(tr("Encrypted workspace"))
        self.setMinimumWidth(480)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 20, 22, 16)
        outer.setSpacing(10)
        title = QLabel(tr("{name} is encrypted").format(name=self.path.name))
        title.setObjectName("sectionTitle")
        outer.addWidget(title)
        self.prompt = QLabel(purpose or tr("Enter its passphrase to open it."))
        self.prompt.setWordWrap(True)
        outer.addWidget(self.prompt)
        self.field = _password_field(tr("Passphrase"))
        outer.addWidget(self.field)
        self.use_recovery = QCheckBox(tr("Use the recovery key instead (forgotten passphrase)"))
        self.use_recovery.toggled.connect(self._mode_changed)
        outer.addWidget(self.use_recovery)
        self.error = _error_label()
        self.error.setAccessibleName(tr("Unlock error"))
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(tr("Unlock"))
        self.unlock_button.setObjectName("primary")
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.field.setFocus()

    def _mode_changed(self, recovery: bool) -> None:
        self.field.clear()
        if recovery:
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            self.field.setPlaceholderText("XXXX-XXXX-XXXX-…")
            self.prompt.setText(tr("Type the recovery key you were given when you encrypted it."))
        else:
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setPlaceholderText("")
            self.prompt.setText(tr("Enter its passphrase to open it."))
        self.field.setFocus()

    def try_unlock(self) -> None:
        secret = self.field.text()
        if not secret:
            self.show_error(tr("Type the passphrase first."))
            return
        self.attempts += 1
        self._busy(True)
        path = self.path
        operations.run_in_background(
            lambda _p: encryption.unlock(path, secret),
            on_success=lambda key: self._unlocked(key, secret),
            on_failure=self._failed,
            owner=self,
        )

    def _busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.field.setEnabled(not busy)
        self.use_recovery.setEnabled(not busy)
        self.unlock_button.setText(tr("Checking…") if busy else tr("Unlock"))

    def _unlocked(self, key: bytes, secret: str) -> None:
        self.key = key
        if self.keep_secret:
            self.secret = secret
        self.field.clear()
        self._busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.field.clear()
        self.field.setFocus()
        if isinstance(exc, encryption.WrongPassphrase):
            what = tr("recovery key") if self.use_recovery.isChecked() else tr("passphrase")
            text = tr("That {what} does not open {name}. Check it and try again.").format(
                what=what, name=self.path.name
            )
            if "typo" in str(exc):
                text = str(exc)
            self.show_error(text)
        elif isinstance(exc, WorkspaceError):
            self.show_error(str(exc))
        else:
            self.show_error(tr("Cannot unlock: {e}").format(e=exc))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def reject(self) -> None:
        self.field.clear()
        super().reject()


def ask_key(path: Path, parent: QWidget | None) -> bytes | None:
    """The data key of the encrypted workspace at ``path``, or None if the user gave up."""
    dialog = UnlockDialog(path, parent)
    return dialog.key if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_secret(path: Path, parent: QWidget | None, purpose: str) -> str | None:
    """The current passphrase or recovery key (checked), for decrypting or rekeying."""
    dialog = UnlockDialog(path, parent, purpose=purpose, keep_secret=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.secret


# -- a new passphrase ------------------------------------------------------------------


STRENGTH_WORDS = {0: "Very weak", 1: "Weak", 2: "Fair", 3: "Good", 4: "Strong"}


class PassphraseFields(QWidget):
    """A new passphrase typed twice, a strength meter and hint, and a line for the problem.

    Shared by every place that sets a passphrase (encrypt in place, a new encrypted
    workspace), so the rules and the words are the same everywhere. ``changed`` fires on
    every keystroke; ``problem()`` says why the passphrase cannot be used yet, or "".
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.first = _password_field(tr("New passphrase"))
        self.second = _password_field(tr("Repeat the new passphrase"))
        form.addRow(tr("New passphrase"), self.first)
        form.addRow(tr("Repeat it"), self.second)
        box.addLayout(form)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        # A thin coloured bar; the words are in the hint below it (text drawn over a
        # pale chunk was barely visible when full).
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(6)
        self.meter.setAccessibleName(tr("Passphrase strength"))
        box.addWidget(self.meter)
        self.hint = hint_line(box)
        self.error = _error_label()
        self.error.setAccessibleName(tr("Passphrase problem"))
        box.addWidget(self.error)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        score, hint = encryption.passphrase_strength(self.first.text())
        self.meter.setValue(score)
        self.meter.setFormat(tr(STRENGTH_WORDS[score]))
        self.hint.setText(hint)
        self.meter.setAccessibleDescription(hint)
        c = theme.colours()
        colour = c["danger"] if score < encryption.MIN_PASSPHRASE_SCORE else c["accent"]
        self.meter.setStyleSheet(
            f"QProgressBar {{ border: none; border-radius: 3px; background: {c['border']}; }}"
            f"QProgressBar::chunk {{ border-radius: 3px; background: {colour}; }}"
        )
        if self.second.text() and self.first.text() != self.second.text():
            self.show_error(tr("The two passphrases differ."))
        else:
            self.error.hide()
        self.changed.emit()

    def strong(self) -> bool:
        return encryption.passphrase_strength(self.first.text())[0] >= (
            encryption.MIN_PASSPHRASE_SCORE
        )

    def problem(self) -> str:
        """Why this passphrase cannot be used yet ("" when it can)."""
        if not self.first.text():
            return tr("Type a passphrase.")
        if not self.strong():
            return tr("This passphrase is too easy to guess: make it longer, as the hint says.")
        if not self.second.text():
            return tr("Type the passphrase a second time, to be sure of it.")
        if self.first.text() != self.second.text():
            return tr("The two passphrases differ.")
        return ""

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class NewPassphraseDialog(QDialog):
    """A new passphrase typed twice, with a strength meter; OK only when strong enough."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 20, 22, 16)
        outer.setSpacing(10)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        outer.addWidget(heading)
        text = QLabel(intro)
        text.setWordWrap(True)
        outer.addWidget(text)
        self.fields = PassphraseFields()
        self.first, self.second = self.fields.first, self.fields.second
        self.meter, self.hint, self.error = self.fields.meter, self.fields.hint, self.fields.error
        outer.addWidget(self.fields)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.fields.changed.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok_button.setEnabled(not self.fields.problem())

    def passphrase(self) -> str:
        return self.fields.passphrase()

    def clear(self) -> None:
        self.fields.clear()


def ask_new_passphrase(title: str, intro: str, parent: QWidget | None) -> str | None:
    dialog = NewPassphraseDialog(title, intro, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    value = dialog.passphrase()
    dialog.clear()
    return value


# -- the recovery key ----------------------------------------------------------------------


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: Copy, a strong warning, and a box to confirm it is kept."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Recovery key"))
        self.setMinimumWidth(600)
        outer = dialog_frame(self, tr("Keep this recovery key somewhere safe"))
        self.key = QLabel(recovery_key)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.key.setFont(font)
        self.key.setWordWrap(True)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setObjectName("card")
        self.key.setContentsMargins(12, 10, 12, 10)
        outer.addWidget(self.key)
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.clicked.connect(self.copy)
        outer.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        warning = QLabel(
            tr(
                "This is the only time it is shown. It opens the workspace if the passphrase "
                "is forgotten, so anyone who has it can read everything in it. Write it down "
                "or print it and keep it apart from this computer (not in a file next to the "
                "workspace). Without the passphrase and without this key, the data cannot be "
                "recovered by anyone."
            )
        )
        warning.setObjectName("formError")
        warning.setWordWrap(True)
        outer.addWidget(warning)
        self.kept = QCheckBox(tr("I have stored the recovery key safely"))
        outer.addWidget(self.kept)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.done_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(tr("Done"))
        self.done_button.setEnabled(False)
        self.kept.toggled.connect(self.done_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        outer.addWidget(self.buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key.text())
        self.copy_button.setText(tr("Copied"))

    def reject(self) -> None:  # Escape must not skip the warning
        if self.kept.isChecked():
            super().reject()
