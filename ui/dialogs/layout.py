"""The shared frame of the option dialogs: a title, a short explanation, an options form.

Brief, tracker and moments dialogs used to build this by hand, each slightly differently;
one helper keeps their margins, headings and label alignment identical.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout


def dialog_frame(dialog: QDialog, title: str, intro: str, *, spacing: int = 12) -> QVBoxLayout:
    """Lay out ``dialog`` with a section title and a muted, wrapped introduction."""
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(22, 20, 22, 16)
    outer.setSpacing(spacing)
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    explanation = QLabel(intro)
    explanation.setObjectName("muted")
    explanation.setWordWrap(True)
    outer.addWidget(heading)
    outer.addWidget(explanation)
    return outer


def options_form() -> QFormLayout:
    """A form with right-aligned labels, as every option dialog uses."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(10)
    return form
