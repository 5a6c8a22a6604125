"""Engagement rules: follow-up after the engagement, who took part, follow-ups due."""

from __future__ import annotations

import pytest

from planner.domain.validation import ValidationError
from planner.services import interactions, stakeholders
from planner.services.entity import ConflictError
from tests.planner.services.shared import MISSING_ID

pytestmark = pytest.mark.both_backends  # on a file and on a server


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


def test_changing_only_who_took_part_moves_the_version_and_refuses_a_stale_edit(ws, campaign, org):
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


def test_interaction_participants_can_be_replaced(ws, campaign, org, person):
    i = interactions.create(
        ws, campaign_id=campaign.id, date="2025-01-01", summary="Call", stakeholder_ids=[org.id]
    )
    assert i.stakeholder_ids == [org.id]
    i2 = interactions.update(ws, i.id, stakeholder_ids=[person.id, org.id])
    assert sorted(i2.stakeholder_ids) == sorted([person.id, org.id])
    assert [x.id for x in interactions.list_interactions(ws, stakeholder_id=person.id)] == [i.id]
