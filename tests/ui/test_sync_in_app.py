"""File ▸ Sync with server… on a laptop's window, against a real PostgreSQL team server."""

from __future__ import annotations

import pytest

from planner.services import campaigns
from planner.storage.workspace import Workspace
from planner.sync.conflicts import list_conflicts
from planner.sync.engine import sync
from tests.planner.sync.conftest import content, seed


@pytest.fixture
def server(ws_pg: Workspace) -> Workspace:
    return ws_pg


@pytest.fixture
def server_url(server: Workspace) -> str:
    return server.engine.url.render_as_string(hide_password=False)


def start_sync(qtbot, window, url: str):
    """Open File, choose Sync with server…, type the address, click Sync."""
    actions = window.menu_actions.sync
    window.file_menu.aboutToShow.emit()
    assert actions.sync.isEnabled()
    assert actions.sync in window.file_menu.actions()
    actions.sync.trigger()
    dialog = actions.server_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.address.setText(url)
    dialog.sync_button.click()
    return actions


def wait_ended(qtbot, actions) -> None:
    qtbot.waitUntil(lambda: actions.run is None and actions.last is not None, timeout=30000)


def finished_result(qtbot, actions):
    wait_ended(qtbot, actions)
    assert not actions.last.error, actions.last.error
    qtbot.waitUntil(lambda: actions.result_dialog is not None, timeout=5000)
    return actions.result_dialog


def test_a_laptop_syncs_from_the_menu_and_the_summary_counts_what_came(
    qtbot, laptop_window, laptops, server, server_url
):
    seed(server)
    a, _b = laptops
    changed: list[object] = []
    laptop_window.ctx.bus.changed.connect(changed.append)
    actions = start_sync(qtbot, laptop_window, server_url)
    result = finished_result(qtbot, actions)
    assert result.isVisible()
    assert result.summary.text() == "Sent 0 · Received 4 · Merged 0 · Conflicts 0"
    rows = {
        result.table.verticalHeaderItem(r).text(): result.table.item(r, 1).text()
        for r in range(result.table.rowCount())
    }
    assert rows == {
        "Campaigns": "1",
        "Stakeholders": "1",
        "Campaign partners": "1",
        "Engagements": "1",
    }
    assert result.review_button is None  # no conflicts, no review
    assert content(a) == content(server)
    assert changed, "the views were told to read again"
    page = laptop_window.show_page("campaigns")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)

    # the address is remembered for this workspace, and offered next time
    result.reject()
    campaigns.create(a, name="Offline idea")
    laptop_window.file_menu.aboutToShow.emit()
    actions.sync.trigger()
    assert actions.server_dialog.address.text() == server_url
    actions.server_dialog.sync_button.click()
    again = finished_result(qtbot, actions)
    assert again is not result
    assert again.summary.text() == "Sent 1 · Received 0 · Merged 0 · Conflicts 0"
    assert content(a) == content(server)


