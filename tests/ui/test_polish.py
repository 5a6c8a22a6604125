"""Rough edges reviewers found: disabled main buttons, squeezed forms, a clipped side bar,
English backup dates, and closing that waited for the integrity check."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.demo import build_scale
from planner.domain.member_states import lookup
from planner.domain.validation import ValidationError
from planner.planning.vote_count import StateVote
from planner.services import campaigns, milestones
from planner.storage import backups, encryption
from planner.storage.store import open_workspace, quick_check
from ui import operations, theme, translation, workspace_guard
from ui.dialogs.restore_backup import RestoreBackupDialog, when_text
from ui.forms.vote_position import vote_position_dialog

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def language() -> Iterator[object]:
    """Switch the interface language for one test, back to English after it."""
    app = QApplication.instance()

    def switch(lang: str) -> None:
        assert translation.install(app, lang)

    yield switch
    translation.install(app, "en")


# ------------------------------------------------------------------ disabled main buttons


def _background(button: QPushButton):
    """The colour inside the button's top border, clear of its text."""
    image = button.grab().toImage()
    return image.pixelColor(image.width() // 2, 2).name()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_disabled_primary_and_default_buttons_look_disabled_in_both_themes(qtbot, dark):
    palette = theme.colours(dark)
    box = QWidget()
    box.setStyleSheet(theme.stylesheet(dark))  # this widget only: the app keeps its style
    qtbot.addWidget(box)
    column = QVBoxLayout(box)
    primary_on, primary_off = QPushButton("Add 3 moments"), QPushButton("Add 0 moments")
    for button in (primary_on, primary_off):
        button.setObjectName("primary")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setDefault(True)
    for widget in (primary_on, primary_off, buttons):
        column.addWidget(widget)
    primary_off.setEnabled(False)
    box.show()
    qtbot.waitExposed(box)

    assert _background(primary_on) == palette["accent"]  # available: the accent
    assert _background(save) == palette["accent"]
    save.setEnabled(False)
    for disabled in (primary_off, save):
        assert _background(disabled) == palette["chip"]  # greyed, as it should look
        assert _background(disabled) != palette["accent"]


# ------------------------------------------------------------- forms with an intro and an error


def test_an_error_under_a_form_with_an_intro_leaves_every_field_clear(qtbot, window, ws):
    campaign = campaigns.create(ws, name="Protection of civilians")
    vote = milestones.create(
        ws, campaign_id=campaign.id, title="Resolution vote", kind="vote", date="2026-06-01"
    )
    state = lookup("Democratic Republic of the Congo")
    assert state is not None
    dialog = vote_position_dialog(
        window.ctx, vote.id, StateVote(state, None, state.short_name, "unknown", 1, None, "", "")
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_error(
        ValidationError(
            "note",
            "…",
            "is too long to keep: say who said what and when, in a few lines at most",
        )
    )
    QApplication.processEvents()

    note = dialog.editors["note"].widget
    note_bottom = note.mapTo(dialog, QPoint(0, note.height())).y()
    error_top = dialog.error.mapTo(dialog, QPoint(0, 0)).y()
    assert dialog.error.isVisible()
    assert note_bottom < error_top  # the message sits under the note, not over it
    buttons_top = dialog.buttons.mapTo(dialog, QPoint(0, 0)).y()
    assert error_top + dialog.error.height() <= buttons_top
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())


# ----------------------------------------------------------------------------- the side bar


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_side_bar_never_clips_its_buttons_or_page_names(qtbot, language, demo_ws, lang):
    language(lang)
    theme.apply(QApplication.instance(), dark=False)
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(win.minimumSize())  # the narrowest window: every page squeezes the bar
    win.show()
    win.set_workspace(demo_ws)
    for page in ("stakeholders", "dashboard", "campaigns"):
        win.show_page(page)
        QApplication.processEvents()
        for button in (win.log_button, win.search_button):
            assert button.width() >= button.sizeHint().width(), (page, button.text())
        assert win.nav.viewport().width() >= win.nav.sizeHintForColumn(0), page
    win.close()


# ------------------------------------------------------------------------- backup dates


def test_backup_dates_read_in_the_interface_language(qtbot, language, ws):
    backups.take_backup(ws, "manual")
    [info] = backups.list_backups(ws)
    winter = dataclasses.replace(info, taken_at=dt.datetime(2026, 2, 14, 9, 5, 7, tzinfo=dt.UTC))
    language("fr")
    assert "févr." in when_text(winter) and "Feb" not in when_text(winter)
    language("ar")
    assert "فبراير" in when_text(winter)
    language("fr")
    # the list the user picks from, and the guard's "newest good backup is from …"
    dialog = RestoreBackupDialog(ws)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    month = QLocale().monthName(info.taken_at.astimezone().month, QLocale.FormatType.ShortFormat)
    assert month in dialog.model.item(0, 0).text()
    assert month in workspace_guard._backup_time(info.path)


# --------------------------------------------------- closing during the integrity check


def test_work_waiting_inside_one_call_is_released_by_its_cancel_hook(qtbot):
    """The worker helper's hook for work that cannot poll ``progress.cancelled``."""
    released = threading.Event()
    told: list[object] = []

    def work(progress: operations.Progress) -> str:
        progress.on_cancel(released.set)  # stands for sqlite3.Connection.interrupt
        released.wait(30)
        return "finished"

    op = operations.run_in_background(work, on_success=told.append, on_failure=told.append)
    started = time.perf_counter()
    op.cancel()
    assert op.done.wait(5)
    assert time.perf_counter() - started < 2
    qtbot.wait(50)
    assert told == []  # a cancelled job calls neither callback
    late: list[str] = []
    op.progress.on_cancel(lambda: late.append("at once"))  # already cancelled: runs now
    assert late == ["at once"]


@pytest.fixture(scope="module")
def big_encrypted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """An encrypted workspace of 20 000 stakeholders (its check takes about a second),
    with a backup of its current state so that closing it has nothing to back up."""
    path = tmp_path_factory.mktemp("big") / "coalition.db"
    with open_workspace(path, passphrase=PASSPHRASE) as ws:
        build_scale(ws, 20_000)
        backups.take_backup(ws, "manual")
        key = ws.key
    assert key is not None
    return path, key


def _check_seconds(path: Path, key: bytes) -> float:
    with open_workspace(path, key=key, check=False) as ws:
        started = time.perf_counter()
        quick_check(ws)
        return time.perf_counter() - started


def test_closing_during_the_integrity_check_stops_it_at_once_and_says_nothing(
    qtbot, app_window, big_encrypted
):
    path, key = big_encrypted
    check = _check_seconds(path, key)  # the check left to run, measured in this run
    guard = app_window.guard
    assert guard.lock(path)
    ws = guard.open_locked(path, key=key)  # what the app does once the passphrase is given
    assert ws is not None
    app_window.set_workspace(ws)
    qtbot.waitUntil(
        lambda: guard.check_note is not None and guard.check_note.isVisible(), timeout=20000
    )  # the check starts once the dashboard shows its data
    # the dashboard's own queries done, the check alone is left running in the pool
    qtbot.waitUntil(lambda: len(operations.Operation._running) == 1, timeout=10000)
    assert guard._checking is ws  # still checking

    started = time.perf_counter()
    app_window.close_workspace()
    closing = time.perf_counter() - started

    print(f"closing during the check: {closing:.3f} s; the check alone: {check:.2f} s")
    assert app_window.ctx is None
    assert closing < check / 2, f"closing took {closing:.2f} s; the check takes {check:.2f} s"
    assert guard.integrity_ok is None  # not checked, which is not "damaged"
    qtbot.wait(int(check * 1000))  # had the check reported, it would have by now
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert "integrity" not in app_window.statusBar().currentMessage().lower()
    assert "damaged" not in app_window.statusBar().currentMessage().lower()
    assert [b.reason for b in backups.list_backups(path)] == ["manual"]  # no backup of it
    assert encryption.is_encrypted(path)


def test_exports_suggest_a_folder_that_exists_when_there_is_no_documents_folder(
    qtbot, tmp_path, monkeypatch
):
    """Exports never create folders, so the suggested one must exist (a fresh account)."""
    from ui.dialogs.audience_choice import export_folder

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    suggested = export_folder()
    assert suggested.is_dir()
    assert suggested == home
    (home / "Documents").mkdir()
    assert export_folder() == home / "Documents"
