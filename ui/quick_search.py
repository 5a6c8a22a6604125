"""Quick search (Ctrl+K): one box over everything, results grouped by type, Enter opens."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
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

from planner.domain import vocabulary as v
from planner.services import interactions, stakeholders
from planner.storage.search import KINDS, SearchHit, search
from ui.context import WorkspaceContext
from ui.display import label
from ui.theme import icon
from ui.translation import translator

GROUPS = {
    "campaign": "Campaigns",
    "stakeholder": "Stakeholders",
    "milestone": "Milestones",
    "interaction": "Engagements",
    "quote": "Voices",
}
HIT_ROLE = Qt.ItemDataRole.UserRole + 1

# Stored values that the search index holds as they are stored ("womens_group"): shown
# as the words the rest of the app uses ("Women's group").
_STORED = frozenset(
    value
    for values in (
        v.CATEGORIES,
        v.ROLES,
        v.MILESTONE_KINDS,
        v.RELATIONSHIP_KINDS,
        v.CHANNELS,
        v.SENSITIVITIES,
        v.CAMPAIGN_STATUSES,
        v.MILESTONE_STATUSES,
        v.ASK_STATUSES,
        v.STAKEHOLDER_KINDS,
    )
    for value in values
    if "_" in value
)
_TOKEN = re.compile(r"[a-z]+(?:_[a-z]+)+")


def readable(snippet: str) -> str:
    """A search snippet with stored values in words ('womens_group' -> "Women's group")."""
    return _TOKEN.sub(lambda m: label(m.group(0)) if m.group(0) in _STORED else m.group(0), snippet)


def confidential_ids(ctx: WorkspaceContext, hits: list[SearchHit]) -> set[str]:
    """The hits (stakeholders, engagements) marked confidential: they get the lock."""
    found: set[str] = set()
    for kind, service in (
        ("stakeholder", stakeholders.service),
        ("interaction", interactions.service),
    ):
        ids = [h.id for h in hits if h.kind == kind]
        if ids:
            found |= {
                r.id for r in service.get_many(ctx.ws, ids) if r.sensitivity == "confidential"
            }
    return found


tr = translator("QuickSearch")


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
        secret = confidential_ids(self.ctx, hits)
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
                snippet = readable(hit.snippet.replace("[", "").replace("]", ""))
                text = (
                    hit.title
                    if not snippet or snippet == hit.title
                    else f"{hit.title}  —  {snippet}"
                )
                item = QTreeWidgetItem([text])
                item.setData(0, HIT_ROLE, (hit.kind, hit.id))
                item.setToolTip(0, text)
                if hit.id in secret:
                    item.setIcon(0, icon("lock"))
                    item.setToolTip(0, tr("Confidential: never leaves the team") + "\n" + text)
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
        selected = self.results.currentItem()
        current = self.results.indexOfTopLevelItem(selected) if selected is not None else -1
        i = current
        while 0 <= i + step < count:
            i += step
            item = self.results.topLevelItem(i)
            if item is not None and item.data(0, HIT_ROLE):
                self.results.setCurrentItem(item)
                return

    def _open_item(self, item: QTreeWidgetItem | None) -> None:
        if item is None or not item.data(0, HIT_ROLE):
            return
        kind, ident = item.data(0, HIT_ROLE)
        self.accept()
        self.ctx.open_item(kind, ident)
