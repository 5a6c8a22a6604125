"""The menu actions for documents and data protection, added to the main window's menus.

Kept out of ``ui.main_window`` so the shell stays a shell: ``install(window)`` adds
File ▸ Export tracker… / Import tracker… / Export bundle… / Import bundle… /
Restore from backup… /
Security ▸ …, Campaign ▸ Brief… and Edit ▸ History…, and returns the actions
(``DocumentActions``) for the window to keep; ``register_tabs()`` adds the campaign
History tab (the main window calls it before it opens its first campaign).
Each action only opens a dialog from ``ui.dialogs``; the work is in ``planner``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ui.context import WorkspaceContext
from ui.planning import PlanningActions, find_or_add_menu
from ui.shell import MenuHost


@dataclass(frozen=True)
class DocumentActions:
    """The menu actions this module adds, as the main window exposes them."""

    export_tracker: QAction
    import_tracker: QAction
    export_bundle: QAction
    import_bundle: QAction
    restore: QAction
    security_menu: QMenu
    encrypt: QAction
    rekey: QAction
    decrypt: QAction
    brief: QAction
    history: QAction


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def register_tabs() -> None:
    """Add the History tab to a campaign's tabs (importing its module does it)."""
    from ui.pages import history_tab  # noqa: F401


def _in_workspace(window: MenuHost, action: Callable[[WorkspaceContext, QWidget], object]) -> None:
    """Run a menu action on the open workspace (none open: the action does nothing)."""
    if window.ctx is not None:
        action(window.ctx, window.window())


def brief(window: MenuHost) -> None:
    from ui.dialogs.brief_dialog import brief_action

    _in_workspace(window, brief_action)


def export_tracker(window: MenuHost) -> None:
    from ui.dialogs.tracker_export import export_tracker_action

    _in_workspace(window, export_tracker_action)


def export_bundle(window: MenuHost) -> None:
    from ui.dialogs.bundle_export import export_bundle_action

    _in_workspace(window, export_bundle_action)


def import_bundle(window: MenuHost) -> None:
    from ui.dialogs.bundle_import import import_bundle_action

    if window.ctx is not None:
        import_bundle_action(window.ctx, window.window())


def import_tracker(window: MenuHost) -> None:
    from ui.dialogs.tracker_import import import_tracker_action

    _in_workspace(window, import_tracker_action)


def restore_backup(window: MenuHost) -> None:
    from ui.dialogs.restore_backup import restore_action

    restore_action(window)


def show_history(window: MenuHost) -> None:
    """History of what is selected (a stakeholder, a campaign in the list, the open
    campaign), else the whole workspace's recent changes."""
    from ui.pages import history_tab
    from ui.pages.campaign_workspace import CampaignWorkspace
    from ui.pages.campaigns import CampaignsPage
    from ui.pages.stakeholders import StakeholdersPage

    if window.ctx is None:
        return
    page = window.page_stack.currentWidget()
    if isinstance(page, StakeholdersPage) and page.selected_ids():
        history_tab.show_stakeholder_history(window.ctx, page.selected_ids()[0], window.window())
    elif isinstance(page, CampaignWorkspace):
        page.show_tab("history")
    elif isinstance(page, CampaignsPage) and page.selected_ids():
        window.open_campaign(page.selected_ids()[0], "history")
    else:  # any other page: the workspace's own history, newest first
        history_tab.show_workspace_history(window.ctx, window.window())


def _action(
    window: MenuHost,
    text: str,
    slot: Callable[[MenuHost], None],
    shortcut: str | list[str] | None = None,
) -> QAction:
    act = QAction(text, window.window())
    if isinstance(shortcut, str):
        act.setShortcut(QKeySequence(shortcut))
    elif shortcut:
        act.setShortcuts([QKeySequence(s) for s in shortcut])
    act.triggered.connect(lambda _checked=False: slot(window))
    return act


