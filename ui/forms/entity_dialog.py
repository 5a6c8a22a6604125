"""The form dialog every entity uses: fields in a column, errors under the form.

A dialog collects values, hands them to ``submit`` (which runs an undoable command)
and closes only if the service accepted them. A ``ValidationError`` highlights the
field it names and shows its message under the form; nothing is saved. Enter saves
(except in multi-line fields), Esc cancels, and the tab order follows the form.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.services.entity import ConflictError, NotFound
from planner.validation import ValidationError
from ui.forms.common import tr
from ui.forms.fields import Editor

Submit = Callable[[dict[str, Any]], Any]

# The reasons ``planner.validation`` gives for a rejected form value that take no
# parameters: translated when shown (planner/ never imports Qt). Others stay English.
PLAIN_REASONS = frozenset(
    {
        QT_TRANSLATE_NOOP("Forms", "is required"),
        QT_TRANSLATE_NOOP("Forms", "must not be empty"),
        QT_TRANSLATE_NOOP("Forms", "must be text"),
        QT_TRANSLATE_NOOP("Forms", "must be a single line"),
        QT_TRANSLATE_NOOP("Forms", "contains control characters"),
        QT_TRANSLATE_NOOP("Forms", "is not a date (expected YYYY-MM-DD)"),
        QT_TRANSLATE_NOOP("Forms", "is out of range (years 1900 to 2200)"),
        QT_TRANSLATE_NOOP("Forms", "is not a language tag (like en, ar, fr-CH)"),
        QT_TRANSLATE_NOOP("Forms", "is not an email address (like name@example.org)"),
        QT_TRANSLATE_NOOP("Forms", "a milestone cannot depend on itself"),
    }
)


def reason_text(reason: str) -> str:
    """A validation reason in the interface language when it is one we know."""
    return tr(reason) if reason in PLAIN_REASONS else reason


class EntityDialog(QDialog):
    def __init__(
        self,
        title: str,
        fields: list[tuple[str, str, Editor]],
        submit: Submit,
        *,
        intro: str = "",
        save_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(560)
        self.editors: dict[str, Editor] = {}
        self.labels: dict[str, str] = {}
        self._submit = submit
        self.result_record: Any = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 20, 22, 16)
        outer.setSpacing(12)
        heading = QLabel(title)
        heading.setObjectName("dialogTitle")  # size relative to the system font (style.qss)
        outer.addWidget(heading)
        if intro:
            note = QLabel(intro)
            note.setObjectName("pageSubtitle")
            note.setWordWrap(True)
            outer.addWidget(note)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(9)
        for name, text, editor in fields:
            self.editors[name] = editor
            self.labels[name] = text
            caption = QLabel(text)
            caption.setBuddy(editor.focus_widget)
            form.addRow(caption, editor.widget)
        outer.addLayout(form)
        # tab order follows the form, top to bottom (set once all share this window)
        focus = [editor.focus_widget for _n, _t, editor in fields]
        for before, after in pairwise(focus):
            QWidget.setTabOrder(before, after)

        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Form error"))
        self.error.hide()
        outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(save_text if save_text is not None else tr("Save"))
        # "primary" (not only default) so the stylesheet's bold applies when the button is
        # sized, not just when it is painted: otherwise a long word like "Enregistrer" is cut.
        save.setObjectName("primary")
        save.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        if fields:
            fields[0][2].focus_widget.setFocus()

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name in self.editors:
                self.editors[name].set_value(value)

    def save(self) -> None:
        """Submit; on a rejected value, point at the field and keep the dialog open."""
        for editor in self.editors.values():
            editor.set_invalid(False)
        try:
            self.result_record = self._submit(self.values())
        except ValidationError as err:
            self.show_error(err)
            return
        except (ConflictError, NotFound) as err:
            self.show_message(str(err))
            return
        self.accept()

    def show_error(self, err: ValidationError) -> None:
        editor = self.editors.get(err.field)
        name = self.labels.get(err.field, err.field.replace("_", " ").capitalize())
        self.show_message(
            tr("{field} {reason}. Nothing was saved.").format(
                field=name, reason=reason_text(err.reason)
            )
        )
        if editor is not None:
            editor.set_invalid(True)
            editor.focus_widget.setFocus()

    def show_message(self, text: str) -> None:
        """Show ``text`` under the form (empty hides it) and make room for it."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to the height the layout needs at the current width.

        A top-level window is only kept at its layout's *minimum* size, which ignores
        word-wrapped labels (an intro paragraph, the error itself): without this, a message
        appearing under the form squeezes the fields above it until they overlap. Forms that
        add wrapped rows of their own get the same room by calling this.
        """
        layout = self.layout()
        layout.activate()
        need = layout.totalHeightForWidth(self.width())
        screen = self.screen()
        if screen is not None:
            need = min(need, screen.availableGeometry().height())
        if need > self.height():
            self.resize(self.width(), need)
