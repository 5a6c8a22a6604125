"""Stance history: every stance or influence change is recorded with its date and source."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.validation import ValidationError
from planner.services import positions, stakeholders
from planner.services import stance_history as sh


def test_a_backdated_change_carries_its_own_date(ws, link):
    met = dt.date.today() - dt.timedelta(days=10)
    change = sh.record_change(
        ws, link.campaign_id, link.stakeholder_id, date=met, stance=1, source="Side event"
    )
    assert (change.date, change.old_stance, change.new_stance) == (met, -1, 1)
    assert positions.get(ws, link.id).stance == 1
    assert sh.record_change(ws, link.campaign_id, link.stakeholder_id, date=met, stance=1) is None
    with pytest.raises(ValidationError, match="future"):
        sh.record_change(
            ws, link.campaign_id, link.stakeholder_id, date=dt.date.today() + dt.timedelta(1)
        )


def test_moved_towards_us_counts_the_net_move_over_the_period(ws, link):
    campaign = link.campaign_id
    today = dt.date.today()
    qatar = stakeholders.create(ws, name="Qatar", category="member_state")
    q = positions.create(ws, campaign_id=campaign, stakeholder_id=qatar.id, stance=0)
    egypt = stakeholders.create(ws, name="Egypt", category="member_state")
    e = positions.create(ws, campaign_id=campaign, stakeholder_id=egypt.id, stance=0)
    old = today - dt.timedelta(days=60)
    sh.record_change(ws, campaign, link.stakeholder_id, date=old, stance=0)  # before the month
    sh.record_change(ws, campaign, link.stakeholder_id, date=today, stance=2)
    positions.update(ws, q.id, stance=1)
    positions.update(ws, e.id, stance=1)
    positions.update(ws, e.id, stance=0)  # up and back down: not a move
    moved = sh.moved_towards_us(ws, today - dt.timedelta(days=30))
    assert [(m.stakeholder_name, m.before, m.now) for m in moved] == [
        ("Permanent Mission of Chad", 0, 2),
        ("Qatar", 0, 1),
    ]
    assert moved[0].campaign_name == "Humanitarian access in Sudan"
    assert sh.moved_towards_us(ws, today, campaign_id="nope") == []
