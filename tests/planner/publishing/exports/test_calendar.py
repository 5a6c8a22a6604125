"""The .ics export: one all-day event per milestone, stable UIDs, audience rules."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from planner.publishing.documents import export_calendar
from planner.services import campaigns, milestones


def _events(path):
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def _setup(ws):
    c = campaigns.create(ws, name="Missing persons")
    vote = milestones.create(
        ws,
        campaign_id=c.id,
        title="GA vote",
        kind="vote",
        date=dt.date(2023, 6, 29),
        location="New York",
        owner="Amira",
    )
    session = milestones.create(
        ws,
        campaign_id=c.id,
        title="HRC 59",
        kind="un_meeting",
        date=dt.date(2025, 6, 16),
        end_date=dt.date(2025, 7, 9),
        location="Geneva",
    )
    prep = milestones.create(
        ws,
        campaign_id=c.id,
        title="Team retreat",
        kind="internal",
        date=dt.date(2025, 5, 2),
        status="cancelled",
    )
    return c, vote, session, prep


def test_one_all_day_event_per_milestone_with_right_dates(ws, tmp_path):
    c, vote, session, prep = _setup(ws)
    out = tmp_path / "m.ics"
    assert export_calendar(ws, out, c.id) == 3

    events = _events(out)
    assert set(events) == {f"{m.id}@campaign-planner" for m in (vote, session, prep)}
    e = events[f"{vote.id}@campaign-planner"]
    assert e.decoded("DTSTART") == dt.date(2023, 6, 29)
    assert e.decoded("DTEND") == dt.date(2023, 6, 30)  # exclusive end
    assert str(e["SUMMARY"]) == "GA vote — Missing persons"
    assert str(e["LOCATION"]) == "New York"
    assert "Owner: Amira" in str(e["DESCRIPTION"])
    s = events[f"{session.id}@campaign-planner"]
    assert (s.decoded("DTSTART"), s.decoded("DTEND")) == (
        dt.date(2025, 6, 16),
        dt.date(2025, 7, 10),
    )
    assert str(events[f"{prep.id}@campaign-planner"]["STATUS"]) == "CANCELLED"


def test_uids_are_stable_and_sequence_follows_the_version(ws, tmp_path):
    c, vote, _s, _p = _setup(ws)
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    export_calendar(ws, first, c.id)
    milestones.update(ws, vote.id, date=dt.date(2023, 6, 30))
    export_calendar(ws, second, c.id)

    a, b = _events(first), _events(second)
    assert set(a) == set(b)
    uid = f"{vote.id}@campaign-planner"
    assert int(b[uid]["SEQUENCE"]) == int(a[uid]["SEQUENCE"]) + 1
    assert b[uid].decoded("DTSTART") == dt.date(2023, 6, 30)


def test_public_calendar_has_no_internal_milestone_and_no_owner(ws, tmp_path):
    c, _vote, _session, prep = _setup(ws)
    out = tmp_path / "public.ics"
    assert export_calendar(ws, out, c.id, audience="public") == 2
    text = out.read_text(encoding="utf-8")
    assert prep.id not in text and "Team retreat" not in text and "Amira" not in text
    assert len(_events(out)) == 2
