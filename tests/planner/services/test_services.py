"""Each service's rules: what it accepts, what it refuses (naming field and value), and
that a refused write leaves the workspace exactly as it was."""

from __future__ import annotations

import datetime as dt
import sqlite3

import psycopg
import pytest

from planner.domain.validation import ValidationError
from planner.services import (
    asks,
    campaigns,
    interactions,
    milestones,
    positions,
    quotes,
    relationships,
    stakeholders,
    votes,
)
from planner.services.entity import ConflictError, NotFound
from planner.services.stakeholders import StakeholderFilter
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace
from tests.raw_client import raw_sql

pytestmark = pytest.mark.both_backends  # on a file and on a server

MISSING_ID = "00000000-0000-4000-8000-000000000000"


def table_dump(ws: Workspace) -> dict[str, list[tuple]]:
    """Every row of every table, read with the database's own client (not the ORM)."""
    if ws.engine.dialect.name == "sqlite":
        listing = (
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'search_fts%' AND name NOT LIKE 'sqlite_%'"
        )
    else:
        listing = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
    names = [r[0] for r in raw_sql(ws, listing)]
    assert "campaign" in names
    return {n: sorted(map(repr, raw_sql(ws, f'SELECT * FROM "{n}"'))) for n in names}


@pytest.fixture
def campaign(ws: Workspace):
    return campaigns.create(
        ws,
        name="Humanitarian access in Sudan",
        context="Sudan",
        status="active",
        start_date="2024-01-01",
    )


@pytest.fixture
def org(ws: Workspace):
    return stakeholders.create(
        ws, name="Emergency Response Rooms", kind="organisation", category="local_civil_society"
    )


@pytest.fixture
def person(ws: Workspace, org):
    return stakeholders.create(
        ws,
        name="Amal Hassan",
        kind="person",
        organisation_id=org.id,
        category="local_civil_society",
        country="Sudan",
        sensitivity="confidential",
    )


# ------------------------------------------------------------------- create and read


def test_create_returns_a_record_with_id_timestamps_and_version_one(ws, campaign):
    assert len(campaign.id) == 36
    assert campaign.version == 1
    assert campaign.deleted_at is None
    assert campaign.created_at.endswith("Z")
    assert campaign.start_date == dt.date(2024, 1, 1)
    assert campaigns.get(ws, campaign.id) == campaign


def test_defaults_fill_fields_not_given(ws):
    c = campaigns.create(ws, name="Myanmar")
    assert (c.status, c.priority, c.tags, c.start_date) == ("planning", 2, [], None)
    s = stakeholders.create(ws, name="UNHCR")
    assert (s.kind, s.category, s.sensitivity, s.name_consent) == (
        "organisation",
        "other",
        "internal",
        "none",
    )


def test_get_of_unknown_id_raises_not_found(ws):
    with pytest.raises(NotFound):
        campaigns.get(ws, MISSING_ID)


def test_tags_accept_a_comma_separated_string(ws):
    c = campaigns.create(ws, name="Syria", tags="missing persons, UNGA ,")
    assert c.tags == ["missing persons", "UNGA"]


# ------------------------------------------------------------------- field rules


@pytest.mark.parametrize(
    ("service", "fields", "field", "value"),
    [
        (campaigns, {"name": "X", "start_date": "2024-02-30"}, "start_date", "2024-02-30"),
        (campaigns, {"name": "X", "start_date": "29/06/2023"}, "start_date", "29/06/2023"),
        (campaigns, {"name": "X", "status": "finished"}, "status", "finished"),
        (campaigns, {"name": "X", "priority": 4}, "priority", 4),
        (campaigns, {"name": ""}, "name", ""),
        (campaigns, {"name": "   "}, "name", "   "),
        (campaigns, {"name": "two\nlines"}, "name", "two\nlines"),
        (stakeholders, {"name": "X", "category": "bank"}, "category", "bank"),
        (stakeholders, {"name": "X", "sensitivity": "secret"}, "sensitivity", "secret"),
        (stakeholders, {"name": "X", "name_consent": "yes"}, "name_consent", "yes"),
        (stakeholders, {"name": "X", "kind": "robot"}, "kind", "robot"),
        (stakeholders, {"name": "X", "is_local": "maybe"}, "is_local", "maybe"),
        (stakeholders, {"name": "X", "organisation_id": MISSING_ID}, "organisation_id", None),
        (stakeholders, {"name": "X", "organisation_id": "not-an-id"}, "organisation_id", None),
        (stakeholders, {"name": "X", "colour": "red"}, "colour", "red"),
    ],
)
def test_bad_value_is_refused_naming_field_and_value(ws, service, fields, field, value):
    with pytest.raises(ValidationError) as info:
        service.create(ws, **fields)
    assert info.value.field == field
    if value is not None:
        assert info.value.value == value
        assert repr(value) in str(info.value)
    assert field in str(info.value)


