"""The edge tables: a flush that changes a stance or influence records a stance_change row."""

from __future__ import annotations

import datetime as dt

from planner.services import positions
from planner.services import stance_history as sh


def test_each_stance_or_influence_change_is_recorded_with_date_and_source(ws, link):
    positions.update(ws, link.id, stance=0, source="Meeting with the deputy PR")
    positions.update(ws, link.id, influence=4)
    positions.update(ws, link.id, next_step="Send the briefing note")  # not a stance change
    positions.update(ws, link.id, stance=0)  # same value: nothing to record
    positions.update(ws, link.id, stance=1, influence=5, source="Statement in the Council")
    history = sh.stance_history(ws, link.campaign_id, link.stakeholder_id)
    assert [(h.old_stance, h.new_stance, h.old_influence, h.new_influence) for h in history] == [
        (-1, 0, 3, 3),
        (0, 0, 3, 4),
        (0, 1, 4, 5),
    ]
    assert [h.source for h in history] == [
        "Meeting with the deputy PR",
        "Meeting with the deputy PR",
        "Statement in the Council",
    ]
    assert {h.date for h in history} == {dt.date.today()}
    assert history[0].describe() == "Sceptical → Neutral"
    assert history[2].describe() == "Neutral → Supportive; influence 4 → 5"
