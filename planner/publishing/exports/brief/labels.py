"""The brief's fixed labels in English, French, Spanish and Arabic.

The words live in ``resources/brief_labels.json`` (one table per language, same keys),
so a translator can fix a word without touching code. Content written by the team
(campaign names, asks, quotes) is never translated; only the document's own words are.

A label that counts something is a table of plural forms keyed by CLDR plural category
(``one``, ``two``, ``few``, ``many``, ``other``), because "{n} days" cannot be made right
by code in every language: Arabic says يوم واحد, يومين, 3 أيام, 11 يومًا, 100 يوم.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from typing import Any, cast

from planner.domain import vocabulary as v
from planner.domain.audience import Audience
from planner.domain.validation import ValidationError
from planner.publishing.exports.brief.styles import RESOURCES

LANGUAGES = ("en", "fr", "es", "ar")
LABELS_FILE = RESOURCES / "brief_labels.json"


def plural_category(lang: str, n: int) -> str:
    """The CLDR plural category of the whole number ``n`` in ``lang``.

    Only the categories the brief's four languages use for whole numbers: English and
    Spanish have one/other; French counts 0 and 1 as singular; Arabic has one, two, few
    (3–10, also 103–110…), many (11–99, 111–199…) and other (100, 101, 200…).
    """
    n = abs(n)
    if lang == "ar":
        if n in (1, 2):
            return "one" if n == 1 else "two"
        if 3 <= n % 100 <= 10:
            return "few"
        if 11 <= n % 100 <= 99:
            return "many"
        return "other"
    if lang == "fr":
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, Any]]:
    # json.loads returns Any: the shipped file is one table of labels per language code.
    return cast(dict[str, dict[str, Any]], json.loads(LABELS_FILE.read_text(encoding="utf-8")))


def _word(value: Any, key: str) -> str:
    """A label read from the JSON table, which must be text where a word is expected."""
    if not isinstance(value, str):
        raise TypeError(f"brief_labels.json: {key!r} is {type(value).__name__}, not text")
    return value


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValidationError("lang", lang, f"must be one of {', '.join(LANGUAGES)}")
    return lang


class Labels:
    """The words of one language, with helpers for the domain's enum values and dates."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = check_language(lang)
        self._words = _table()[lang]
        self._english = _table()["en"]

    @property
    def rtl(self) -> bool:
        return bool(self._words["direction"] == "rtl")

    def __getitem__(self, key: str) -> str:
        return _word(self._words.get(key) or self._english[key], key)

    def format(self, key: str, **values: Any) -> str:
        return self[key].format(**values)

    def plural(self, key: str, n: int, **values: Any) -> str:
        """The form of ``key`` that agrees with the count ``n`` (also given as ``{n}``)."""
        lang, entry = self.lang, self._words.get(key)
        if not entry:
            lang, entry = "en", self._english[key]
        if isinstance(entry, dict):
            entry = entry.get(plural_category(lang, n)) or entry["other"]
        return _word(entry, key).format(n=n, **values)

    def _value(self, table: str, value: str) -> str:
        word = self._words[table].get(value) or self._english[table].get(value)
        return _word(word, f"{table}.{value}") if word else v.label(value)

    def marking(self, audience: Audience) -> str:
        return _word(self._words["marking"][audience], f"marking.{audience}")

    def stance(self, stance: int) -> str:
        return self._value("stance_values", str(stance))

    def ask_status(self, status: str) -> str:
        return self._value("ask_status", status)

    def milestone_status(self, status: str) -> str:
        return self._value("milestone_status", status)

    def role(self, role: str) -> str:
        return self._value("role_values", role)

    def kind(self, kind: str) -> str:
        return self._value("kind_values", kind)

    def sign_on_kind(self, kind: str) -> str:
        return self._value("sign_on_kinds", kind)

    def category(self, category: str) -> str:
        return self._value("category_values", category)

    def date(self, day: dt.date | None) -> str:
        if day is None:
            return ""
        month = self._words["months"][day.month - 1]
        pattern = _word(self._words["date_format"], "date_format")
        return pattern.format(day=day.day, month=month, year=day.year)

    def short_date(self, day: dt.date | None) -> str:
        """A compact date for table cells: '29 Jun 2026' style, never ambiguous."""
        if day is None:
            return ""
        if self.lang in ("ar",):
            return self.date(day)
        month = self._words["months"][day.month - 1]
        short = month if len(month) <= 5 else month[:3] + "."
        if self.lang == "en":
            short = month[:3]
        return f"{day.day} {short} {day.year}"

    def countdown(self, day: dt.date, today: dt.date) -> str:
        days = (day - today).days
        if days <= 0:
            return self["today"]
        if days == 1:
            return self["in_one_day"]
        return self.plural("in_days", days)

    def others(self, organisations: int, people: int, *, alone: bool = False) -> str:
        """Unnamed coalition members counted by kind: 'and one other person',
        'and 3 other organisations', 'and one other organisation and 2 people';
        ``alone`` when no name precedes them ('3 organisations')."""
        prefix = "n_" if alone else "and_other_"
        if organisations and people:
            orgs = self.plural("n_organisations" if alone else "other_organisations", organisations)
            return self.format(
                prefix + "mixed", organisations=orgs, people=self.plural("n_people", people)
            )
        if people:
            return self.plural(prefix + "people", people)
        return self.plural(prefix + "organisations", organisations)
