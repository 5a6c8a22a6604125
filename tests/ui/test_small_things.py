"""The new-user trial's small things: words instead of stored values, whose record a dialog
edits, every form error at once, duplicate names, kept selections, history, timeline."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from planner.services import stakeholders
from ui.main_window import MainWindow


@pytest.fixture
def demo_window(qtbot, demo_ws):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.set_workspace(demo_ws)
    yield win
    win.close_workspace(forget=False)
    win.guard.shutdown()


def quick_results(win: MainWindow, qtbot, text: str) -> list:
    win.quick_search()
    search = win.quick_search_dialog
    qtbot.keyClicks(search.input, text)
    search.run_search()
    return [search.results.topLevelItem(i) for i in range(search.results.topLevelItemCount())]


def test_ctrl_k_shows_categories_in_words_not_stored_values(qtbot, demo_window):
    rows = quick_results(demo_window, qtbot, "women")
    texts = [r.text(0) for r in rows]
    assert not any("womens_group" in t or "local_civil_society" in t for t in texts)
    assert any("Women's group" in t for t in texts), texts


def test_ctrl_k_marks_a_confidential_hit_with_the_lock(qtbot, demo_window, demo_ws):
    secret = next(
        s
        for s in stakeholders.list_stakeholders(demo_ws, stakeholders.StakeholderFilter())
        if s.sensitivity == "confidential"
    )
    rows = quick_results(demo_window, qtbot, secret.name)
    hit = next(r for r in rows if r.text(0).startswith(secret.name))
    assert not hit.icon(0).isNull()
    assert "Confidential" in hit.toolTip(0)
    public = next(
        s
        for s in stakeholders.list_stakeholders(demo_ws, stakeholders.StakeholderFilter())
        if s.sensitivity == "public"
    )
    demo_window.quick_search_dialog.input.clear()
    rows = quick_results(demo_window, qtbot, public.name)
    hit = next(r for r in rows if r.text(0).startswith(public.name))
    assert hit.icon(0).isNull()
    QApplication.processEvents()


# ------------------------------------------------------------------ forms


def test_edit_dialogs_say_whose_record_they_edit(qtbot, demo_ws):
    from planner.services import campaigns, positions
    from ui.context import WorkspaceContext
    from ui.forms.campaign import campaign_dialog
    from ui.forms.position import position_dialog
    from ui.forms.stakeholder import stakeholder_dialog

    ctx = WorkspaceContext(demo_ws)
    claire = next(
        s
        for s in stakeholders.list_stakeholders(demo_ws, stakeholders.StakeholderFilter())
        if s.name == "Claire Weber"
    )
    sudan = next(c for c in campaigns.list_campaigns(demo_ws) if "Sudan" in c.name)
    link = positions.campaign_people(demo_ws, sudan.id)[0]
    dialogs = [
        (stakeholder_dialog(ctx, claire), "Claire Weber"),
        (campaign_dialog(ctx, sudan), sudan.name),
        (position_dialog(ctx, sudan.id, link.position), link.stakeholder.name),
    ]
    for dialog, subject in dialogs:
        qtbot.addWidget(dialog)
        assert subject in dialog.windowTitle(), dialog.windowTitle()
        assert dialog.windowTitle().startswith("Edit ")
    new = stakeholder_dialog(ctx)
    qtbot.addWidget(new)
    assert new.windowTitle() == "New stakeholder"


def test_every_bad_field_is_named_at_once_and_a_fixed_one_loses_its_mark(qtbot, ws):
    from ui.context import WorkspaceContext
    from ui.forms.stakeholder import stakeholder_dialog

    dialog = stakeholder_dialog(WorkspaceContext(ws))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editors["email"].widget, "not-an-address")
    dialog.save()
    text = dialog.error.text()
    assert "Name must not be empty" in text and "Email is not an email address" in text, text
    assert text.endswith("Nothing was saved.")
    marked = {n for n, e in dialog.editors.items() if e.focus_widget.property("invalid")}
    assert marked == {"name", "email"}
    qtbot.keyClicks(dialog.editors["name"].widget, "Hawa Ibrahim")
    assert not dialog.editors["name"].focus_widget.property("invalid")
    assert dialog.editors["email"].focus_widget.property("invalid")
    assert "Name" not in dialog.error.text() and "Email" in dialog.error.text()
    assert stakeholders.list_stakeholders(ws, stakeholders.StakeholderFilter()) == []


def test_a_second_stakeholder_of_the_same_name_is_warned_of_first(qtbot, demo_ws):
    from ui.context import WorkspaceContext
    from ui.forms.stakeholder import stakeholder_dialog

    everyone = stakeholders.StakeholderFilter()
    before = stakeholders.count_stakeholders(demo_ws, everyone)
    dialog = stakeholder_dialog(WorkspaceContext(demo_ws))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editors["name"].widget, "claire  weber")
    dialog.save()
    assert dialog.isVisible()
    assert "already a stakeholder named “Claire Weber”" in dialog.error.text()
    assert stakeholders.count_stakeholders(demo_ws, everyone) == before
    dialog.save()  # the user means it: a second Claire Weber
    assert not dialog.isVisible()
    assert stakeholders.count_stakeholders(demo_ws, everyone) == before + 1


def test_saving_a_stance_keeps_the_row_selected(qtbot, demo_window, demo_ws):
    from planner.services import campaigns, positions
    from tests.ui.driving import when_modal

    sudan = next(c for c in campaigns.list_campaigns(demo_ws) if "Sudan" in c.name)
    tab = demo_window.open_campaign(sudan.id, "people").tab("people")
    table = tab.table
    table.selectRow(4)
    chosen = tab.selected_positions()
    assert len(chosen) == 1

    def more_supportive(dialog) -> None:
        slider = dialog.editors["stance"].slider
        slider.setValue(min(slider.value() + 1, slider.maximum()) if slider.value() < 2 else 1)
        dialog.save()

    when_modal(more_supportive)
    tab.edit_selected()
    assert positions.get(demo_ws, chosen[0]).stance is not None
    assert tab.selected_positions() == chosen
    assert tab.model.record(table.currentIndex().row()).position.id == chosen[0]


def test_ctrl_h_on_a_list_page_lists_the_workspaces_changes(qtbot, demo_window, demo_ws):
    from PySide6.QtCore import Qt

    from ui.pages.history_tab import HistoryDialog

    claire = next(
        s
        for s in stakeholders.list_stakeholders(demo_ws, stakeholders.StakeholderFilter())
        if s.name == "Claire Weber"
    )
    stakeholders.update(demo_ws, claire.id, title="Senior adviser")
    demo_window.show_page("milestones")
    qtbot.keyClick(demo_window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in demo_window.findChildren(HistoryDialog) if d.isVisible())
    view = dialog.view
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    first = view.model.record(0)
    assert first.subject == "Stakeholder · Claire Weber"
    assert first.entry.field == "title" and "Senior adviser" in str(first.entry.new)
    assert view.model.rowCount() > 1
    dialog.close()


# ------------------------------------------------------------------ timeline


def test_dragging_a_milestone_shows_the_date_it_would_land_on(qtbot, demo_ws):
    import datetime as dt

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from planner.services import milestones
    from ui.views.timeline import TimelineView, day_text

    view = TimelineView(demo_ws)
    qtbot.addWidget(view)
    view.resize(1300, 600)
    view.show()
    qtbot.waitExposed(view)
    ident, item = next(
        (i, it)
        for i, it in view.items.items()
        if milestones.get(demo_ws, i).date >= dt.date.today() and it.isVisible()
    )
    view.canvas.ensureVisible(item)
    QApplication.processEvents()
    start = view.canvas.mapFromScene(item.scenePos())
    vp = view.canvas.viewport()
    assert view.drag_date_text() == ""
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for k in range(1, 6):
        QTest.mouseMove(vp, start + QPoint(round(10 * view.px_per_day * k / 5), 0))
        qtbot.wait(5)
    landing = milestones.get(demo_ws, ident).date + dt.timedelta(days=10)
    assert view.drag_date_text() == day_text(landing, "ddd d MMM yyyy")
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert view.drag_date_text() == ""


def test_today_on_the_axis_stays_clear_of_the_month_names(qtbot, demo_ws):
    import datetime as dt

    from ui.views.timeline import TimelineView

    for day in (dt.date(2026, 12, 2), dt.date(2026, 12, 1), dt.date(2027, 1, 3)):
        view = TimelineView(demo_ws, today=day)
        qtbot.addWidget(view)
        view.resize(1300, 600)
        view.show()
        qtbot.waitExposed(view)
        view.scroll_to_today()
        QApplication.processEvents()
        canvas = view.canvas
        tx = view.x_of(day) - canvas.mapToScene(0, 0).x()
        today = canvas.today_label_rect(tx)
        assert not any(today.intersects(m) for m in canvas.month_label_rects()), day
        assert canvas.month_label_rects()


def test_the_tracker_dialog_ends_its_sentence_with_one_full_stop(qtbot, ws):
    from PySide6.QtWidgets import QLabel

    from ui.context import WorkspaceContext
    from ui.dialogs.tracker_export import TrackerExportDialog

    dialog = TrackerExportDialog(WorkspaceContext(ws), None)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    intro = next(t for t in texts if "Import tracker" in t)
    assert intro.endswith("File ▸ Import tracker.")
    assert not any("…." in t for t in texts)


def _assert_dashboard_lines_whole(page) -> None:
    """Every two-line item of the dashboard's cards is tall enough for its wrapped details."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics

    from ui.pages.dashboard import DOT_ROLE

    checked = 0
    for name, lst in page.lists.items():
        fm = QFontMetrics(lst.font())
        for row in range(lst.count()):
            item = lst.item(row)
            _title, _, detail = item.text().partition("\n")
            if not detail:
                continue
            width = lst.viewport().width() - 12 - (17 if item.data(DOT_ROLE) else 0)
            wrap = int(Qt.TextFlag.TextWordWrap.value)
            need = fm.height() + fm.boundingRect(QRect(0, 0, width, 9999), wrap, detail).height()
            assert lst.visualItemRect(item).height() >= need + 10, (name, item.text())
            checked += 1
    assert checked > 10


def test_dashboard_cards_show_every_line_whole(qtbot, demo_window):
    page = demo_window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=20000)
    qtbot.wait(50)
    # wide, then narrow: the heights the cards keep must follow the width
    for window_width in (demo_window.width(), demo_window.minimumWidth()):
        demo_window.resize(window_width, demo_window.height())
        qtbot.wait(100)
        _assert_dashboard_lines_whole(page)


def test_dashboard_filled_while_hidden_shows_every_line_whole(qtbot, demo_window):
    """The cards are filled before they show (their lines' heights only estimated then):
    a dashboard whose data arrives while another page is shown, at the same window size,
    still shows each line whole when the user comes back to it."""
    page = demo_window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=20000)
    qtbot.wait(50)
    first = page.loaded
    page.refresh()
    demo_window.show_page("campaigns")
    qtbot.waitUntil(lambda: page.loaded is not first, timeout=20000)
    assert not page.isVisible()
    qtbot.wait(50)
    demo_window.show_page("dashboard")
    qtbot.wait(100)
    _assert_dashboard_lines_whole(page)
