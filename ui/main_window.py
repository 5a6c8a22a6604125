"""The main window: a thin shell that places pages and routes actions.

It owns the side bar (built from ``ui.navigation.NAV_PAGES``), the central stack of
pages (built lazily), the menus, the undo group and the window state. Pages do the
work; the shell only decides where things open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QUndoGroup
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.storage.errors import WorkspaceError
from planner.storage.locations import APP_NAME
from planner.storage.workspace import Workspace
from ui import export_actions, first_run, operations, planning, settings_dialog, sync_actions
from ui import help as help_menu
from ui import workspace_files as files
from ui.context import WorkspaceContext
from ui.menu_actions import MenuActions
from ui.navigation import NAV_PAGES
from ui.pages import FilteredPage, ItemPage
from ui.shell import KeptDialogs
from ui.theme import icon
from ui.welcome import WelcomeScreen
from ui.workspace_guard import WorkspaceGuard

if TYPE_CHECKING:  # the rest is imported where it is first used, not at start-up
    from ui.live_changes import LiveChanges
    from ui.pages.base import Page
    from ui.pages.campaign_workspace import CampaignWorkspace
    from ui.quick_search import QuickSearch


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _select(page: QWidget, ident: str) -> None:
    """Show item ``ident`` on ``page`` (the list or campaign tab that holds its kind)."""
    if isinstance(page, ItemPage):
        page.select(ident)


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.ctx: WorkspaceContext | None = None
        self.live: LiveChanges | None = None  # a server workspace: colleagues' commits
        self.pages: dict[str, Page] = {}
        self.campaign_views: dict[str, CampaignWorkspace] = {}
        self.undo_group = QUndoGroup(self)
        self.kept_dialogs = KeptDialogs()  # the workspace dialogs keep theirs here
        self.refusal_box: QMessageBox | None = None  # an undo the workspace refused
        self.quick_search_dialog: QuickSearch | None = None
        self.log_dialog: QDialog | None = None
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(980, 640))

        self.stack = QStackedWidget()
        self.welcome = WelcomeScreen()
        self.welcome.open_demo.connect(self.open_demo)
        self.welcome.new_workspace.connect(self.new_workspace)
        self.welcome.open_workspace.connect(self.choose_workspace)
        self.stack.addWidget(self.welcome)

        self.shell = QSplitter()
        self.shell.setChildrenCollapsible(False)
        self.shell.setHandleWidth(1)
        self.sidebar = self._build_sidebar()
        self.page_stack = QStackedWidget()
        self.shell.addWidget(self.sidebar)
        self.shell.addWidget(self.page_stack)
        self.shell.setStretchFactor(1, 1)
        self.shell.setSizes([220, 1180])
        self.stack.addWidget(self.shell)
        self.setCentralWidget(self.stack)

        self.guard = WorkspaceGuard(self)  # instance lock, passphrase, integrity, backups
        self._build_menus()
        planning_actions = planning.install_menus(self)
        self.menu_actions = MenuActions(
            planning=planning_actions,
            documents=export_actions.install(self, planning_actions),
            sync=sync_actions.install(self),
            settings=settings_dialog.install(self),
            help=help_menu.install(self),
        )
        self.first_run = first_run.install(self)  # tour offered once, demo badge
        self.statusBar().setSizeGripEnabled(False)
        self._restore_geometry()
        self._update_title()

    # -- building ------------------------------------------------------------------
    def _build_sidebar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("sidebar")
        box = QVBoxLayout(bar)
        box.setContentsMargins(12, 16, 12, 12)
        box.setSpacing(8)
        self.brand = QLabel(APP_NAME)
        self.brand.setObjectName("brand")
        self.brand.setWordWrap(True)
        self.brand_sub = QLabel()
        self.brand_sub.setObjectName("brandSub")
        self.brand_sub.setWordWrap(True)
        box.addWidget(self.brand)
        box.addWidget(self.brand_sub)
        box.addSpacing(4)
        self.search_button = QPushButton(icon("search"), tr("Search…") + "      Ctrl+K")
        self.search_button.setObjectName("searchHint")
        self.search_button.clicked.connect(self.quick_search)
        box.addWidget(self.search_button)
        box.addSpacing(6)
        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setAccessibleName(tr("Navigation"))
        for page in NAV_PAGES:
            item = QListWidgetItem(icon(page.icon), tr(page.title))
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.nav.addItem(item)
        self.nav.currentItemChanged.connect(self._nav_changed)
        box.addWidget(self.nav, 1)
        self.log_button = QPushButton(icon("plus"), tr("Log engagement") + "   Ctrl+L")
        self.log_button.clicked.connect(self.log_engagement)
        box.addWidget(self.log_button)
        self._fit_sidebar_width(bar)
        return bar

    def _fit_sidebar_width(self, bar: QFrame) -> None:
        """No fixed minimum width: the bar is as narrow as its widest button or page name
        allows in the current font and language. A fixed 200 px (176 px for the buttons)
        clipped "Log engagement   Ctrl+L" in English, and more in French.

        The buttons already report their text's width to the layout; a list's minimum
        ignores its items, so the page names are measured here. Beyond 280 px (or the
        minimum, if a language needs more) the room goes to the page.
        """
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth())
        bar.setMaximumWidth(max(280, bar.minimumSizeHint().width()))

    def _build_menus(self) -> None:
        file = self.menuBar().addMenu(tr("&File"))
        file.addAction(tr("&New workspace…"), QKeySequence.StandardKey.New, self.new_workspace)
        file.addAction(tr("&Open workspace…"), QKeySequence.StandardKey.Open, self.choose_workspace)
        file.addAction(tr("Open &demo workspace"), self.open_demo)
        self.recent_menu = file.addMenu(tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        self.close_action = file.addAction(tr("&Close workspace"), self.close_workspace)
        self.close_action.setShortcut(QKeySequence(tr("Ctrl+Shift+W")))
        file.addSeparator()
        file.addAction(tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.file_menu = file

        edit = self.menuBar().addMenu(tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.search_action = edit.addAction(tr("Quick &search…"), self.quick_search)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.log_action = edit.addAction(tr("&Log engagement…"), self.log_engagement)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.edit_menu = edit

        view = self.menuBar().addMenu(tr("&View"))
        for n, page in enumerate(NAV_PAGES, start=1):
            act = QAction(tr(page.title), self)
            if n <= 9:
                act.setShortcut(QKeySequence(f"Ctrl+{n}"))
            act.triggered.connect(lambda _c=False, key=page.key: self.show_page(key))
            view.addAction(act)
        self.view_menu = view

        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addAction(tr("&About Campaign Planner"), self._about)
        self.help_menu = help_menu
        self.workspace_actions = [self.close_action, self.search_action, self.log_action]
        self._set_workspace_actions(False)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_filter)

    def _set_workspace_actions(self, on: bool) -> None:
        for act in self.workspace_actions:
            act.setEnabled(on)
        self.view_menu.setEnabled(on)

    # -- workspaces -----------------------------------------------------------------
    def set_workspace(self, ws: Workspace) -> None:
        """Show ``ws`` (closing the one open before) and remember it for next time."""
        self.close_workspace(forget=False)
        self.ctx = WorkspaceContext(ws, self)
        self.ctx.opener = self.open_item
        self.ctx.current_campaign_id = self.current_campaign_id
        self.undo_group.addStack(self.ctx.undo_stack)
        self.undo_group.setActiveStack(self.ctx.undo_stack)
        self.ctx.undo_stack.cleanChanged.connect(lambda _c: self._saved_note())
        self.ctx.bus.changed.connect(lambda _c: self._saved_note())
        self.ctx.bus.refused.connect(self._undo_refused)
        if ws.backend.local_file:  # a file: recent files and File > Open know it
            files.remember(ws.path)
        else:  # a team server: colleagues' commits refresh the views as they happen
            from ui.live_changes import LiveChanges

            self.live = LiveChanges(ws, self.ctx.bus, self)
        self.stack.setCurrentWidget(self.shell)
        self._set_workspace_actions(True)
        self._update_title()
        self.nav.setCurrentRow(-1)
        first = self.show_page("dashboard")
        self.statusBar().showMessage(
            tr("Opened {path}. Every change is saved as you make it.").format(path=ws.path.name),
            8000,
        )
        from ui.pages.dashboard import DashboardPage  # built by show_page

        # the integrity check waits for the dashboard's data instead of slowing its query
        self.guard.attach(ws, first.updated if isinstance(first, DashboardPage) else None)

    def _undo_refused(self, message: str) -> None:
        """Say why an undo did nothing (it left the Edit menu's history); not modal, so
        the user can look at the colleague's change straight away."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Not undone"), message, parent=self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.refusal_box = box
        self.statusBar().showMessage(message, 10000)

    def open_path(self, path: Path, *, create: bool = False) -> bool:
        ws = self.guard.open(path, create=create)  # says why when it cannot
        if ws is None:
            return False
        self.set_workspace(ws)
        return True

    def open_server(self, url: str) -> bool:
        """Open a team workspace on a PostgreSQL server (password from pgpass/PGPASSWORD)."""
        ws = self.guard.open_server(url)  # says why when it cannot
        if ws is None:
            return False
        self.set_workspace(ws)
        return True

    def open_demo(self) -> None:
        if not self.guard.lock(files.demo_path()):
            return
        try:
            ws = files.open_demo()
        except WorkspaceError as err:
            self.guard.release(files.demo_path())
            QMessageBox.warning(self, tr("Cannot open the demo"), str(err))
            return
        self.set_workspace(ws)

    def new_workspace(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("New workspace"),
            str(files.data_dir() / "workspace.db"),
            tr("Campaign Planner workspace (*.db)"),
        )
        if name:
            path = Path(name if name.endswith(".db") else name + ".db")
            if path.exists():
                QMessageBox.warning(
                    self, tr("New workspace"), tr("{path} already exists.").format(path=path)
                )
                return
            from ui.dialogs.new_workspace import create_workspace

            create_workspace(self, path)  # plain or encrypted, the user chooses

    def choose_workspace(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Open workspace"),
            str(files.data_dir()),
            tr("Campaign Planner workspace (*.db);;All files (*)"),
        )
        if name:
            self.open_path(Path(name))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = files.recent_files()
        if not recent:
            self.recent_menu.addAction(tr("No recent workspaces")).setEnabled(False)
        for path in recent:
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _c=False, p=path: self.open_path(Path(p)))

    def close_workspace(self, forget: bool = True) -> None:
        if self.ctx is None:
            return
        for widget in [*self.pages.values(), *self.campaign_views.values()]:
            self.page_stack.removeWidget(widget)
            widget.deleteLater()
        self.pages.clear()
        self.campaign_views.clear()
        self.undo_group.removeStack(self.ctx.undo_stack)
        self.menu_actions.sync.close_dialogs()  # a running sync stops at its next step
        operations.shutdown()  # no background query may outlive its workspace
        self.guard.closing(self.ctx.ws)  # backup on close
        if self.live is not None:
            self.live.stop()
            self.live = None
        self.ctx.bus.blockSignals(True)
        self.ctx.ws.close()
        self.guard.closed(self.ctx.ws.path)  # other windows may open it now
        self.ctx = None
        if forget:
            files.forget_last()
        self.stack.setCurrentWidget(self.welcome)
        self._set_workspace_actions(False)
        self._update_title()

    # -- navigation ----------------------------------------------------------------
    def page(self, key: str) -> Page:
        """The page for ``key``, built on first use."""
        assert self.ctx is not None
        if key not in self.pages:
            spec = next(p for p in NAV_PAGES if p.key == key)
            widget = spec.factory(self.ctx)
            self.pages[key] = widget
            self.page_stack.addWidget(widget)
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        widget = self.page(key)
        self.page_stack.setCurrentWidget(widget)
        self._select_nav(key)
        return widget

    def _select_nav(self, key: str) -> None:
        self.nav.blockSignals(True)
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(i)
        self.nav.blockSignals(False)

    def _nav_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None and self.ctx is not None:
            self.show_page(item.data(Qt.ItemDataRole.UserRole))

    def open_campaign(self, campaign_id: str, tab: str | None = None) -> CampaignWorkspace:
        assert self.ctx is not None
        view = self.campaign_views.get(campaign_id)
        if view is None:
            self.load_campaign_tabs()
            from ui.pages.campaign_workspace import CampaignWorkspace

            view = CampaignWorkspace(self.ctx, campaign_id)
            self.campaign_views[campaign_id] = view
            self.page_stack.addWidget(view)
        self.page_stack.setCurrentWidget(view)
        self._select_nav("campaigns")
        if tab:
            view.show_tab(tab)
        return view

    def load_campaign_tabs(self) -> None:
        """Register the tabs other modules add to a campaign's workspace (History, then the
        planning views), on first use rather than at start-up."""
        export_actions.register_tabs()
        planning.register_tabs()

    def current_campaign_id(self) -> str | None:
        widget = self.page_stack.currentWidget()
        return next((cid for cid, v in self.campaign_views.items() if v is widget), None)

    def open_item(self, kind: str, ident: str) -> None:
        """Show an item where it lives: a campaign's workspace, the list holding it."""
        if self.ctx is None:
            return
        from planner.services import interactions, milestones, quotes
        from planner.services.entity import NotFound

        ws = self.ctx.ws
        try:
            if kind == "page":
                self.show_page(ident)
            elif kind == "log":
                self.log_engagement(ident)
            elif kind == "campaign":
                self.open_campaign(ident, "overview")
            elif kind == "stakeholder":
                _select(self.show_page("stakeholders"), ident)
            elif kind == "milestone":
                m = milestones.get(ws, ident)
                _select(self.open_campaign(m.campaign_id, "milestones").tab("milestones"), ident)
            elif kind == "interaction":
                i = interactions.get(ws, ident)
                view = self.open_campaign(i.campaign_id, "engagements")
                _select(view.tab("engagements"), ident)
            elif kind == "quote":
                q = quotes.get(ws, ident)
                self.open_campaign(q.campaign_id, "voices")
        except NotFound:
            self.statusBar().showMessage(tr("That item no longer exists."), 5000)

    # -- actions ---------------------------------------------------------------------
    def quick_search(self) -> QuickSearch | None:
        if self.ctx is None:
            return None
        from ui.quick_search import QuickSearch

        dialog = QuickSearch(self.ctx, self)
        geo = self.geometry()
        dialog.move(geo.x() + (geo.width() - dialog.width()) // 2, geo.y() + 90)
        dialog.show()
        dialog.input.setFocus()
        self.quick_search_dialog = dialog
        return dialog

    def log_engagement(self, campaign_id: str | None = None) -> None:
        if self.ctx is None:
            return
        from ui.forms.interaction import interaction_dialog

        cid = campaign_id or self.current_campaign_id()
        dialog = interaction_dialog(self.ctx, cid, parent=self)
        self.log_dialog = dialog
        if dialog.exec():
            self.statusBar().showMessage(tr("Engagement logged."), 4000)

    def _focus_filter(self) -> None:
        widget = self.page_stack.currentWidget()
        if isinstance(widget, FilteredPage):
            widget.search.setFocus()
            widget.search.selectAll()

    def _saved_note(self) -> None:
        self.statusBar().showMessage(tr("All changes saved"), 3000)

    def _about(self) -> None:
        from ui.application import version

        QMessageBox.about(
            self,
            tr("About Campaign Planner"),
            tr("Campaign Planner {v}\nOffline-first planning for coalition convenors.").format(
                v=version()
            ),
        )

    def _update_title(self) -> None:
        if self.ctx is None:
            self.setWindowTitle(APP_NAME)
            self.brand.setText(APP_NAME)
            self.brand_sub.setText("")
            return
        ws = self.ctx.ws
        demo = ws.info("demo") == "yes"
        name = ws.name
        self.setWindowTitle(f"{name}{tr(' (demo)') if demo else ''} — {APP_NAME}")
        self.brand.setText(name)
        self.brand_sub.setText(tr("Demo data: explore freely") if demo else str(ws.path.name))

    # -- window state -----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.ctx is not None:
            last = self.ctx.ws.path
            self.close_workspace(forget=False)
            QSettings().setValue("workspace/last", str(last))
        super().closeEvent(event)
