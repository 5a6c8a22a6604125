"""What dialogs and menu actions may ask of the main window, as typed protocols.

The dialogs that lock, reopen or replace the workspace (security, restore, new
workspace), the workspace guard and the document actions are given the main window;
typing them against these protocols instead of ``MainWindow`` keeps them from importing
the module that imports them, and says in one place what they rely on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QStackedWidget, QStatusBar, QWidget

from planner.storage.workspace import Workspace
from ui.context import WorkspaceContext
from ui.dialogs.progress_task import Task


class Guard(Protocol):
    """The workspace guard as dialogs use it: the instance lock and replacing the file."""

    def lock(self, path: Path, *, quiet: bool = False) -> bool: ...

    def release(self, path: Path) -> None: ...

    def replace_file(
        self,
        title: str,
        label: str,
        work: Callable[[Path, bytes | None], tuple[Any, bytes | None]],
        *,
        on_done: Callable[[Any], None] | None = None,
    ) -> Task | None: ...


@dataclass
class KeptDialogs:
    """The workspace dialogs that outlive the call that opened them, kept here while open
    (the window holds one; tests find the dialogs in it)."""

    recovery: QDialog | None = None  # the recovery key, shown once after encrypting
    new_workspace: QDialog | None = None


class Shell(Protocol):
    """The main window as the workspace dialogs and the guard see it."""

    ctx: WorkspaceContext | None

    @property
    def kept_dialogs(self) -> KeptDialogs: ...

    @property
    def guard(self) -> Guard: ...  # read-only here, so the window may keep a WorkspaceGuard

    def window(self) -> QWidget:
        """The main window itself, typed as the widget it is (``QWidget.window()`` of a
        top-level window): the parent of every message box and dialog it opens."""
        ...

    def statusBar(self) -> QStatusBar: ...

    def set_workspace(self, ws: Workspace) -> None: ...

    def close_workspace(self, forget: bool = True) -> None: ...

    def open_path(self, path: Path, *, create: bool = False) -> bool: ...


class MenuHost(Shell, Protocol):
    """The main window as the document actions see it: its menus and pages."""

    file_menu: QMenu
    edit_menu: QMenu
    help_menu: QMenu
    page_stack: QStackedWidget
    workspace_actions: list[QAction]

    def menuBar(self) -> QMenuBar: ...

    def open_campaign(self, campaign_id: str, tab: str | None = None) -> QWidget: ...
