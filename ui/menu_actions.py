"""The main window's menu actions as one typed object.

Each feature module (planning, documents, sync, settings, help) adds its own actions to the
menus and returns them; the window keeps them together here, so that code and tests reach
an action as ``window.menu_actions.documents.brief`` and a type checker knows every one.
Nothing outside the window adds attributes to it: a new feature returns its actions and
gets a field here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.export_actions import DocumentActions
    from ui.help import HelpActions
    from ui.planning import PlanningActions
    from ui.settings_dialog import SettingsActions
    from ui.sync_actions import SyncActions


@dataclass(frozen=True)
class MenuActions:
    """Every feature's actions; each group follows the workspace's open state itself."""

    planning: PlanningActions  # calendar export, add moments
    documents: DocumentActions  # brief, tracker, bundle, backups, security, history
    sync: SyncActions  # File ▸ Sync with server…, conflict review, travel copy
    settings: SettingsActions  # Edit ▸ Settings… (Ctrl+,)
    help: HelpActions  # User guide (F1), keyboard shortcuts, the tour
