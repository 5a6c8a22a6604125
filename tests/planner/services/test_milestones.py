"""Milestone rules: date order, dependencies on live milestones, overdue and window filters."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.validation import ValidationError
from planner.services import milestones
from tests.planner.services.shared import MISSING_ID

pytestmark = pytest.mark.both_backends  # on a file and on a server


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
