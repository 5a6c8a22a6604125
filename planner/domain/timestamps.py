"""When a record was created, changed or deleted: an aware UTC ``datetime`` in Python,
ISO 8601 text in the database.

The text form ``2026-12-04T18:04:38.123456Z`` is what bundles carry and what every
workspace ever written holds, on SQLite and on PostgreSQL alike: it sorts as time sorts,
compares equal across both (sync matches values exactly), and needs no migration. Code
above the storage sees only ``datetime``, so a timestamp cannot be mistaken for a name or
compared with a date by accident; the column type converts at the edge, and refuses text
that is not such a timestamp instead of storing it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def utc_now() -> dt.datetime:
    """Now, in UTC, to the microsecond a stored timestamp keeps."""
    return dt.datetime.now(dt.UTC)


def as_text(moment: dt.datetime) -> str:
    """``moment`` in the stored and bundle form (UTC, microseconds, a trailing Z)."""
    if moment.tzinfo is None:
        raise ValueError(f"a timestamp needs its time zone: {moment.isoformat()}")
    utc = moment.astimezone(dt.UTC)
    return utc.isoformat(timespec="microseconds").replace("+00:00", "Z")


def utc_now_text() -> str:
    """Now, in the text form, for the places that keep text (bundle headers, settings)."""
    return as_text(utc_now())


def parse(text: str) -> dt.datetime:
    """The aware UTC datetime that ``text`` (an ISO 8601 timestamp) names.

    A timestamp without a zone is read as UTC, which is how every stored one is meant.
    Raises ``ValueError`` naming the text when it is not a timestamp.
    """
    try:
        moment = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValueError(f"not an ISO 8601 timestamp: {text!r}") from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def as_moment(value: dt.datetime | str) -> dt.datetime:
    """A timestamp from either side of the edge: rows from a bundle or the other
    database's JSON carry text, rows read here carry datetimes."""
    return parse(value) if isinstance(value, str) else value.astimezone(dt.UTC)


class UtcTimestamp(TypeDecorator[dt.datetime]):
    """A ``datetime`` column stored as the ISO 8601 text above (``String(32)``)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            return as_text(parse(value))  # checked and normalised, never stored as given
        if isinstance(value, dt.datetime):
            return as_text(value)
        raise TypeError(f"a timestamp must be a datetime, not {type(value).__name__}")

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else parse(value)
