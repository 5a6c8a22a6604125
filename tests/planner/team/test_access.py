"""Row-level security on the team server: two real login roles, one campaign each.

A member of campaign A must not read B's confidential stakeholders through the
services, the CLI, or plain SQL; an admin sees everything.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy.engine import make_url

from planner.services import campaigns, positions, stakeholders
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace
from planner.team import members


def as_login(ws: Workspace, name: str) -> str:
    return (
        make_url(ws.engine.url.render_as_string(hide_password=False))
        .set(username=name, password=None)
        .render_as_string(hide_password=False)
    )


@pytest.fixture
def team(ws_pg: Workspace) -> Iterator[dict]:
    """Campaigns A and B, each with a confidential partner; alice on A, bob on B."""
    suffix = uuid.uuid4().hex[:6]
    alice, bob = f"alice_{suffix}", f"bob_{suffix}"
    a = campaigns.create(ws_pg, name="Campaign A").id
    b = campaigns.create(ws_pg, name="Campaign B").id
    secret_a = stakeholders.create(
        ws_pg, kind="person", name="Partner of A", sensitivity="confidential"
    ).id
    secret_b = stakeholders.create(
        ws_pg, kind="person", name="Hidden partner of B", sensitivity="confidential"
    ).id
    positions.create(ws_pg, campaign_id=a, stakeholder_id=secret_a, role="partner")
    positions.create(ws_pg, campaign_id=b, stakeholder_id=secret_b, role="partner")
    for name in (alice, bob):
        members.add_member(ws_pg, name, password=f"pw-{name}")
    members.grant(ws_pg, alice, "Campaign A")
    members.grant(ws_pg, bob, b)
    yield {"alice": alice, "bob": bob, "a": a, "b": b, "secret_a": secret_a, "secret_b": secret_b}
    for name in (alice, bob):
        if any(m.name == name for m in members.members(ws_pg)):
            members.remove_member(ws_pg, name)


def test_members_are_listed_with_their_campaigns(ws_pg: Workspace, team: dict) -> None:
    found = {m.name: m for m in members.members(ws_pg)}
    assert found[team["alice"]].campaigns == ("Campaign A",)
    assert found[team["bob"]].campaigns == ("Campaign B",)
    assert not found[team["alice"]].admin


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


def team_free_name() -> str:
    return f"nobody_{uuid.uuid4().hex[:6]}"


def test_bad_member_names_are_refused_and_nothing_created(ws_pg: Workspace) -> None:
    from planner.domain.validation import ValidationError

    before = members.members(ws_pg)
    with pytest.raises(ValidationError, match="member"):
        members.add_member(ws_pg, 'x"; DROP TABLE campaign; --', password="pw")
    with pytest.raises(ValidationError, match="not a team member"):
        members.grant(ws_pg, team_free_name(), "x")
    assert members.members(ws_pg) == before


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
