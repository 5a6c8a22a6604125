"""Visual planning inside the app: the campaign tabs, the Timeline page, the dashboard,
the moments library and the calendar export, driven as a user would on real workspaces."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from planner.services import campaigns, interactions, milestones, positions, stakeholders, votes
from ui import theme
from ui.dialogs.add_moments import AddMomentsDialog
from ui.dialogs.export_calendar import start_export
from ui.dialogs.file_written import FileWrittenBox
from ui.main_window import MainWindow
from ui.views.power_map import cell_rect

SYRIA = "Missing persons in Syria: an independent institution"


@pytest.fixture
def demo_window(qtbot, demo_ws):
    theme.apply(QApplication.instance(), dark=False)
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.set_workspace(demo_ws)
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, ws):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.set_workspace(ws)
    return win


def drag(qtbot, canvas, start: QPoint, end: QPoint) -> None:
    """Press, move in steps and release on the viewport, as a mouse would."""
    vp = canvas.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for k in range(1, 6):
        QTest.mouseMove(vp, start + (end - start) * k / 5)
        qtbot.wait(5)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def ctrl_z(qtbot, window) -> None:
    """Press Ctrl+Z in the (activated) window: the Edit menu's shortcut undoes."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_dragging_a_point_on_the_power_map_tab_saves_it_and_ctrl_z_restores(
    qtbot, demo_window, demo_ws
):
    syria = campaigns.find(demo_ws, SYRIA)
    egypt = stakeholders.find(demo_ws, "Permanent Mission of Egypt to the UN")
    before = positions.find_link(demo_ws, syria.id, egypt.id)
    tab = demo_window.open_campaign(syria.id, "power_map").tab("power_map")
    assert tab.built
    view = tab.view
    canvas = view.canvas
    start = canvas.mapFromScene(view.items[egypt.id].scenePos())
    end = canvas.mapFromScene(cell_rect(2, 5).center())  # champion, decisive influence

    with qtbot.waitSignal(view.point_moved, timeout=3000):
        drag(qtbot, canvas, start, end)

    moved = positions.find_link(demo_ws, syria.id, egypt.id)
    assert (moved.stance, moved.influence) == (2, 5)
    assert demo_window.undo_action.text().startswith("Undo Move")
    # the history panel shows the recorded change of the selected stakeholder
    view.items[egypt.id].setSelected(True)
    assert tab.history.isVisible()
    assert any("Champion" in line for line in tab.history.history_lines())

    ctrl_z(qtbot, demo_window)
    back = positions.find_link(demo_ws, syria.id, egypt.id)
    assert (back.stance, back.influence) == (before.stance, before.influence)
    point = view.items[egypt.id].point
    assert (point.stance, point.influence) == (before.stance, before.influence)


def test_the_timeline_page_shows_an_overdue_milestone_as_overdue(qtbot, demo_window, demo_ws):
    [late, *_] = milestones.overdue(demo_ws, dt.date.today())
    page = demo_window.show_page("timeline")
    assert page.view.item_flag(late.id) == "OVERDUE"
    assert page.view.items[late.id].label.startswith("OVERDUE · ")
    page.view.set_mode("agenda")
    rows = [
        page.view.agenda.topLevelItem(i).child(j)
        for i in range(page.view.agenda.topLevelItemCount())
        for j in range(page.view.agenda.topLevelItem(i).childCount())
    ]
    [row] = [r for r in rows if r.data(0, Qt.ItemDataRole.UserRole) == late.id]
    assert row.text(4) == "OVERDUE"


def test_dragging_on_the_timeline_page_reschedules_and_undo_restores(qtbot, demo_window, demo_ws):
    today = dt.date.today()
    upcoming = [
        m
        for m in milestones.list_milestones(demo_ws, campaigns.find(demo_ws, SYRIA).id)
        if m.date > today and m.status == "planned" and m.end_date is None
    ]
    target = upcoming[0]
    page = demo_window.show_page("timeline")
    view = page.view
    canvas = view.canvas
    canvas.centerOn(view.items[target.id])
    start = canvas.mapFromScene(view.items[target.id].scenePos())
    end = start + QPoint(round(7 * view.px_per_day), 0)

    with qtbot.waitSignal(view.milestone_moved, timeout=3000):
        drag(qtbot, canvas, start, end)

    assert milestones.get(demo_ws, target.id).date == target.date + dt.timedelta(days=7)
    assert view.data.item(target.id).start == target.date + dt.timedelta(days=7)
    ctrl_z(qtbot, demo_window)
    assert milestones.get(demo_ws, target.id).date == target.date
    assert view.data.item(target.id).start == target.date
    assert view.items[target.id].pos().x() == pytest.approx(view.x_of(target.date))


def test_clicking_a_milestone_on_the_timeline_opens_its_form(qtbot, demo_window, demo_ws):
    page = demo_window.show_page("timeline")
    [late, *_] = milestones.overdue(demo_ws, dt.date.today())
    canvas = page.view.canvas
    canvas.centerOn(page.view.items[late.id])
    spot = canvas.mapFromScene(page.view.items[late.id].scenePos())
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    dialog = page.controller.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.editors["title"].value() == late.title
    dialog.reject()


