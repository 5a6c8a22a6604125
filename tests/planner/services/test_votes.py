"""Expected and actual votes: only on a vote milestone, known values only."""

from __future__ import annotations

import pytest

from planner.domain.validation import ValidationError
from planner.services import milestones, votes

pytestmark = pytest.mark.both_backends  # on a file and on a server


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
