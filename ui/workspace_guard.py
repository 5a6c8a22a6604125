"""What protects the open workspace: one app per file, the passphrase, integrity, backups.

The main window asks the guard to ``open`` a file and tells it when a workspace is
shown (``attach``), about to close (``closing``) and closed (``closed``). The guard:

- holds the instance lock of each workspace it opened (``planner.storage.instance_lock``, on the
  resolved file), so a second window or program is told the file is in use instead of
  opening it twice, and CLI commands that write refuse while the app has it;
- asks for the passphrase of an encrypted workspace (retrying on a wrong one);
- opens without the integrity check and runs ``PRAGMA quick_check`` in a worker once the
  window shows (seconds on a large encrypted file), with a quiet note in the status bar;
  on a failed check (then, or at open if the file is unreadable) it offers the newest
  good backup; closing meanwhile interrupts the check (the file stays "not checked",
  never "damaged") instead of waiting for it;
- takes automatic backups (``planner.storage.backups``): on open (once the check passed), on
  close, and every N minutes with changes (N from the setting ``backups/interval_minutes``,
  default 10);
- replaces the workspace file safely for restore, encrypt and decrypt: it closes the
  workspace but keeps the lock, runs the file work in the background, then reopens.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy.exc import DatabaseError

from planner.storage import backups, encryption, protection
from planner.storage.errors import WorkspaceDamaged, WorkspaceError
from planner.storage.instance_lock import InstanceLock, WorkspaceInUse, lock_path
from planner.storage.store import CheckInterrupted, IntegrityCheck, open_workspace
from planner.storage.workspace import Workspace
from ui import operations
from ui import workspace_files as files
from ui.dialogs.passphrase import ask_key
from ui.dialogs.progress_task import Task, run_with_progress
from ui.display import moment_text
from ui.operations import Progress
from ui.settings import positive_setting
from ui.shell import Shell
from ui.translation import translator

INTERVAL_KEY = "backups/interval_minutes"
DEFAULT_INTERVAL = 10
TICK_MS = 60_000  # how often the timer asks whether a backup is due (cheap when not)
CHECK_AFTER_SHOWN_MS = 1_000  # the integrity check starts this long after the first page shows
CHECK_AT_LATEST_MS = 3_000  # ...and by then, whatever the first page does


tr = translator("WorkspaceGuard")


def interval_minutes() -> int:
    return positive_setting(INTERVAL_KEY, DEFAULT_INTERVAL)


def _same_file(a: Path, b: Path) -> bool:
    return lock_path(a.expanduser().resolve()) == lock_path(b.expanduser().resolve())


class WorkspaceGuard(QObject):
    def __init__(self, window: Shell) -> None:
        super().__init__(window.window())
        self.window = window
        self.dialog_parent = window.window()  # the same window, as a QWidget
        self._locks: dict[Path, InstanceLock] = {}
        self._keep_lock = False
        self.auto: backups.AutoBackup | None = None
        self._backup_running = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.last_backup: backups.BackupInfo | None = None
        # The integrity check of the open workspace: None while it runs, then True/False.
        self.integrity_ok: bool | None = None
        self._checking: Workspace | None = None
        self.check_note: QLabel | None = None

    # -- the instance lock -----------------------------------------------------------
    def lock(self, path: Path, *, quiet: bool = False) -> bool:
        """Hold ``path`` for this app; tell the user (unless ``quiet``) if another has it."""
        key = lock_path(path.expanduser().resolve())
        if key in self._locks:
            return True
        held = InstanceLock(path, role="app")  # commands that write then refuse at once
        try:
            held.acquire()
        except WorkspaceInUse as exc:
            if not quiet:
                QMessageBox.warning(self.dialog_parent, tr("Workspace in use"), str(exc))
            return False
        self._locks[key] = held
        return True

    def release(self, path: Path) -> None:
        held = self._locks.pop(lock_path(path.expanduser().resolve()), None)
        if held is not None:
            held.release()

    def holds(self, path: Path) -> bool:
        return lock_path(path.expanduser().resolve()) in self._locks

    # -- opening ------------------------------------------------------------------------
    def open(self, path: Path, *, create: bool = False) -> Workspace | None:
        """Lock, unlock (passphrase), check and open ``path``; None if it did not open."""
        current = self.window.ctx.ws if self.window.ctx is not None else None
        if current is not None and _same_file(current.path, path):
            self.window.statusBar().showMessage(tr("That workspace is already open."), 5000)
            return None
        if not self.lock(path):
            return None
        ws = self.open_locked(path, create=create)
        if ws is None:
            self.release(path)
        return ws

    def open_server(self, url: str) -> Workspace | None:
        """Open a team workspace on a server: no lock file, no passphrase dialog (libpq
        reads the password from pgpass or PGPASSWORD); None, having said why, on failure."""
        try:
            return open_workspace(url, create=False)
        except WorkspaceError as exc:
            QMessageBox.warning(self.dialog_parent, tr("Cannot open workspace"), str(exc))
            return None

    def open_locked(
        self, path: Path, *, create: bool = False, key: bytes | None = None
    ) -> Workspace | None:
        """Open a file this app already holds: ask for the passphrase, offer backups.

        The integrity check is left to ``attach`` (in a worker), unless opening itself
        trips over a damaged page: then the file is opened again with the check, which
        says what is wrong and finds the newest good backup.
        """
        offered_backup = False
        check = False
        while True:
            try:
                if key is not None and encryption.is_encrypted(path):
                    encryption.check_key(path, key)  # a stale key must not look like damage
                return files.open_path(path, create=create, key=key, check=check)
            except (encryption.PassphraseRequired, encryption.WrongPassphrase):
                key = ask_key(path, self.dialog_parent)
                if key is None:
                    return None
            except WorkspaceDamaged as exc:
                if offered_backup or not self._offer_backup(path, exc, key):
                    return None
                offered_backup = True
                check = False
            except WorkspaceError as exc:
                QMessageBox.warning(self.dialog_parent, tr("Cannot open workspace"), str(exc))
                return None
            except DatabaseError:
                if check:
                    raise
                check = True  # damaged where opening reads: let the check name it

    def _offer_backup(self, path: Path, exc: WorkspaceDamaged, key: bytes | None) -> bool:
        """The file failed its integrity check: offer the newest good backup. True if restored."""
        backup = self._ask_restore(path, exc)
        if backup is None:
            return False
        try:
            protection.restore_backup(path, backup, key=key)
        except WorkspaceError as err:
            QMessageBox.warning(self.dialog_parent, tr("Restore failed"), str(err))
            return False
        return True

    def _ask_restore(self, path: Path, exc: WorkspaceDamaged) -> Path | None:
        """Say the file is damaged; ``exc.backup`` if the user chose to restore it, else None."""
        box = QMessageBox(self.dialog_parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(tr("Workspace damaged"))
        box.setText(
            tr("{name} is damaged and cannot be opened safely.").format(name=Path(path).name)
        )
        if exc.backup is None:
            box.setInformativeText(
                str(exc) + "\n\n" + tr("No good backup was found. Keep the file for recovery.")
            )
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            box.exec()
            return None
        backup = exc.backup
        taken = _backup_time(backup)
        box.setInformativeText(
            tr(
                "The newest good backup is from {when}. Restore it? The damaged file is kept "
                "in the backups folder, untouched."
            ).format(when=taken)
        )
        box.setDetailedText(str(exc))
        restore = box.addButton(tr("Restore backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(restore)
        box.exec()
        return backup if box.clickedButton() is restore else None

    # -- the life of an open workspace ---------------------------------------------------
    def attach(self, ws: Workspace, shown: SignalInstance | None = None) -> None:
        """A workspace is shown: hold it, check it in the background, then back it up now
        and every N minutes with changes.

        ``shown`` is the first page's signal that it shows its data: the check starts a
        moment after it (``CHECK_AFTER_SHOWN_MS``; after ``CHECK_AT_LATEST_MS`` at the
        latest) rather than beside the page's own first query and paint, which it would
        slow down on a big file.
        """
        if ws.backend.local_file and not self.lock(ws.path, quiet=True):
            self.window.statusBar().showMessage(
                tr("Another Campaign Planner has this workspace open: changes may collide."),
                10000,
            )
        self.auto = None
        if not _is_demo(ws):  # demo data is disposable: no backups to clutter the data folder
            # Held from the start so that closing during the check still backs up the edits.
            self.auto = backups.AutoBackup(ws, interval_minutes())
        self.integrity_ok = None
        self._checking = ws
        # After the window has painted: the user sees the workspace while the check runs.
        pending = [ws]

        def start() -> None:
            if pending:
                self._start_check(pending.pop())

        if shown is None:
            QTimer.singleShot(0, start)
            return
        # a moment later: the page paints its data first, with both cores to itself
        shown.connect(
            lambda: QTimer.singleShot(CHECK_AFTER_SHOWN_MS, self, start),
            Qt.ConnectionType.SingleShotConnection,
        )
        QTimer.singleShot(CHECK_AT_LATEST_MS, self, start)  # not after the guard is gone

    # -- the integrity check, off the UI thread ---------------------------------------------
    def _note(self) -> QLabel:
        if self.check_note is None:
            self.check_note = QLabel()
            self.check_note.setObjectName("muted")
            self.check_note.setAccessibleName(tr("Integrity check"))
            self.window.statusBar().addPermanentWidget(self.check_note)
        return self.check_note

    def _current(self, ws: Workspace) -> bool:
        ctx = self.window.ctx
        return ctx is not None and ctx.ws is ws and self._checking is ws

    def _start_check(self, ws: Workspace) -> None:
        if not self._current(ws):
            return
        note = self._note()
        note.setText(tr("Checking the workspace for damage…"))
        note.show()

        def check(progress: Progress) -> None:
            running = IntegrityCheck(ws)
            progress.on_cancel(running.interrupt)  # closing stops it instead of waiting
            running.run()

        operations.run_in_background(
            check,
            on_success=lambda _r: self._checked(ws),
            on_failure=lambda exc: self._check_failed(ws, exc),
            owner=self,
        )

    def _checked(self, ws: Workspace) -> None:
        if not self._current(ws):
            return
        self._note().hide()
        self._checking = None
        self.integrity_ok = True
        if self.auto is not None:
            self._backup_in_background(ws, "open")
            self.timer.start()

    def _check_failed(self, ws: Workspace, exc: BaseException) -> None:
        if not self._current(ws):
            return
        self._note().hide()
        self._checking = None
        if isinstance(exc, CheckInterrupted):  # stopped, not failed: the file is unchecked
            return
        if not isinstance(exc, WorkspaceDamaged):
            self.window.statusBar().showMessage(
                tr("The integrity check could not run: {e}").format(e=exc), 15000
            )
            return
        self.integrity_ok = False
        self.auto = None  # never back up a damaged file over the good ones
        self.timer.stop()
        path = ws.path
        backup = self._ask_restore(path, exc)
        if backup is None:
            self.window.close_workspace()
            self.window.statusBar().showMessage(
                tr("{name} was closed because it is damaged; the file was left as it is.").format(
                    name=path.name
                ),
                15000,
            )
            return
        when = _backup_time(backup)

        def work(target: Path, key: bytes | None) -> tuple[None, bytes | None]:
            protection.restore_backup(target, backup, key=key)
            return None, key

        self.replace_file(
            tr("Restore backup"),
            tr("Restoring the backup from {when}…").format(when=when),
            work,
            on_done=lambda _r: self.window.statusBar().showMessage(
                tr(
                    "Restored the backup from {when}. The damaged file is in the backups folder."
                ).format(when=when),
                15000,
            ),
        )

    def tick(self) -> None:
        """Timer: back up when N minutes have passed (only if something changed)."""
        ctx = self.window.ctx
        if self.auto is None or ctx is None or self._backup_running or not self.auto.due():
            return
        self._backup_in_background(ctx.ws, "auto")

    def _backup_in_background(self, ws: Workspace, reason: str) -> None:
        auto = self.auto
        self._backup_running = True

        def work(_progress: Progress) -> backups.BackupInfo | None:
            if reason == "open":
                return backups.backup_on_open(ws)
            return auto.tick() if auto is not None else None

        def done(info: backups.BackupInfo | None) -> None:
            self._backup_running = False
            if info is not None:
                self.last_backup = info

        def failed(exc: BaseException) -> None:
            self._backup_running = False
            self.window.statusBar().showMessage(
                tr("Automatic backup failed: {e}").format(e=exc), 15000
            )

        operations.run_in_background(work, on_success=done, on_failure=failed, owner=self)

    def closing(self, ws: Workspace) -> None:
        """Just before the workspace closes (background work already stopped): back it up."""
        self.timer.stop()
        self._backup_running = False
        self._checking = None
        if self.check_note is not None:
            self.check_note.hide()
        if self.auto is None:
            return
        self.auto = None
        try:
            info = backups.backup_on_close(ws)
        except (WorkspaceError, OSError) as exc:
            QMessageBox.warning(
                self.dialog_parent,
                tr("Backup failed"),
                tr("The backup on closing failed: {e}\nYour data is saved in {p}.").format(
                    e=exc, p=ws.path
                ),
            )
            return
        if info is not None:
            self.last_backup = info

    def closed(self, path: Path) -> None:
        """The workspace is closed: let other apps have it (unless we are replacing it)."""
        if not self._keep_lock:
            self.release(path)

    def shutdown(self) -> None:
        for held in list(self._locks.values()):
            held.release()
        self._locks.clear()

    # -- replacing the file (restore, encrypt, decrypt) --------------------------------------
    def replace_file(
        self,
        title: str,
        label: str,
        work: Callable[[Path, bytes | None], tuple[Any, bytes | None]],
        *,
        on_done: Callable[[Any], None] | None = None,
    ) -> Task | None:
        """Close the workspace (keeping its lock), run ``work(path, key) -> (result, new_key)``
        in the background, then reopen it with ``new_key`` (asking for a passphrase if that
        does not open it). On failure the workspace is reopened as it was and the error shown.
        """
        ctx = self.window.ctx
        if ctx is None:
            return None
        path, key = ctx.ws.path, ctx.ws.key
        self._keep_lock = True
        try:
            self.window.close_workspace(forget=False)
        finally:
            self._keep_lock = False

        def reopen(new_key: bytes | None) -> bool:
            ws = self.open_locked(path, create=False, key=new_key)
            if ws is None:
                self.release(path)
                return False
            self.window.set_workspace(ws)
            return True

        def succeeded(outcome: tuple[Any, bytes | None]) -> None:
            result, new_key = outcome
            if reopen(new_key) and on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.dialog_parent, title, str(exc) or exc.__class__.__name__)
            reopen(key)

        return run_with_progress(
            self.dialog_parent,
            title,
            label,
            lambda _p, _t: work(path, key),
            on_success=succeeded,
            on_failure=failed,
            cancellable=False,
        )


def _is_demo(ws: Workspace) -> bool:
    with contextlib.suppress(WorkspaceError):
        return ws.info("demo") == "yes"
    return False


def _backup_time(path: Path) -> str:
    try:
        return moment_text(backups.describe(path).taken_at)
    except WorkspaceError:
        return path.name
