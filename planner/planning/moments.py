"""The moments library: recurring UN sessions and international days, added as milestones.

The built-in library ships as data (``resources/moments.json``) so it can be corrected
without touching code. A team's own moments (a national day of the disappeared, a donor
conference that recurs) live in a *personal library*: inside the workspace (so they
travel with it, and with its bundle) and optionally in a user JSON file in the same
format. A personal moment with a built-in key replaces the built-in one.

Dates come from rules (``fixed`` 30 August, ``nth_weekday`` "last Monday of February",
``weekday_on_or_after`` "first Tuesday on or after 19 September"), because UN calendars
move with the weekdays; moments marked ``approximate`` must be confirmed each year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from planner.domain import vocabulary as v
from planner.domain.models import Milestone
from planner.domain.records import MilestoneRecord, to_record
from planner.domain.validation import ValidationError
from planner.files.resources import resource_path
from planner.services import milestones
from planner.services.campaigns import SPEC as CAMPAIGN_SPEC
from planner.services.entity import create_in, load
from planner.storage.workspace import Workspace

BUILTIN_FILE = resource_path("moments.json")
WORKSPACE_KEY = "personal_moments"
USER_FILE_ENV = "PLANNER_MOMENTS"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RULE_TYPES = ("fixed", "nth_weekday", "weekday_on_or_after")
_ORDINAL_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}


@dataclass(frozen=True)
class Moment:
    """One recurring moment; ``rule`` says where it falls in a given year."""

    key: str
    title: str
    kind: str
    rule: dict[str, Any]
    duration_days: int = 1
    location: str = ""
    description: str = ""
    approximate: bool = False
    session_number: dict[str, int] | None = None
    origin: str = "built-in"  # built-in, workspace or a user file path


def ordinal(n: int) -> str:
    """55 -> '55th', 52 -> '52nd', 13 -> '13th'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def parse_moment(data: Mapping[str, Any], origin: str = "built-in") -> Moment:
    """A moment from its JSON form, checked so that a bad personal entry is named clearly."""
    key = str(data.get("key") or "").strip()
    if not key:
        raise ValidationError("key", data.get("key"), "a moment needs a key", origin)
    where = f"moment {key!r} ({origin})"
    title = str(data.get("title") or "").strip()
    if not title:
        raise ValidationError("title", data.get("title"), "is required", where)
    kind = data.get("kind", "other")
    if kind not in v.MILESTONE_KINDS:
        raise ValidationError("kind", kind, f"must be one of {', '.join(v.MILESTONE_KINDS)}", where)
    rule = dict(data.get("rule") or {})
    _check_rule(rule, where)
    duration = data.get("duration_days", 1)
    if not isinstance(duration, int) or not 1 <= duration <= 120:
        raise ValidationError("duration_days", duration, "must be a whole number 1–120", where)
    return Moment(
        key=key,
        title=title,
        kind=kind,
        rule=rule,
        duration_days=duration,
        location=str(data.get("location") or ""),
        description=str(data.get("description") or ""),
        approximate=bool(data.get("approximate", False)),
        session_number=data.get("session_number"),
        origin=origin,
    )


def _check_rule(rule: dict[str, Any], where: str) -> None:
    kind = rule.get("type")
    if kind not in RULE_TYPES:
        raise ValidationError("rule.type", kind, f"must be one of {', '.join(RULE_TYPES)}", where)
    month = rule.get("month")
    if not isinstance(month, int) or not 1 <= month <= 12:
        raise ValidationError("rule.month", month, "must be 1–12", where)
    if kind in ("fixed", "weekday_on_or_after"):
        day = rule.get("day")
        if not isinstance(day, int) or not 1 <= day <= 31:
            raise ValidationError("rule.day", day, "must be 1–31", where)
    if kind in ("nth_weekday", "weekday_on_or_after") and rule.get("weekday") not in WEEKDAYS:
        raise ValidationError("rule.weekday", rule.get("weekday"), "must be a weekday", where)
    if kind == "nth_weekday" and rule.get("n") not in (1, 2, 3, 4, 5, -1):
        raise ValidationError("rule.n", rule.get("n"), "must be 1–5 or -1 (last)", where)


def describe_rule(moment: Moment) -> str:
    """The rule in words, for lists: 'last Monday of February, 40 days'."""
    r = moment.rule
    month = calendar.month_name[r["month"]]
    if r["type"] == "fixed":
        text = f"{r['day']} {month}"
    elif r["type"] == "nth_weekday":
        text = f"{_ORDINAL_WORDS[r['n']]} {r['weekday'].capitalize()} of {month}"
    else:
        text = f"first {r['weekday'].capitalize()} on or after {r['day']} {month}"
    if moment.duration_days > 1:
        text += f", {moment.duration_days} days"
    if moment.approximate:
        text += " (typical; confirm)"
    return text


