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