def test_missing_required_field_is_refused(ws):
    with pytest.raises(ValidationError) as info:
        campaigns.create(ws, context="Sudan")
    assert info.value.field == "name"


def test_stance_seven_is_refused(ws, campaign, org):
    with pytest.raises(ValidationError) as info:
        positions.create(ws, campaign_id=campaign.id, stakeholder_id=org.id, stance=7)
    assert info.value.field == "stance"
    assert info.value.value == 7
    assert "stance 7" in str(info.value)
    assert "-2" in str(info.value) and "2" in str(info.value)
    assert positions.campaign_people(ws, campaign.id) == []


@pytest.mark.parametrize("stance", [-2, -1, 0, 1, 2, "2", "-1"])
def test_every_stance_from_opposed_to_champion_is_accepted(ws, campaign, org, stance):
    link = positions.create(ws, campaign_id=campaign.id, stakeholder_id=org.id, stance=stance)
    assert link.stance == int(stance)


@pytest.mark.parametrize("value", [0, 6, 2.5, True, "high"])
def test_influence_outside_one_to_five_is_refused(ws, campaign, org, value):
    with pytest.raises(ValidationError) as info:
        positions.create(ws, campaign_id=campaign.id, stakeholder_id=org.id, influence=value)
    assert info.value.field == "influence"


def test_end_date_before_start_date_is_refused(ws):
    with pytest.raises(ValidationError) as info:
        campaigns.create(ws, name="X", start_date="2024-05-01", end_date="2024-04-30")
    assert info.value.field == "end_date"
    assert "2024-04-30" in str(info.value)
    assert campaigns.list_campaigns(ws) == []


def test_end_date_before_the_stored_start_date_is_refused_on_update(ws, campaign):
    with pytest.raises(ValidationError) as info:
        campaigns.update(ws, campaign.id, end_date="2023-12-31")
    assert info.value.field == "end_date"
    assert campaigns.get(ws, campaign.id).end_date is None


def test_milestone_end_before_its_date_is_refused(ws, campaign):
    with pytest.raises(ValidationError) as info:
        milestones.create(
            ws,
            campaign_id=campaign.id,
            title="HRC session",
            date="2025-06-16",
            end_date="2025-06-1",
        )
    assert info.value.field == "end_date"
    with pytest.raises(ValidationError) as info:
        milestones.create(
            ws,
            campaign_id=campaign.id,
            title="HRC session",
            date="2025-06-16",
            end_date="2025-06-01",
        )
    assert info.value.field == "end_date"


def test_follow_up_before_the_engagement_is_refused(ws, campaign, org):
    with pytest.raises(ValidationError) as info:
        interactions.create(
            ws,
            campaign_id=campaign.id,
            date="2025-03-10",
            summary="Call",
            stakeholder_ids=[org.id],
            follow_up_date="2025-03-01",
        )
    assert info.value.field == "follow_up_date"


def test_changing_only_who_took_part_moves_the_version_and_refuses_a_stale_edit(
    ws, campaign, org
):
    other = stakeholders.create(ws, name="Second partner", kind="organisation")
    made = interactions.create(
        ws, campaign_id=campaign.id, date="2025-03-10", summary="Call", stakeholder_ids=[org.id]
    )
    moved = interactions.update(ws, made.id, made.version, stakeholder_ids=[org.id, other.id])
    assert moved.version == made.version + 1
    assert sorted(moved.stakeholder_ids) == sorted([org.id, other.id])
    with pytest.raises(ConflictError):  # a window still showing the first version
        interactions.update(ws, made.id, made.version, stakeholder_ids=[other.id])
    assert sorted(interactions.get(ws, made.id).stakeholder_ids) == sorted([org.id, other.id])


# ------------------------------------------------------------------- references


