"""Passphrase, backups, restore, integrity and the instance lock, driven from the app."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from planner.services import campaigns
from planner.storage import backups, encryption, store
from planner.storage.instance_lock import InstanceLock
from planner.storage.store import open_workspace
from tests.ui.driving import when_modal
from ui.dialogs.passphrase import NewPassphraseDialog, RecoveryKeyDialog, UnlockDialog
from ui.dialogs.restore_backup import RestoreBackupDialog

PASSPHRASE = "correct horse battery staple"


def test_passphrase_prompt_opens_an_encrypted_workspace_after_a_wrong_try(
    qtbot, app_window, tmp_path
):
    path = tmp_path / "field.db"
    ws, _recovery = store.create_encrypted(path, PASSPHRASE)
    campaigns.create(ws, name="Protection of civilians")
    ws.close()
    seen: dict[str, object] = {}

    def wrong_then_right(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        assert dialog.field.echoMode().name == "Password"
        qtbot.keyClicks(dialog.field, "not the passphrase")
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

        def retry() -> None:
            seen["error"] = dialog.error.text()
            seen["attempts"] = dialog.attempts
            assert dialog.isVisible()  # still open: the user may try again
            assert dialog.field.text() == ""
            qtbot.keyClicks(dialog.field, PASSPHRASE)
            qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

        def wait_error() -> None:
            if dialog.error.isVisible() and dialog.unlock_button.isEnabled():
                retry()
            else:
                QTimer.singleShot(30, wait_error)

        wait_error()

    when_modal(wrong_then_right, UnlockDialog)
    assert app_window.open_path(path)
    assert "does not open field.db" in str(seen["error"])
    assert seen["attempts"] == 1
    assert app_window.ctx is not None and app_window.ctx.ws.encrypted
    assert [c.name for c in campaigns.list_campaigns(app_window.ctx.ws)] == [
        "Protection of civilians"
    ]


def test_the_recovery_key_opens_it_when_the_passphrase_is_forgotten(qtbot, app_window, tmp_path):
    path = tmp_path / "field.db"
    ws, recovery = store.create_encrypted(path, PASSPHRASE)
    ws.close()

    def use_recovery(dialog: QDialog) -> None:
        dialog.use_recovery.setChecked(True)
        assert dialog.field.echoMode().name == "Normal"
        qtbot.keyClicks(dialog.field, recovery.lower())  # typed in lower case: still fine
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    when_modal(use_recovery, UnlockDialog)
    assert app_window.open_path(path)
    assert app_window.ctx.ws.path == path


def test_cancelling_the_prompt_opens_nothing_and_frees_the_file(qtbot, app_window, tmp_path):
    path = tmp_path / "field.db"
    store.create_encrypted(path, PASSPHRASE)[0].close()
    when_modal(lambda d: d.reject(), UnlockDialog)
    assert not app_window.open_path(path)
    assert app_window.ctx is None
    assert not app_window.guard.holds(path)


def test_a_second_app_is_told_the_workspace_is_in_use(qtbot, app_window, tmp_path):
    path = tmp_path / "shared.db"
    open_workspace(path).close()
    other = InstanceLock(path)  # another window or program has it
    other.acquire()
    said: list[str] = []

    def read_and_close(box: QDialog) -> None:
        said.append(box.text())
        box.done(0)

    try:
        when_modal(read_and_close, QMessageBox)
        assert not app_window.open_path(path)
    finally:
        other.release()
    assert "open in another Campaign Planner" in said[0]
    assert app_window.ctx is None
    assert app_window.open_path(path)  # free again: it opens


def test_backups_on_open_and_close_then_restore_brings_back_the_earlier_content(
    qtbot, app_window, tmp_path, monkeypatch
):
    path = tmp_path / "office.db"
    with open_workspace(path) as ws:
        campaigns.create(ws, name="Before")
    assert app_window.open_path(path)
    guard = app_window.guard
    qtbot.waitUntil(lambda: guard.last_backup is not None, timeout=10000)  # on open
    assert guard.last_backup.reason == "open" and guard.last_backup.campaigns == 1
    ws = app_window.ctx.ws
    campaigns.create(ws, name="Added later")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def pick_the_open_backup(dialog: QDialog) -> None:
        assert isinstance(dialog, RestoreBackupDialog)

        def choose() -> None:
            if not dialog.loaded:
                QTimer.singleShot(20, choose)
                return
            row = next(i for i, b in enumerate(dialog.backups) if b.reason == "open")
            assert dialog.model.item(row, 2).text() == "1"  # campaigns in that backup
            dialog.table.selectRow(row)
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

        choose()

    when_modal(pick_the_open_backup, RestoreBackupDialog)
    app_window.menu_actions.documents.restore.trigger()
    qtbot.waitUntil(
        lambda: app_window.ctx is not None and app_window.ctx.ws is not ws, timeout=20000
    )
    names = [c.name for c in campaigns.list_campaigns(app_window.ctx.ws)]
    assert names == ["Before"]
    reasons = [b.reason for b in backups.list_backups(path)]
    assert "before-restore" in reasons  # the replaced state was kept
    assert "close" in reasons  # and the close before the restore backed it up too
    assert guard.holds(path)  # the lock was never let go during the restore


def _office_with_a_backup(path):
    """30 campaigns with long objectives (many table pages), then a good backup."""
    with open_workspace(path) as ws:
        for i in range(30):
            campaigns.create(ws, name=f"Campaign {i}", objective="x" * 2000)
        backups.take_backup(ws, "manual")


def test_an_unreadable_workspace_is_refused_at_open_with_the_newest_good_backup(
    qtbot, app_window, tmp_path
):
    path = tmp_path / "office.db"
    _office_with_a_backup(path)
    with open(path, "r+b") as fh:  # page 1 holds the schema: nothing can be read
        fh.seek(100)
        fh.write(b"\xde\xad\xbe\xef" * 256)
    told: list[str] = []

    def restore(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        assert app_window.ctx is None  # refused before anything was shown
        told.append(box.text() + " " + box.informativeText())
        button = next(b for b in box.buttons() if b.text() == "Restore backup")
        button.click()

    when_modal(restore, QMessageBox)
    assert app_window.open_path(path)
    assert "damaged" in told[0] and "newest good backup" in told[0]
    assert len(campaigns.list_campaigns(app_window.ctx.ws)) == 30


def test_damage_found_by_the_background_check_after_the_window_shows_offers_the_backup(
    qtbot, app_window, tmp_path
):
    path = tmp_path / "office.db"
    _office_with_a_backup(path)
    size = path.stat().st_size
    with open(path, "r+b") as fh:  # table pages in the middle: opening does not read them
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef" * 2048)
    told: list[dict[str, object]] = []

    def restore(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        told.append(
            {
                "text": box.text() + " " + box.informativeText(),
                "shown": app_window.ctx is not None
                and app_window.stack.currentWidget() is app_window.shell,
            }
        )
        button = next(b for b in box.buttons() if b.text() == "Restore backup")
        button.click()

    guard = app_window.guard
    # the status-bar note the check shows: recorded when shown, since on a small file the
    # check may find the damage (and hide it) between two polls of a waitUntil
    note = guard._note()
    note.hide()
    shown_notes = _ShownTexts(note)
    assert app_window.open_path(path)  # opens at once: the check runs in a worker
    first = app_window.ctx.ws
    assert guard.integrity_ok is None
    when_modal(restore, QMessageBox)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert any("Checking" in text for text in shown_notes.texts), shown_notes.texts
    assert told[0]["shown"]  # the window was up with the workspace when the damage was told
    assert "damaged" in told[0]["text"] and "newest good backup" in told[0]["text"]
    qtbot.waitUntil(
        lambda: app_window.ctx is not None and app_window.ctx.ws is not first, timeout=20000
    )
    assert len(campaigns.list_campaigns(app_window.ctx.ws)) == 30
    qtbot.waitUntil(lambda: guard.integrity_ok is True, timeout=20000)  # the restored one
    assert not guard.check_note.isVisible()
    reasons = [b.reason for b in backups.list_backups(path)]
    assert "damaged" in reasons  # the damaged file was kept, byte for byte
    assert "open" not in reasons  # and never backed up as if it were good


def test_declining_the_backup_closes_the_damaged_workspace_untouched(qtbot, app_window, tmp_path):
    path = tmp_path / "office.db"
    _office_with_a_backup(path)
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef" * 2048)
    damaged = path.read_bytes()
    when_modal(lambda box: box.reject(), QMessageBox)
    assert app_window.open_path(path)
    qtbot.waitUntil(lambda: app_window.ctx is None, timeout=20000)
    assert "damaged" in app_window.statusBar().currentMessage()
    assert path.read_bytes() == damaged
    assert [b.reason for b in backups.list_backups(path)] == ["manual"]


def test_a_sound_workspace_passes_the_background_check_then_is_backed_up(
    qtbot, app_window, tmp_path
):
    path = tmp_path / "office.db"
    with open_workspace(path) as ws:
        campaigns.create(ws, name="Sound")
    assert app_window.open_path(path)
    guard = app_window.guard
    qtbot.waitUntil(lambda: guard.integrity_ok is True, timeout=20000)
    qtbot.waitUntil(lambda: guard.last_backup is not None, timeout=20000)
    assert guard.last_backup.reason == "open"


def test_encrypt_from_the_security_menu_shows_the_recovery_key_once(qtbot, app_window, tmp_path):
    path = tmp_path / "travel.db"
    with open_workspace(path) as ws:
        campaigns.create(ws, name="Darfur accountability")
    assert app_window.open_path(path)

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPassphraseDialog)
        qtbot.keyClicks(dialog.first, "short")
        assert not dialog.ok_button.isEnabled()  # too weak
        assert "short" in dialog.hint.text().lower()
        dialog.first.clear()
        qtbot.keyClicks(dialog.first, PASSPHRASE)
        qtbot.keyClicks(dialog.second, PASSPHRASE + "!")
        assert not dialog.ok_button.isEnabled()  # they differ
        dialog.second.clear()
        qtbot.keyClicks(dialog.second, PASSPHRASE)
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(choose, NewPassphraseDialog)
    app_window.menu_actions.documents.encrypt.trigger()
    qtbot.waitUntil(lambda: app_window.kept_dialogs.recovery is not None, timeout=30000)
    dialog: RecoveryKeyDialog = app_window.kept_dialogs.recovery
    assert app_window.ctx.ws.encrypted and encryption.is_encrypted(path)
    assert [c.name for c in campaigns.list_campaigns(app_window.ctx.ws)] == [
        "Darfur accountability"
    ]
    key = dialog.key.text()
    assert encryption.parse_recovery_key(key) == app_window.ctx.ws.key
    assert not dialog.done_button.isEnabled()  # not before confirming it is kept
    dialog.copy()
    assert QApplication.clipboard().text() == key
    dialog.kept.setChecked(True)
    dialog.accept()
    assert b"Darfur accountability" not in path.read_bytes()


class _ShownTexts(QObject):
    """The texts a label had each time it was shown (a Show event is sent at once)."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.texts: list[str] = []
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QLabel):
            self.texts.append(watched.text())
        return False