def test_a_conflict_is_reviewed_and_the_servers_value_wins_on_both_sides(
    qtbot, laptop_window, laptops, server, server_url
):
    ids = seed(server)
    a, b = laptops
    sync(a, server)
    sync(b, server)
    campaigns.update(a, ids["campaign"], name="Water rights now")
    campaigns.update(b, ids["campaign"], name="Right to water")
    campaigns.update(a, ids["campaign"], objective="A binding treaty")  # merges silently
    sync(b, server)

    actions = start_sync(qtbot, laptop_window, server_url)
    result = finished_result(qtbot, actions)
    assert result.summary.text() == "Sent 1 · Received 0 · Merged 0 · Conflicts 1"
    assert result.review_button is not None
    result.review_button.click()
    review = actions.conflicts_dialog
    assert review is not None and review.isVisible()
    assert review.table.rowCount() == 1
    (listed,) = list_conflicts(a)
    c = listed.conflict
    assert review.table.item(0, 0).text() == "Campaign: Water rights now"
    assert review.table.item(0, 1).text() == "Name"
    mine, theirs = review.table.item(0, 2).text(), review.table.item(0, 3).text()
    assert mine.startswith("Water rights now\n") and c.local.by in mine
    assert theirs.startswith("Right to water\n") and c.server.by in theirs
    assert not review.apply_button.isEnabled()  # nothing chosen, nothing resolved
    review.reject()
    assert len(list_conflicts(a)) == 1 and campaigns.get(a, ids["campaign"]).name == (
        "Water rights now"
    )

    actions.review()
    review = actions.conflicts_dialog
    review.choose_all("local")
    review.choose(0, "server")
    assert review.apply_button.isEnabled() and review.apply_button.text() == "Apply 1 choice"
    review.apply_button.click()
    assert list_conflicts(a) == []
    assert campaigns.get(a, ids["campaign"]).name == "Right to water"
    box = actions.message
    assert box is not None and "next sync" in box.text()
    assert actions.sync_now is not None
    actions.result_dialog = None
    actions.sync_now.click()  # the remembered server, at once
    after = finished_result(qtbot, actions)
    assert after.summary.text().endswith("Conflicts 0")
    sync(b, server)
    for ws in (a, b, server):
        camp = campaigns.get(ws, ids["campaign"])
        assert camp.name == "Right to water" and camp.objective == "A binding treaty"
    assert content(a) == content(b) == content(server)


def test_an_unreachable_server_says_so_and_changes_nothing(qtbot, laptop_window, laptops, server):
    a, _b = laptops
    campaigns.create(a, name="Offline idea")
    before = content(a)
    url = "postgresql+psycopg://planner_test@127.0.0.1:1/sudan_team"
    actions = start_sync(qtbot, laptop_window, url)
    qtbot.waitUntil(lambda: actions.run is None and actions.last is not None, timeout=30000)
    assert actions.result_dialog is None
    box = actions.message
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Sync failed"
    assert "127.0.0.1" in box.text() or "sudan_team" in box.text(), box.text()
    assert content(a) == before
    assert a.info("sync_server") is None  # only a server that synced is remembered


def test_bad_addresses_are_refused_in_the_dialog_before_any_connection(
    qtbot, laptop_window, laptops
):
    actions = laptop_window.menu_actions.sync
    laptop_window.file_menu.aboutToShow.emit()
    actions.sync.trigger()
    dialog = actions.server_dialog
    for text, says in (
        ("", "Type the team server"),
        ("/home/amira/planner.db", "is not a team server address"),
        ("postgresql+psycopg://amira:secret@db.example.org/team", "Leave the password out"),
        ("postgresql+psycopg://amira@db.example.org", "database name"),
    ):
        dialog.address.setText(text)
        dialog.sync_button.click()
        assert dialog.isVisible() and says in dialog.error.text(), (text, dialog.error.text())
        assert actions.run is None
    dialog.reject()
    assert laptops[0].info("sync_server") is None


def test_cancel_stops_at_a_step_and_the_next_sync_completes(
    qtbot, laptop_window, laptops, server, server_url
):
    seed(server)
    a, _b = laptops
    before = content(a)
    actions = start_sync(qtbot, laptop_window, server_url)
    assert actions.run is not None
    actions.run.dialog.cancel_button.click()
    qtbot.waitUntil(lambda: actions.run is None and actions.last is not None, timeout=30000)
    assert actions.last.cancelled
    assert actions.message is not None and actions.message.windowTitle() == "Sync cancelled"
    assert content(a) == before  # cancelled before its first step wrote anything
    actions.message.close()
    actions.sync_with(server_url)
    result = finished_result(qtbot, actions)
    assert result.summary.text() == "Sent 0 · Received 4 · Merged 0 · Conflicts 0"
    assert content(a) == content(server)


def test_sync_is_offered_only_for_a_workspace_file(qtbot, server):
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.file_menu.aboutToShow.emit()
    assert not win.menu_actions.sync.sync.isEnabled()  # no workspace
    win.set_workspace(server)
    try:
        win.file_menu.aboutToShow.emit()
        assert not win.menu_actions.sync.sync.isEnabled()  # the server itself
        win.menu_actions.sync.start()
        assert win.menu_actions.sync.server_dialog is None
    finally:
        win.close_workspace(forget=False)
        win.guard.shutdown()