@pytest.mark.parametrize(
    ("service", "field"),
    [
        (asks, "campaign_id"),
        (milestones, "campaign_id"),
        (quotes, "campaign_id"),
        (interactions, "campaign_id"),
    ],
)
def test_dangling_campaign_id_is_refused(ws, service, field):
    fields = {
        asks: {"text": "Open the crossing"},
        milestones: {"title": "Vote", "date": "2025-01-01"},
        quotes: {"text": "We are still searching."},
        interactions: {"date": "2025-01-01", "summary": "Call"},
    }[service]
    with pytest.raises(ValidationError) as info:
        service.create(ws, campaign_id=MISSING_ID, **fields)
    assert info.value.field == field
    assert info.value.value == MISSING_ID
    assert "points to no campaign" in str(info.value)


def test_dangling_participant_is_refused_and_no_engagement_is_saved(ws, campaign, org):
    with pytest.raises(ValidationError) as info:
        interactions.create(
            ws,
            campaign_id=campaign.id,
            date="2025-01-01",
            summary="Briefing",
            stakeholder_ids=[org.id, MISSING_ID],
        )
    assert info.value.field == "stakeholder_ids"
    assert info.value.value == MISSING_ID
    assert interactions.list_interactions(ws, campaign.id) == []


def test_reference_to_a_soft_deleted_record_is_dangling(ws, campaign, org):
    stakeholders.delete(ws, org.id)
    with pytest.raises(ValidationError) as info:
        positions.create(ws, campaign_id=campaign.id, stakeholder_id=org.id)
    assert info.value.field == "stakeholder_id"


def test_relationship_to_self_is_refused(ws, org):
    with pytest.raises(ValidationError) as info:
        relationships.create(ws, from_id=org.id, to_id=org.id, kind="allied_with")
    assert info.value.field == "to_id"


def test_relationship_kind_must_be_known(ws, org, person):
    with pytest.raises(ValidationError) as info:
        relationships.create(ws, from_id=person.id, to_id=org.id, kind="friends")
    assert info.value.field == "kind"
    rel = relationships.create(ws, from_id=person.id, to_id=org.id, kind="works_at")
    assert relationships.list_relationships(ws, org.id) == [rel]


def test_milestone_depends_on_must_name_live_milestones(ws, campaign):
    m1 = milestones.create(ws, campaign_id=campaign.id, title="Draft", date="2023-06-01")
    with pytest.raises(ValidationError) as info:
        milestones.create(
            ws, campaign_id=campaign.id, title="Vote", date="2023-06-29", depends_on=[MISSING_ID]
        )
    assert info.value.field == "depends_on"
    m2 = milestones.create(
        ws, campaign_id=campaign.id, title="Vote", date="2023-06-29", depends_on=[m1.id]
    )
    assert m2.depends_on == [m1.id]
    with pytest.raises(ValidationError) as info:
        milestones.update(ws, m2.id, depends_on=[m2.id])
    assert info.value.field == "depends_on"


def test_vote_position_needs_a_vote_milestone(ws, campaign, org):
    hearing = milestones.create(
        ws, campaign_id=campaign.id, title="Hearing", kind="hearing", date="2023-06-01"
    )
    with pytest.raises(ValidationError) as info:
        votes.create(ws, milestone_id=hearing.id, stakeholder_id=org.id, expected="yes")
    assert info.value.field == "milestone_id"
    vote = milestones.create(
        ws, campaign_id=campaign.id, title="UNGA vote", kind="vote", date="2023-06-29"
    )
    pos = votes.create(ws, milestone_id=vote.id, stakeholder_id=org.id, expected="abstain")
    assert votes.list_positions(ws, vote.id) == [pos]
    with pytest.raises(ValidationError) as info:
        votes.update(ws, pos.id, actual="maybe")
    assert info.value.field == "actual"


def test_quote_language_must_be_a_language_tag(ws, campaign, person):
    with pytest.raises(ValidationError) as info:
        quotes.create(ws, campaign_id=campaign.id, text="نريد أن نعرف", language="arabic!")
    assert info.value.field == "language"
    q = quotes.create(
        ws,
        campaign_id=campaign.id,
        stakeholder_id=person.id,
        text="نريد أن نعرف مصير أحبائنا",
        translation="We want to know the fate of our loved ones",
        language="ar",
    )
    assert quotes.list_quotes(ws, campaign.id) == [q]


