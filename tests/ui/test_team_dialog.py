"""Settings ▸ Team…: the members of a real team server, changed through the dialog.

The dialog runs against the test PostgreSQL server with the demo campaigns; the
members are real login roles, so an added one logs in with the password typed twice
and a member who is not an admin gets the dialog read-only.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from planner.services import campaigns
from planner.services.audit_trail import history
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace
from planner.team import members
from ui.dialogs.team import AddMemberDialog, TeamDialog
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)


def login_url(ws: Workspace, name: str) -> str:
    url = make_url(ws.engine.url.render_as_string(hide_password=False))
    return url.set(username=name, password=None).render_as_string()


def can_log_in(ws: Workspace, name: str, password: str) -> bool:
    url = make_url(login_url(ws, name)).set(drivername="postgresql").render_as_string()
    try:
        with psycopg.connect(url, password=password):
            return True
    except psycopg.OperationalError:
        return False


@pytest.fixture
def team(demo_ws: Workspace) -> Iterator[dict[str, str]]:
    """Two real roles on the demo server: a member on the first campaign, an admin."""
    suffix = uuid.uuid4().hex[:6]
    names = {"amira": f"amira_{suffix}", "omar": f"omar_{suffix}", "new": f"lena_{suffix}"}
    first = campaigns.list_campaigns(demo_ws)[0]
    members.add_member(demo_ws, names["amira"], "pw-amira")
    members.grant(demo_ws, names["amira"], first.id)
    members.add_member(demo_ws, names["omar"], "pw-omar", admin=True)
    yield names | {"first": first.name, "first_id": first.id}
    for name in (names["amira"], names["omar"], names["new"]):
        if any(m.name == name for m in members.members(demo_ws)):
            members.remove_member(demo_ws, name)


def opened(qtbot, ws: Workspace) -> TeamDialog:
    dialog = TeamDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    settled(qtbot, dialog)
    return dialog


def settled(qtbot, dialog: TeamDialog) -> None:
    qtbot.waitUntil(lambda: dialog.state is not None and not dialog._busy, timeout=10000)


def row_of(dialog: TeamDialog, name: str) -> list[str]:
    for row in range(dialog.table.rowCount()):
        cells = [dialog.table.item(row, c).text() for c in range(3)]
        if cells[0] == name:
            return cells
    raise AssertionError(f"{name} not listed")


def select(dialog: TeamDialog, name: str) -> None:
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == name)
    dialog.table.setCurrentCell(row, 0)


def test_settings_offer_the_team_only_on_a_team_server(qtbot, demo_ws, team, ws_file):
    on_file = SettingsDialog(ws_file)
    qtbot.addWidget(on_file)
    assert on_file.team_button is None
    on_server = SettingsDialog(demo_ws)
    qtbot.addWidget(on_server)
    assert on_server.team_button is not None
    on_server.team_button.click()
    dialog = on_server.team_dialog
    assert isinstance(dialog, TeamDialog) and dialog.isVisible()
    settled(qtbot, dialog)
    assert row_of(dialog, team["amira"]) == [team["amira"], "", team["first"]]
    assert row_of(dialog, team["omar"]) == [team["omar"], "Admin", "All"]


@pytest.fixture
def ws_file(tmp_path) -> Iterator[Workspace]:
    with open_workspace(tmp_path / "mine.db") as ws:
        yield ws


def test_ticking_a_campaign_grants_it_and_unticking_revokes_it(qtbot, demo_ws, team):
    dialog = opened(qtbot, demo_ws)
    select(dialog, team["amira"])
    assert dialog.campaign_list.isEnabled()
    items = [dialog.campaign_list.item(i) for i in range(dialog.campaign_list.count())]
    ticked = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
    assert ticked == [team["first"]]
    second = items[1].text()
    items[1].setCheckState(Qt.CheckState.Checked)
    settled(qtbot, dialog)
    mine = {m.name: m for m in members.members(demo_ws)}[team["amira"]]
    assert set(mine.campaigns) == {team["first"], second}
    assert second in row_of(dialog, team["amira"])[2]
    assert dialog.selected_name() == team["amira"]
    first = dialog.campaign_list.item(0)
    assert first.text() == team["first"]
    first.setCheckState(Qt.CheckState.Unchecked)
    settled(qtbot, dialog)
    mine = {m.name: m for m in members.members(demo_ws)}[team["amira"]]
    assert mine.campaigns == (second,)
    select(dialog, team["omar"])  # an admin's campaigns are all of them, not to tick
    assert not dialog.campaign_list.isEnabled()
    assert dialog.campaign_hint.text() == "An admin sees every campaign."


def test_a_campaigns_history_shows_who_put_a_member_on_it_and_took_them_off(qtbot, demo_ws, team):
    from ui.main_window import MainWindow
    from ui.pages.history_tab import HistoryView

    dialog = opened(qtbot, demo_ws)
    select(dialog, team["amira"])
    assert dialog.campaign_list.item(0).text() == team["first"]
    dialog.campaign_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    settled(qtbot, dialog)
    dialog.campaign_list.item(0).setCheckState(Qt.CheckState.Checked)  # the list was rebuilt
    settled(qtbot, dialog)
    dialog.close()

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.set_workspace(demo_ws)
    try:
        view = win.open_campaign(team["first_id"], "history").tab("history")
        assert isinstance(view, HistoryView)
        qtbot.waitUntil(lambda: view.loaded, timeout=10000)
        columns = [col.key for col in view.model.columns]
        shown = [
            {k: view.model.index(r, i).data() for i, k in enumerate(columns)} for r in range(3)
        ]  # newest first: the grant, the revoke, the grant the fixture made
        admin = demo_ws.engine.url.username
        assert [(x["field"], x["old"], x["new"], x["who"]) for x in shown] == [
            ("Member added", "", team["amira"], admin),
            ("Member removed", team["amira"], "", admin),
            ("Member added", "", team["amira"], admin),
        ]
    finally:
        win.close_workspace(forget=False)
        win.guard.shutdown()


def test_adding_a_member_checks_the_form_then_creates_a_login(qtbot, demo_ws, team):
    dialog = opened(qtbot, demo_ws)
    before = members.members(demo_ws)
    add = dialog.add_member()
    assert isinstance(add, AddMemberDialog)
    add.name.setText("Lena Haddad")
    add.password.setText("pw-lena")
    add.again.setText("pw-lena")
    add.accept()
    assert "is not a member name" in add.error.text() and add.isVisible()
    add.name.setText(team["new"])
    add.again.setText("pw-lenna")
    add.accept()
    assert add.error.text() == "The two passwords differ. Type the same password twice."
    add.name.setText(team["amira"])  # taken: the server's answer, in the form
    add.again.setText("pw-lena")
    add.accept()
    qtbot.waitUntil(lambda: "already exists" in add.error.text(), timeout=10000)
    assert add.isVisible() and add.add_button.isEnabled()
    assert members.members(demo_ws) == before
    add.name.setText(team["new"])
    add.admin.setChecked(True)
    add.accept()
    qtbot.waitUntil(lambda: not add.isVisible(), timeout=10000)
    settled(qtbot, dialog)
    assert row_of(dialog, team["new"]) == [team["new"], "Admin", "All"]
    assert dialog.selected_name() == team["new"]
    assert can_log_in(demo_ws, team["new"], "pw-lena")
    added = history(demo_ws, team["new"])  # recorded like any other change, no password
    assert [(e.action, e.user, e.new) for e in added] == [
        ("create", demo_ws.engine.url.username, {"admin": True})
    ]
    assert "pw-lena" not in repr(added)


def test_removing_a_member_asks_first(qtbot, demo_ws, team):
    dialog = opened(qtbot, demo_ws)
    select(dialog, team["amira"])
    asked: list[str] = []
    dialog.confirm_removal = lambda name: asked.append(name) or False  # type: ignore[method-assign]
    dialog.remove_member()
    assert asked == [team["amira"]]
    assert can_log_in(demo_ws, team["amira"], "pw-amira")
    dialog.confirm_removal = lambda name: True  # type: ignore[method-assign]
    dialog.remove_member()
    settled(qtbot, dialog)
    assert team["amira"] not in {m.name for m in members.members(demo_ws)}
    assert team["amira"] not in [
        dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())
    ]
    assert not can_log_in(demo_ws, team["amira"], "pw-amira")
    assert [e.action for e in history(demo_ws, team["amira"])] == ["create", "delete"]


def test_a_member_who_is_not_an_admin_sees_the_team_read_only(qtbot, demo_ws, team):
    mine = open_workspace(login_url(demo_ws, team["amira"]), create=False, passphrase="pw-amira")
    try:
        dialog = opened(qtbot, mine)
        assert dialog.state is not None and not dialog.state.may_manage
        assert dialog.status.text() == "Only an admin can change the team; you can see it."
        assert not dialog.add_button.isEnabled()
        assert not dialog.remove_button.isEnabled()
        assert not dialog.campaign_list.isEnabled()
        # forced anyway, the server refuses and the dialog says so, with nothing changed
        before = members.members(demo_ws)
        dialog._busy = False
        select(dialog, team["amira"])
        for attempt in (
            lambda: members.grant(mine, team["amira"], team["first_id"]),
            lambda: members.remove_member(mine, team["omar"]),
        ):
            dialog._run("…", attempt)
            qtbot.waitUntil(lambda: not dialog._busy, timeout=10000)
            assert dialog.error.isVisible()
            assert "may not manage the team on this server" in dialog.error.text()
        assert members.members(demo_ws) == before
    finally:
        mine.close()


def test_right_to_left_the_first_member_is_chosen_and_their_campaigns_shown(
    qtbot, qapp, demo_ws, team
):
    """In Arabic the layout runs right to left, where QTableView.selectRow selects nothing."""
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = opened(qtbot, demo_ws)
        assert dialog.selected_name() == dialog.table.item(0, 0).text()
        assert dialog.campaign_list.count() == len(campaigns.list_campaigns(demo_ws))
        assert dialog.remove_button.isEnabled()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
