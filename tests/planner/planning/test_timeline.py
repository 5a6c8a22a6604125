"""Timeline data: lanes, overdue and missed flags, dependencies, rescheduling."""

from __future__ import annotations

import datetime as dt

from planner.planning.timeline import reschedule, timeline
from planner.services import campaigns, milestones

TODAY = dt.date(2026, 5, 20)


def test_lanes_flags_and_dependencies(ws):
    a = campaigns.create(ws, name="Syria", priority=1)
    b = campaigns.create(ws, name="Sudan", priority=2)
    draft = milestones.create(ws, campaign_id=a.id, title="Draft", date=TODAY - dt.timedelta(5))
    vote = milestones.create(
        ws,
        campaign_id=a.id,
        title="Vote",
        kind="vote",
        date=TODAY + dt.timedelta(10),
        depends_on=[draft.id],
    )
    missed = milestones.create(
        ws, campaign_id=b.id, title="Briefing", date=TODAY - dt.timedelta(20), status="missed"
    )
    early = milestones.create(
        ws,
        campaign_id=b.id,
        title="Too early",
        date=TODAY - dt.timedelta(30),
        depends_on=[missed.id],
    )

    t = timeline(ws, today=TODAY)

    assert [lane.name for lane in t.lanes] == ["Syria", "Sudan"]
    assert t.item(draft.id).overdue and t.item(draft.id).flag == "OVERDUE"
    assert not t.item(vote.id).overdue and t.item(vote.id).lane == 0
    assert t.item(missed.id).missed and t.item(missed.id).flag == "MISSED"
    assert t.item(missed.id).lane == 1
    deps = {(d.before, d.after): d.conflict for d in t.dependencies}
    assert deps == {(draft.id, vote.id): False, (missed.id, early.id): True}


def test_window_keeps_spans_that_overlap_it(ws):
    c = campaigns.create(ws, name="C")
    session = milestones.create(
        ws,
        campaign_id=c.id,
        title="HRC session",
        date=dt.date(2026, 6, 15),
        end_date=dt.date(2026, 7, 10),
    )
    milestones.create(ws, campaign_id=c.id, title="Before", date=dt.date(2026, 6, 1))
    t = timeline(ws, c.id, today=TODAY, start=dt.date(2026, 7, 1), end=dt.date(2026, 7, 31))
    assert [i.id for i in t.items] == [session.id]
    assert t.items[0].is_span


def test_reschedule_keeps_the_length_and_returns_before(ws):
    c = campaigns.create(ws, name="C")
    m = milestones.create(
        ws,
        campaign_id=c.id,
        title="Summit",
        date=dt.date(2026, 9, 22),
        end_date=dt.date(2026, 9, 24),
    )
    before, after = reschedule(ws, m.id, dt.date(2026, 9, 29))
    assert before.date == dt.date(2026, 9, 22)
    assert (after.date, after.end_date) == (dt.date(2026, 9, 29), dt.date(2026, 10, 1))
    assert milestones.get(ws, m.id).end_date == dt.date(2026, 10, 1)


def test_agenda_groups_by_week(ws):
    c = campaigns.create(ws, name="C")
    for day in (18, 20, 26):
        milestones.create(ws, campaign_id=c.id, title=f"M{day}", date=dt.date(2026, 5, day))
    weeks = timeline(ws, c.id, today=TODAY).agenda()
    assert [(w, [i.milestone.title for i in items]) for w, items in weeks] == [
        (dt.date(2026, 5, 18), ["M18", "M20"]),
        (dt.date(2026, 5, 25), ["M26"]),
    ]
