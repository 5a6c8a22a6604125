"""The Help menu: the user guide (offline), every keyboard shortcut, the tour again.

The shortcut list is read from the window's real actions and shortcuts when it opens,
so it can never disagree with the keys that work, whatever other views have added.
The user guide is ``docs/user-guide.md``, rendered by Qt's own Markdown support: no
browser, no network.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.files.resources import docs_path
from ui import tour

GUIDE = "user-guide.md"


def tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


@dataclass(frozen=True)
class ShortcutEntry:
    keys: str  # "Ctrl+K" (several keys joined by " or ")
    action: str  # "Quick search…"
    where: str  # "Edit" (the menu), or "Anywhere in the window"


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(sequences: list[QKeySequence]) -> str:
    names = [
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    ]
    return tr(" or ").join(dict.fromkeys(names))


class HelpHost(tour.TourHost, Protocol):
    """The main window as the Help menu sees it: its menus (read for the shortcut list)."""

    help_menu: QMenu

    def menuBar(self) -> QMenuBar: ...


def shortcuts(window: HelpHost) -> list[ShortcutEntry]:
    """Every keyboard shortcut of ``window``: menu actions, window actions, QShortcuts."""
    entries: list[ShortcutEntry] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for act in menu.actions():
            submenu = act.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} ▸ {_plain(act.text())}")
                continue
            seen.add(id(act))
            if act.isSeparator() or not act.shortcuts():
                continue
            entries.append(ShortcutEntry(_keys(act.shortcuts()), _plain(act.text()), path))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(top.text()))
    for act in window.window().findChildren(QAction):
        if id(act) in seen or not act.shortcuts() or not act.text():
            continue
        where = tr("Anywhere in the window")
        entries.append(ShortcutEntry(_keys(act.shortcuts()), _plain(act.text()), where))
    for shortcut in window.window().findChildren(QShortcut):
        if shortcut.key().isEmpty():
            continue
        what = shortcut.whatsThis() or _shortcut_names().get(shortcut.key().toString(), "")
        entries.append(
            ShortcutEntry(_keys([shortcut.key()]), what or tr("(unnamed)"), tr("In lists"))
        )
    return entries


def _shortcut_names() -> dict[str, str]:
    """Window-wide QShortcuts carry no text; name the ones the shell defines."""
    return {"Ctrl+F": tr("Filter the current list")}


def standard_keys() -> list[tuple[str, str]]:
    """Keys that work in every list and form (Qt's standard behaviour the guide relies on)."""
    return [
        ("Tab / Shift+Tab", tr("Move between fields and buttons")),
        ("Enter", tr("Open the selected row; save a form")),
        ("Esc", tr("Close a dialog or the quick search without saving")),
        ("Alt+" + tr("underlined letter"), tr("Jump to a form field or open a menu")),
        ("Space", tr("Press the focused button or tick a box")),
    ]


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: a sortable, keyboard-navigable table."""

    def __init__(self, window: HelpHost) -> None:
        super().__init__(window.window())
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.resize(620, 560)
        box = QVBoxLayout(self)
        intro = QLabel(tr("Every shortcut of this window, read from its menus."))
        intro.setObjectName("pageSubtitle")
        box.addWidget(intro)
        self.entries = shortcuts(window)
        rows = [(e.keys, e.action, e.where) for e in self.entries]
        rows += [(keys, what, tr("Everywhere")) for keys, what in standard_keys()]
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("Action"), tr("Menu")])
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.table.setFocus()

    def keys_listed(self) -> list[str]:
        cells = (self.table.item(r, 0) for r in range(self.table.rowCount()))
        return [cell.text() for cell in cells if cell is not None]  # every row has its keys


class UserGuide(QDialog):
    """Help ▸ User guide: docs/user-guide.md, offline, with its screenshots."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Campaign Planner user guide"))
        self.resize(820, 760)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 8)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # contents links are followed by ``follow``
        self.browser.anchorClicked.connect(self.follow)
        self.browser.setAccessibleName(tr("User guide"))
        self.browser.setSearchPaths([str(docs_path())])
        guide = docs_path(GUIDE)
        if guide.is_file():
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(guide)))
            self.browser.setMarkdown(guide.read_text(encoding="utf-8"))
        else:
            self.browser.setMarkdown(
                tr("The user guide is missing from this installation ({path}).").format(path=guide)
            )
        self.browser.document().setDocumentMargin(24)
        box.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.browser.setFocus()

    def text(self) -> str:
        return self.browser.toPlainText()

    def follow(self, url: QUrl) -> None:
        """A ``#section`` link scrolls to its heading (Qt's Markdown makes no anchors);
        any other link opens in the system's browser."""
        if url.isRelative() and not url.path() and url.fragment():
            self.scroll_to(url.fragment())
        else:
            QDesktopServices.openUrl(url)

    def scroll_to(self, slug: str) -> bool:
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and _slug(block.text()) == slug:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                bar = self.browser.verticalScrollBar()
                bar.setValue(
                    int(self.browser.document().documentLayout().blockBoundingRect(block).top())
                )
                return True
            block = block.next()
        return False


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, spaces to dashes, punctuation dropped."""
    kept = "".join(c for c in heading.strip().lower() if c.isalnum() or c in " -_")
    return kept.replace(" ", "-")


def show_shortcuts(window: HelpHost) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_guide(window: HelpHost) -> UserGuide:
    guide = UserGuide(window.window())
    guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    guide.show()  # not modal: read it while using the app
    return guide


@dataclass
class HelpActions:
    """Help ▸ User guide, Keyboard shortcuts, Take the tour, as the window exposes them,
    and the last guide and shortcut list they opened (kept while open, for tests)."""

    guide: QAction
    shortcuts: QAction
    tour: QAction
    user_guide: UserGuide | None = None
    shortcuts_dialog: ShortcutsDialog | None = None


def install(window: HelpHost) -> HelpActions:
    """Put User guide (F1), Keyboard shortcuts (Ctrl+/) and Take the tour in Help."""

    def open_guide() -> None:
        actions.user_guide = show_guide(window)

    def open_shortcuts() -> None:
        actions.shortcuts_dialog = show_shortcuts(window)

    menu = window.help_menu
    first = menu.actions()[0] if menu.actions() else None
    guide = QAction(tr("&User guide"), window.window())
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(open_guide)
    keys = QAction(tr("&Keyboard shortcuts"), window.window())
    keys.setShortcut(QKeySequence("Ctrl+/"))
    keys.triggered.connect(open_shortcuts)
    take = QAction(tr("Take the &tour"), window.window())
    take.triggered.connect(lambda: tour.start(window))
    for act in (guide, keys, take):
        if first is not None:
            menu.insertAction(first, act)
        else:
            menu.addAction(act)
    if first is not None:
        menu.insertSeparator(first)
    actions = HelpActions(guide=guide, shortcuts=keys, tour=take)
    return actions
