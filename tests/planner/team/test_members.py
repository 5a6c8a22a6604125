"""Managing a team server's members: listing them with their campaigns, refusing bad
names, and only a login allowed to create roles may manage the team."""

from __future__ import annotations

import os

import pytest

from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace
from planner.team import members
from tests.planner.team.shared import as_login, team_free_name


def test_members_are_listed_with_their_campaigns(ws_pg: Workspace, team: dict) -> None:
    found = {m.name: m for m in members.members(ws_pg)}
    assert found[team["alice"]].campaigns == ("Campaign A",)
    assert found[team["bob"]].campaigns == ("Campaign B",)
    assert not found[team["alice"]].admin


def test_bad_member_names_are_refused_and_nothing_created(ws_pg: Workspace) -> None:
    from planner.domain.validation import ValidationError

    before = members.members(ws_pg)
    with pytest.raises(ValidationError, match="member"):
        members.add_member(ws_pg, 'x"; DROP TABLE campaign; --', password="pw")
    with pytest.raises(ValidationError, match="not a team member"):
        members.grant(ws_pg, team_free_name(), "x")
    assert members.members(ws_pg) == before


def test_only_a_login_allowed_to_create_roles_may_manage_the_team(
    ws_pg: Workspace, team: dict
) -> None:
    assert members.may_manage(ws_pg)
    os.environ["PGPASSWORD"] = f"pw-{team['alice']}"
    try:
        mine = open_workspace(as_login(ws_pg, team["alice"]), create=False)
    finally:
        del os.environ["PGPASSWORD"]
    try:
        assert not members.may_manage(mine)
        with pytest.raises(members.NotAllowed, match="may not manage the team"):
            members.add_member(mine, team_free_name(), password="pw")
        with pytest.raises(members.NotAllowed, match="ask an admin"):
            members.grant(mine, team["bob"], "Campaign A")
    finally:
        mine.close()
    assert {m.name: m.campaigns for m in members.members(ws_pg)}[team["bob"]] == ("Campaign B",)


def test_each_team_change_is_in_the_audit_trail_with_who_when_and_what(
    ws_pg: Workspace, team: dict
) -> None:
    from planner.services import audit_trail, record_history

    a, b = team["a"], team["b"]
    before = max(e.id for e in audit_trail.entries(ws_pg))
    name = team_free_name()
    members.add_member(ws_pg, name, password="pw-never-in-the-trail", admin=True)
    members.grant(ws_pg, name, "Campaign A")
    members.grant(ws_pg, name, a)  # already on it: nothing changed, nothing recorded
    members.revoke(ws_pg, name, a)
    members.revoke(ws_pg, name, a)  # already off it
    members.grant(ws_pg, name, b)
    members.remove_member(ws_pg, name)  # also takes them off B
    new = [e for e in audit_trail.entries(ws_pg) if e.id > before]
    assert [(e.action, e.entity, e.entity_id, e.describe()) for e in new] == [
        ("create", "team_member", name, f"added team member {name} (admin)"),
        ("grant", "campaign", a, f"put {name} on the campaign"),
        ("revoke", "campaign", a, f"took {name} off the campaign"),
        ("grant", "campaign", b, f"put {name} on the campaign"),
        ("revoke", "campaign", b, f"took {name} off the campaign"),
        ("delete", "team_member", name, f"removed team member {name}"),
    ]
    assert {e.user for e in new} == {ws_pg.engine.url.username}
    assert all(e.at.date() == new[0].at.date() and e.at >= new[0].at for e in new)
    assert not any("pw-never" in repr(e) for e in new)
    # a campaign's History shows who was put on it and taken off it
    story = [
        (r.subject, r.entry.action)
        for r in record_history.campaign_history(ws_pg, a)
        if r.entry.id > before
    ]
    assert story == [("Campaign · Campaign A", "revoke"), ("Campaign · Campaign A", "grant")]
    whole = {r.subject for r in record_history.workspace_history(ws_pg) if r.entry.id > before}
    assert f"Team member · {name}" in whole


def test_a_refused_team_change_leaves_no_audit_entry(
    ws_pg: Workspace, team: dict, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.services import audit_trail
    from tests.planner.team.shared import member_pgpass

    alice = team["alice"]
    login = as_login(ws_pg, alice)
    member_pgpass(monkeypatch, tmp_path, login, f"pw-{alice}")
    before = max(e.id for e in audit_trail.entries(ws_pg))
    with open_workspace(login, create=False) as mine:
        with pytest.raises(members.NotAllowed):
            members.grant(mine, team["bob"], team["a"])  # a campaign she sees
        with pytest.raises(members.NotAllowed):
            members.add_member(mine, team_free_name(), password="pw")
    assert [e for e in audit_trail.entries(ws_pg) if e.id > before] == []
