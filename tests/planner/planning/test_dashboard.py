"""The start page: due moments, overdue ones, follow-ups, quiet contacts, asks, changes."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.planning.dashboard import dashboard, week_start
from planner.services import asks, campaigns, interactions, milestones, positions, stakeholders
from planner.services.stance_history import record_change

pytestmark = pytest.mark.both_backends  # its ranking SQL is text: check it on a server too

TODAY = dt.date(2026, 3, 11)  # a Wednesday


def _campaign(ws):
    return campaigns.create(ws, name="Missing persons", status="active")


def test_follow_up_due_today_and_overdue_milestone_are_listed(ws):
    c = _campaign(ws)
    amb = stakeholders.create(ws, name="Ambassador X", category="member_state", kind="person")
    positions.create(ws, campaign_id=c.id, stakeholder_id=amb.id, role="target")
    due = interactions.create(
        ws,
        campaign_id=c.id,
        date=TODAY - dt.timedelta(days=5),
        summary="Met the ambassador",
        stakeholder_ids=[amb.id],
        follow_up_date=TODAY,
    )
    interactions.create(
        ws,
        campaign_id=c.id,
        date=TODAY - dt.timedelta(days=5),
        summary="Later follow-up",
        follow_up_date=TODAY + dt.timedelta(days=1),
    )
    late = milestones.create(
        ws, campaign_id=c.id, title="Submit statement", date=TODAY - dt.timedelta(days=2)
    )
    milestones.create(
        ws,
        campaign_id=c.id,
        title="Already done",
        date=TODAY - dt.timedelta(days=3),
        status="done",
    )

    d = dashboard(ws, TODAY)

    # due today first, then tomorrow's (the week ahead is in view), counted apart
    assert d.follow_ups[0].id == due.id
    assert [f.days_late for f in d.follow_ups] == [0, -1]
    assert (d.follow_ups_count, d.follow_ups_late) == (2, 1)
    assert d.follow_ups[0].stakeholder_names == ["Ambassador X"]
    assert d.follow_ups[0].campaign_name == "Missing persons"
    assert [m.id for m in d.overdue] == [late.id]
    assert d.overdue[0].overdue


def test_this_week_and_next_week_split_on_monday(ws):
    c = _campaign(ws)
    monday = week_start(TODAY)
    this = milestones.create(ws, campaign_id=c.id, title="HRC side event", date=monday)
    nxt = milestones.create(
        ws, campaign_id=c.id, title="GA vote", date=monday + dt.timedelta(days=7), kind="vote"
    )
    milestones.create(ws, campaign_id=c.id, title="Far", date=monday + dt.timedelta(days=14))
    span = milestones.create(
        ws,
        campaign_id=c.id,
        title="Session",
        date=monday - dt.timedelta(days=10),
        end_date=monday + dt.timedelta(days=1),
    )

    d = dashboard(ws, TODAY)

    assert {m.id for m in d.this_week} == {this.id, span.id}
    assert [m.id for m in d.next_week] == [nxt.id]


def test_quiet_targets_and_partners_never_or_long_ago_contacted(ws):
    c = _campaign(ws)
    never = stakeholders.create(ws, name="Never met")
    long_ago = stakeholders.create(ws, name="Long ago")
    recent = stakeholders.create(ws, name="Recently met")
    media = stakeholders.create(ws, name="A journalist", category="media")
    positions.create(ws, campaign_id=c.id, stakeholder_id=never.id, role="target")
    positions.create(ws, campaign_id=c.id, stakeholder_id=long_ago.id, role="partner")
    positions.create(ws, campaign_id=c.id, stakeholder_id=recent.id, role="target")
    positions.create(ws, campaign_id=c.id, stakeholder_id=media.id, role="media")
    interactions.create(
        ws,
        campaign_id=c.id,
        date=TODAY - dt.timedelta(days=45),
        summary="Call",
        stakeholder_ids=[long_ago.id],
    )
    interactions.create(
        ws,
        campaign_id=c.id,
        date=TODAY - dt.timedelta(days=3),
        summary="Meeting",
        stakeholder_ids=[recent.id],
    )

    d = dashboard(ws, TODAY, stale_days=30)
    assert [(q.name, q.days_since) for q in d.quiet] == [("Never met", None), ("Long ago", 45)]

    assert [q.name for q in dashboard(ws, TODAY, stale_days=60).quiet] == ["Never met"]


def test_asks_counted_by_status_per_campaign(ws):
    c = _campaign(ws)
    for status in ("open", "open", "achieved"):
        asks.create(ws, campaign_id=c.id, text=f"Ask {status}", status=status)

    (tally,) = dashboard(ws, TODAY).asks
    assert tally.counts == {"open": 2, "progressing": 0, "achieved": 1, "dropped": 0}
    assert tally.total == 3


def test_recent_changes_put_the_latest_edit_first(ws):
    c = _campaign(ws)
    m = milestones.create(ws, campaign_id=c.id, title="First title", date=TODAY)
    s = stakeholders.create(ws, name="Someone")
    milestones.update(ws, m.id, title="Renamed moment")

    recent = dashboard(ws, TODAY).recent
    assert (recent[0].kind, recent[0].id, recent[0].title) == ("milestone", m.id, "Renamed moment")
    assert recent[0].campaign_id == c.id
    assert {(x.kind, x.id) for x in recent} >= {("stakeholder", s.id), ("campaign", c.id)}


def test_deleted_campaign_leaves_the_dashboard(ws):
    c = _campaign(ws)
    milestones.create(ws, campaign_id=c.id, title="Late", date=TODAY - dt.timedelta(days=9))
    campaigns.delete(ws, c.id)
    d = dashboard(ws, TODAY)
    assert d.overdue == [] and d.asks == []


def test_demo_dashboard_has_something_due(demo_ws):
    d = dashboard(demo_ws, dt.date.today())
    assert d.overdue and d.follow_ups and d.this_week


def test_lists_are_bounded_but_counts_are_not(ws):
    c = _campaign(ws)
    for k in range(8):
        milestones.create(ws, campaign_id=c.id, title=f"Late {k}", date=TODAY - dt.timedelta(k + 1))
        interactions.create(
            ws, campaign_id=c.id, date=TODAY, summary=f"Call {k}", follow_up_date=TODAY
        )
        s = stakeholders.create(ws, name=f"Target {k}")
        positions.create(ws, campaign_id=c.id, stakeholder_id=s.id, role="target")
    d = dashboard(ws, TODAY, limit=3, quiet_limit=2)
    assert (len(d.overdue), d.overdue_count) == (3, 8)
    assert d.overdue[0].milestone.title == "Late 0"  # the most recent lapse first
    assert (len(d.follow_ups), d.follow_ups_count, d.follow_ups_late) == (3, 8, 8)
    assert (len(d.quiet), d.quiet_count) == (2, 8)
    assert d.active_campaigns == 1 and d.campaign_name(c.id) == "Missing persons"


def test_moved_toward_us_lists_a_stance_that_rose_this_month(ws):
    c = _campaign(ws)
    amb = stakeholders.create(ws, name="Ambassador Y")
    other = stakeholders.create(ws, name="Unmoved")
    positions.create(ws, campaign_id=c.id, stakeholder_id=amb.id, role="target", stance=-1)
    positions.create(ws, campaign_id=c.id, stakeholder_id=other.id, role="target", stance=0)
    today = dt.date.today()
    record_change(ws, c.id, amb.id, date=today - dt.timedelta(days=3), stance=1)

    d = dashboard(ws, today)
    assert [(m.stakeholder_name, m.before, m.now) for m in d.moved] == [("Ambassador Y", -1, 1)]
    assert d.moved_count == 1
