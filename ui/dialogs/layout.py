"""The shared frame of the option dialogs: a title, a short explanation, an options form.

Brief, tracker, moments and calendar dialogs used to build this by hand, each slightly
differently; one helper keeps their margins, headings, label alignment and buttons identical.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout


def dialog_frame(
    dialog: QDialog,
    title: str,
    intro: str | None = None,
    *,
    spacing: int = 12,
    margins: tuple[int, int, int, int] = (22, 20, 22, 16),
) -> QVBoxLayout:
    """Lay out ``dialog`` with a section title and (unless None) a muted, wrapped introduction."""
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(*margins)
    outer.setSpacing(spacing)
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    outer.addWidget(heading)
    if intro is not None:
        explanation = QLabel(intro)
        explanation.setObjectName("muted")
        explanation.setWordWrap(True)
        outer.addWidget(explanation)
    return outer


def options_form() -> QFormLayout:
    """A form with right-aligned labels, as every option dialog uses."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(10)
    return form


def hint_line(outer: QVBoxLayout, text: str = "") -> QLabel:
    """A wrapped note in the field-hint style, under the options."""
    hint = QLabel(text)
    hint.setObjectName("fieldHint")
    hint.setWordWrap(True)
    outer.addWidget(hint)
    return hint


def show_error(error: QLabel, text: str) -> None:
    """Say ``text`` in an ``error_line``."""
    error.setText(text)
    error.show()


def error_line(outer: QVBoxLayout) -> QLabel:
    """A hidden message in the form-error style, shown when the dialog's action fails."""
    error = QLabel()
    error.setObjectName("formError")
    error.setWordWrap(True)
    error.hide()
    outer.addWidget(error)
    return error


def action_buttons(
    dialog: QDialog,
    outer: QVBoxLayout,
    action: str,
    on_action: Callable[[], object] | None = None,
) -> QDialogButtonBox:
    """Cancel, and a primary button that says what it does (it accepts unless told)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    button.setText(action)
    button.setObjectName("primary")
    buttons.accepted.connect(on_action or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    outer.addWidget(buttons)
    return buttons
