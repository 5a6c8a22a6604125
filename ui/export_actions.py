"""The menu actions for documents and data protection, added to the main window's menus.

Kept out of ``ui.main_window`` so the shell stays a shell: ``install(window)`` adds
File ▸ Export tracker… / Import tracker… / Export bundle… / Restore from backup… /
Security ▸ …,
Campaign ▸ Brief… and Edit ▸ History…, and registers the campaign History tab.
Each action only opens a dialog from ``ui.dialogs``; the work is in ``planner``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.pages import history_tab  # registers the campaign History tab
from ui.planning import find_or_add_menu

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def brief(window: MainWindow) -> None:
    from ui.dialogs.brief_dialog import brief_action

    if window.ctx is not None:
        brief_action(window.ctx, window)


def export_tracker(window: MainWindow) -> None:
    from ui.dialogs.tracker_export import export_tracker_action

    if window.ctx is not None:
        export_tracker_action(window.ctx, window)


def export_bundle(window: MainWindow) -> None:
    from ui.dialogs.bundle_export import export_bundle_action

    if window.ctx is not None:
        export_bundle_action(window.ctx, window)


def import_tracker(window: MainWindow) -> None:
    from ui.dialogs.tracker_import import import_tracker_action

    if window.ctx is not None:
        import_tracker_action(window.ctx, window)


def restore_backup(window: MainWindow) -> None:
    from ui.dialogs.restore_backup import restore_action

    restore_action(window)


def show_history(window: MainWindow) -> None:
    """History of what is selected (a stakeholder, a campaign in the list, the open
    campaign), else the whole workspace's recent changes."""
    from ui.pages.campaign_workspace import CampaignWorkspace
    from ui.pages.campaigns import CampaignsPage
    from ui.pages.stakeholders import StakeholdersPage

    if window.ctx is None:
        return
    page = window.page_stack.currentWidget()
    if isinstance(page, StakeholdersPage) and page.selected_ids():
        history_tab.show_stakeholder_history(window.ctx, page.selected_ids()[0], window)
    elif isinstance(page, CampaignWorkspace):
        page.show_tab("history")
    elif isinstance(page, CampaignsPage) and page.selected_ids():
        window.open_campaign(page.selected_ids()[0], "history")
    else:  # any other page: the workspace's own history, newest first
        history_tab.show_workspace_history(window.ctx, window)


def _action(
    window: MainWindow, text: str, slot, shortcut: str | list[str] | None = None
) -> QAction:
    act = QAction(text, window)
    if isinstance(shortcut, str):
        act.setShortcut(QKeySequence(shortcut))
    elif shortcut:
        act.setShortcuts([QKeySequence(s) for s in shortcut])
    act.triggered.connect(lambda _checked=False: slot(window))
    return act


def install(window: MainWindow) -> None:
    """Add the actions to the window's menus (they follow the workspace's open state)."""
    from ui.dialogs import security

    file_menu: QMenu = window.file_menu
    quit_action = file_menu.actions()[-1]
    anchor = quit_action
    for act in reversed(file_menu.actions()[:-1]):  # the separator just above Quit
        if act.isSeparator():
            anchor = act
            break
    window.export_tracker_action = _action(window, tr("E&xport tracker…"), export_tracker)
    window.import_tracker_action = _action(window, tr("&Import tracker…"), import_tracker)
    window.export_bundle_action = _action(window, tr("Export &bundle…"), export_bundle)
    window.restore_action = _action(window, tr("Restore from &backup…"), restore_backup)
    security_menu = QMenu(tr("&Security"), window)
    window.encrypt_action = security_menu.addAction(tr("&Encrypt workspace…"))
    window.encrypt_action.triggered.connect(lambda: security.encrypt_action(window))
    window.rekey_action = security_menu.addAction(tr("&Change passphrase…"))
    window.rekey_action.triggered.connect(lambda: security.change_passphrase_action(window))
    window.decrypt_action = security_menu.addAction(tr("&Decrypt workspace…"))
    window.decrypt_action.triggered.connect(lambda: security.decrypt_action(window))
    security_menu.aboutToShow.connect(lambda: _update_security(window))
    window.security_menu = security_menu

    # Export tracker / Import tracker next to the other exports (calendar), if present
    calendar = getattr(window, "export_calendar_action", None)
    if calendar is not None and calendar in file_menu.actions():
        file_menu.insertAction(calendar, window.export_tracker_action)
        file_menu.insertAction(calendar, window.import_tracker_action)
        file_menu.insertAction(calendar, window.export_bundle_action)
    else:
        file_menu.insertSeparator(anchor)
        file_menu.insertAction(anchor, window.export_tracker_action)
        file_menu.insertAction(anchor, window.import_tracker_action)
        file_menu.insertAction(anchor, window.export_bundle_action)
    file_menu.insertSeparator(anchor)
    file_menu.insertAction(anchor, window.restore_action)
    file_menu.insertMenu(anchor, security_menu)

    campaign_menu = find_or_add_menu(window, tr("&Campaign"), before=window.help_menu)
    window.brief_action = _action(window, tr("&Brief…"), brief, ["Ctrl+Shift+B", "Ctrl+P"])
    first = next(iter(campaign_menu.actions()), None)
    if first is not None:  # the brief first: it is what managers come for
        campaign_menu.insertAction(first, window.brief_action)
        campaign_menu.insertSeparator(first)
    else:
        campaign_menu.addAction(window.brief_action)

    window.history_action = _action(window, tr("&History…"), show_history, "Ctrl+H")
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(window.history_action)

    mine = [
        window.export_tracker_action,
        window.import_tracker_action,
        window.export_bundle_action,
        window.restore_action,
        security_menu.menuAction(),
        window.brief_action,
        window.history_action,
    ]
    window._workspace_actions.extend(mine)
    for act in mine:
        act.setEnabled(window.ctx is not None)


def _update_security(window: MainWindow) -> None:
    encrypted = window.ctx is not None and window.ctx.ws.encrypted
    window.encrypt_action.setEnabled(window.ctx is not None and not encrypted)
    window.rekey_action.setEnabled(encrypted)
    window.decrypt_action.setEnabled(encrypted)
