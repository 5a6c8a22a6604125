"""The single write path every entity service shares: ids, versions and conflicts, references,
soft delete, and that a refused write leaves the workspace exactly as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.validation import ValidationError
from planner.services import (
    asks,
    campaigns,
    interactions,
    milestones,
    positions,
    quotes,
    stakeholders,
)
from planner.services.entity import ConflictError, NotFound
from planner.storage.store import open_workspace
from tests.planner.services.shared import MISSING_ID, table_dump

pytestmark = pytest.mark.both_backends  # on a file and on a server


def test_create_returns_a_record_with_id_timestamps_and_version_one(ws, campaign):
    assert len(campaign.id) == 36
    assert campaign.version == 1
    assert campaign.deleted_at is None
    assert campaign.created_at.utcoffset() == dt.timedelta(0)  # an aware UTC datetime
    assert campaign.created_at <= campaign.updated_at
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


def test_reference_to_a_soft_deleted_record_is_dangling(ws, campaign, org):
    stakeholders.delete(ws, org.id)
    with pytest.raises(ValidationError) as info:
        positions.create(ws, campaign_id=campaign.id, stakeholder_id=org.id)
    assert info.value.field == "stakeholder_id"


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


@pytest.mark.sqlite_only
def test_stale_conflict_names_who_edited_not_who_shared_it_since(ws, campaign):
    from planner.services.audit_trail import log_share

    ws.set_info("user_name", "Amira")
    campaigns.update(ws, campaign.id, lead="Amira")
    ws.set_info("user_name", "Leila")
    log_share(ws, "brief", "closed", "brief.pdf", campaign_id=campaign.id)
    with pytest.raises(ConflictError, match="was changed by Amira at"):
        campaigns.update(ws, campaign.id, expected_version=1, lead="Jonas")


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
