"""File ▸ New workspace, encrypted from the first byte: refused weak or mistyped
passphrases, the recovery key shown once, then reopened with the passphrase and the key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from planner.services import campaigns, stakeholders
from planner.storage import encryption
from planner.storage.store import open_workspace
from tests.ui.driving import when_modal
from ui.dialogs.new_workspace import NewWorkspaceDialog
from ui.dialogs.passphrase import RecoveryKeyDialog, UnlockDialog

PASSPHRASE = "lantern orchard seventeen quietly"


def choose_file(qtbot, target) -> Callable[[QDialog], None]:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        dialog.accept()

    return act


def test_file_new_creates_an_encrypted_workspace_and_shows_the_recovery_key_once(
    qtbot, app_window, tmp_path, monkeypatch
):
    target = tmp_path / "field-office.db"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewWorkspaceDialog)
        assert dialog.encrypt.isChecked()  # offered, and on by default
        assert str(target) in dialog.file_label.text()
        fields = dialog.fields
        assert fields.first.echoMode().name == "Password"
        # Too weak: refused with the reason, the dialog stays open.
        qtbot.keyClicks(fields.first, "sunshine")
        qtbot.keyClicks(fields.second, "sunshine")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        seen["weak"] = fields.error.text()
        seen["hint"] = fields.hint.text()
        # Strong but mistyped the second time: refused too.
        fields.clear()
        qtbot.keyClicks(fields.first, PASSPHRASE)
        qtbot.keyClicks(fields.second, PASSPHRASE.replace("quietly", "quickly"))
        seen["meter"] = fields.meter.text()
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        seen["mismatch"] = fields.error.text()
        fields.second.clear()
        qtbot.keyClicks(fields.second, PASSPHRASE)
        assert fields.problem() == ""
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    when_modal(fill, NewWorkspaceDialog)
    app_window.new_workspace()
    assert "too easy to guess" in str(seen["weak"])
    assert seen["hint"]  # the strength hint explains how to do better
    assert "differ" in str(seen["mismatch"])
    assert seen["meter"] in ("Good", "Strong")
    assert not app_window.kept_dialogs.new_workspace.fields.first.text()  # not kept in the widget

    qtbot.waitUntil(lambda: app_window.kept_dialogs.recovery is not None, timeout=30000)
    ws = app_window.ctx.ws
    assert ws.path == target and ws.encrypted and encryption.is_encrypted(target)
    assert ws.recovery_key is None  # shown once, not kept on the open workspace
    keeper: RecoveryKeyDialog = app_window.kept_dialogs.recovery
    recovery = keeper.key.text()
    assert encryption.parse_recovery_key(recovery) == ws.key
    assert not keeper.done_button.isEnabled()  # only once the user says it is kept
    keeper.reject()  # Escape does not skip it
    assert keeper.isVisible()
    qtbot.mouseClick(keeper.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == recovery
    keeper.kept.setChecked(True)
    qtbot.mouseClick(keeper.done_button, Qt.MouseButton.LeftButton)
    assert not keeper.isVisible()

    campaign = campaigns.create(ws, name="Sahel protection monitoring")
    stakeholders.create(
        ws, name="Aminata Traoré", email="aminata@example.org", phone="+223 70 12 34 56"
    )
    app_window.close_workspace()
    raw = target.read_bytes()
    for secret in (b"Aminata", b"aminata@example.org", b"+223 70 12 34 56", b"Sahel"):
        assert secret not in raw
    assert b"SQLite format 3" not in raw[:16]

    # Reopened from the app with the passphrase...
    def unlock_with(secret: str, recovery_mode: bool) -> Callable[[QDialog], None]:
        def act(dialog: QDialog) -> None:
            assert isinstance(dialog, UnlockDialog)
            dialog.use_recovery.setChecked(recovery_mode)
            qtbot.keyClicks(dialog.field, secret)
            qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

        return act

    when_modal(unlock_with(PASSPHRASE, False), UnlockDialog)
    assert app_window.open_path(target)
    assert [c.id for c in campaigns.list_campaigns(app_window.ctx.ws)] == [campaign.id]
    app_window.close_workspace()
    # ...and with the recovery key, as if the passphrase were forgotten.
    when_modal(unlock_with(recovery, True), UnlockDialog)
    assert app_window.open_path(target)
    assert stakeholders.find(app_window.ctx.ws, "Aminata Traoré").email == "aminata@example.org"
    app_window.close_workspace()
    with open_workspace(target, passphrase=recovery) as again:  # and outside the app
        assert [c.name for c in campaigns.list_campaigns(again)] == [campaign.name]


def test_file_new_can_still_create_a_plain_workspace(qtbot, app_window, tmp_path, monkeypatch):
    target = tmp_path / "office.db"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )

    def plain(dialog: QDialog) -> None:
        dialog.encrypt.setChecked(False)
        assert not dialog.fields.isVisible()
        assert dialog.create_button.text() == "Create"
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    when_modal(plain, NewWorkspaceDialog)
    app_window.new_workspace()
    assert app_window.ctx is not None and app_window.ctx.ws.path == target
    assert not app_window.ctx.ws.encrypted and not encryption.is_encrypted(target)
    assert app_window.kept_dialogs.recovery is None


def test_cancelling_file_new_creates_nothing(qtbot, app_window, tmp_path, monkeypatch):
    target = tmp_path / "never.db"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )

    def cancel(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.fields.first, PASSPHRASE)
        dialog.reject()

    when_modal(cancel, NewWorkspaceDialog)
    app_window.new_workspace()
    assert app_window.ctx is None
    assert not target.exists() and not encryption.key_file_path(target).exists()
    assert not app_window.guard.holds(target)