def start_date(moment: Moment, year: int) -> dt.date:
    r = moment.rule
    month = r["month"]
    if r["type"] == "fixed":
        days_in_month = calendar.monthrange(year, month)[1]
        return dt.date(year, month, min(r["day"], days_in_month))
    weekday = WEEKDAYS.index(r["weekday"])
    if r["type"] == "weekday_on_or_after":
        first = dt.date(year, month, r["day"])
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    n = r["n"]
    if n == -1:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    if day.month != month:
        raise ValidationError("rule.n", n, f"{calendar.month_name[month]} {year} has no such day")
    return day


def dates_for(moment: Moment, year: int) -> tuple[dt.date, dt.date | None]:
    """(start, end) of the moment in ``year``; end is None for a one-day moment."""
    start = start_date(moment, year)
    if moment.duration_days <= 1:
        return start, None
    return start, start + dt.timedelta(days=moment.duration_days - 1)


def title_for(moment: Moment, year: int) -> str:
    """The title with its placeholders filled: 'HRC55: Human Rights Council 55th …'."""
    number = 0
    if moment.session_number:
        sn = moment.session_number
        number = sn.get("step", 1) * (year - sn["base_year"]) + sn.get("offset", 0)
    return moment.title.format(year=year, n=number, ordinal=ordinal(number) if number else "")


# --- the libraries ---------------------------------------------------------------------


def _parse_file(path: Path, origin: str) -> list[Moment]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValidationError("file", str(path), f"is not valid JSON ({exc})") from None
    items = data.get("moments") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ValidationError("file", str(path), "holds no list of moments")
    return [parse_moment(item, origin) for item in items]


def builtin_moments() -> list[Moment]:
    return _parse_file(BUILTIN_FILE, "built-in")


def user_file() -> Path | None:
    env = os.environ.get(USER_FILE_ENV)
    return Path(env).expanduser() if env else None


def personal_moments(ws: Workspace | None) -> list[Moment]:
    """The team's own moments stored in the workspace."""
    if ws is None:
        return []
    raw = ws.info(WORKSPACE_KEY)
    if not raw:
        return []
    return [parse_moment(item, "workspace") for item in json.loads(raw)]


def load_library(ws: Workspace | None = None, path: Path | None = None) -> dict[str, Moment]:
    """Built-in moments, then a user file (``path`` or $PLANNER_MOMENTS), then the
    workspace's own: later ones replace earlier ones with the same key."""
    library = {m.key: m for m in builtin_moments()}
    extra = path or user_file()
    if extra is not None and extra.exists():
        library.update((m.key, m) for m in _parse_file(extra, str(extra)))
    library.update((m.key, m) for m in personal_moments(ws))
    return library


def find_moments(library: Mapping[str, Moment], keys: Iterable[str]) -> list[Moment]:
    """The moments for ``keys``, refusing the first unknown key with the keys that exist."""
    found = []
    for key in keys:
        if key not in library:
            known = ", ".join(sorted(library))
            raise ValidationError("key", key, f"is not in the moments library (known: {known})")
        found.append(library[key])
    return found


def add_moments(
    ws: Workspace,
    campaign_id: str,
    keys: Iterable[str],
    year: int,
    *,
    library: Mapping[str, Moment] | None = None,
) -> list[MilestoneRecord]:
    """Create one milestone per moment in ``year``, all or nothing.

    A moment already in the campaign (same title and start date) is not added twice,
    so picking the same moments again is harmless. Returns the milestones created.
    """
    if not 1946 <= year <= 2200:
        raise ValidationError("year", year, "must be a year between 1946 and 2200")
    chosen = find_moments(library or load_library(ws), list(keys))
    created: list[MilestoneRecord] = []
    with ws.session() as s:
        load(s, CAMPAIGN_SPEC, campaign_id)
        existing: set[tuple[str, dt.date]] = {
            (title, day)
            for title, day in s.execute(
                select(Milestone.title, Milestone.date).where(
                    Milestone.campaign_id == campaign_id, Milestone.deleted_at.is_(None)
                )
            )
        }
        for moment in chosen:
            start, end = dates_for(moment, year)
            title = title_for(moment, year)
            if (title, start) in existing:
                continue
            description = moment.description
            if moment.approximate:
                description += f"\n\nTypical dates ({describe_rule(moment)}); confirm each year."
            obj = create_in(
                s,
                milestones.SPEC,
                {
                    "campaign_id": campaign_id,
                    "title": title,
                    "kind": moment.kind,
                    "date": start,
                    "end_date": end,
                    "location": moment.location,
                    "description": description.strip(),
                },
            )
            existing.add((title, start))
            created.append(to_record(obj, MilestoneRecord))
    return created
