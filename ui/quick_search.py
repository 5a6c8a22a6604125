"""Quick search (Ctrl+K): one box over everything, results grouped by type, Enter opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.search import KINDS, SearchHit, search
from ui.context import WorkspaceContext

GROUPS = {
    "campaign": "Campaigns",
    "stakeholder": "Stakeholders",
    "milestone": "Milestones",
    "interaction": "Engagements",
    "quote": "Voices",
}
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("QuickSearch", text)


class QuickSearch(QDialog):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.FramelessWindowHint | Qt.WindowType.Popup)
        self.ctx = ctx
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, False)
        self.resize(640, 440)
        frame = QFrame(self)
        frame.setObjectName("quickSearch")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        box = QVBoxLayout(frame)
        box.setContentsMargins(12, 12, 12, 10)
        self.input = QLineEdit()
        self.input.setObjectName("quickSearchInput")
        self.input.setPlaceholderText(tr("Search campaigns, people, moments, notes…"))
        self.input.installEventFilter(self)
        self.results = QTreeWidget()
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setIndentation(8)
        self.results.itemActivated.connect(self._open_item)
        self.hint = QLabel(tr("↑↓ to choose · Enter to open · Esc to close"))
        self.hint.setObjectName("muted")
        box.addWidget(self.input)
        box.addWidget(self.results, 1)
        box.addWidget(self.hint)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.run_search)
        self.input.textChanged.connect(lambda _t: self._timer.start())

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        hits = search(self.ctx.ws, self.input.text(), limit=60)
        grouped: dict[str, list[SearchHit]] = {}
        for hit in hits:
            grouped.setdefault(hit.kind, []).append(hit)
        first: QTreeWidgetItem | None = None
        for kind in KINDS:
            if kind not in grouped:
                continue
            head = QTreeWidgetItem([tr(GROUPS[kind]).upper()])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.85)
            head.setFont(0, font)
            self.results.addTopLevelItem(head)
            for hit in grouped[kind][:8]:
                snippet = hit.snippet.replace("[", "").replace("]", "")
                text = (
                    hit.title
                    if not snippet or snippet == hit.title
                    else f"{hit.title}  —  {snippet}"
                )
                item = QTreeWidgetItem([text])
                item.setData(0, HIT_ROLE, (hit.kind, hit.id))
                item.setToolTip(0, text)
                self.results.addTopLevelItem(item)
                first = first or item
        if first is not None:
            self.results.setCurrentItem(first)
        elif self.input.text().strip():
            none = QTreeWidgetItem([tr("Nothing found. Try the first letters of a name.")])
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addTopLevelItem(none)

    def eventFilter(self, obj, event) -> bool:
        if (
            obj is self.input
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.run_search()
                self._open_item(self.results.currentItem())
                return True
        return super().eventFilter(obj, event)

    def _move(self, step: int) -> None:
        count = self.results.topLevelItemCount()
        current = (
            self.results.indexOfTopLevelItem(self.results.currentItem())
            if self.results.currentItem()
            else -1
        )
        i = current
        while 0 <= i + step < count:
            i += step
            item = self.results.topLevelItem(i)
            if item.data(0, HIT_ROLE):
                self.results.setCurrentItem(item)
                return

    def _open_item(self, item: QTreeWidgetItem | None) -> None:
        if item is None or not item.data(0, HIT_ROLE):
            return
        kind, ident = item.data(0, HIT_ROLE)
        self.accept()
        self.ctx.open_item(kind, ident)
