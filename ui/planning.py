"""Plugs the visual-planning features into the shell through its registries.

Importing this module registers the Timeline side-bar page; ``register_tabs()`` the
campaign tabs (Power map, Relationships, Timeline, Strategy, Votes; Sign-ons join Voices),
which the main window calls before it opens its first campaign, so that starting the app
does not load them; ``install_menus(window)`` adds File ▸ Export calendar (.ics)… and
Campaign ▸ Add moments…. The main window only imports this module and calls these two:
everything else lives here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QStatusBar, QWidget

from ui.context import WorkspaceContext
from ui.navigation import NavPage, register_page
from ui.pages.base import Page


def tr(text: str) -> str:
    return QCoreApplication.translate("Planning", text)


def _timeline_page(ctx: WorkspaceContext) -> Page:
    from ui.pages.timeline_page import TimelinePage

    return TimelinePage(ctx)


register_page(NavPage("timeline", "Timeline", "timeline", _timeline_page, 45))


def register_tabs() -> None:
    """Add the planning views to a campaign's tabs (importing their modules does it)."""
    import ui.pages.campaign_tabs
    import ui.pages.sign_ons_tab  # noqa: F401  (sign-ons join the Voices tab)


class MenuBarHost(Protocol):
    """A main window as far as its menu bar goes (``QMainWindow`` is one)."""

    def menuBar(self) -> QMenuBar: ...

    def window(self) -> QWidget: ...  # a top-level window: itself, as a widget


class PlanningHost(MenuBarHost, Protocol):
    """The main window as ``install_menus`` sees it: its workspace, menus and status bar."""

    ctx: WorkspaceContext | None
    file_menu: QMenu
    help_menu: QMenu
    workspace_actions: list[QAction]

    def statusBar(self) -> QStatusBar: ...


def find_or_add_menu(window: MenuBarHost, title: str, before: QMenu | None = None) -> QMenu:
    """The menu bar's menu called ``title`` (other features may have added it already)."""
    wanted = title.replace("&", "")
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text().replace("&", "") == wanted:
            return menu
    menu = QMenu(title, window.window())
    if before is not None:
        window.menuBar().insertMenu(before.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    return menu


@dataclass
class PlanningActions:
    """File ▸ Export calendar… and Campaign ▸ Add moments…, as the window exposes them,
    and the last Add moments dialog (kept while open, for tests)."""

    export_calendar: QAction
    add_moments: QAction
    add_moments_dialog: QDialog | None = None


def install_menus(window: PlanningHost) -> PlanningActions:
    """Add the planning actions to the window's menus (enabled with a workspace)."""

    def add_moments() -> None:
        from ui.dialogs.add_moments import AddMomentsDialog

        ctx = window.ctx
        if ctx is None:
            return
        dialog = AddMomentsDialog(ctx, ctx.current_campaign_id(), window.window())
        actions.add_moments_dialog = dialog
        if dialog.exec() and dialog.created:
            window.statusBar().showMessage(
                tr("{n} moments added as milestones. Ctrl+Z removes them.").format(
                    n=len(dialog.created)
                ),
                6000,
            )

    def export_ics() -> None:
        # Imported on use: icalendar alone adds 0.3 s to every start of the app.
        from ui.dialogs.export_calendar import export_calendar_dialog

        ctx = window.ctx
        if ctx is not None:
            export_calendar_dialog(ctx, window.window())

    file_menu = window.file_menu
    export = QAction(tr("Export &calendar (.ics)…"), window.window())
    export.triggered.connect(export_ics)
    quit_separator = next((a for a in reversed(file_menu.actions()) if a.isSeparator()), None)
    if quit_separator is not None:
        file_menu.insertAction(quit_separator, export)
    else:
        file_menu.addAction(export)

    campaign_menu = find_or_add_menu(window, tr("&Campaign"), before=window.help_menu)
    moments = QAction(tr("Add &moments…"), window.window())
    moments.triggered.connect(add_moments)
    campaign_menu.addAction(moments)

    window.workspace_actions.extend([export, moments])
    on = window.ctx is not None
    export.setEnabled(on)
    moments.setEnabled(on)
    actions = PlanningActions(export_calendar=export, add_moments=moments)
    return actions