def test_duplicate_campaign_link_is_refused(ws, campaign, org):
    positions.create(ws, campaign_id=campaign.id, stakeholder_id=org.id, role="partner")
    with pytest.raises(ValidationError) as info:
        positions.create(ws, campaign_id=campaign.id, stakeholder_id=org.id, role="ally")
    assert info.value.field == "stakeholder_id"
    assert "already" in str(info.value)
    people = positions.campaign_people(ws, campaign.id)
    assert [p.position.role for p in people] == ["partner"]


def test_campaign_people_show_position_and_last_contact(ws, campaign, org, person):
    positions.create(ws, campaign_id=campaign.id, stakeholder_id=org.id, influence=5)
    positions.create(ws, campaign_id=campaign.id, stakeholder_id=person.id, influence=2)
    interactions.create(
        ws, campaign_id=campaign.id, date="2025-02-01", summary="Call", stakeholder_ids=[org.id]
    )
    interactions.create(
        ws, campaign_id=campaign.id, date="2025-03-05", summary="Visit", stakeholder_ids=[org.id]
    )
    people = positions.campaign_people(ws, campaign.id)
    assert [p.stakeholder.name for p in people] == [org.name, person.name]
    assert people[0].last_contact == dt.date(2025, 3, 5)
    assert people[1].last_contact is None
    assert positions.find_link(ws, campaign.id, org.id).influence == 5


# ------------------------------------------------------------------- update and versions


def test_update_changes_the_field_and_bumps_the_version(ws, campaign):
    updated = campaigns.update(ws, campaign.id, status="closed", outcome="Institution created")
    assert updated.version == 2
    assert updated.status == "closed"
    assert updated.updated_at >= campaign.updated_at
    assert campaigns.update(ws, campaign.id, priority=1).version == 3
    assert campaigns.get(ws, campaign.id).version == 3


def test_update_with_the_expected_version_succeeds(ws, campaign):
    updated = campaigns.update(ws, campaign.id, expected_version=1, lead="Amira")
    assert updated.lead == "Amira"


def test_update_from_a_stale_version_is_a_conflict_and_changes_nothing(ws, campaign):
    campaigns.update(ws, campaign.id, lead="Amira")  # someone else's edit: version 2
    with pytest.raises(ConflictError) as info:
        campaigns.update(ws, campaign.id, expected_version=1, lead="Jonas")
    assert "version" in str(info.value)
    current = campaigns.get(ws, campaign.id)
    assert (current.lead, current.version) == ("Amira", 2)


def test_stale_conflict_names_the_record_and_who_changed_it(ws, campaign):
    ws.set_info("user_name", "Amira")
    campaigns.update(ws, campaign.id, lead="Amira")
    with pytest.raises(ConflictError) as info:
        campaigns.update(ws, campaign.id, expected_version=1, lead="Jonas")
    message = str(info.value)
    assert f"'{campaign.name}'" in message
    assert " by " in message and "version 2; you edited version 1" in message
    if ws.engine.dialect.name == "postgresql":  # the server names its login role
        assert f"by {ws.engine.url.username} at" in message
    else:
        assert "by Amira at" in message


def test_a_colleague_committing_after_my_read_makes_my_save_a_conflict(ws_pg):
    """On a team server a colleague commits between this read and this write: the
    versioned UPDATE matches no row, and nothing of the late save is kept. (A file's
    write lock serialises its writers instead: there, a stale form is caught by
    ``expected_version``, above.)"""
    from planner.services.campaigns import SPEC
    from planner.services.entity import update_in

    campaign = campaigns.create(ws_pg, name="Humanitarian access in Sudan")
    with ws_pg.session() as mine:
        form = mine.get(SPEC.model, campaign.id)  # the form was filled from version 1
        assert form.version == 1
        with open_workspace(ws_pg.location, create=False) as colleague:
            campaigns.update(colleague, campaign.id, lead="Amira")
        with pytest.raises(ConflictError, match="version 2; you edited version 1"):
            update_in(mine, SPEC, campaign.id, {"lead": "Jonas"})
    current = campaigns.get(ws_pg, campaign.id)
    assert (current.lead, current.version) == ("Amira", 2)


def test_update_of_an_unknown_id_raises_not_found(ws):
    with pytest.raises(NotFound):
        stakeholders.update(ws, MISSING_ID, name="X")


