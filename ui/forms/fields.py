"""Field editors for the entity forms: one class per kind of value, one protocol.

Every editor exposes ``widget`` (what goes into the form), ``value()``/``set_value()``
in the service's terms (dates as ``datetime.date``, enums as their stored value, ids as
ids) and ``set_invalid()`` so that a ``ValidationError`` can point at it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from planner.services import stakeholder_browse as browse
from planner.services import stakeholders
from planner.services.stakeholders import StakeholderFilter
from planner.storage.workspace import Workspace
from ui.display import label, medium_pattern, pydate, qdate
from ui.forms.common import tr

NO_DATE = QDate(1900, 1, 1)


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class Editor:
    widget: QWidget

    @property
    def focus_widget(self) -> QWidget:
        return self.widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_invalid(self, invalid: bool) -> None:
        _mark(self.focus_widget, invalid)

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever the user changes the value (clears an error mark)."""
        widget = self.focus_widget
        for signal in (
            "textChanged",
            "currentIndexChanged",
            "dateChanged",
            "valueChanged",
            "toggled",
        ):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(lambda *_a: callback())
                return


class _LineEdited(Editor):
    """A value typed in one line (the text itself, or a list of words in it)."""

    widget: QLineEdit

    def __init__(self, placeholder: str = "") -> None:
        self.widget = QLineEdit()
        self.widget.setPlaceholderText(placeholder)


class LineEditor(_LineEdited):
    def value(self) -> str:
        return self.widget.text().strip()

    def set_value(self, value: Any) -> None:
        self.widget.setText(value or "")


class TextEditor(Editor):
    widget: QPlainTextEdit

    def __init__(self, placeholder: str = "", lines: int = 3) -> None:
        self.widget = QPlainTextEdit()
        self.widget.setPlaceholderText(placeholder)
        self.widget.setTabChangesFocus(True)
        height = self.widget.fontMetrics().lineSpacing() * lines + 14
        self.widget.setFixedHeight(height)

    def value(self) -> str:
        return self.widget.toPlainText().strip()

    def set_value(self, value: Any) -> None:
        self.widget.setPlainText(value or "")


class ListEditor(_LineEdited):
    """A short list typed as comma-separated words (tags, languages)."""

    def value(self) -> list[str]:
        return [p.strip() for p in self.widget.text().split(",") if p.strip()]

    def set_value(self, value: Any) -> None:
        self.widget.setText(", ".join(value or []))


class ChoiceEditor(Editor):
    """A combo box over stored values, showing human labels."""

    widget: QComboBox

    def __init__(
        self, choices: Sequence[tuple[Any, str]] | Sequence[str], *, optional: str | None = None
    ) -> None:
        self.widget = QComboBox()
        if optional is not None:
            self.widget.addItem(optional, None)
        for choice in choices:
            value, text = choice if isinstance(choice, tuple) else (choice, label(choice))
            self.widget.addItem(text, value)

    def value(self) -> Any:
        return self.widget.currentData()

    def set_value(self, value: Any) -> None:
        i = self.widget.findData(value)
        if i >= 0:
            self.widget.setCurrentIndex(i)


