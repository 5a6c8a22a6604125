"""Carry on this laptop…: choosing a travel copy in the app, and the sync that applies it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.services import campaigns
from planner.storage.store import open_workspace
from planner.sync.engine import sync
from planner.sync.travel import Travel, set_travel, travel_of
from planner.team import members
from tests.planner.sync.conftest import content
from tests.planner.team.conftest import team  # noqa: F401  (alice on A, bob on B)
from tests.planner.team.shared import as_login, member_pgpass
from tests.ui import test_sync_in_app as sync_in_app
from tests.ui.test_sync_in_app import finished_result, start_sync

# the fixtures of the sync tests: a laptop's window and a real server
server = sync_in_app.server
server_url = sync_in_app.server_url


def _listed(dialog) -> dict[str, bool]:
    """The campaigns the dialog lists, and whether each is ticked."""
    return {
        dialog.list.item(i).text(): dialog.list.item(i).checkState() == Qt.CheckState.Checked
        for i in range(dialog.list.count())
    }


def _open_carry(qtbot, window):
    """File ▸ Carry on this laptop…, once it has its list (the server's, or this laptop's)."""
    actions = window.menu_actions.sync
    window.file_menu.aboutToShow.emit()
    actions.carry.trigger()
    dialog = actions.travel_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.reading is None, timeout=20000)
    return dialog


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
    qtbot.waitUntil(lambda: dialog.reading is None, timeout=20000)
    assert dialog.from_server  # the address typed in the Sync dialog, not yet remembered
    assert sorted(dialog.list.item(i).text() for i in range(dialog.list.count())) == [
        "Border crossing",
        "Water rights",
    ]
    assert not dialog.list.isEnabled()  # "carry everything" until ticked
    dialog.only.setChecked(True)
    dialog.save_button.click()  # nothing ticked: refused at once, nothing changed
    assert dialog.isVisible() and "at least one campaign" in dialog.error.text()
    _tick(dialog, "Water rights")
    dialog.audience.setCurrentIndex(1)  # closed
    assert dialog.error.isHidden()  # a change clears the refusal
    dialog.save_button.click()
    # checked in the background: the dialog says so, takes no other choice, stays open
    assert dialog.status.isVisible() and not dialog.save_button.isEnabled()
    assert not dialog.list.isEnabled() and not dialog.audience.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    _saved(qtbot, dialog)
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


def _saved(qtbot, dialog) -> None:
    """Wait for the choice to be checked and saved (it runs in the background)."""
    qtbot.waitUntil(lambda: dialog.saving is None, timeout=20000)


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
    _saved(qtbot, dialog)
    assert dialog.isVisible()
    assert "sync first" in dialog.error.text() and "Border crossing" in dialog.error.text()
    assert travel_of(a_ws) is None
    dialog.reject()


def test_a_member_adds_a_campaign_from_the_server_before_travelling(
    qtbot,
    laptop_window,
    laptops,
    ws_pg,
    team,  # noqa: F811  (the fixture imported above)
    tmp_path,
    monkeypatch,
):
    from ui.dialogs.sync_dialog import remember_server

    laptop, _ = laptops
    alice = team["alice"]
    c = campaigns.create(ws_pg, name="Campaign C", objective="Needed on the trip")
    members.grant(ws_pg, alice, c.id)
    login = as_login(ws_pg, alice)
    member_pgpass(monkeypatch, tmp_path, login, f"pw-{alice}")
    set_travel(laptop, Travel((team["a"],)))
    with open_workspace(login, create=False) as server:
        sync(laptop, server)
    remember_server(laptop, login)
    assert set(content(laptop)["campaign"]) == {team["a"]}

    dialog = _open_carry(qtbot, laptop_window)
    # the server's campaigns Alice may see (not Bob's B), though C is not here yet
    assert _listed(dialog) == {"Campaign A": True, "Campaign C": False}
    assert dialog.from_server and "shows you" in dialog.source.text()
    _tick(dialog, "Campaign C")
    dialog.save_button.click()
    _saved(qtbot, dialog)
    assert not dialog.isVisible()
    assert travel_of(laptop) == Travel((team["a"], c.id))

    actions = start_sync(qtbot, laptop_window, login)
    finished_result(qtbot, actions).reject()
    assert set(content(laptop)["campaign"]) == {team["a"], c.id}
    assert campaigns.get(laptop, c.id).objective == "Needed on the trip"
    again = _open_carry(qtbot, laptop_window)  # the choice is kept
    assert _listed(again) == {"Campaign A": True, "Campaign C": True}
    again.reject()


def test_offline_the_dialog_lists_this_laptops_campaigns_says_so_and_keeps_the_choice(
    qtbot, laptop_window, laptops
):
    from ui.dialogs.sync_dialog import remember_server

    laptop, _ = laptops
    water = campaigns.create(laptop, name="Water rights")
    dialog = _open_carry(qtbot, laptop_window)
    assert "No team server is set" in dialog.source.text()
    assert _listed(dialog) == {"Water rights": False}
    dialog.reject()

    far = "ffffffff-0000-4000-8000-000000000000"  # chosen earlier, not on this laptop yet
    set_travel(laptop, Travel((water.id, far)))
    border = campaigns.create(laptop, name="Border crossing")
    remember_server(laptop, "postgresql+psycopg://amira@127.0.0.1:1/sudan_team")
    dialog = _open_carry(qtbot, laptop_window)
    assert "Offline" in dialog.source.text() and "sudan_team" in dialog.source.text()
    assert "only the campaigns already on this laptop" in dialog.source.text().lower()
    assert not dialog.from_server
    assert _listed(dialog) == {
        "(not on this laptop yet: ffffffff)": True,
        "Border crossing": False,
        "Water rights": True,
    }
    _tick(dialog, "Border crossing")  # made here, not synced: it must be carried
    dialog.save_button.click()
    _saved(qtbot, dialog)
    assert not dialog.isVisible()
    assert travel_of(laptop) == Travel((far, border.id, water.id))
