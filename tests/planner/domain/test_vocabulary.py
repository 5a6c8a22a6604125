"""The closed vocabularies: each value has a label, every label table covers its vocabulary
whole, and the ranges the forms offer are the ones the rules accept."""

from __future__ import annotations

import pytest

from planner.domain import vocabulary as v
from planner.domain.validation import ValidationError
from planner.services import campaigns, positions, stakeholders


def test_every_category_and_audience_has_its_words_and_no_stray_ones():
    assert set(v.CATEGORY_LABELS) == set(v.CATEGORIES)
    for table in (v.AUDIENCE_TITLES, v.AUDIENCE_FOR, v.AUDIENCE_HELP):
        assert set(table) == set(v.AUDIENCES)
    assert set(v.SENSITIVITY_HELP) == set(v.SENSITIVITIES)
    assert set(v.STANCE_LABELS) == set(range(v.STANCE_RANGE[0], v.STANCE_RANGE[1] + 1))
    assert set(v.DECISIVE_MILESTONE_KINDS) <= set(v.MILESTONE_KINDS)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("un_meeting", "UN meeting"),
        ("member_state", "Member state"),  # from the category table
        ("womens_group", "Women's group"),
        ("vote", "Vote"),
        ("", ""),
    ],
)
def test_a_value_is_shown_in_words(value, shown):
    assert v.label(value) == shown


def test_the_stance_and_score_ranges_are_the_ones_the_services_accept(ws):
    campaign = campaigns.create(ws, name="Syria")
    low, high = v.STANCE_RANGE
    for stance in (low - 1, high + 1):
        s = stakeholders.create(ws, name=f"Outside {stance}")
        with pytest.raises(ValidationError):
            positions.create(ws, campaign_id=campaign.id, stakeholder_id=s.id, stance=stance)
    top = stakeholders.create(ws, name="Top")
    made = positions.create(
        ws, campaign_id=campaign.id, stakeholder_id=top.id, stance=high, influence=v.SCORE_RANGE[1]
    )
    assert (made.stance, made.influence) == (high, v.SCORE_RANGE[1])
