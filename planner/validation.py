"""Field rules shared by every service, importer and form.

Each rule turns a raw value (from a form, the CLI, a bundle or a spreadsheet cell) into
the stored value or raises ``ValidationError`` naming the field and the bad value, so the
user always learns *what* is wrong and *where*.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

MAX_TEXT = 20_000
MAX_LINE = 300
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Lone surrogates (e.g. "\ud800" from JSON) cannot be stored as UTF-8 at all.
_SURROGATE = re.compile("[\ud800-\udfff]")


class ValidationError(ValueError):
    """A value a user gave is not acceptable. ``field`` and ``value`` say which."""

    def __init__(self, field: str, value: Any, reason: str, record: str | None = None) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        self.record = record
        super().__init__(self._message())

    def _message(self) -> str:
        shown = repr(value_preview(self.value))
        where = f"{self.record}: " if self.record else ""
        return f"{where}{self.field} {shown}: {self.reason}"

    def in_record(self, record: str) -> ValidationError:
        return ValidationError(self.field, self.value, self.reason, record)


def value_preview(value: Any, limit: int = 60) -> Any:
    if isinstance(value, str) and len(value) > limit:
        return value[:limit] + "…"
    return value


Rule = Callable[[str, Any], Any]


@dataclass(frozen=True)
class FieldRule:
    """How one field is checked; ``ref`` names the entity a foreign id must point at."""

    name: str
    rule: Rule
    required: bool = False
    ref: str | None = None


def text(max_len: int = MAX_TEXT, *, required: bool = False) -> Rule:
    """Free text, stored exactly as given (no trimming); control characters refused."""

    def check(field: str, value: Any) -> str:
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise ValidationError(field, value, "must be text")
        if _CONTROL.search(value):
            raise ValidationError(field, value, "contains control characters")
        if _SURROGATE.search(value):
            raise ValidationError(field, value, "contains broken Unicode (a lone surrogate)")
        if required and not value.strip():
            raise ValidationError(field, value, "must not be empty")
        if len(value) > max_len:
            raise ValidationError(field, value, f"is longer than {max_len} characters")
        return value

    return check


def line(max_len: int = MAX_LINE, *, required: bool = False) -> Rule:
    """A single-line text: newlines rejected, surrounding blanks trimmed."""
    inner = text(max_len, required=required)

    def check(field: str, value: Any) -> str:
        if isinstance(value, str) and ("\n" in value or "\r" in value):
            raise ValidationError(field, value, "must be a single line")
        return inner(field, value)

    return check


def enum(values: Iterable[str], *, optional: bool = False) -> Rule:
    allowed = tuple(values)

    def check(field: str, value: Any) -> str | None:
        if optional and (value is None or value == ""):
            return None
        if not isinstance(value, str) or value not in allowed:
            raise ValidationError(field, value, f"must be one of {', '.join(allowed)}")
        return value

    return check


def integer(lo: int, hi: int) -> Rule:
    def check(field: str, value: Any) -> int:
        if isinstance(value, bool):
            raise ValidationError(field, value, f"must be a whole number from {lo} to {hi}")
        if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d{1,6}\s*", value):
            value = int(value)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if not isinstance(value, int) or not lo <= value <= hi:
            raise ValidationError(field, value, f"must be a whole number from {lo} to {hi}")
        return value

    return check


def parse_date(value: Any) -> dt.date:
    """ISO dates only (``2026-06-29``); datetimes are cut to their date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return dt.date.fromisoformat(value.strip())
    raise ValueError("not an ISO date")


def date(*, required: bool = False) -> Rule:
    def check(field: str, value: Any) -> dt.date | None:
        if value is None or value == "":
            if required:
                raise ValidationError(field, value, "is required (a date like 2026-06-29)")
            return None
        try:
            result = parse_date(value)
        except ValueError:
            raise ValidationError(field, value, "is not a date (expected YYYY-MM-DD)") from None
        if not 1900 <= result.year <= 2200:
            raise ValidationError(field, value, "is out of range (years 1900 to 2200)")
        return result

    return check


def boolean() -> Rule:
    truthy = {"true", "yes", "1", "y"}
    falsy = {"false", "no", "0", "n", ""}

    def check(field: str, value: Any) -> bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in truthy | falsy:
            return value.strip().lower() in truthy
        raise ValidationError(field, value, "must be yes or no")

    return check


def string_list(max_items: int = 50, max_len: int = 100) -> Rule:
    item_rule = line(max_len)

    def check(field: str, value: Any) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str):
            value = [part for part in (p.strip() for p in value.split(",")) if part]
        if not isinstance(value, (list, tuple)):
            raise ValidationError(field, value, "must be a list of short texts")
        if len(value) > max_items:
            raise ValidationError(field, value, f"has more than {max_items} items")
        items = [item_rule(field, item) for item in value]
        return [i for i in items if i]

    return check


def identifier(*, required: bool = False) -> Rule:
    """A UUID string (or None when optional)."""

    def check(field: str, value: Any) -> str | None:
        if value is None or value == "":
            if required:
                raise ValidationError(field, value, "is required")
            return None
        if not isinstance(value, str) or not re.fullmatch(r"[0-9a-fA-F-]{36}", value):
            raise ValidationError(field, value, "is not a valid id")
        return value.lower()

    return check


def identifier_list() -> Rule:
    one = identifier(required=True)

    def check(field: str, value: Any) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, (list, tuple)):
            raise ValidationError(field, value, "must be a list of ids")
        seen: list[str] = []
        for item in value:
            ident = one(field, item)
            if ident not in seen:
                seen.append(ident)
        return seen

    return check


def language_tag() -> Rule:
    def check(field: str, value: Any) -> str:
        if value is None or value == "":
            return "en"
        if not isinstance(value, str) or not re.fullmatch(
            r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", value
        ):
            raise ValidationError(field, value, "is not a language tag (like en, ar, fr-CH)")
        return value

    return check


EMAIL_REASON = "is not an email address (like name@example.org)"


def email() -> Rule:
    """An email address, or empty; surrounding blanks are trimmed.

    Deliberately pragmatic, not RFC 5322: one ``@``, something before it, a domain with
    a dot inside it (not at either end), no blanks. Anything else a person types
    (``josé@exämple.org``, ``用户@例子.广告``, ``a+tag@sub.example.co.uk``) is accepted,
    because refusing a real partner's address is worse than storing an odd one.
    """
    inner = line()

    def check(field: str, value: Any) -> str:
        value = inner(field, value).strip()
        if not value:
            return ""
        local, at, domain = value.partition("@")
        if (
            not at
            or not local
            or "@" in domain
            or any(ch.isspace() for ch in value)
            or "." not in domain
            or domain.startswith(".")
            or domain.endswith(".")
            or ".." in domain
        ):
            raise ValidationError(field, value, EMAIL_REASON)
        return value

    return check
