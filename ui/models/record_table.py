"""A table model over a list of records, sorted in memory (lists of hundreds to thousands).

The stakeholder list, which can hold 100 000 rows, has its own paged model instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from ui.models.columns import Column

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def dot_icon(colour: QColor, size: int = 10) -> QIcon:
    """A small filled circle: a colour cue that sits next to the word, never instead of it."""
    pm = QPixmap(size * 2, size * 2)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawEllipse(2, 2, size * 2 - 4, size * 2 - 4)
    p.end()
    pm.setDevicePixelRatio(2.0)
    return QIcon(pm)


_DOTS: dict[str, QIcon] = {}


def cached_dot(colour: QColor) -> QIcon:
    key = colour.name()
    if key not in _DOTS:
        _DOTS[key] = dot_icon(colour)
    return _DOTS[key]


# Roles as plain ints: comparing against Qt enum members costs microseconds per call,
# and a table asks for ~9 roles per visible cell on every repaint.
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
FONT = int(Qt.ItemDataRole.FontRole.value)
ID = int(ID_ROLE.value) if hasattr(ID_ROLE, "value") else int(ID_ROLE)
RECORD = int(RECORD_ROLE.value) if hasattr(RECORD_ROLE, "value") else int(RECORD_ROLE)
HANDLED = frozenset({DISPLAY, DECORATION, TOOLTIP, ALIGNMENT, FONT, ID, RECORD})
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


def column_data(col: Column, record: Any, role: int) -> Any:
    """What one column shows for one record under a Qt role (shared by every model)."""
    if role == DISPLAY:
        value = col.text(record)
        return "" if value is None else str(value)
    if role == DECORATION:
        if col.icon is not None:
            return col.icon(record)
        if col.colour is not None:
            colour = col.colour(record)
            return cached_dot(colour) if colour is not None else None
        return None
    if role == TOOLTIP:
        if col.tooltip is not None:
            return col.tooltip(record)
        value = col.text(record)
        return str(value) if value and len(str(value)) > 40 else None
    if role == ALIGNMENT and col.align_right:
        return RIGHT
    if role == RECORD:
        return record
    return None


class RowsTableModel(QAbstractTableModel):
    """A list of ``rows`` under headings: the counts and the horizontal header.

    Every table model of the app answers these alike; a subclass says how many columns
    there are and what each is called (``column_count``, ``heading``) and answers ``data``.
    """

    rows: list[Any]

    def column_count(self) -> int:
        raise NotImplementedError

    def heading(self, section: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.heading(section)
        return None


class ColumnTableModel(RowsTableModel):
    """Records as rows under ``Column``s: counts, headings, the row of an id.

    The record tables and the stakeholder list (which loads in pages) share these;
    each sets ``rows`` and ``columns`` and answers ``data`` its own way.
    """

    columns: list[Column]

    def row_of(self, ident: str) -> int:
        for i, r in enumerate(self.rows):
            if getattr(r, "id", None) == ident:
                return i
        return -1

    def column_count(self) -> int:
        return len(self.columns)

    def heading(self, section: int) -> str:
        return self.columns[section].heading()


class RecordTableModel(ColumnTableModel):
    """Rows of records under a list of columns, with model-side sorting."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.bold_column: str | None = None
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self.rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in HANDLED or not index.isValid():
            return None
        record = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == ID:
            return getattr(record, "id", None)
        if role == FONT:
            return self._bold if col.key == self.bold_column else None
        return column_data(col, record, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        col = self.columns[column]
        key = col.sort_key or col.text

        def safe(record: Any) -> tuple[int, Any]:
            value = key(record)
            if value is None or value == "":
                return (1, "")
            return (0, value.lower() if isinstance(value, str) else value)

        self.rows.sort(key=safe, reverse=order == Qt.SortOrder.DescendingOrder)