def test_a_database_that_is_not_a_team_workspace_and_an_unknown_login_say_why(
    qtbot, laptop_window, laptops, pg_server
):
    from tests import postgres_server

    a, _b = laptops
    before = content(a)
    plain = postgres_server.create_database(pg_server, name="sync_ui_not_a_workspace")
    stranger = pg_server.replace("planner_test@", "nobody_here@", 1)
    for url, says in ((plain, "sync_ui_not_a_workspace"), (stranger, "nobody_here")):
        actions = start_sync(qtbot, laptop_window, url)
        wait_ended(qtbot, actions)
        box = actions.message
        assert actions.result_dialog is None and box is not None
        assert box.windowTitle() == "Sync failed"
        assert says in box.text(), box.text()
        box.close()
        actions.last = None
    assert content(a) == before


def test_apply_says_which_conflict_is_gone_and_keeps_what_it_resolved(
    qtbot, laptop_window, laptops, server
):
    from planner.services import stakeholders
    from planner.sync.conflicts import resolve

    ids = seed(server)
    a, b = laptops
    sync(a, server)
    sync(b, server)
    campaigns.update(a, ids["campaign"], objective="Mine")
    campaigns.update(b, ids["campaign"], objective="Theirs")
    stakeholders.update(a, ids["person"], title="Minister")
    stakeholders.update(b, ids["person"], title="Deputy minister")
    sync(b, server)
    sync(a, server)
    laptop_window.menu_actions.sync.review()
    review = laptop_window.menu_actions.sync.conflicts_dialog
    assert review.table.rowCount() == 2
    gone = review.listed[1].conflict
    resolve(a, "local", gone.id)  # resolved meanwhile, say from the command line
    review.choose_all("server")
    review.apply_button.click()
    assert review.isVisible() and gone.id[:8] in review.error.text(), review.error.text()
    assert not review.choices[0].isEnabled() and not review.apply_button.isEnabled()
    assert list_conflicts(a) == []
    assert campaigns.get(a, ids["campaign"]).objective == "Theirs"
    assert stakeholders.get(a, ids["person"]).title == "Minister"


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_review_keeps_every_choice_whole_in_french_and_arabic(qtbot, laptops, server, lang):
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    from ui import translation
    from ui.context import WorkspaceContext
    from ui.dialogs.sync_conflicts import SyncConflictsDialog

    ids = seed(server)
    a, b = laptops
    sync(a, server)
    sync(b, server)
    campaigns.update(a, ids["campaign"], objective="Mine")
    campaigns.update(b, ids["campaign"], objective="Theirs")
    sync(b, server)
    sync(a, server)
    app = QApplication.instance()
    translation.install(app, lang)
    try:
        review = SyncConflictsDialog(WorkspaceContext(a))
        qtbot.addWidget(review)
        review.resize(1100, 420)
        review.show()
        qtbot.waitExposed(review)
        combo = review.choices[0]
        assert combo.itemText(2) != "Server's"  # translated
        holder = review.table.cellWidget(0, 4)
        assert holder.width() <= review.table.columnWidth(4)
        metrics = QFontMetrics(combo.font())
        widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(3))
        assert combo.width() >= widest + 20, (combo.width(), widest)
        for button in (review.all_mine, review.all_server, review.apply_button):
            assert button.width() >= metrics.horizontalAdvance(button.text()), button.text()
        assert review.table.item(0, 1).text() not in ("Objective", "")
    finally:
        translation.install(app, "en")


def test_every_step_of_a_sync_shows_in_the_interface_language(qtbot, laptops, server):
    from ui.dialogs.sync_dialog import step_text

    seed(server)
    a, _b = laptops
    lines: list[str] = []
    sync(a, server, lines.append)  # a full sync
    sync(a, server, lines.append)  # one answered by the quick check
    assert "checking for changes since the last sync" in lines
    assert lines and all(step_text(line) != line for line in lines), lines
