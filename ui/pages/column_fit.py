"""Table columns sized to what they show: words are never cut, free text gives way.

Fixed pixel widths cut "Supportive (+1)" in one language and leave empty space beside a
cut campaign name in another. So each table fits its columns to their content whenever
its rows or its width change: columns of short words (stance, dates, roles) always get
their full width; free-text columns (``Column.flexible``: names, next steps, summaries)
share what is left, in proportion to what they need, and elide with the full text in a
tooltip. A column the user resized by hand keeps the width they gave it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from ui.models.columns import Column

PADDING = 8  # room for the cell's margins beyond Qt's size hint
MIN_FLEXIBLE = 160  # below this a free-text column is not worth reading: scroll instead
MAX_SHARE = 0.6  # no single free-text column takes more than this share of the width


def _needed(view: QTableView, column: int) -> int:
    header = view.horizontalHeader()
    return max(header.sectionSizeFromContents(column).width(), view.sizeHintForColumn(column))


def plan_widths(
    needs: Sequence[int],
    flexible: Sequence[bool],
    available: int,
    declared: Sequence[int | None] | None = None,
) -> list[int]:
    """Widths for columns that need ``needs``: words in full, free text shares the rest.

    The room left by the word columns is shared fairly among the free-text columns: a
    short one gets all it needs, the long ones split the remainder equally. When that
    would leave a long one under ``MIN_FLEXIBLE``, free text gets its ``declared`` width
    (or ``MIN_FLEXIBLE``) and the table scrolls sideways: a name cut to three letters
    helps nobody.
    """
    cap = int(available * MAX_SHARE)
    widths = [n if not f else min(n, cap) for n, f in zip(needs, flexible, strict=True)]
    free = [i for i, f in enumerate(flexible) if f]
    room = available - sum(w for w, f in zip(widths, flexible, strict=True) if not f)
    if sum(widths[i] for i in free) <= room:
        return widths
    waiting = sorted(free, key=lambda i: widths[i])
    while waiting:
        share = room // len(waiting)
        i = waiting[0]
        if widths[i] <= share:
            room -= widths[i]
            waiting.pop(0)
            continue
        if share < MIN_FLEXIBLE:
            for j in waiting:
                floor = (declared[j] if declared else None) or MIN_FLEXIBLE
                widths[j] = min(needs[j], max(floor, MIN_FLEXIBLE))
            break
        for j in waiting:
            widths[j] = share
        break
    return widths


class ColumnFitter(QObject):
    """Keeps one table's columns fitted to its content and width."""

    def __init__(self, view: QTableView, columns: Sequence[Column]) -> None:
        super().__init__(view)
        self.view = view
        self.columns = list(columns)
        self.user_sized: set[int] = set()
        self._fitting = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._resized)
        view.setItemDelegate(ElidedTextTips(view))
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        model = view.model()
        if model is not None:
            # not on rows fetched while scrolling a paged list: widths would jump under the eye
            model.modelReset.connect(self._timer.start)
            model.layoutChanged.connect(self._timer.start)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def _resized(self, section: int, _old: int, _new: int) -> None:
        if not self._fitting and self.view.horizontalHeader().underMouse():
            self.user_sized.add(section)

    def fit(self) -> None:
        """Size every visible column (those the user sized by hand keep their width)."""
        view = self.view
        header = view.horizontalHeader()
        shown = [
            i for i in range(min(len(self.columns), header.count())) if not view.isColumnHidden(i)
        ]
        if not shown:
            return
        available = view.viewport().width() - 2
        auto = [i for i in shown if i not in self.user_sized]
        available -= sum(header.sectionSize(i) for i in shown if i in self.user_sized)
        needs = [_needed(view, i) + PADDING for i in auto]
        flexible = [self.columns[i].flexible for i in auto]
        declared = [self.columns[i].width for i in auto]
        self._fitting = True
        try:
            widths = plan_widths(needs, flexible, available, declared)
            for i, width in zip(auto, widths, strict=True):
                header.resizeSection(i, width)
        finally:
            self._fitting = False


class ElidedTextTips(QStyledItemDelegate):
    """Shows a cell's full text as its tooltip when the cell is too narrow to show it."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        if index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        if isinstance(view, QTableView) and is_elided(view, index):
            QToolTip.showText(event.globalPos(), str(index.data()), view)
            return True
        QToolTip.hideText()
        return True


def is_elided(view: QTableView, index: QModelIndex | QPersistentModelIndex) -> bool:
    """Whether a cell's text (with its icon) is wider than the room its column gives it."""
    if not index.data():
        return False
    return view.sizeHintForIndex(index).width() > view.columnWidth(index.column())
