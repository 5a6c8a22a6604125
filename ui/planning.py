"""Plugs the visual-planning features into the shell through its registries.

Importing this module registers the Timeline side-bar page and the campaign tabs (Power
map, Relationships, Timeline, Strategy, Votes); ``install_menus(window)`` adds
File ▸ Export calendar (.ics)… and Campaign ▸ Add moments…. The main window only imports
this module and calls ``install_menus``: everything else lives here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

import ui.pages.campaign_tabs  # registers the campaign tabs
import ui.pages.sign_ons_tab  # noqa: F401  (sign-ons join the Voices tab)
from ui.navigation import NavPage, register_page


def tr(text: str) -> str:
    return QCoreApplication.translate("Planning", text)


def _timeline_page(ctx: object) -> QWidget:
    from ui.pages.timeline_page import TimelinePage

    return TimelinePage(ctx)  # type: ignore[arg-type]


register_page(NavPage("timeline", "Timeline", "timeline", _timeline_page, 45))


def find_or_add_menu(window: QMainWindow, title: str, before: QMenu | None = None) -> QMenu:
    """The menu bar's menu called ``title`` (other features may have added it already)."""
    wanted = title.replace("&", "")
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text().replace("&", "") == wanted:
            return menu
    menu = QMenu(title, window)
    if before is not None:
        window.menuBar().insertMenu(before.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    return menu


@dataclass(frozen=True)
class PlanningActions:
    """File ▸ Export calendar… and Campaign ▸ Add moments…, as the window exposes them."""

    export_calendar: QAction
    add_moments: QAction


def install_menus(window: QMainWindow) -> PlanningActions:
    """Add the planning actions to the window's menus (enabled with a workspace)."""

    def add_moments() -> None:
        from ui.dialogs.add_moments import AddMomentsDialog

        ctx = getattr(window, "ctx", None)
        if ctx is None:
            return
        dialog = AddMomentsDialog(ctx, ctx.current_campaign_id(), window)
        window.add_moments_dialog = dialog  # type: ignore[attr-defined]
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

        ctx = getattr(window, "ctx", None)
        if ctx is not None:
            export_calendar_dialog(ctx, window)

    file_menu: QMenu = window.file_menu  # type: ignore[attr-defined]
    export = QAction(tr("Export &calendar (.ics)…"), window)
    export.triggered.connect(export_ics)
    quit_separator = next((a for a in reversed(file_menu.actions()) if a.isSeparator()), None)
    if quit_separator is not None:
        file_menu.insertAction(quit_separator, export)
    else:
        file_menu.addAction(export)

    help_menu = getattr(window, "help_menu", None)
    campaign_menu = find_or_add_menu(window, tr("&Campaign"), before=help_menu)
    moments = QAction(tr("Add &moments…"), window)
    moments.triggered.connect(add_moments)
    campaign_menu.addAction(moments)

    actions = getattr(window, "workspace_actions", None)
    if isinstance(actions, list):
        actions += [export, moments]
    on = getattr(window, "ctx", None) is not None
    export.setEnabled(on)
    moments.setEnabled(on)
    return PlanningActions(export_calendar=export, add_moments=moments)
