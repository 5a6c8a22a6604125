"""File ▸ Sync with server…: the action, and the dialogs of one sync while they are open.

``install(window)`` adds the action and returns ``SyncActions``, which the window keeps;
the dialogs live on that object (tests find them there), never on the window. The
action is enabled only for a workspace file (a laptop): a server workspace is the
server. The sync itself is ``ui.dialogs.sync_dialog`` over ``planner.sync``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from ui import display
from ui.context import WorkspaceContext

if TYPE_CHECKING:  # the dialogs (and planner.sync) load when the user first syncs
    from ui.dialogs.sync_conflicts import SyncConflictsDialog
    from ui.dialogs.sync_dialog import SyncOutcome, SyncResultDialog, SyncRun, SyncServerDialog
    from ui.dialogs.travel_copy import TravelCopyDialog


class SyncHost(Protocol):
    """What the Sync action needs of the main window: its workspace and File menu."""

    ctx: WorkspaceContext | None
    file_menu: QMenu


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class SyncActions:
    """The Sync action and whichever of its dialogs is open."""

    def __init__(self, window: SyncHost) -> None:
        self.window = window
        self.sync = QAction(tr("S&ync with server…"), cast(QWidget, window))
        self.sync.triggered.connect(lambda _checked=False: self.start())
        self.carry = QAction(tr("Carry on this &laptop…"), cast(QWidget, window))
        self.carry.triggered.connect(lambda _checked=False: self.choose_carried())
        self.travel_dialog: TravelCopyDialog | None = None
        self.server_dialog: SyncServerDialog | None = None
        self.run: SyncRun | None = None
        self.result_dialog: SyncResultDialog | None = None
        self.conflicts_dialog: SyncConflictsDialog | None = None
        self.message: QMessageBox | None = None  # an error, a cancellation, a resolution
        self.last: SyncOutcome | None = None
        self.sync_now: QPushButton | None = None  # on the "Conflicts resolved" message

    def available(self) -> bool:
        ctx = self.window.ctx
        return ctx is not None and ctx.ws.backend.local_file

    def update(self) -> None:
        self.sync.setEnabled(self.available())
        self.carry.setEnabled(self.available())

    def choose_carried(self) -> None:
        """What this laptop carries (File menu, or the Sync dialog's button)."""
        if not self.available() or self.run is not None:
            return
        assert self.window.ctx is not None
        from ui.dialogs.travel_copy import TravelCopyDialog

        parent = self.server_dialog or self._parent()
        dialog = TravelCopyDialog(self.window.ctx.ws, parent, self._server_url())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self._carried)
        self.travel_dialog = dialog
        dialog.open()

    def _server_url(self) -> str:
        """The server whose campaigns the travel dialog offers: the address typed in the
        open Sync dialog if it is one, else the one this workspace last synced with."""
        from ui.dialogs.sync_dialog import check_server_url, remembered_server

        assert self.window.ctx is not None
        typed = self.server_dialog.address.text() if self.server_dialog is not None else ""
        try:
            return check_server_url(typed)
        except ValueError:  # nothing typed, or not a server address: the last one synced
            return remembered_server(self.window.ctx.ws)

    def _carried(self) -> None:
        leaving = len(self.travel_dialog.leaving) if self.travel_dialog is not None else 0
        self.travel_dialog = None
        if self.server_dialog is not None:
            self.server_dialog.refresh()
        if leaving:
            text = display.plural(
                "MainWindow",
                "The next sync removes %n records from this laptop (never from the server), "
                "and drops its automatic backups, which hold them.",
                leaving,
                "The next sync removes %n record from this laptop (never from the server), "
                "and drops its automatic backups, which hold it.",
            )
            self._say(QMessageBox.Icon.Information, tr("What this laptop carries"), text)

    def start(self) -> None:
        """Ask for the server (remembered per workspace), then sync."""
        if not self.available() or self.run is not None:
            return
        from ui.dialogs.sync_dialog import SyncServerDialog

        assert self.window.ctx is not None
        dialog = SyncServerDialog(self.window.ctx.ws, self._parent())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.sync_with(dialog.url()))
        dialog.carry_requested.connect(self.choose_carried)
        self.server_dialog = dialog
        dialog.open()

    def sync_with(self, url: str) -> None:
        ctx = self.window.ctx
        if ctx is None or self.run is not None:
            return
        from ui.dialogs.sync_dialog import SyncRun

        self.server_dialog = None
        self.run = SyncRun(ctx, url, self._parent(), self._finished)

    def _finished(self, outcome: SyncOutcome) -> None:
        self.run = None
        self.last = outcome
        if outcome.error:
            self._say(QMessageBox.Icon.Warning, tr("Sync failed"), outcome.error)
        elif outcome.cancelled:
            self._say(
                QMessageBox.Icon.Information,
                tr("Sync cancelled"),
                tr(
                    "The sync stopped before it finished. Nothing is half-written: each side "
                    "holds all or none of each step's changes, and the next sync completes "
                    "the rest."
                ),
            )
        elif outcome.result is not None:
            from ui.dialogs.sync_dialog import SyncResultDialog

            dialog = SyncResultDialog(outcome.result, outcome.url, self._parent())
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.review_requested.connect(self.review)
            self.result_dialog = dialog
            dialog.open()

    def review(self) -> None:
        """The conflict review (also reachable after a sync with open conflicts)."""
        ctx = self.window.ctx
        if ctx is None:
            return
        from ui.dialogs.sync_conflicts import SyncConflictsDialog

        dialog = SyncConflictsDialog(ctx, self._parent())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.resolved.connect(self._resolved)
        self.conflicts_dialog = dialog
        dialog.open()

    def _resolved(self, n: int) -> None:
        from ui.dialogs.sync_dialog import remembered_server

        ctx = self.window.ctx
        self.conflicts_dialog = None
        url = remembered_server(ctx.ws) if ctx is not None else ""
        text = display.plural(
            "MainWindow",
            "%n conflicts resolved here. Your choices reach the server at the next sync.",
            n,
            "%n conflict resolved here. Your choice reaches the server at the next sync.",
        )
        box = self._box(QMessageBox.Icon.Information, tr("Conflicts resolved"), text)
        if url:
            self.sync_now = box.addButton(tr("Sync now"), QMessageBox.ButtonRole.AcceptRole)
            self.sync_now.clicked.connect(lambda: self.sync_with(url))
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()

    def _box(self, kind: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(kind, title, text, parent=self._parent())
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.message = box
        return box

    def _say(self, kind: QMessageBox.Icon, title: str, text: str) -> None:
        self._box(kind, title, text).open()

    def _parent(self) -> QWidget:
        return cast(QWidget, self.window)

    def close_dialogs(self) -> None:
        """The workspace is closing: stop a running sync at its next step, close the rest."""
        if self.run is not None:
            self.run.abandon()
            self.run = None
        for dialog in (
            self.travel_dialog,
            self.server_dialog,
            self.result_dialog,
            self.conflicts_dialog,
        ):
            if dialog is not None:
                dialog.reject()
        self.server_dialog = self.result_dialog = self.conflicts_dialog = None
        self.travel_dialog = None


def install(window: SyncHost) -> SyncActions:
    """Add File ▸ Sync with server… above the separator over Quit."""
    actions = SyncActions(window)
    file_menu = window.file_menu
    anchor = file_menu.actions()[-1]
    for act in reversed(file_menu.actions()[:-1]):
        if act.isSeparator():
            anchor = act
            break
    file_menu.insertSeparator(anchor)
    file_menu.insertAction(anchor, actions.sync)
    file_menu.insertAction(anchor, actions.carry)
    file_menu.aboutToShow.connect(actions.update)
    actions.update()
    return actions
