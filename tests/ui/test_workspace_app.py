"""The convenor's workspace driven as a user would: real widgets, real workspace files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from planner.services import campaigns, interactions, positions, stakeholders
from planner.services.stakeholders import StakeholderFilter
from planner.storage.store import open_workspace
from tests.ui.driving import when_modal
from ui.forms.campaign import campaign_dialog
from ui.forms.entity_dialog import EntityDialog
from ui.forms.position import position_dialog
from ui.forms.stakeholder import stakeholder_dialog
from ui.main_window import MainWindow
from ui.pages.stakeholders import StakeholdersPage


@pytest.fixture
def demo_window(qtbot, demo_ws):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.set_workspace(demo_ws)
    return win


def click_save(qtbot, dialog: EntityDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_create_a_campaign_through_the_form(qtbot, window, ws):
    dialog = campaign_dialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editors["name"].widget, "Accountability for Darfur")
    qtbot.keyClicks(dialog.editors["context"].widget, "Sudan")
    dialog.editors["start_date"].set_value(dt.date(2026, 1, 15))
    dialog.editors["end_date"].set_value(dt.date(2026, 12, 31))
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = campaigns.list_campaigns(ws)
    assert (saved.name, saved.context, saved.end_date) == (
        "Accountability for Darfur",
        "Sudan",
        dt.date(2026, 12, 31),
    )
    page = window.show_page("campaigns")
    assert page.model.rowCount() == 1


def test_create_a_stakeholder_through_the_form(qtbot, window, ws):
    dialog = stakeholder_dialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editors["name"].widget, "Darfur Women Action Group")
    category = dialog.editors["category"].widget
    category.setCurrentIndex(category.findData("womens_group"))
    qtbot.keyClicks(dialog.editors["country"].widget, "Sudan")
    dialog.editors["sensitivity"].set_value("confidential")
    qtbot.keyClick(dialog.editors["name"].widget, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = stakeholders.list_stakeholders(ws)
    assert (saved.name, saved.category, saved.sensitivity) == (
        "Darfur Women Action Group",
        "womens_group",
        "confidential",
    )
    page = window.show_page("stakeholders")
    assert page.model.rowCount() == 1
    # confidential is marked with an icon and a word, not colour alone
    sens = [c.key for c in page.model.columns].index("sensitivity")
    index = page.model.index(0, sens)
    assert index.data() == "Confidential"
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None


def test_end_date_before_start_is_rejected_with_a_visible_message_and_nothing_saved(
    qtbot, window, ws
):
    dialog = campaign_dialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editors["name"].widget, "Backwards campaign")
    dialog.editors["start_date"].set_value(dt.date(2026, 6, 1))
    dialog.editors["end_date"].set_value(dt.date(2026, 5, 1))
    click_save(qtbot, dialog)
    assert dialog.isVisible()  # still open: the user can fix it
    assert dialog.error.isVisible()
    assert "End date is before the start date" in dialog.error.text()
    assert "Nothing was saved" in dialog.error.text()
    end_edit = dialog.editors["end_date"].focus_widget
    assert end_edit.property("invalid") is True
    assert campaigns.list_campaigns(ws) == []
    assert window.ctx.undo_stack.count() == 0
    # fixing the date saves it
    dialog.editors["end_date"].set_value(dt.date(2026, 7, 1))
    click_save(qtbot, dialog)
    assert [c.name for c in campaigns.list_campaigns(ws)] == ["Backwards campaign"]
    assert end_edit.property("invalid") is False


def test_empty_name_is_rejected_on_the_name_field(qtbot, window, ws):
    dialog = stakeholder_dialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    click_save(qtbot, dialog)
    assert dialog.editors["name"].widget.property("invalid") is True
    assert "Name" in dialog.error.text()
    assert stakeholders.list_stakeholders(ws) == []


def test_edit_a_stance_and_undo_it(qtbot, window, ws):
    c = campaigns.create(ws, name="Missing persons")
    amb = stakeholders.create(ws, name="Ambassador X", kind="person")
    link = positions.create(ws, campaign_id=c.id, stakeholder_id=amb.id, role="target", stance=-1)
    view = window.open_campaign(c.id, "people")
    people = view.tab("people")
    assert people.model.rowCount() == 1
    stance_col = [col.key for col in people.model.columns].index("stance")
    assert people.model.index(0, stance_col).data() == "Sceptical (-1)"

    dialog = position_dialog(window.ctx, c.id, positions.get(ws, link.id), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    slider = dialog.editors["stance"].slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert dialog.editors["stance"].text.text() == "Supportive (+1)"
    click_save(qtbot, dialog)
    assert positions.get(ws, link.id).stance == 1
    assert people.model.index(0, stance_col).data() == "Supportive (+1)"

    assert window.undo_action.text() == "Undo Change stance"
    window.undo_action.trigger()
    assert positions.get(ws, link.id).stance == -1
    assert people.model.index(0, stance_col).data() == "Sceptical (-1)"
    window.redo_action.trigger()
    assert positions.get(ws, link.id).stance == 1


def test_soft_delete_and_undo(qtbot, window, ws, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    s = stakeholders.create(ws, name="Families for Freedom")
    page: StakeholdersPage = window.show_page("stakeholders")
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert stakeholders.list_stakeholders(ws) == []
    assert stakeholders.get(ws, s.id, deleted=True).deleted_at is not None  # soft
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.stack.empty
    assert window.undo_action.text() == "Undo Delete stakeholder"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [x.name for x in stakeholders.list_stakeholders(ws)] == ["Families for Freedom"]
    assert page.model.rowCount() == 1


def test_undo_a_create_removes_it_and_redo_brings_back_the_same_record(qtbot, window, ws):
    dialog = campaign_dialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editors["name"].widget, "Undoable")
    click_save(qtbot, dialog)
    [made] = campaigns.list_campaigns(ws)
    window.undo_action.trigger()
    assert campaigns.list_campaigns(ws) == []
    window.redo_action.trigger()
    assert [c.id for c in campaigns.list_campaigns(ws)] == [made.id]


def test_filter_the_stakeholder_list(qtbot, demo_window, demo_ws):
    page: StakeholdersPage = demo_window.show_page("stakeholders")
    total = page.model.rowCount()
    assert total > 50
    qtbot.keyClicks(page.search, "caesar")
    qtbot.waitUntil(lambda: page.model.rowCount() < total, timeout=2000)
    names = [page.model.record(i).name for i in range(page.model.rowCount())]
    assert names == ["Caesar Families Association"]
    page.search.clear()
    page.apply_filter()
    page.category.setCurrentIndex(page.category.findData("legal"))
    expected = stakeholders.list_stakeholders(demo_ws, StakeholderFilter(category="legal"))
    assert [page.model.record(i).id for i in range(page.model.rowCount())] == [
        s.id for s in expected
    ]
    qtbot.keyClicks(page.search, "zzzqqq")
    page.apply_filter()
    assert page.model.rowCount() == 0
    assert "Nobody matches" in page.stack.empty.text()


def test_ctrl_k_opens_a_campaign(qtbot, demo_window, demo_ws):
    qtbot.keyClick(demo_window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = demo_window.quick_search_dialog
    assert search.isVisible()
    qtbot.keyClicks(search.input, "sudan humanitarian")
    search.run_search()
    groups = [
        search.results.topLevelItem(i).text(0) for i in range(search.results.topLevelItemCount())
    ]
    assert groups[0] == "CAMPAIGNS"
    qtbot.keyClick(search.input, Qt.Key.Key_Return)
    sudan = next(c for c in campaigns.list_campaigns(demo_ws) if "Sudan" in c.name)
    assert demo_window.current_campaign_id() == sudan.id
    assert "Sudan" in demo_window.page_stack.currentWidget().name.text()


def test_ctrl_k_opens_a_stakeholder_in_the_list(qtbot, demo_window, demo_ws):
    demo_window.quick_search()
    search = demo_window.quick_search_dialog
    qtbot.keyClicks(search.input, "Claire Weber")
    search.run_search()
    qtbot.keyClick(search.input, Qt.Key.Key_Return)
    page = demo_window.page_stack.currentWidget()
    assert isinstance(page, StakeholdersPage)
    [row] = page.table.selectionModel().selectedRows()
    assert page.model.record(row.row()).name == "Claire Weber"


def test_ctrl_l_logs_an_interaction_from_anywhere(qtbot, window, ws):
    c = campaigns.create(ws, name="Missing persons")
    amb = stakeholders.create(ws, name="Ambassador Ximena", kind="person")
    window.show_page("stakeholders")
    follow = dt.date.today() + dt.timedelta(days=3)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, EntityDialog)
        assert dialog.editors["campaign_id"].value() == c.id
        qtbot.keyClicks(dialog.editors["summary"].widget, "Asked for co-sponsorship.")
        picker = dialog.editors["stakeholder_ids"].picker
        qtbot.keyClicks(picker.widget, "Ximena")
        picker.lookup_now()
        picker.completer.activated[str].emit(picker.model.stringList()[0])
        dialog.editors["follow_up_date"].set_value(follow)
        qtbot.keyClick(dialog.editors["stakeholder_ids"].picker.widget, Qt.Key.Key_Escape)
        click_save(qtbot, dialog)

    when_modal(fill)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    [logged] = interactions.list_interactions(ws, c.id)
    assert logged.summary == "Asked for co-sponsorship."
    assert logged.stakeholder_ids == [amb.id]
    assert logged.follow_up_date == follow
    # the follow-up shows on the dashboard
    dash = window.show_page("dashboard")
    with qtbot.waitSignal(dash.updated, timeout=5000):
        dash.refresh()
    from ui.pages.dashboard import ItemList

    lists = dash.findChildren(ItemList)
    shown = [lst.item(i).text() for lst in lists for i in range(lst.count())]
    assert any("Asked for co-sponsorship." in t for t in shown)


def test_close_and_reopen_the_workspace_and_find_everything(qtbot, tmp_path):
    path = tmp_path / "field.db"
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(path, create=True)
    ctx = win.ctx
    dialog = campaign_dialog(ctx, parent=win)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.editors["name"].widget, "Kept campaign")
    click_save(qtbot, dialog)
    dialog = stakeholder_dialog(ctx, parent=win)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.editors["name"].widget, "Kept partner")
    click_save(qtbot, dialog)
    win.close()  # no Save anywhere: everything is already on disk

    from ui.app import build_window, parse_args

    reopened = build_window(parse_args([]))  # the last workspace
    qtbot.addWidget(reopened)
    reopened.show()
    assert reopened.ctx is not None
    assert reopened.ctx.ws.path == path
    assert [c.name for c in campaigns.list_campaigns(reopened.ctx.ws)] == ["Kept campaign"]
    page = reopened.show_page("stakeholders")
    assert [page.model.record(i).name for i in range(page.model.rowCount())] == ["Kept partner"]
    reopened.close()
    with open_workspace(path) as ws:
        assert [s.name for s in stakeholders.list_stakeholders(ws)] == ["Kept partner"]


def test_first_run_shows_the_welcome_screen_and_it_opens_the_demo(qtbot, tmp_path):
    from ui.app import build_window, parse_args

    win = build_window(parse_args([]))
    qtbot.addWidget(win)
    win.show()
    assert win.ctx is None
    assert win.stack.currentWidget() is win.welcome
    qtbot.mouseClick(win.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert win.ctx is not None
    assert win.ctx.ws.path == Path(tmp_path / "data" / "demo-workspace.db")
    assert len(campaigns.list_campaigns(win.ctx.ws)) == 3
    assert "(demo)" in win.windowTitle()
    assert win.page_stack.currentWidget() is win.pages["dashboard"]


def test_demo_flag_and_path_argument_open_workspaces(qtbot, tmp_path):
    from ui.app import build_window, parse_args

    win = build_window(parse_args(["--demo"]))
    qtbot.addWidget(win)
    assert win.ctx is not None and win.ctx.ws.info("demo") == "yes"
    win.close()
    other = tmp_path / "usb" / "stick.db"
    win2 = build_window(parse_args([str(other)]))
    qtbot.addWidget(win2)
    assert win2.ctx is not None and win2.ctx.ws.path == other
    assert "stick" in win2.windowTitle()
    win2.close()


def test_version_flag_prints_the_version(capsys):
    from ui.app import parse_args

    with pytest.raises(SystemExit) as stop:
        parse_args(["--version"])
    assert stop.value.code == 0
    assert "campaign-planner" in capsys.readouterr().out