def install(window: MenuHost, planning: PlanningActions) -> DocumentActions:
    """Add the actions to the window's menus (they follow the workspace's open state)."""
    from ui.dialogs import security

    file_menu = window.file_menu
    quit_action = file_menu.actions()[-1]
    anchor = quit_action
    for act in reversed(file_menu.actions()[:-1]):  # the separator just above Quit
        if act.isSeparator():
            anchor = act
            break
    export_tracker_action = _action(window, tr("E&xport tracker…"), export_tracker)
    import_tracker_action = _action(window, tr("&Import tracker…"), import_tracker)
    export_bundle_action = _action(window, tr("Export &bundle…"), export_bundle)
    import_bundle_action = _action(window, tr("Import b&undle…"), import_bundle)
    restore_action = _action(window, tr("Restore from &backup…"), restore_backup)
    security_menu = QMenu(tr("&Security"), window.window())
    encrypt_action = security_menu.addAction(tr("&Encrypt workspace…"))
    encrypt_action.triggered.connect(lambda: security.encrypt_action(window))
    rekey_action = security_menu.addAction(tr("&Change passphrase…"))
    rekey_action.triggered.connect(lambda: security.change_passphrase_action(window))
    decrypt_action = security_menu.addAction(tr("&Decrypt workspace…"))
    decrypt_action.triggered.connect(lambda: security.decrypt_action(window))

    # Export tracker / Import tracker next to the other exports (calendar), if present
    calendar = planning.export_calendar
    if calendar is not None and calendar in file_menu.actions():
        file_menu.insertAction(calendar, export_tracker_action)
        file_menu.insertAction(calendar, import_tracker_action)
        file_menu.insertAction(calendar, export_bundle_action)
        file_menu.insertAction(calendar, import_bundle_action)
    else:
        file_menu.insertSeparator(anchor)
        file_menu.insertAction(anchor, export_tracker_action)
        file_menu.insertAction(anchor, import_tracker_action)
        file_menu.insertAction(anchor, export_bundle_action)
        file_menu.insertAction(anchor, import_bundle_action)
    file_menu.insertSeparator(anchor)
    file_menu.insertAction(anchor, restore_action)
    file_menu.insertMenu(anchor, security_menu)

    campaign_menu = find_or_add_menu(window, tr("&Campaign"), before=window.help_menu)
    brief_action = _action(window, tr("&Brief…"), brief, ["Ctrl+Shift+B", "Ctrl+P"])
    first = next(iter(campaign_menu.actions()), None)
    if first is not None:  # the brief first: it is what managers come for
        campaign_menu.insertAction(first, brief_action)
        campaign_menu.insertSeparator(first)
    else:
        campaign_menu.addAction(brief_action)

    history_action = _action(window, tr("&History…"), show_history, "Ctrl+H")
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(history_action)

    mine = [
        export_tracker_action,
        import_tracker_action,
        export_bundle_action,
        import_bundle_action,
        restore_action,
        security_menu.menuAction(),
        brief_action,
        history_action,
    ]
    window.workspace_actions.extend(mine)
    for act in mine:
        act.setEnabled(window.ctx is not None)
    actions = DocumentActions(
        export_tracker=export_tracker_action,
        import_tracker=import_tracker_action,
        export_bundle=export_bundle_action,
        import_bundle=import_bundle_action,
        restore=restore_action,
        security_menu=security_menu,
        encrypt=encrypt_action,
        rekey=rekey_action,
        decrypt=decrypt_action,
        brief=brief_action,
        history=history_action,
    )
    security_menu.aboutToShow.connect(lambda: _update_security(window, actions))
    return actions


def _update_security(window: MenuHost, actions: DocumentActions) -> None:
    encrypted = window.ctx is not None and window.ctx.ws.encrypted
    actions.encrypt.setEnabled(window.ctx is not None and not encrypted)
    actions.rekey.setEnabled(encrypted)
    actions.decrypt.setEnabled(encrypted)
