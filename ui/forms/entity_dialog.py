"""The form dialog every entity uses: fields in a column, errors under the form.

A dialog collects values, hands them to ``submit`` (which runs an undoable command)
and closes only if the service accepted them. A ``ValidationError`` highlights the
field it names and shows its message under the form; nothing is saved. Enter saves
(except in multi-line fields), Esc cancels, and the tab order follows the form.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.validation import ValidationError
from planner.services.entity import ConflictError, NotFound
from ui.context import WorkspaceContext
from ui.forms.common import change_text, record_values, tr
from ui.forms.fields import Editor
from ui.translation import QT_TRANSLATE_NOOP

Submit = Callable[[dict[str, Any]], Any]


class ConfirmBySavingAgain(Exception):
    """Raised by a form's submit to warn before saving (a second stakeholder of the same
    name): the warning is shown at ``field`` and the same Save again goes ahead."""

    def __init__(self, field: str, key: str, message: str) -> None:
        super().__init__(message)
        self.field, self.key, self.message = field, key, message


# The reasons ``planner.domain.validation`` gives for a rejected form value that take no
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


def subject_text(text: str, limit: int = 60) -> str:
    """A record's name or first words, short enough for a window title."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


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
        subject: str = "",
        kind: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind  # the entity kind: its field rules find every bad field at once
        # An edit says whose record it is ("Edit position — Claire Weber"): with several
        # dialogs a day, "Edit position" alone leaves the user guessing.
        if subject:
            title = f"{title} — {subject_text(subject)}"  # punctuation only: nothing to translate
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(560)
        self.editors: dict[str, Editor] = {}
        self.labels: dict[str, str] = {}
        self._submit = submit
        self.result_record: Any = None
        # The record being edited and the version the user saw: every save carries it, so
        # a colleague's change in between is a conflict, not silently overwritten.
        self.ws: Any = None
        self.record: Any = None
        self.seen_version: int | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 20, 22, 16)
        outer.setSpacing(12)
        heading = QLabel(title)
        heading.setObjectName("dialogTitle")  # size relative to the system font (style.qss)
        heading.setWordWrap(True)
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
            editor.on_change(functools.partial(self.field_changed, name))
            caption = QLabel(text)
            caption.setBuddy(editor.focus_widget)
            form.addRow(caption, editor.widget)
        outer.addLayout(form)
        # tab order follows the form, top to bottom (set once all share this window)
        focus = [editor.focus_widget for _n, _t, editor in fields]
        for before, after in pairwise(focus):
            QWidget.setTabOrder(before, after)

        self.problems: dict[str, tuple[str, str]] = {}  # field -> (its label, the reason)
        self.confirmed: set[str] = set()  # warnings the user saw and saved past
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
        """Submit; on rejected values, point at every bad field and keep the dialog open."""
        for editor in self.editors.values():
            editor.set_invalid(False)
        self.problems = {}
        values = self.values()
        try:
            self.result_record = self._submit(values)
        except ValidationError as err:
            self.show_errors([err, *self.other_problems(values, err.field)])
            return
        except ConflictError as err:
            if self.record is not None and self.kind is not None:
                self.resolve_conflict(err)
            else:
                self.show_message(str(err))
            return
        except NotFound as err:
            self.show_message(str(err))
            return
        except ConfirmBySavingAgain as warning:
            self.confirmed.add(warning.key)
            self.show_message(warning.message)
            warned = self.editors.get(warning.field)
            if warned is not None:
                warned.focus_widget.setFocus()
            return
        self.accept()

    def track(self, ws: Any, record: Any) -> None:
        """Edit ``record`` of ``ws``: saves carry its version (see ``seen_version``)."""
        self.ws, self.record, self.seen_version = ws, record, record.version

    def resolve_conflict(self, err: ConflictError) -> None:
        """A colleague saved this record after the user opened it: ask what wins.

        Reload discards the user's edits and shows the colleague's values (the next
        save starts from them); Overwrite saves the user's values over theirs as a new
        version. Cancel keeps the dialog as it is, nothing saved.
        """
        from ui.undo_commands import SERVICES

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Changed by someone else"))
        box.setText(str(err))
        reload = box.addButton(tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
        reload.setObjectName("conflictReload")
        overwrite = box.addButton(tr("Overwrite"), QMessageBox.ButtonRole.AcceptRole)
        overwrite.setObjectName("conflictOverwrite")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        chosen = box.clickedButton()
        if chosen not in (reload, overwrite):
            self.show_message(str(err))
            return
        assert (
            self.kind is not None and self.record is not None
        )  # save calls this for a tracked record only
        try:
            fresh = SERVICES[self.kind].get(self.ws, self.record.id)
        except NotFound as gone:
            self.show_message(str(gone))
            return
        self.record, self.seen_version = fresh, fresh.version
        if chosen is reload:
            from ui.forms.common import record_values

            self.set_values(record_values(fresh))
            self.show_message(tr("Reloaded: these are the values saved by your colleague."))
            return
        self.save()  # mine, against the version just read: a new version over theirs

    def other_problems(self, values: dict[str, Any], known: str) -> list[ValidationError]:
        """The fields besides ``known`` that the entity's own rules reject, so that the user
        fixes them all in one go rather than meeting them one save at a time."""
        if self.kind is None:
            return []
        from ui.undo_commands import SERVICES

        found = []
        for rule in SERVICES[self.kind].SPEC.rules:
            if rule.name == known or rule.name not in values or rule.name not in self.editors:
                continue
            value = values[rule.name]
            try:
                if rule.required and value in (None, "", []):
                    raise ValidationError(rule.name, value, "is required")
                rule.rule(rule.name, value)
            except ValidationError as err:
                found.append(err)
        return found

    def show_error(self, err: ValidationError) -> None:
        self.show_errors([err])

    def show_errors(self, errors: list[ValidationError]) -> None:
        """One line per bad field under the form, each field marked; first one focused."""
        self.problems = {}
        for err in errors:
            name = self.labels.get(err.field, err.field.replace("_", " ").capitalize())
            self.problems[err.field] = (name, reason_text(err.reason))
            editor = self.editors.get(err.field)
            if editor is not None:
                editor.set_invalid(True)
        self._show_problems()
        first = self.editors.get(errors[0].field) if errors else None
        if first is not None:
            first.focus_widget.setFocus()

    def field_changed(self, name: str) -> None:
        """The user edited a field the form had rejected: its mark and its line go."""
        if name not in self.problems:
            return
        del self.problems[name]
        self.editors[name].set_invalid(False)
        self._show_problems()

    def _show_problems(self) -> None:
        found = list(self.problems.values())
        if len(found) == 1:
            field, reason = found[0]
            text = tr("{field} {reason}. Nothing was saved.").format(field=field, reason=reason)
        elif found:
            lines = [tr("{field} {reason}.").format(field=f, reason=r) for f, r in found]
            text = "\n".join([*lines, tr("Nothing was saved.")])
        else:
            text = ""
        self.show_message(text)

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
        if layout is None:  # every entity form has its column; nothing to measure
            return
        layout.activate()
        need = layout.totalHeightForWidth(self.width())
        screen = self.screen()
        if screen is not None:
            need = min(need, screen.availableGeometry().height())
        if need > self.height():
            self.resize(self.width(), need)


@dataclass(frozen=True)
class RecordForm:
    """What one kind's New/Edit dialog says and starts from: ``titles`` is (new, edit),
    ``noun`` names the record in an "Edit …" undo text, ``add_text`` is the undo text of
    adding one, ``defaults`` fill a new record."""

    kind: str
    titles: tuple[str, str]
    noun: str
    add_text: str
    defaults: dict[str, Any]


def record_dialog(
    ctx: WorkspaceContext,
    form: RecordForm,
    record: Any,
    fields: list[tuple[str, str, Editor]],
    parent_ids: dict[str, Any] | None = None,
    *,
    subject: str = "",
    save_text: str | None = None,
    check: Callable[[dict[str, Any], EntityDialog], None] | None = None,
    parent: QWidget | None = None,
) -> EntityDialog:
    """The New/Edit dialog of one record of ``form.kind``, as every entity form builds it.

    A new record is created with the values and ``parent_ids`` (the campaign it belongs
    to…), after ``check`` (which may raise ``ConfirmBySavingAgain``); an edit goes
    through ``ctx.update`` with the version the dialog saw, its undo text from the labels
    of the changed fields.
    """
    kind = form.kind
    labels = {name: text or name for name, text, _ in fields}

    def submit(values: dict[str, Any]) -> Any:
        if record is None:
            if check is not None:
                check(values, dialog)
            return ctx.create(kind, {**(parent_ids or {}), **values}, form.add_text)
        text = change_text(labels, record, values, form.noun)
        return (
            ctx.update(kind, record.id, values, text, expected_version=dialog.seen_version)
            or record
        )

    dialog = EntityDialog(
        form.titles[0] if record is None else form.titles[1],
        fields,
        submit,
        save_text=save_text,
        subject=subject,
        kind=kind,
        parent=parent,
    )
    dialog.set_values(record_values(record) if record is not None else form.defaults)
    if record is not None:
        dialog.track(ctx.ws, record)
    return dialog
