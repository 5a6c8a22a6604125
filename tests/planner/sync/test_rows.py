"""Reading a side's rows as plain values and writing changes back through the services'
checks: what every sync step reads and writes, on both sides."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from planner.domain.models import CampaignStakeholder
from planner.domain.validation import ValidationError
from planner.services import campaigns, interactions, milestones, positions, stakeholders
from planner.services.audit_trail import history
from planner.sync.conflicts import list_conflicts, resolve
from planner.sync.engine import sync
from planner.sync.merge import DELETED
from planner.sync.rows import Change, apply_changes, read_side, reidentify
from tests.planner.sync.conftest import content, seed


def copy_all(source, target) -> None:
    """Every row of ``source`` created on ``target`` as a sync's first pull creates them."""
    with source.reading() as s:
        side = read_side(s)
    changes = [
        Change(kind, ident, dict(row.values), True, row.created_at, row.deleted_at)
        for kind, rows in side.items()
        for ident, row in rows.items()
    ]
    with target.session() as s:
        apply_changes(s, changes)


def test_a_side_is_every_record_of_every_kind_tombstones_too(laptops):
    a, _b = laptops
    camp = campaigns.create(a, name="Water rights", objective="A treaty")
    gone = stakeholders.create(a, name="Short-lived")
    stakeholders.delete(a, gone.id)
    one = stakeholders.create(a, name="Amal Haddad")
    two = stakeholders.create(a, name="Omar Idris")
    meeting = interactions.create(
        a, campaign_id=camp.id, date="2026-11-02", summary="Met", stakeholder_ids=[two.id, one.id]
    )
    with a.reading() as s:
        side = read_side(s)
        only = read_side(s, {"stakeholder"})
    assert set(only) == {"stakeholder"} and only["stakeholder"] == side["stakeholder"]
    assert side["campaign"][camp.id].values["name"] == "Water rights"
    assert side["stakeholder"][gone.id].values[DELETED] is True
    assert side["stakeholder"][gone.id].deleted_at
    assert side["stakeholder"][one.id].values[DELETED] is False
    # participants compare as a set: a server hands them back in no set order
    people = side["interaction"][meeting.id].values["stakeholder_ids"]
    assert people == sorted([one.id, two.id])
    assert side["ask"] == {} and side["milestone"] == {}  # every kind, empty ones too


def test_every_record_of_a_full_workspace_copies_to_an_empty_one_identically(demo_ws, laptops):
    _a, b = laptops
    copy_all(demo_ws, b)
    assert content(b) == content(demo_ws)
    with demo_ws.reading() as s:
        here = read_side(s)
    with b.reading() as s:
        there = read_side(s)
    # a copy keeps when each record was made and deleted
    for kind, rows in here.items():
        for ident, row in rows.items():
            assert (there[kind][ident].created_at, there[kind][ident].deleted_at) == (
                row.created_at,
                row.deleted_at,
            ), (kind, ident)


def test_an_update_its_rules_refuse_is_handed_back_and_nothing_of_it_written(laptops):
    a, _b = laptops
    camp = campaigns.create(a, name="Water rights", start_date="2026-05-01")
    late = Change("campaign", camp.id, {"end_date": "2026-01-01", "lead": "Lina"})
    fine = Change("campaign", camp.id, {"objective": "A binding treaty"})
    with pytest.raises(ValidationError), a.session() as s:
        apply_changes(s, [late])
    refused: list[Change] = []
    with a.session() as s:
        apply_changes(s, [late, fine], refused.append)
    assert refused == [late]
    after = campaigns.get(a, camp.id)
    assert (after.end_date, after.lead, after.objective) == (None, "", "A binding treaty")


def test_applied_changes_are_audited_and_a_deletion_restored_is_live_again(laptops):
    a, _b = laptops
    camp = campaigns.create(a, name="Water rights")
    with a.session() as s:
        apply_changes(s, [Change("campaign", camp.id, {"name": "Right to water", DELETED: True})])
    deleted = campaigns.get(a, camp.id, deleted=True)
    assert deleted.name == "Right to water" and deleted.deleted_at is not None
    assert any(e.field == "name" and e.new == "Right to water" for e in history(a, camp.id))
    with a.session() as s:
        apply_changes(s, [Change("campaign", camp.id, {DELETED: False})])
    assert campaigns.get(a, camp.id).deleted_at is None


