"""A travel copy: a laptop that carries only chosen campaigns, optionally as an audience
may see them, and never brings down anything else (real SQLite files, a real server)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.services import asks, campaigns, interactions, positions, stakeholders
from planner.storage import backups
from planner.storage.workspace import Workspace
from planner.sync.engine import sync
from planner.sync.travel import Travel, TravelError, set_travel, travel_of
from planner.team import members
from tests.adversarial import CAMPAIGN, _mentions, build_adversarial
from tests.planner.sync.conftest import content
from tests.planner.team.test_access import as_login


def _file_bytes(ws: Workspace) -> bytes:
    """Everything of the laptop on disk: the file and its write-ahead log, if any."""
    path = Path(ws.path)
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _holds(ws: Workspace, text: str) -> bool:
    return text.encode("utf-8") in _file_bytes(ws)


def _two_campaigns(server: Workspace) -> dict[str, str]:
    a = campaigns.create(server, name="Water rights", objective="A treaty on water")
    b = campaigns.create(server, name="Border crossing", objective="Quietly open Zeta Pass")
    amal = stakeholders.create(server, name="Amal Haddad", kind="person")
    bashir = stakeholders.create(
        server, name="Bashir Quellmann", kind="person", notes="Meets us at Zeta Pass"
    )
    positions.create(server, campaign_id=a.id, stakeholder_id=amal.id, stance=1)
    positions.create(server, campaign_id=b.id, stakeholder_id=bashir.id, stance=2)
    asks.create(server, campaign_id=b.id, text="Bashir Quellmann carries the letter")
    interactions.create(
        server,
        campaign_id=b.id,
        date="2026-11-02",
        summary="Dinner with Bashir Quellmann at Zeta Pass",
        stakeholder_ids=[bashir.id],
    )
    return {"a": a.id, "b": b.id, "amal": amal.id, "bashir": bashir.id}


B_WORDS = ("Border crossing", "Zeta Pass", "Bashir Quellmann")


def test_a_laptop_set_to_one_campaign_pulls_nothing_of_the_other(server, laptops):
    laptop, _ = laptops
    ids = _two_campaigns(server)
    set_travel(laptop, Travel((ids["a"],)))
    result = sync(laptop, server)
    held = content(laptop)
    assert set(held["campaign"]) == {ids["a"]}
    assert set(held["stakeholder"]) == {ids["amal"]}
    assert not held["interaction"] and not held["ask"]
    assert result.pulled == {"campaign": 1, "stakeholder": 1, "campaign_stakeholder": 1}
    for word in B_WORDS:
        assert not _holds(laptop, word), word
    assert _holds(laptop, "A treaty on water")
    assert sync(laptop, server).summary().startswith("pushed 0, pulled 0, merged 0")


def test_edits_inside_the_scope_sync_both_ways(server, laptops):
    laptop, _ = laptops
    ids = _two_campaigns(server)
    set_travel(laptop, Travel((ids["a"],)))
    sync(laptop, server)
    campaigns.update(laptop, ids["a"], objective="A binding treaty")
    new_ask = asks.create(laptop, campaign_id=ids["a"], text="Ratify it")
    campaigns.update(server, ids["a"], status="active")
    result = sync(laptop, server)
    assert result.merged == {"campaign": 1} and result.pushed == {"ask": 1}, result.summary()
    assert campaigns.get(server, ids["a"]).objective == "A binding treaty"
    assert asks.get(server, new_ask.id).text == "Ratify it"
    assert campaigns.get(laptop, ids["a"]).status == "active"
    assert not result.removed and not result.kept_here


def test_narrowing_purges_the_laptop_file_and_deletes_nothing_on_the_server(
    server, laptops, tmp_path
):
    laptop, _ = laptops
    ids = _two_campaigns(server)
    sync(laptop, server)  # a full copy first
    assert _holds(laptop, "Bashir Quellmann")
    backups.take_backup(laptop, "manual")
    assert backups.list_backup_files(laptop.path)
    on_server = content(server)

    leaving = set_travel(laptop, Travel((ids["a"],)))
    assert "campaign 'Border crossing'" in leaving
    result = sync(laptop, server)
    assert result.removed == {
        "campaign": 1,
        "stakeholder": 1,
        "ask": 1,
        "campaign_stakeholder": 1,
        "interaction": 1,
    }, result.summary()
    assert not result.pushed and not result.pulled
    assert content(server) == on_server  # nothing deleted there
    held = content(laptop)
    assert set(held["campaign"]) == {ids["a"]}
    for word in B_WORDS:
        assert not _holds(laptop, word), word
    # the backups held B: dropped, and said so
    assert result.backups_dropped == 1 and not backups.list_backup_files(laptop.path)
    assert any("automatic backup" in line for line in result.travel_details())
    # nothing of B comes back, and widening brings it back whole
    assert sum(sync(laptop, server).pulled.values()) == 0
    set_travel(laptop, None)
    sync(laptop, server)
    assert content(laptop) == content(server)


def test_narrowing_is_refused_while_leaving_records_hold_unsynced_changes(server, laptops):
    laptop, _ = laptops
    ids = _two_campaigns(server)
    sync(laptop, server)
    campaigns.update(laptop, ids["b"], objective="Edited offline")
    before = content(laptop)
    with pytest.raises(TravelError, match="sync first") as refused:
        set_travel(laptop, Travel((ids["a"],)))
    assert "campaign 'Border crossing'" in str(refused.value)
    assert travel_of(laptop) is None and content(laptop) == before
    sync(laptop, server)
    set_travel(laptop, Travel((ids["a"],)))  # synced: now it may narrow
    sync(laptop, server)
    assert campaigns.get(server, ids["b"]).objective == "Edited offline"
    assert not _holds(laptop, "Edited offline")


def test_an_edit_made_after_narrowing_is_pushed_then_the_record_leaves(server, laptops):
    laptop, _ = laptops
    ids = _two_campaigns(server)
    sync(laptop, server)
    set_travel(laptop, Travel((ids["a"],)))
    campaigns.update(laptop, ids["b"], objective="Last word before the border")
    result = sync(laptop, server)
    assert result.pushed == {"campaign": 1} and result.removed["campaign"] == 1
    assert campaigns.get(server, ids["b"]).objective == "Last word before the border"


def test_unknown_or_empty_settings_are_refused_and_change_nothing(laptops):
    laptop, _ = laptops
    with pytest.raises(TravelError, match="at least one campaign"):
        set_travel(laptop, Travel(()))
    with pytest.raises(TravelError, match="closed or public"):
        set_travel(laptop, Travel(("x",), "internal"))
    assert travel_of(laptop) is None


def test_revoked_access_purges_at_the_next_sync_but_keeps_an_unpushable_edit(ws_pg, team, laptops):
    from planner.storage.store import open_workspace

    alice = team["alice"]
    laptop, _ = laptops
    extra = asks.create(ws_pg, campaign_id=team["a"], text="Ask only Alice's team knows")
    c = campaigns.create(ws_pg, name="Campaign C")
    members.grant(ws_pg, alice, c.id)
    note = asks.create(ws_pg, campaign_id=c.id, text="A note on C")
    login = as_login(ws_pg, alice)
    with open_workspace(login, create=False, passphrase=f"pw-{alice}") as server:
        sync(laptop, server)
    assert _holds(laptop, "Ask only Alice") and _holds(laptop, "Partner of A")
    asks.update(laptop, note.id, text="Edited on C before the revoke")
    members.revoke(ws_pg, alice, "Campaign A")
    members.revoke(ws_pg, alice, c.id)
    with open_workspace(login, create=False, passphrase=f"pw-{alice}") as server:
        result = sync(laptop, server)
    assert result.removed["campaign"] == 1 and result.removed["ask"] == 1, result.summary()
    assert not _holds(laptop, "Ask only Alice") and not _holds(laptop, "Partner of A")
    # the edit on C could not be pushed: kept here, with its campaign, and reported
    assert [k.ident for k in result.kept_here] == [note.id]
    assert any("access revoked" in line for line in result.travel_details())
    assert asks.get(laptop, note.id).text == "Edited on C before the revoke"
    assert campaigns.get(laptop, c.id)
    assert asks.get(ws_pg, extra.id) and asks.get(ws_pg, note.id).text == "A note on C"


# ------------------------------------------------------------------ audience-gated copies


@pytest.mark.parametrize("audience", ["closed", "public"])
def test_an_audience_copy_holds_no_withheld_name_anywhere_in_the_file(server, laptops, audience):
    laptop, _ = laptops
    planted = build_adversarial(server)
    other = campaigns.create(server, name="Unrelated campaign", objective="Nothing to see")
    camp = campaigns.find(server, CAMPAIGN)
    sync(laptop, server)  # a full copy first: the audience copy must scrub it out
    assert _holds(laptop, planted.withheld(audience)[0].name)
    set_travel(laptop, Travel((camp.id,), audience))
    result = sync(laptop, server)
    assert result.removed, result.summary()
    data = _file_bytes(laptop)
    for person in planted.withheld(audience):
        # as stored, and as colleagues typed them into notes (other case, no accents…)
        typed = _mentions(person).split(" / ")
        for secret in (person.name, person.email, person.phone, *typed):
            if secret:
                assert secret.encode() not in data, (person.name, secret)
                assert secret.lower().encode() not in data.lower(), (person.name, secret)
    assert b"Nothing to see" not in data and other.id.encode() not in data
    assert campaigns.get(laptop, camp.id)
    assert not content(laptop)["interaction"]
    # a second sync has nothing to do and writes nothing back
    again = sync(laptop, server)
    assert not again.pushed and not again.pulled and not again.removed, again.summary()


def test_an_edit_to_a_redacted_field_never_reaches_the_server(server, laptops):
    laptop, _ = laptops
    build_adversarial(server)
    camp = campaigns.find(server, CAMPAIGN)
    real_objective = camp.objective
    set_travel(laptop, Travel((camp.id,), "closed"))
    sync(laptop, server)
    redacted = campaigns.get(laptop, camp.id).objective
    assert redacted != real_objective  # the withheld names were replaced
    campaigns.update(laptop, camp.id, objective=redacted + " Also: ratify.", status="active")
    result = sync(laptop, server)
    on_server = campaigns.get(server, camp.id)
    assert on_server.objective == real_objective  # never overwritten with redacted text
    assert on_server.status == "active"  # a field the gate left alone goes as usual
    assert [(k.kind, k.ident) for k in result.kept_here] == [("campaign", camp.id)]
    assert "objective" in str(result.kept_here[0])
    assert result.pushed == {"campaign": 1}  # the status only
    assert campaigns.get(laptop, camp.id).objective.endswith("Also: ratify.")
    assert "kept here only" in result.summary()


def test_an_encrypted_laptop_narrows_and_stays_readable_with_its_passphrase(
    server, tmp_path, monkeypatch
):
    from planner.storage import encryption
    from planner.storage.store import create_encrypted, open_workspace

    monkeypatch.setattr(encryption, "SCRYPT_N", 2**12)  # a fast key derivation for the test
    ids = _two_campaigns(server)
    laptop, _recovery = create_encrypted(tmp_path / "sealed.db", "correct horse")
    try:
        sync(laptop, server)
        set_travel(laptop, Travel((ids["a"],)))
        result = sync(laptop, server)
        assert result.removed["campaign"] == 1, result.summary()
    finally:
        laptop.close()
    assert encryption.is_encrypted(tmp_path / "sealed.db")
    with open_workspace(tmp_path / "sealed.db", passphrase="correct horse") as again:
        assert set(content(again)["campaign"]) == {ids["a"]}
        assert not sync(again, server).removed


def test_an_organisation_and_its_members_leave_together_whatever_the_batches(
    server, laptops, monkeypatch
):
    from planner.sync import travel

    monkeypatch.setattr(travel, "CHUNK", 1)  # one id per statement: the member goes later
    laptop, _ = laptops
    ids = _two_campaigns(server)
    # the organisation's id sorts first, so it is deleted before its member
    org = stakeholders.create(
        server,
        ident="00000000-0000-4000-8000-000000000001",
        name="Zeta Relief",
        kind="organisation",
    )
    member = stakeholders.create(
        server,
        ident="ffffffff-ffff-4fff-bfff-ffffffffffff",
        name="Yusra Zeta",
        kind="person",
        organisation_id=org.id,
    )
    positions.create(server, campaign_id=ids["b"], stakeholder_id=member.id)
    sync(laptop, server)
    set_travel(laptop, Travel((ids["a"],)))
    result = sync(laptop, server)
    assert result.removed["stakeholder"] == 3, result.summary()
    assert not _holds(laptop, "Zeta Relief") and not _holds(laptop, "Yusra Zeta")


def test_an_edit_made_after_setting_an_audience_keeps_no_full_value_in_its_conflict(
    server, laptops
):
    from planner.sync.conflicts import list_conflicts

    laptop, _ = laptops
    planted = build_adversarial(server)
    camp = campaigns.find(server, CAMPAIGN)
    sync(laptop, server)  # a full copy
    set_travel(laptop, Travel((camp.id,), "closed"))
    campaigns.update(laptop, camp.id, objective="Protect the shelter's staff.")
    result = sync(laptop, server)
    (conflict,) = [c.conflict for c in list_conflicts(laptop)]
    assert conflict.field == "objective" and result.conflicts == {"campaign": 1}
    assert conflict.local_value == "Protect the shelter's staff."
    assert conflict.server_value == conflict.base_value  # the redacted text, not the full one
    data = _file_bytes(laptop)
    for person in planted.withheld("closed"):
        assert person.name.encode() not in data, person.name
    assert campaigns.get(server, camp.id).objective != "Protect the shelter's staff."


def test_setting_an_audience_is_refused_while_any_edit_is_unsynced(server, laptops):
    laptop, _ = laptops
    ids = _two_campaigns(server)
    sync(laptop, server)
    campaigns.update(laptop, ids["a"], objective="Not synced")  # stays in the copy
    set_travel(laptop, Travel((ids["a"],)))  # the full view of A: allowed
    with pytest.raises(TravelError, match="or redact hold changes not yet synced"):
        set_travel(laptop, Travel((ids["a"],), "public"))
    assert travel_of(laptop) == Travel((ids["a"],))


# ------------------------------------------------------------------ choosing what to carry


def test_a_member_chooses_among_the_servers_campaigns_they_see_and_the_next_sync_brings_one(
    ws_pg, team, laptops, tmp_path, monkeypatch
):
    from planner.sync.travel import LISTED, NEW_HERE, NOT_SHOWN, choices, server_campaigns
    from tests.planner.team.shared import member_pgpass

    alice = team["alice"]
    laptop, _ = laptops
    c = campaigns.create(ws_pg, name="Campaign C")
    members.grant(ws_pg, alice, c.id)
    login = as_login(ws_pg, alice)
    member_pgpass(monkeypatch, tmp_path, login, f"pw-{alice}")
    set_travel(laptop, Travel((team["a"],)))
    sync_as(laptop, login)
    assert set(content(laptop)["campaign"]) == {team["a"]}

    # the laptop alone knows only A; the server shows Alice A and C, never Bob's B
    assert [(x.name, x.where) for x in choices(laptop, None)] == [("Campaign A", LISTED)]
    shown = server_campaigns(login)
    assert shown == {team["a"]: "Campaign A", c.id: "Campaign C"}
    assert [(x.id, x.where) for x in choices(laptop, shown)] == [
        (team["a"], LISTED),
        (c.id, LISTED),
    ]
    set_travel(laptop, Travel((team["a"], c.id)))
    sync_as(laptop, login)
    assert set(content(laptop)["campaign"]) == {team["a"], c.id}

    # a campaign made offline is offered (the next sync sends it); one revoked stays
    # offered while it is in the saved choice, marked as no longer shown
    idea = campaigns.create(laptop, name="An idea made offline")
    members.revoke(ws_pg, alice, c.id)
    assert [(x.name, x.where) for x in choices(laptop, server_campaigns(login))] == [
        ("An idea made offline", NEW_HERE),
        ("Campaign A", LISTED),
        ("Campaign C", NOT_SHOWN),
    ]
    assert idea.id not in server_campaigns(login)


def test_an_unreachable_server_says_so(laptops):
    from planner.storage.errors import WorkspaceError
    from planner.sync.travel import server_campaigns

    with pytest.raises(WorkspaceError, match="Cannot connect to the team server"):
        server_campaigns("postgresql+psycopg://nobody@127.0.0.1:1/team")


def sync_as(laptop: Workspace, login: str) -> None:
    from planner.storage.store import open_workspace

    with open_workspace(login, create=False) as server:
        sync(laptop, server)
