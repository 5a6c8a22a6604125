"""How values read on screen: dates in the user's locale, enum labels, stance words.

``planner`` keeps its vocabulary in English and never imports Qt, so the translation of
enum labels, score words and relative dates happens here, at display time (context
"Vocabulary"); stored values, sort keys and filters keep the raw values.
``scripts/update_translations.py`` lists every label of ``planner.domain.vocabulary``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication

from planner.domain import vocabulary as v
from ui.translation import QT_TRANSLATE_NOOP

VOCABULARY = "Vocabulary"
RLM = "\u200f"  # RIGHT-TO-LEFT MARK


def vocabulary_text(text: str) -> str:
    """An English vocabulary word in the interface language."""
    return QCoreApplication.translate(VOCABULARY, text) if text else ""


def plural(context: str, text: str, n: int, one: str) -> str:
    """A ``%n`` message in the plural form the interface language needs for ``n`` (Qt's
    numerus forms: Arabic has six); in English, which has no catalogue, ``one`` for 1."""
    translated = QCoreApplication.translate(context, text, None, n)
    if n == 1 and translated == text.replace("%n", "1"):
        return one.replace("%n", "1")
    return translated


def right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def line(text: str) -> str:
    """A line composed of data and words ('Syria · Active · High priority') as it should
    read: in a right-to-left interface a line that starts with an English value would
    otherwise be laid out left to right, so it gets a RIGHT-TO-LEFT MARK in front."""
    if text and right_to_left() and not text.startswith(RLM):
        return RLM + text
    return text


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


def moment_text(moment: dt.datetime, *, seconds: bool = False, weekday: bool = False) -> str:
    """A point in time in local time, as the user reads dates (``date_text``) followed by
    the locale's clock ('14:05', '2:05 PM'): month and day names in the interface language.

    ``seconds`` where two moments can fall in the same minute (backups); ``weekday`` puts
    the short day name first when the date style does not already say it.
    """
    local = moment.astimezone()
    locale = QLocale()
    clock = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in clock:
        clock = clock.replace("mm", "mm:ss", 1)
    day = date_text(local.date())
    if weekday and _date_style in ("medium", "short"):
        day = f"{locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)} {day}"
    return f"{day} {locale.toString(QTime(local.hour, local.minute, local.second), clock)}"


def label(value: str | None) -> str:
    """The label of an enum value in the interface language ('un_meeting' -> 'UN meeting')."""
    return vocabulary_text(v.label(value)) if value else ""


def stance_word(stance: int | None) -> str:
    """'Supportive', translated (empty for no stance)."""
    return vocabulary_text(v.STANCE_LABELS.get(stance, "")) if stance is not None else ""


def stance_text(stance: int | None) -> str:
    """'Supportive (+1)': the word carries the meaning, the number the precision."""
    if stance is None:
        return ""
    sign = f"+{stance}" if stance > 0 else str(stance)
    return f"{stance_word(stance)} ({sign})"


class TranslatedLabels(Mapping[int, str]):
    """Score words kept in English in the source and translated each time one is read, so
    a table built before a language switch still shows the new language."""

    def __init__(self, labels: dict[int, str]) -> None:
        self._labels = labels

    def __getitem__(self, key: int) -> str:
        return vocabulary_text(self._labels[key])

    def __iter__(self) -> Iterator[int]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)


INFLUENCE_LABELS = TranslatedLabels(
    {
        1: QT_TRANSLATE_NOOP("Vocabulary", "Marginal"),
        2: QT_TRANSLATE_NOOP("Vocabulary", "Some"),
        3: QT_TRANSLATE_NOOP("Vocabulary", "Considerable"),
        4: QT_TRANSLATE_NOOP("Vocabulary", "High"),
        5: QT_TRANSLATE_NOOP("Vocabulary", "Decisive"),
    }
)
INTEREST_LABELS = TranslatedLabels(
    {
        1: QT_TRANSLATE_NOOP("Vocabulary", "Unaware"),
        2: QT_TRANSLATE_NOOP("Vocabulary", "Low"),
        3: QT_TRANSLATE_NOOP("Vocabulary", "Moderate"),
        4: QT_TRANSLATE_NOOP("Vocabulary", "Engaged"),
        5: QT_TRANSLATE_NOOP("Vocabulary", "Invested"),
    }
)
PRIORITY_LABELS = TranslatedLabels(
    {
        1: QT_TRANSLATE_NOOP("Vocabulary", "High"),
        2: QT_TRANSLATE_NOOP("Vocabulary", "Medium"),
        3: QT_TRANSLATE_NOOP("Vocabulary", "Low"),
    }
)


# planner.domain.audience.MARKINGS: the audience words printed on documents, shown in the history.
AUDIENCE_MARKINGS = {
    "internal": QT_TRANSLATE_NOOP("Vocabulary", "Confidential — internal"),
    "closed": QT_TRANSLATE_NOOP("Vocabulary", "Restricted distribution"),
    "public": QT_TRANSLATE_NOOP("Vocabulary", "Public"),
}


def marking(audience: str) -> str:
    """The marking of an audience ('Restricted distribution') in the interface language."""
    return (
        vocabulary_text(AUDIENCE_MARKINGS[audience]) if audience in AUDIENCE_MARKINGS else audience
    )


def score_text(value: int | None, labels: Mapping[int, str]) -> str:
    if value is None:
        return ""
    return f"{value} · {labels.get(value, '')}"


def relative_days(day: dt.date, today: dt.date) -> str:
    """'today', 'in 3 days', '2 days ago': Qt's %n numerus forms give each language its
    own plurals (Arabic has six)."""
    delta = (day - today).days
    if delta == 0:
        return QCoreApplication.translate("Vocabulary", "today")
    if delta == 1:
        return QCoreApplication.translate("Vocabulary", "tomorrow")
    if delta == -1:
        return QCoreApplication.translate("Vocabulary", "yesterday")
    if delta > 0:
        return QCoreApplication.translate("Vocabulary", "in %n days", None, delta)
    return QCoreApplication.translate("Vocabulary", "%n days ago", None, -delta)