def test_interaction_participants_can_be_replaced(ws, campaign, org, person):
    i = interactions.create(
        ws, campaign_id=campaign.id, date="2025-01-01", summary="Call", stakeholder_ids=[org.id]
    )
    assert i.stakeholder_ids == [org.id]
    i2 = interactions.update(ws, i.id, stakeholder_ids=[person.id, org.id])
    assert sorted(i2.stakeholder_ids) == sorted([person.id, org.id])
    assert [x.id for x in interactions.list_interactions(ws, stakeholder_id=person.id)] == [i.id]


# ------------------------------------------------------------------- soft delete


def test_soft_delete_hides_from_lists_and_restore_brings_back(ws, campaign, org, person):
    stakeholders.delete(ws, person.id)
    assert [s.id for s in stakeholders.list_stakeholders(ws)] == [org.id]
    assert stakeholders.count_stakeholders(ws) == 1
    with pytest.raises(NotFound):
        stakeholders.get(ws, person.id)
    assert stakeholders.get(ws, person.id, deleted=True).deleted_at is not None
    everyone = stakeholders.list_stakeholders(ws, StakeholderFilter(include_deleted=True))
    assert {s.id for s in everyone} == {org.id, person.id}

    restored = stakeholders.restore(ws, person.id)
    assert restored.deleted_at is None
    assert {s.id for s in stakeholders.list_stakeholders(ws)} == {org.id, person.id}


def test_a_stale_delete_or_restore_is_refused_and_changes_nothing(ws, org):
    """Undo and redo send the version they left: a colleague's edit in between wins."""
    seen = org.version
    stakeholders.update(ws, org.id, notes="Their note")
    with pytest.raises(ConflictError, match="you edited version 1"):
        stakeholders.delete(ws, org.id, expected_version=seen)
    assert stakeholders.get(ws, org.id).deleted_at is None
    deleted = stakeholders.delete(ws, org.id, expected_version=seen + 1)
    with pytest.raises(ConflictError):
        stakeholders.restore(ws, org.id, expected_version=seen)
    assert stakeholders.get(ws, org.id, deleted=True).deleted_at is not None
    assert stakeholders.restore(ws, org.id, expected_version=deleted.version).deleted_at is None


def test_soft_deleted_campaign_leaves_the_list_and_find(ws, campaign):
    campaigns.delete(ws, campaign.id)
    assert campaigns.list_campaigns(ws) == []
    with pytest.raises(NotFound):
        campaigns.find(ws, campaign.name)
    assert [c.id for c in campaigns.list_campaigns(ws, include_deleted=True)] == [campaign.id]
    campaigns.restore(ws, campaign.id)
    assert campaigns.find(ws, "humanitarian ACCESS in sudan").id == campaign.id


def test_soft_delete_of_each_kind_hides_it_from_its_list(ws, campaign, org):
    a = asks.create(ws, campaign_id=campaign.id, text="Open Adre crossing")
    m = milestones.create(ws, campaign_id=campaign.id, title="Pledging", date="2025-04-15")
    i = interactions.create(ws, campaign_id=campaign.id, date="2025-01-01", summary="Call")
    q = quotes.create(ws, campaign_id=campaign.id, text="Aid must reach Darfur.")
    link = positions.create(ws, campaign_id=campaign.id, stakeholder_id=org.id)
    for module, record, listed in [
        (asks, a, lambda: asks.list_asks(ws, campaign.id)),
        (milestones, m, lambda: milestones.list_milestones(ws, campaign.id)),
        (interactions, i, lambda: interactions.list_interactions(ws, campaign.id)),
        (quotes, q, lambda: quotes.list_quotes(ws, campaign.id)),
        (positions, link, lambda: [p.position for p in positions.campaign_people(ws, campaign.id)]),
    ]:
        assert [x.id for x in listed()] == [record.id]
        module.delete(ws, record.id)
        assert listed() == []
        module.restore(ws, record.id)
        assert [x.id for x in listed()] == [record.id]


def test_deleting_twice_raises_not_found(ws, org):
    stakeholders.delete(ws, org.id)
    with pytest.raises(NotFound):
        stakeholders.delete(ws, org.id)


def test_a_deleted_record_cannot_be_updated(ws, org):
    stakeholders.delete(ws, org.id)
    with pytest.raises(NotFound):
        stakeholders.update(ws, org.id, name="New name")


# ------------------------------------------------------------------- all or nothing


def test_a_failing_update_changes_nothing(ws, campaign, org):
    link = positions.create(ws, campaign_id=campaign.id, stakeholder_id=org.id, stance=1)
    before = table_dump(ws)
    with pytest.raises(ValidationError):
        positions.update(ws, link.id, owner="Jonas", next_step="Call back", stance=7)
    assert table_dump(ws) == before
    assert positions.get(ws, link.id).version == 1