def test_the_dashboard_lists_a_follow_up_due_today_and_a_click_opens_it(
    qtbot, demo_window, demo_ws
):
    syria = campaigns.find(demo_ws, SYRIA)
    due = interactions.create(
        demo_ws,
        campaign_id=syria.id,
        date=dt.date.today() - dt.timedelta(days=2),
        summary="Promised the draft text to the Luxembourg mission.",
        follow_up_date=dt.date.today(),
    )
    dash = demo_window.show_page("dashboard")
    with qtbot.waitSignal(dash.updated, timeout=5000):
        dash.refresh()
    follow = dash.lists["follow_ups"]
    texts = [follow.item(i).text() for i in range(follow.count())]
    [line] = [i for i in range(follow.count()) if texts[i].startswith("Promised the draft")]
    from ui.pages.dashboard import PILL_ROLE

    assert follow.item(line).data(PILL_ROLE)[0] == "Today"  # status in words, not only colour
    rect = follow.visualItemRect(follow.item(line))
    follow.scrollToItem(follow.item(line))
    rect = follow.visualItemRect(follow.item(line))
    QTest.mouseClick(follow.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert demo_window.current_campaign_id() == syria.id
    log = demo_window.page_stack.currentWidget().tab("engagements")
    [row] = log.table.selectionModel().selectedRows()
    assert log.model.record(row.row()).id == due.id


def test_the_dashboard_stale_days_come_from_settings(qtbot, demo_window):
    from PySide6.QtCore import QSettings

    QSettings().setValue("dashboard/stale_days", 90)
    dash = demo_window.show_page("dashboard")
    with qtbot.waitSignal(dash.updated, timeout=5000):
        dash.refresh()
    assert dash.loaded.stale_days == 90
    assert dash.stale.value() == 90


def test_add_moments_creates_milestones_on_the_right_dates_and_undo_removes_them(qtbot, window, ws):
    c = campaigns.create(ws, name="Missing persons")
    dialog = AddMomentsDialog(window.ctx, c.id, window, year=2027)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_checked({"hrc-march", "day-enforced-disappearances"})
    previews = {it.data(0, Qt.ItemDataRole.UserRole): it.text(1) for it in dialog.items()}
    assert "2027" in previews["hrc-march"] and "Apr 2027" in previews["hrc-march"]
    assert dialog.ok.text() == "Add 2 moments"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    made = {m.date: m for m in milestones.list_milestones(ws, c.id)}
    # hand-computed: last Monday of February 2027 is the 22nd; 40 days end on 2 April
    assert set(made) == {dt.date(2027, 2, 22), dt.date(2027, 8, 30)}
    assert made[dt.date(2027, 2, 22)].end_date == dt.date(2027, 4, 2)
    assert window.undo_action.text() == "Undo Add 2 moments"

    ctrl_z(qtbot, window)
    assert milestones.list_milestones(ws, c.id) == []
    window.redo_action.trigger()
    assert {m.id for m in milestones.list_milestones(ws, c.id)} == {m.id for m in made.values()}


def test_export_calendar_writes_an_ics_file_that_icalendar_parses(
    qtbot, demo_window, demo_ws, tmp_path
):
    target = tmp_path / "out" / "milestones.ics"
    target.parent.mkdir()
    done: list[int] = []
    start_export(demo_window.ctx, target, None, "internal", demo_window, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)

    cal = Calendar.from_ical(target.read_bytes())
    events = list(cal.walk("VEVENT"))
    every = [
        m
        for c in campaigns.list_campaigns(demo_ws)
        for m in milestones.list_milestones(demo_ws, c.id)
    ]
    assert done == [len(every)] and len(events) == len(every)
    by_uid = {str(e["UID"]): e for e in events}
    m = every[0]
    assert by_uid[f"{m.id}@campaign-planner"].decoded("DTSTART") == m.date
    box = next(b for b in demo_window.findChildren(FileWrittenBox) if b.isVisible())
    assert box.isVisible() and "Show in folder" in [b.text() for b in box.buttons()]
    box.close()


def test_the_menus_offer_the_calendar_export_and_add_moments(demo_window):
    assert demo_window.menu_actions.planning.export_calendar.isEnabled()
    assert demo_window.menu_actions.planning.add_moments.isEnabled()
    titles = [a.text().replace("&", "") for a in demo_window.menuBar().actions()]
    assert "Campaign" in titles


def test_set_a_states_expected_vote_in_the_votes_tab_and_undo_it(qtbot, demo_window, demo_ws):
    syria = campaigns.find(demo_ws, SYRIA)
    tab = demo_window.open_campaign(syria.id, "votes").tab("votes")
    vote_id = tab.picker.currentData()
    rows = tab.view.model.rows
    k, state = next(
        (k, s) for k, s in enumerate(rows) if s.stakeholder_id and s.expected == "unknown"
    )
    tab.edit_row(k)
    dialog = tab.dialog
    dialog.editors["expected"].set_value("yes")
    dialog.editors["note"].set_value("Confirmed by the deputy PR")
    dialog.save()
    [saved] = [
        p
        for p in votes.list_positions(demo_ws, vote_id)
        if p.stakeholder_id == state.stakeholder_id
    ]
    assert (saved.expected, saved.note) == ("yes", "Confirmed by the deputy PR")
    line = next(s for s in tab.view.model.rows if s.stakeholder_id == state.stakeholder_id)
    assert line.expected == "yes"
    ctrl_z(qtbot, demo_window)
    assert all(
        p.stakeholder_id != state.stakeholder_id for p in votes.list_positions(demo_ws, vote_id)
    )


def test_every_campaign_tab_builds_on_the_demo(qtbot, demo_window, demo_ws):
    for c in campaigns.list_campaigns(demo_ws):
        view = demo_window.open_campaign(c.id)
        for key in ("power_map", "relationships", "timeline", "strategy", "votes"):
            tab = view.show_tab(key)
            assert tab.built, key
