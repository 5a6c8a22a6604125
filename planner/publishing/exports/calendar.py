"""Milestones to an iCalendar (.ics) file any calendar app can subscribe to or import.

Each milestone is one all-day event whose UID is ``<milestone id>@campaign-planner``, so
importing a newer export updates the events instead of duplicating them; ``SEQUENCE`` is
the row's version, which tells calendar apps which copy is newer. The generator works on
``RedactedSnapshot``s only (``export_calendar`` goes through the gate,
``planner.publishing.gate``): for a ``closed`` or ``public`` audience internal milestones
and owners are simply not there to leak, and withheld names in the descriptions have
been replaced.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from icalendar import Calendar, Event

from planner.domain import vocabulary as v
from planner.domain.audience import MARKINGS, Audience
from planner.domain.records import MilestoneRecord
from planner.publishing.redaction import RedactedSnapshot, require_redacted

UID_DOMAIN = "campaign-planner"
PRODID = "-//Campaign Planner//Milestones//EN"

_STATUS = {"planned": "CONFIRMED", "done": "CONFIRMED", "missed": "CONFIRMED"}


def uid(milestone_id: str) -> str:
    return f"{milestone_id}@{UID_DOMAIN}"


def _stamp(moment: dt.datetime) -> dt.datetime:
    """A record's timestamp in UTC; stable across exports."""
    return moment.astimezone(dt.UTC)


def _description(m: MilestoneRecord, campaign_name: str, audience: Audience) -> str:
    lines = [f"Campaign: {campaign_name}", f"Kind: {v.label(m.kind)}"]
    lines.append(f"Status: {v.label(m.status)}")
    if m.owner and audience == "internal":
        lines.append(f"Owner: {m.owner}")
    if m.description:
        lines += ["", m.description]
    if m.outcome:
        lines += ["", f"Outcome: {m.outcome}"]
    if audience != "internal":
        lines += ["", MARKINGS[audience]]
    return "\n".join(lines)


def milestone_event(m: MilestoneRecord, campaign_name: str, audience: Audience) -> Event:
    """One all-day VEVENT; DTEND is exclusive (the day after the last day), per RFC 5545."""
    event = Event()
    event.add("uid", uid(m.id))
    event.add("dtstamp", _stamp(m.updated_at))
    event.add("created", _stamp(m.created_at))
    event.add("last-modified", _stamp(m.updated_at))
    event.add("sequence", max(m.version - 1, 0))
    event.add("summary", f"{m.title} — {campaign_name}")
    event.add("dtstart", m.date)
    event.add("dtend", (m.end_date or m.date) + dt.timedelta(days=1))
    if m.location:
        event.add("location", m.location)
    event.add("description", _description(m, campaign_name, audience))
    event.add("status", "CANCELLED" if m.status == "cancelled" else _STATUS[m.status])
    event.add("categories", [v.label(m.kind)])
    event.add("transp", "TRANSPARENT")  # a moment to plan around, not a busy slot
    event.add("class", "PRIVATE" if audience == "internal" else "PUBLIC")
    return event


def build_calendar(snapshots: Sequence[RedactedSnapshot], name: str) -> Calendar:
    """A calendar from already redacted snapshots (all of one audience)."""
    for snap in snapshots:
        require_redacted(snap)
    audiences = {s.audience for s in snapshots}
    if len(audiences) > 1:
        raise ValueError(f"snapshots of mixed audiences: {sorted(audiences)}")
    audience = audiences.pop() if audiences else "internal"
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for snap in snapshots:
        for m in sorted(snap.milestones, key=lambda m: (m.date, m.title, m.id)):
            cal.add_component(milestone_event(m, snap.campaign.name, audience))
    return cal