def test_a_failing_create_changes_nothing(ws, campaign, org):
    before = table_dump(ws)
    with pytest.raises(ValidationError):
        interactions.create(
            ws,
            campaign_id=campaign.id,
            date="2025-01-01",
            summary="Meeting",
            stakeholder_ids=[org.id],
            sensitivity="top secret",
        )
    assert table_dump(ws) == before


def test_an_error_inside_a_unit_of_work_rolls_back_every_write(ws, campaign):
    from planner.domain.models import Campaign, Stakeholder

    before = table_dump(ws)
    with pytest.raises(RuntimeError), ws.session() as s:
        s.add(Stakeholder(name="First"))
        s.get(Campaign, campaign.id).name = "Renamed"
        s.flush()
        raise RuntimeError("boom")
    assert table_dump(ws) == before


def test_database_constraints_refuse_bad_enums_even_from_raw_sql(ws):
    with pytest.raises((sqlite3.IntegrityError, psycopg.errors.CheckViolation)):
        raw_sql(
            ws,
            "INSERT INTO campaign (id, name, context, objective, strategy, status, outcome, "
            "priority, lead, tags, created_at, updated_at, version) VALUES "
            "(:id, 'x', '', '', '', 'finished', '', 2, '', '[]', 'a', 'a', 1)",
            {"id": MISSING_ID},
        )
    assert campaigns.list_campaigns(ws) == []


# ------------------------------------------------------------------- lists and filters


def test_stakeholder_filters_narrow_the_list(ws, campaign, org, person):
    other = stakeholders.create(
        ws, name="Permanent Mission of Norway", category="member_state", country="Norway"
    )
    positions.create(ws, campaign_id=campaign.id, stakeholder_id=person.id, role="voice")
    positions.create(ws, campaign_id=campaign.id, stakeholder_id=other.id, role="target")

    def names(**kw):
        return [s.name for s in stakeholders.list_stakeholders(ws, StakeholderFilter(**kw))]

    assert names(category="member_state") == [other.name]
    assert names(country="Sudan") == [person.name]
    assert names(sensitivity="confidential") == [person.name]
    assert names(kind="person") == [person.name]
    assert names(campaign_id=campaign.id) == sorted([person.name, other.name])
    assert names(campaign_id=campaign.id, role="target") == [other.name]
    assert names(text="emerg") == [org.name]
    assert names(text="norw", category="member_state") == [other.name]
    assert stakeholders.count_stakeholders(ws, StakeholderFilter(campaign_id=campaign.id)) == 2
    assert stakeholders.countries(ws) == ["Norway", "Sudan"]
    with pytest.raises(ValidationError):
        names(category="bank")


def test_stakeholder_list_sorts_and_pages(ws):
    for name in ["Charlie", "alpha", "Bravo", "Delta"]:
        stakeholders.create(ws, name=name)
    page = stakeholders.list_stakeholders(ws, sort="name", offset=1, limit=2)
    assert len(page) == 2
    everyone = stakeholders.list_stakeholders(ws, sort="name", descending=True)
    assert len(everyone) == 4
    with pytest.raises(ValidationError) as info:
        stakeholders.list_stakeholders(ws, sort="email")
    assert info.value.field == "sort"


def test_find_stakeholder_by_id_or_name(ws, org):
    assert stakeholders.find(ws, org.id) == org
    assert stakeholders.find(ws, "emergency response rooms") == org
    with pytest.raises(NotFound):
        stakeholders.find(ws, "Nobody")


def test_campaigns_list_by_status_and_priority(ws):
    campaigns.create(ws, name="B", priority=2, status="active")
    campaigns.create(ws, name="a", priority=2, status="paused")
    campaigns.create(ws, name="C", priority=1, status="active")
    assert [c.name for c in campaigns.list_campaigns(ws)] == ["C", "a", "B"]
    assert [c.name for c in campaigns.list_campaigns(ws, status="active")] == ["C", "B"]
    with pytest.raises(ValidationError):
        campaigns.list_campaigns(ws, status="done")


def test_two_campaigns_with_the_same_name_must_be_named_by_id(ws):
    a = campaigns.create(ws, name="Twin")
    campaigns.create(ws, name="twin")
    with pytest.raises(NotFound) as info:
        campaigns.find(ws, "Twin")
    assert "use the id" in str(info.value)
    assert campaigns.find(ws, a.id) == a


