"""How values read on screen: dates in the user's locale, enum labels, stance words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from planner import vocabulary as v


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


# The user's choice in Settings (``ui/date_format``): medium (default), short, iso, long.
# Kept in a module variable, not read from QSettings per cell: tables format many dates.
_date_style = "medium"


def set_date_style(style: str) -> None:
    global _date_style
    _date_style = style if style in ("medium", "short", "iso", "long") else "medium"


def date_style() -> str:
    return _date_style


def date_text(day: dt.date | None, *, long: bool = False, style: str | None = None) -> str:
    """A date as the user chose to read it (empty for no date); ``long`` for headings."""
    if day is None:
        return ""
    style = "long" if long else (style or _date_style)
    if style == "iso":
        return day.isoformat()
    if style == "long":
        return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)
    if style == "short":
        return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)
    return QLocale().toString(qdate(day), medium_pattern())


def medium_pattern(locale: QLocale | None = None) -> str:
    """'28 Nov 2026' or 'Nov 28, 2026': the locale's day/month order, the month as a word.

    Short numeric dates are ambiguous across a team spread over continents (is 04/05
    April or May?); a month name never is, and four-digit years keep plans readable.
    """
    short = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    order = sorted((short.find(c), c) for c in "dMy" if short.find(c) >= 0)
    first = order[0][1] if order else "d"
    if first == "y":
        return "yyyy MMM d"
    if first == "M":
        return "MMM d, yyyy"
    return "d MMM yyyy"


def label(value: str | None) -> str:
    return v.label(value) if value else ""


def stance_text(stance: int | None) -> str:
    """'Supportive (+1)': the word carries the meaning, the number the precision."""
    if stance is None:
        return ""
    sign = f"+{stance}" if stance > 0 else str(stance)
    return f"{v.STANCE_LABELS.get(stance, '')} ({sign})"


INFLUENCE_LABELS = {1: "Marginal", 2: "Some", 3: "Considerable", 4: "High", 5: "Decisive"}
INTEREST_LABELS = {1: "Unaware", 2: "Low", 3: "Moderate", 4: "Engaged", 5: "Invested"}
PRIORITY_LABELS = {1: "High", 2: "Medium", 3: "Low"}


def score_text(value: int | None, labels: dict[int, str]) -> str:
    if value is None:
        return ""
    return f"{value} · {labels.get(value, '')}"


def relative_days(day: dt.date, today: dt.date) -> str:
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    return f"in {delta} days" if delta > 0 else f"{-delta} days ago"