def test_a_pair_row_given_another_id_keeps_its_audit_trail(laptops):
    a, _b = laptops
    camp = campaigns.create(a, name="Water rights")
    person = stakeholders.create(a, name="Amal Haddad")
    link = positions.create(a, campaign_id=camp.id, stakeholder_id=person.id, stance=1)
    trail = [(e.action, e.field, e.new) for e in history(a, link.id)]
    assert trail
    new = "00000000-0000-4000-8000-000000000001"
    with a.session() as s:
        reidentify(s, "campaign_stakeholder", link.id, new)
    assert positions.get(a, new).stance == 1
    assert [(e.action, e.field, e.new) for e in history(a, new)] == trail
    assert history(a, link.id) == []
    with a.reading() as s:
        assert s.scalar(select(func.count()).select_from(CampaignStakeholder)) == 1


def test_a_new_record_naming_a_partner_deleted_meanwhile_still_syncs(server, laptops):
    from planner.services import quotes, stakeholders

    a, _b = laptops
    ids = seed(server)
    sync(a, server)
    stakeholders.delete(server, ids["person"])
    quote = quotes.create(a, campaign_id=ids["campaign"], stakeholder_id=ids["person"], text="Q")
    result = sync(a, server)
    assert result.pushed == {"quote": 1} and result.pulled == {"stakeholder": 1}
    assert quotes.get(server, quote.id).stakeholder_id == ids["person"]
    assert content(a) == content(server)


def test_a_record_created_and_deleted_offline_arrives_as_a_tombstone(server, laptops):
    from planner.services import quotes, stakeholders

    a, _b = laptops
    ids = seed(server)
    sync(a, server)
    gone = stakeholders.create(a, name="Short-lived")
    quotes.create(a, campaign_id=ids["campaign"], stakeholder_id=gone.id, text="Said once")
    stakeholders.delete(a, gone.id)
    sync(a, server)
    assert stakeholders.get(server, gone.id, deleted=True).deleted_at is not None
    assert content(a) == content(server)


def test_a_stance_change_syncs_with_its_history_recorded_once(server, laptops):
    from sqlalchemy import func, select

    from planner.domain.edge_models import StanceChange
    from planner.domain.models import CampaignStakeholder
    from planner.services import positions

    a, b = laptops
    seed(server)
    sync(a, server)
    sync(b, server)
    with a.reading() as s:
        link_id = s.scalar(select(CampaignStakeholder.id))
    positions.update(a, link_id, stance=2)
    sync(a, server)
    sync(b, server)
    for ws in (a, b, server):
        with ws.reading() as s:
            assert s.scalar(select(func.count()).select_from(StanceChange)) == 1
        assert positions.get(ws, link_id).stance == 2
    assert content(a) == content(b) == content(server)


def test_one_partner_put_on_the_campaign_on_both_sides_becomes_one_link(server, laptops):
    from planner.services import positions, stakeholders

    a, _b = laptops
    ids = seed(server)
    newcomer = stakeholders.create(server, name="Nadia Osman")
    sync(a, server)
    on_server = positions.create(
        server, campaign_id=ids["campaign"], stakeholder_id=newcomer.id, role="ally", owner="Sam"
    )
    positions.create(
        a, campaign_id=ids["campaign"], stakeholder_id=newcomer.id, role="ally", owner="Lina"
    )
    result = sync(a, server)
    assert result.conflicts == {"campaign_stakeholder": 1}, result.summary()
    (conflict,) = [c.conflict for c in list_conflicts(a)]
    assert (conflict.record_id, conflict.field) == (on_server.id, "owner")
    assert positions.get(a, on_server.id).owner == "Lina"  # the laptop's own value kept
    resolve(a, "server")
    sync(a, server)
    assert content(a) == content(server)


def test_new_records_pointing_at_each_other_arrive_together(server, laptops):
    from planner.services import stakeholders

    a, b = laptops
    ids = seed(server)
    sync(a, server)
    sync(b, server)
    org = stakeholders.create(a, name="Sudan Lawyers", kind="organisation")
    person = stakeholders.create(a, name="Omar", kind="person", organisation_id=org.id)
    first = milestones.create(
        a, campaign_id=ids["campaign"], title="Draft", date="2026-12-01", kind="deadline"
    )
    milestones.create(
        a,
        campaign_id=ids["campaign"],
        title="Vote",
        date="2026-12-20",
        kind="vote",
        depends_on=[first.id],
    )
    interactions.update(b, ids["interaction"], outcome="Agreed to co-sign")
    interactions.update(a, ids["interaction"], stakeholder_ids=[ids["person"], person.id])
    assert sync(a, server).pushed == {"interaction": 1, "milestone": 2, "stakeholder": 2}
    assert sync(b, server).merged == {"interaction": 1}  # outcome up, participants down
    assert sync(a, server).pulled == {"interaction": 1}
    sync(b, server)
    for ws in (a, b, server):
        meeting = interactions.get(ws, ids["interaction"])
        assert sorted(meeting.stakeholder_ids) == sorted([ids["person"], person.id])
        assert meeting.outcome == "Agreed to co-sign"
    assert content(a) == content(b) == content(server)