def test_milestones_overdue_and_filters(ws, campaign):
    today = dt.date(2025, 6, 1)
    late = milestones.create(ws, campaign_id=campaign.id, title="Late", date="2025-05-01")
    milestones.create(ws, campaign_id=campaign.id, title="Done", date="2025-05-02", status="done")
    milestones.create(
        ws,
        campaign_id=campaign.id,
        title="Running",
        date="2025-05-20",
        end_date="2025-06-10",
    )
    soon = milestones.create(
        ws, campaign_id=campaign.id, title="Vote", kind="vote", date="2025-06-29"
    )
    assert [m.id for m in milestones.overdue(ws, today)] == [late.id]
    assert milestones.is_overdue(late, today)
    assert not milestones.is_overdue(soon, today)
    assert [m.id for m in milestones.list_milestones(ws, campaign.id, kind="vote")] == [soon.id]
    window = milestones.list_milestones(
        ws, campaign.id, start=dt.date(2025, 5, 2), end=dt.date(2025, 5, 31)
    )
    assert [m.title for m in window] == ["Done", "Running"]


def test_follow_ups_due_lists_engagements_whose_follow_up_has_come(ws, campaign, org):
    due = interactions.create(
        ws,
        campaign_id=campaign.id,
        date="2025-01-01",
        summary="Call",
        stakeholder_ids=[org.id],
        follow_up_date="2025-01-10",
    )
    interactions.create(
        ws,
        campaign_id=campaign.id,
        date="2025-01-01",
        summary="Later",
        follow_up_date="2025-03-01",
    )
    assert [i.id for i in interactions.follow_ups_due(ws, dt.date(2025, 2, 1))] == [due.id]


# ------------------------------------------------------------------- issue 14: one set of rules


def test_a_stakeholder_cannot_be_its_own_organisation(ws, org):
    before = table_dump(ws)
    with pytest.raises(ValidationError, match="itself") as info:
        stakeholders.update(ws, org.id, organisation_id=org.id)
    assert info.value.field == "organisation_id"
    assert table_dump(ws) == before


def test_organisations_cannot_belong_to_each_other_in_a_circle(ws, org, person):
    network = stakeholders.create(ws, name="Sudan Civil Society Network")
    stakeholders.update(ws, org.id, organisation_id=network.id)  # person → org → network
    before = table_dump(ws)
    with pytest.raises(ValidationError, match="circle") as info:
        stakeholders.update(ws, network.id, organisation_id=person.id)
    assert "Amal Hassan" in str(info.value) and "Emergency Response Rooms" in str(info.value)
    assert table_dump(ws) == before
    stakeholders.update(ws, network.id, organisation_id=None)  # leaving is always allowed


@pytest.mark.parametrize(
    "service, field",
    [(stakeholders, "name"), (campaigns, "name"), (milestones, "title")],
)
def test_a_name_with_a_right_to_left_override_is_refused_by_the_services(
    ws, campaign, service, field
):
    values = {"campaign_id": campaign.id, "date": "2026-06-29"} if service is milestones else {}
    before = table_dump(ws)
    with pytest.raises(ValidationError, match="bidi") as info:
        service.create(ws, **values, **{field: "Families \u202egpj.exe"})
    assert info.value.field == field
    assert table_dump(ws) == before


def test_an_id_of_dashes_is_refused_as_a_reference(ws, org):
    with pytest.raises(ValidationError, match="not a valid id"):
        stakeholders.update(ws, org.id, organisation_id="-" * 36)


def test_find_by_name_refuses_two_records_of_one_name_and_names_the_way_out(ws):
    """The CLI takes a name or an id: with two partners of one name it must not pick one."""
    first = stakeholders.create(ws, name="Amal Hassan", kind="person")
    stakeholders.create(ws, name="amal hassan", kind="person")
    with pytest.raises(NotFound, match="Several stakeholders are named 'Amal Hassan'; use the id"):
        stakeholders.find(ws, "Amal Hassan")
    assert stakeholders.find(ws, first.id).id == first.id
    campaigns.create(ws, name="Missing persons")
    assert campaigns.find(ws, " missing PERSONS ").name == "Missing persons"
    with pytest.raises(NotFound, match="No campaign with id or name 'Nothing'"):
        campaigns.find(ws, "Nothing")
