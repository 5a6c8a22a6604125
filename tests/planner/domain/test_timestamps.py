"""Record timestamps: datetimes in Python, the bundle's ISO text in the file."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import text

from planner.domain.timestamps import as_text, parse, utc_now
from planner.services import campaigns
from planner.storage.store import open_workspace


def test_the_text_form_is_the_bundle_form_and_reads_back_to_the_same_moment():
    moment = dt.datetime(2026, 12, 4, 18, 4, 38, 123456, tzinfo=dt.UTC)
    assert as_text(moment) == "2026-12-04T18:04:38.123456Z"
    assert parse("2026-12-04T18:04:38.123456Z") == moment
    east = dt.timezone(dt.timedelta(hours=3))
    assert as_text(moment.astimezone(east)) == "2026-12-04T18:04:38.123456Z"  # stored in UTC
    assert parse("2026-05-01T09:30:00") == dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.UTC)


def test_a_time_without_its_zone_or_text_that_is_no_time_is_refused_by_name():
    with pytest.raises(ValueError, match="time zone"):
        as_text(dt.datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="'yesterday'"):
        parse("yesterday")


def test_the_file_keeps_iso_text_that_sorts_as_time_sorts(tmp_path):
    ws = open_workspace(tmp_path / "ws.db", create=True)
    before = utc_now()
    first = campaigns.create(ws, name="Sudan")
    second = campaigns.create(ws, name="Myanmar")
    assert before <= first.created_at <= second.created_at <= utc_now()
    with ws.session() as s:
        stored = s.execute(text("SELECT created_at FROM campaign ORDER BY created_at")).scalars()
        stored_texts = list(stored)
    ws.close()
    assert stored_texts == [as_text(first.created_at), as_text(second.created_at)]
    assert all(t.endswith("Z") and len(t) == 27 for t in stored_texts)
    raw = sqlite3.connect(tmp_path / "ws.db")
    assert raw.execute("SELECT typeof(updated_at) FROM campaign").fetchall() == [("text",)] * 2


def test_a_stored_value_that_is_not_a_timestamp_is_refused_not_written(tmp_path):
    ws = open_workspace(tmp_path / "ws.db", create=True)
    c = campaigns.create(ws, name="Sudan")
    from planner.domain.models import Campaign

    with pytest.raises(Exception, match="not an ISO 8601 timestamp"), ws.session() as s:
        s.get_one(Campaign, c.id).deleted_at = "soon"  # type: ignore[assignment]
        s.flush()
    assert campaigns.get(ws, c.id) == c
    ws.close()
