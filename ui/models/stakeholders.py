"""The stakeholder list: pages of 100 rows fetched as the view scrolls, counted lazily.

Filters go into the service query (``planner.services.stakeholder_browse``), so a filter on
100 000 stakeholders costs one page query; the total is counted in the background and
announced with ``countChanged``. Sorting is done by the query too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from planner.domain.records import StakeholderRecord
from planner.services import stakeholder_browse as browse
from planner.services.stakeholders import StakeholderFilter
from planner.storage.workspace import Workspace
from ui.models.columns import Column
from ui.models.record_table import FONT, HANDLED, ID, ColumnTableModel, column_data
from ui.operations import Operation, run_in_background

PAGE = 100
Index = QModelIndex | QPersistentModelIndex


class StakeholderListModel(ColumnTableModel):
    countChanged = Signal(object)  # int, or None while counting

    def __init__(self, ws: Workspace, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.columns = list(columns)
        self.rows: list[StakeholderRecord] = []
        self.filter = StakeholderFilter()
        self.sort_key = "name"
        self.descending = False
        self._more = False
        self.total: int | None = None
        self._counting: Operation | None = None
        # (the other filters, a typed text) that matched nothing: typing on costs nothing
        self._empty: tuple[StakeholderFilter, str] | None = None

    # -- loading -------------------------------------------------------------
    def set_filter(self, flt: StakeholderFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """First page now (fast), the count in the background."""
        flt = self.filter
        typed = flt.text.strip()
        rest = replace(flt, text="")
        skip = (
            self._empty is not None
            and self._empty[0] == rest
            and typed.startswith(self._empty[1])
            and " " not in typed[len(self._empty[1]) :]
        )
        self.beginResetModel()
        if skip:  # a longer word than one that matched nothing matches nothing
            self.rows = []
        else:
            self.rows = browse.page(
                self.ws, flt, sort=self.sort_key, descending=self.descending, limit=PAGE
            )
        self._more = len(self.rows) == PAGE
        self.endResetModel()
        if not self.rows and typed and not skip:
            self._empty = (rest, typed)
        elif self.rows:
            self._empty = None
        self._count()

    def _count(self) -> None:
        if self._counting is not None:
            self._counting.cancel()
        if not self._more:
            self._set_total(len(self.rows))
            return
        self._set_total(None)
        flt, ws = self.filter, self.ws
        self._counting = run_in_background(
            lambda _p: browse.count(ws, flt),
            on_success=lambda n: self._set_total(n) if flt == self.filter else None,
            on_failure=lambda _exc: self._set_total(None),
            owner=self,
        )

    def _set_total(self, n: int | None) -> None:
        self.total = n
        self.countChanged.emit(n)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = browse.page(
            self.ws,
            self.filter,
            sort=self.sort_key,
            descending=self.descending,
            offset=len(self.rows),
            limit=PAGE,
        )
        self._more = len(page) == PAGE
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    # -- Qt model -----------------------------------------------------------------
    def record(self, row: int) -> StakeholderRecord:
        return self.rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in HANDLED or role == FONT or not index.isValid():
            return None
        record = self.rows[index.row()]
        if role == ID:
            return record.id
        return column_data(self.columns[index.column()], record, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].service_sort
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def refresh(self) -> None:
        """Reload after the data changed (a remembered empty result may no longer be)."""
        self._empty = None
        self.reload()
