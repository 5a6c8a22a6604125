"""The app and the workspace file: links, interrupted encryption, commands while open."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from planner.cli import main
from planner.exchange import bundle_crypto
from planner.services import campaigns, stakeholders
from planner.storage import encryption
from planner.storage.store import open_workspace
from tests.planner.faults import plaintext_files, run_cli
from tests.ui.driving import when_modal
from ui.dialogs.passphrase import NewPassphraseDialog, RecoveryKeyDialog, UnlockDialog

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX links and SIGKILL")

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encryption, "SCRYPT_N", 2**12)
    monkeypatch.setattr(bundle_crypto, "SCRYPT_LOG2_N", 12)


def fill(path) -> None:
    with open_workspace(path) as ws:
        campaigns.create(ws, name="Darfur accountability")
        stakeholders.service.create(
            ws,
            name="Zaynab Qasimova",
            email="zaynab.qasimova@example.org",
            phone="+249 912 345 678",
        )


def test_encrypting_in_the_app_through_a_link_encrypts_the_real_file(qtbot, app_window, tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    fill(real / "travel.db")
    link = tmp_path / "travel-link.db"
    link.symlink_to(real / "travel.db")
    assert app_window.open_path(link)
    assert app_window.ctx.ws.path == (real / "travel.db").resolve()

    def choose(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.first, PASSPHRASE)
        qtbot.keyClicks(dialog.second, PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(choose, NewPassphraseDialog)
    app_window.menu_actions.documents.encrypt.trigger()
    qtbot.waitUntil(lambda: app_window.kept_dialogs.recovery is not None, timeout=30000)
    dialog: RecoveryKeyDialog = app_window.kept_dialogs.recovery
    dialog.kept.setChecked(True)
    dialog.accept()
    assert link.is_symlink() and encryption.is_encrypted(real / "travel.db")
    assert app_window.ctx.ws.encrypted
    assert plaintext_files(tmp_path) == []


def test_commands_that_write_refuse_while_the_app_has_the_workspace(
    qtbot, app_window, tmp_path, capsys
):
    real = tmp_path / "real"
    real.mkdir()
    fill(real / "office.db")
    link = tmp_path / "office-link.db"
    link.symlink_to(real / "office.db")
    assert app_window.open_path(real / "office.db")
    assert main(["--db", str(link), "backup"]) == 1
    assert "open in another Campaign Planner" in capsys.readouterr().err
    app_window.close_workspace()
    assert main(["--db", str(link), "backup"]) == 0


def test_the_app_finishes_an_encrypt_killed_halfway_and_no_plaintext_is_left(
    qtbot, app_window, tmp_path
):
    db = tmp_path / "field.db"
    fill(db)
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n")
    temp = tmp_path / "tmp"
    temp.mkdir()
    assert run_cli(["--db", str(db), "backup"], None, temp).returncode == 0
    killed = run_cli(
        ["--db", str(db), "encrypt", "--new-passphrase-file", str(pw)], "encrypt:swapped", temp
    )
    assert killed.killed, killed.stderr
    assert plaintext_files(tmp_path)  # the kill left plaintext behind, for now

    def unlock(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.field, PASSPHRASE)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    when_modal(unlock, UnlockDialog)
    assert app_window.open_path(db)
    assert app_window.ctx.ws.encrypted
    assert [c.name for c in campaigns.list_campaigns(app_window.ctx.ws)] == [
        "Darfur accountability"
    ]
    assert plaintext_files(tmp_path) == []
