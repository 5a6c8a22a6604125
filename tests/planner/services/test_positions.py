"""A stakeholder's place in a campaign: stance and influence ranges, one link per pair, the
people list."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.validation import ValidationError
from planner.services import interactions, positions

pytestmark = pytest.mark.both_backends  # on a file and on a server


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
