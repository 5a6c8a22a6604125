"""Row-level security on the team server: two real login roles, one campaign each.

A member of campaign A must not read B's confidential stakeholders through the
services, the CLI, or plain SQL; an admin sees everything.
"""

from __future__ import annotations

import os

import psycopg
import pytest

from planner.services import campaigns, stakeholders
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace
from planner.team import members
from tests.planner.team import conftest
from tests.planner.team.shared import as_login

team = conftest.team  # tests/planner/sync imports the fixture from here


def test_a_member_cannot_read_the_other_campaigns_confidential_partner_by_plain_sql(
    ws_pg: Workspace, team: dict
) -> None:
    url = as_login(ws_pg, team["alice"]).replace("postgresql+psycopg", "postgresql")
    env_pw = {"password": f"pw-{team['alice']}"}
    with psycopg.connect(url, **env_pw) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM stakeholder")}
        assert "Partner of A" in names
        assert "Hidden partner of B" not in names
        assert [r[0] for r in conn.execute("SELECT name FROM campaign")] == ["Campaign A"]
        hits = conn.execute("SELECT count(*) FROM search_doc WHERE title LIKE 'Hidden%'")
        assert hits.fetchone()[0] == 0
        leaked = conn.execute(
            "SELECT count(*) FROM audit_log AS a WHERE CAST(a AS TEXT) LIKE '%Hidden%'"
        )
        assert leaked.fetchone()[0] == 0
        # and writing into B is refused by the server too
        changed = conn.execute(
            "UPDATE stakeholder SET name = 'x' WHERE id = %s", (team["secret_b"],)
        )
        assert changed.rowcount == 0


def test_through_the_services_a_member_sees_only_their_campaign(
    ws_pg: Workspace, team: dict
) -> None:
    os.environ["PGPASSWORD"] = f"pw-{team['alice']}"
    try:
        mine = open_workspace(as_login(ws_pg, team["alice"]), create=False)
    finally:
        del os.environ["PGPASSWORD"]
    try:
        assert [c.name for c in campaigns.list_campaigns(mine)] == ["Campaign A"]
        with pytest.raises(Exception, match="No stakeholder"):
            stakeholders.get(mine, team["secret_b"])
        assert stakeholders.get(mine, team["secret_a"]).name == "Partner of A"
    finally:
        mine.close()
    members.revoke(ws_pg, team["alice"], "Campaign A")  # off A: A's partner is gone too
    os.environ["PGPASSWORD"] = f"pw-{team['alice']}"
    try:
        mine = open_workspace(as_login(ws_pg, team["alice"]), create=False)
    finally:
        del os.environ["PGPASSWORD"]
    try:
        assert campaigns.list_campaigns(mine) == []
        with pytest.raises(Exception, match="No stakeholder"):
            stakeholders.get(mine, team["secret_a"])
    finally:
        mine.close()


def test_a_campaign_a_member_creates_is_theirs_and_no_one_elses(
    ws_pg: Workspace, team: dict
) -> None:
    """A member creating a campaign is put on it by the server (not by the app, which a
    member's login could bypass); a colleague on other campaigns does not see it."""
    os.environ["PGPASSWORD"] = f"pw-{team['alice']}"
    try:
        mine = open_workspace(as_login(ws_pg, team["alice"]), create=False)
    finally:
        del os.environ["PGPASSWORD"]
    try:
        made = campaigns.create(mine, name="Alice's new campaign")
        assert sorted(c.name for c in campaigns.list_campaigns(mine)) == [
            "Alice's new campaign",
            "Campaign A",
        ]
        campaigns.update(mine, made.id, made.version, objective="Protect civilians in X")
    finally:
        mine.close()
    found = {m.name: m for m in members.members(ws_pg)}
    assert found[team["alice"]].campaigns == ("Alice's new campaign", "Campaign A")
    assert found[team["bob"]].campaigns == ("Campaign B",)
    url = as_login(ws_pg, team["bob"]).replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(url, password=f"pw-{team['bob']}") as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM campaign")] == ["Campaign B"]
        # and a member cannot put themselves on someone else's campaign
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO campaign_member VALUES (%s, %s)", (team["a"], team["bob"]))
