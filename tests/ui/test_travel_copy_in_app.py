"""Carry on this laptop…: choosing a travel copy in the app, and the sync that applies it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.services import campaigns
from planner.sync.engine import sync
from planner.sync.travel import Travel, travel_of
from tests.planner.sync.conftest import content
from tests.ui import test_sync_in_app as sync_in_app
from tests.ui.test_sync_in_app import finished_result

# the fixtures of the sync tests: a laptop's window and a real server
server = sync_in_app.server
server_url = sync_in_app.server_url


def _tick(dialog, name: str) -> None:
    for i in range(dialog.list.count()):
        item = dialog.list.item(i)
        if item.text() == name:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{name} not listed")


def test_carry_on_this_laptop_sets_the_copy_and_the_sync_removes_the_rest(
    qtbot, laptop_window, laptops, server, server_url
):
    a_ws, _ = laptops
    water = campaigns.create(server, name="Water rights", objective="A treaty")
    border = campaigns.create(server, name="Border crossing", objective="Open Zeta Pass")
    sync(a_ws, server)
    actions = laptop_window.menu_actions.sync
    laptop_window.file_menu.aboutToShow.emit()
    assert actions.carry in laptop_window.file_menu.actions() and actions.carry.isEnabled()

    # from the Sync dialog's button
    actions.sync.trigger()
    server_dialog = actions.server_dialog
    server_dialog.address.setText(server_url)
    assert "every campaign" in server_dialog.carried.text()
    server_dialog.carry_button.click()
    dialog = actions.travel_dialog
    assert dialog is not None and dialog.isVisible()
    assert sorted(dialog.list.item(i).text() for i in range(dialog.list.count())) == [
        "Border crossing",
        "Water rights",
    ]
    assert not dialog.list.isEnabled()  # "carry everything" until ticked
    dialog.only.setChecked(True)
    dialog.save_button.click()  # nothing ticked: refused, nothing changed
    assert dialog.isVisible() and "at least one campaign" in dialog.error.text()
    _tick(dialog, "Water rights")
    dialog.audience.setCurrentIndex(1)  # closed
    assert dialog.error.isHidden()  # a change clears the refusal
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert travel_of(a_ws) == Travel((water.id,), "closed")
    assert "closed audience" in server_dialog.carried.text()
    assert "removes 1 record from this laptop" in actions.message.text()
    actions.message.accept()

    server_dialog.sync_button.click()
    result = finished_result(qtbot, actions)
    assert "Removed from this laptop (records it no longer carries): 1." in result.travel.text()
    assert "Nothing was deleted on the server" in result.travel.text()
    assert set(content(a_ws)["campaign"]) == {water.id}
    assert campaigns.get(server, border.id).objective == "Open Zeta Pass"


def test_a_narrowing_with_unsynced_edits_is_refused_in_the_dialog(
    qtbot, laptop_window, laptops, server
):
    a_ws, _ = laptops
    campaigns.create(server, name="Water rights")
    border = campaigns.create(server, name="Border crossing")
    sync(a_ws, server)
    campaigns.update(a_ws, border.id, objective="Not synced yet")
    actions = laptop_window.menu_actions.sync
    laptop_window.file_menu.aboutToShow.emit()
    actions.carry.trigger()
    dialog = actions.travel_dialog
    dialog.only.setChecked(True)
    _tick(dialog, "Water rights")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "sync first" in dialog.error.text() and "Border crossing" in dialog.error.text()
    assert travel_of(a_ws) is None
    dialog.reject()