class _OptionalDateEdit(QDateEdit):
    """A date edit whose lowest date means 'no date' (shown as the special-value text).

    Qt's calendar popup commits whatever it *selects*: selecting today in it so that it
    opens on this month would silently turn 'no date' into today. So the popup only turns
    its page to this month, and the arrow keys jump from 'no date' to today, not to 1900.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumDate(NO_DATE)

    def is_empty(self) -> bool:
        return self.date() == NO_DATE

    def stepBy(self, steps: int) -> None:
        if self.is_empty():
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def stepEnabled(self) -> QDateEdit.StepEnabledFlag:
        if self.is_empty():
            flag = QDateEdit.StepEnabledFlag
            return flag.StepUpEnabled | flag.StepDownEnabled
        return super().stepEnabled()

    def turn_popup_to_today(self) -> None:
        """Show this month in the popup without selecting (and so committing) a day."""
        if self.is_empty():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())


class _PopupOpens(QObject):
    """Tells the date edit when its calendar popup is about to show."""

    def __init__(self, edit: _OptionalDateEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self._edit.turn_popup_to_today()
        return False


class DateEditor(Editor):
    """A date picker with a calendar popup; optional dates have an empty state ('No date').

    An optional date stays empty until the user picks a day, and Clear empties it again:
    a follow-up or end date the user never chose must not be saved as today.
    """

    def __init__(self, *, optional: bool = False, empty_text: str | None = None) -> None:
        self.optional = optional
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        optional_edit = _OptionalDateEdit() if optional else None
        self.edit: QDateEdit = optional_edit if optional_edit is not None else QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(_date_format())
        self.edit.setMinimumWidth(150)
        row.addWidget(self.edit)
        if optional_edit is not None:
            self.edit.setSpecialValueText(empty_text if empty_text is not None else tr("No date"))
            self.edit.calendarWidget().installEventFilter(_PopupOpens(optional_edit))
            self.clear_button = QPushButton(tr("Clear"))
            self.clear_button.setObjectName("link")
            self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.clear_button.clicked.connect(lambda: self.set_value(None))
            row.addWidget(self.clear_button)
        row.addStretch(1)
        self.set_value(None if optional else dt.date.today())

    @property
    def focus_widget(self) -> QWidget:
        return self.edit

    def value(self) -> dt.date | None:
        day = self.edit.date()
        if self.optional and day == NO_DATE:
            return None
        return pydate(day)

    def set_value(self, value: Any) -> None:
        if value is None:
            if self.optional:
                self.edit.setDate(NO_DATE)
            return
        self.edit.setDate(qdate(value))


def _date_format() -> str:
    """The same unambiguous, locale-ordered pattern the lists use ('28 Nov 2026')."""
    return medium_pattern()


class CheckEditor(Editor):
    widget: QCheckBox

    def __init__(self, text: str) -> None:
        self.widget = QCheckBox(text)

    def value(self) -> bool:
        return self.widget.isChecked()

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class SliderEditor(Editor):
    """A slider for a small score, with the word for the current value beside it."""

    def __init__(
        self,
        lo: int,
        hi: int,
        describe: Callable[[int], str],
        colour: Callable[[int], QColor] | None = None,
    ) -> None:
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(lo, hi)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setMinimumWidth(180)
        self.text = QLabel()
        self.text.setMinimumWidth(130)
        self._describe = describe
        self._colour = colour
        self.slider.valueChanged.connect(self._show)
        row.addWidget(self.slider, 1)
        row.addWidget(self.text)
        self._show(self.slider.value())

    @property
    def focus_widget(self) -> QWidget:
        return self.slider

    def _show(self, value: int) -> None:
        self.text.setText(self._describe(value))
        if self._colour is not None:
            self.text.setStyleSheet(f"color: {self._colour(value).name()}; font-weight: 600;")
        self.slider.setAccessibleDescription(self._describe(value))

    def value(self) -> int:
        return self.slider.value()

    def set_value(self, value: Any) -> None:
        if value is not None:
            self.slider.setValue(int(value))
            self._show(int(value))


def stakeholder_label(record: Any) -> str:
    extra = ", ".join(x for x in (label(record.category), record.country) if x)
    return f"{record.name} — {extra}" if extra else record.name


class StakeholderPicker(Editor):
    """Type-ahead over the stakeholder list (the same fast query as the list page)."""

    widget: QLineEdit

    def __init__(self, ws: Workspace, placeholder: str | None = None) -> None:
        self.ws = ws
        self.widget = QLineEdit()
        self.widget.setPlaceholderText(
            placeholder if placeholder is not None else tr("Type a name…")
        )
        self.model = QStringListModel()
        self.completer = QCompleter(self.model, self.widget)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.widget.setCompleter(self.completer)
        self._ids: dict[str, str] = {}
        self._chosen: str | None = None
        self._timer = QTimer(self.widget, singleShot=True, interval=120)
        self._timer.timeout.connect(self._lookup)
        self.widget.textEdited.connect(lambda _t: self._timer.start())
        self.completer.activated.connect(self._picked)  # activated(QString): the default
        self.on_pick: Callable[[str], None] | None = None

    def lookup_now(self) -> None:
        self._timer.stop()
        self._lookup()

    def _lookup(self) -> None:
        typed = self.widget.text().strip()
        self._chosen = self._ids.get(typed)
        if not typed:
            return
        hits = browse.page(self.ws, StakeholderFilter(text=typed), limit=20)
        self._ids = {stakeholder_label(h): h.id for h in hits}
        self.model.setStringList(list(self._ids))
        self.completer.complete()

    def _picked(self, text: str) -> None:
        self._chosen = self._ids.get(text)
        if self._chosen and self.on_pick is not None:
            self.on_pick(self._chosen)

    def value(self) -> str | None:
        if self._chosen is None:
            self._chosen = self._ids.get(self.widget.text().strip())
        return self._chosen if self.widget.text().strip() else None

    def set_value(self, value: Any) -> None:
        self._chosen = value
        if value:
            record = stakeholders.get(self.ws, value)
            text = stakeholder_label(record)
            self._ids[text] = value
            self.widget.setText(text)
        else:
            self.widget.clear()


class ParticipantsEditor(Editor):
    """Several stakeholders: pick with type-ahead, each lands in a list you can prune."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.widget = QWidget()
        box = QVBoxLayout(self.widget)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.picker = StakeholderPicker(ws, tr("Add a participant: type a name…"))
        self.picker.on_pick = self.add
        self.list = QListWidget()
        self.list.setMaximumHeight(92)
        self.list.setToolTip(tr("Press Delete to remove the selected participant"))
        self.remove = QPushButton(tr("Remove selected"))
        self.remove.setObjectName("link")
        self.remove.clicked.connect(self.remove_selected)
        box.addWidget(self.picker.widget)
        box.addWidget(self.list)
        box.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)

    @property
    def focus_widget(self) -> QWidget:
        return self.picker.widget

    def add(self, ident: str) -> None:
        if ident in self.value():
            return
        record = stakeholders.get(self.ws, ident)
        item = QListWidgetItem(stakeholder_label(record))
        item.setData(Qt.ItemDataRole.UserRole, ident)
        self.list.addItem(item)
        QTimer.singleShot(0, self.picker.widget.clear)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def value(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for ident in value or []:
            self.add(ident)

    def on_change(self, callback: Callable[[], None]) -> None:
        model = self.list.model()
        model.rowsInserted.connect(lambda *_a: callback())
        model.rowsRemoved.connect(lambda *_a: callback())
