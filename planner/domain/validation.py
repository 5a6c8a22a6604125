"""Field rules shared by every service, importer and form.

Each rule turns a raw value (from a form, the CLI, a bundle or a spreadsheet cell) into
the stored value or raises ``ValidationError`` naming the field and the bad value, so the
user always learns *what* is wrong and *where*.
"""

from __future__ import annotations

import datetime as dt
import re
import reprlib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

MAX_TEXT = 20_000
MAX_LINE = 300
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Lone surrogates (e.g. "\ud800" from JSON) cannot be stored as UTF-8 at all.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Bidi embeddings, overrides and isolates reorder what follows them on screen: in a name
# they can make "Evil Corp" display as a trusted partner's name. (The plain marks U+200E,
# U+200F and U+061C do not reorder anything and are part of ordinary Arabic text.)
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
# A canonical UUID: lower-case hex in 8-4-4-4-12 groups, exactly as the planner writes ids.
_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_ANY_CASE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
# Digits (``int()`` reads Arabic-Indic and other decimal digits too) between plain blanks:
# ``\s`` would also match the separators U+001C…U+001F, which ``int()`` refuses.
_WHOLE = re.compile(r"[ \t]*[+-]?\d{1,6}[ \t]*")
_TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})", re.ASCII
)


class ValidationError(ValueError):
    """A value a user gave is not acceptable. ``field`` and ``value`` say which."""

    def __init__(self, field: str, value: Any, reason: str, record: str | None = None) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        self.record = record
        super().__init__(self._message())

    def _message(self) -> str:
        where = f"{self.record}: " if self.record else ""
        return f"{where}{self.field} {shown_value(self.value)}: {self.reason}"

    def in_record(self, record: str) -> ValidationError:
        return ValidationError(self.field, self.value, self.reason, record)


def value_preview(value: Any, limit: int = 60) -> Any:
    if isinstance(value, str) and len(value) > limit:
        return value[:limit] + "…"
    return value


class _ShortRepr(reprlib.Repr):
    """``repr`` cut short at every level; a huge number is described, not written out
    (``repr`` itself refuses numbers of more than 4 300 digits)."""

    def __init__(self) -> None:
        super().__init__()
        self.maxlevel = 3
        self.maxlist = self.maxtuple = self.maxdict = self.maxset = 5
        self.maxstring = self.maxother = 64
        self.maxlong = 24

    def repr_int(self, x: int, level: int) -> str:
        if x.bit_length() > 256:
            return f"<a number of about {int(x.bit_length() * 0.30103)} digits>"
        return super().repr_int(x, level)


_SHORT_REPR = _ShortRepr()


def shown_value(value: Any) -> str:
    """A bad value as an error message quotes it: short, and with every control or
    bidi character escaped, whatever the value is (a 60 000-item list, a 5 000-digit
    number, nested lists, text that would recolour the terminal)."""
    if isinstance(value, str):
        shown = printable(repr(value_preview(value)))
    else:
        shown = printable(_SHORT_REPR.repr(value))
    return shown if len(shown) <= 100 else shown[:99] + "…"


_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with control, format (bidi, zero-width) and separator characters escaped
    the way ``repr`` writes them, so hostile input cannot move the cursor, recolour a
    terminal or reorder the line it is quoted in."""
    out = []
    for ch in text:
        if ch == "\n" and keep_newlines:
            out.append(ch)
        elif ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            code = ord(ch)
            if code < 0x100:
                out.append(f"\\x{code:02x}")
            elif code < 0x10000:
                out.append(f"\\u{code:04x}")
            else:
                out.append(f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)


def is_canonical_id(value: Any) -> bool:
    """True for an id exactly as the planner writes one (a lower-case UUID)."""
    return isinstance(value, str) and _CANONICAL_ID.fullmatch(value) is not None


def parse_timestamp(value: Any) -> dt.datetime:
    """An ISO 8601 timestamp with its offset (``2026-06-29T08:00:00Z``) that is a real
    moment: ``2026-13-45T99:99:99Z`` has the shape but no month 13."""
    if not isinstance(value, str) or not _TIMESTAMP.fullmatch(value):
        raise ValueError("not an ISO timestamp")
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


Rule = Callable[[str, Any], Any]
TextRule = Callable[[str, Any], str]
"""A rule whose checked value is always text (``text``, ``line``, ``name``): rules built
on one another keep that type."""


@dataclass(frozen=True)
class FieldRule:
    """How one field is checked; ``ref`` names the entity a foreign id must point at."""

    name: str
    rule: Rule
    required: bool = False
    ref: str | None = None


def text(max_len: int = MAX_TEXT, *, required: bool = False) -> TextRule:
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


def line(max_len: int = MAX_LINE, *, required: bool = False) -> TextRule:
    """A single-line text: newlines rejected, surrounding blanks trimmed."""
    inner = text(max_len, required=required)

    def check(field: str, value: Any) -> str:
        if isinstance(value, str) and ("\n" in value or "\r" in value):
            raise ValidationError(field, value, "must be a single line")
        return inner(field, value)

    return check


def name(max_len: int = MAX_LINE) -> TextRule:
    """What people are known by (a stakeholder, a campaign, a moment): a required single
    line in which bidi embeddings, overrides and isolates are refused (a spoofing vector:
    U+202E shows "gnp.exe" as "exe.png")."""
    inner = line(max_len, required=True)

    def check(field: str, value: Any) -> str:
        checked = inner(field, value)
        if _BIDI_CONTROL.search(checked):
            raise ValidationError(
                field, checked, "contains a bidi control character (U+202A-U+202E, U+2066-U+2069)"
            )
        return checked

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


def parse_whole(text: str) -> int:
    """A whole number typed as text: digits (any script ``int()`` reads) between plain
    blanks; ValueError otherwise (also for the separators ``str.strip`` would drop)."""
    if not _WHOLE.fullmatch(text):
        raise ValueError("not a whole number")
    return int(text)


def integer(lo: int, hi: int, *, optional: bool = False) -> Rule:
    """A whole number in ``lo..hi``: an int, an integral float, or ASCII digits as text
    (``None`` or empty when ``optional``)."""
    reason = f"must be a whole number from {lo} to {hi}"

    def check(field: str, value: Any) -> int | None:
        if optional and (value is None or value == ""):
            return None
        if isinstance(value, bool):
            raise ValidationError(field, value, reason)
        if isinstance(value, str) and _WHOLE.fullmatch(value):
            value = parse_whole(value)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if not isinstance(value, int) or not lo <= value <= hi:
            raise ValidationError(field, value, reason)
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


_Day = TypeVar("_Day", bound=dt.date)


def _parsed(parse: Callable[[Any], _Day], field: str, value: Any, wrong: str) -> _Day:
    """``value`` read by ``parse``: refused (``wrong`` says why) if it does not parse, and
    refused if its year is outside 1900 to 2200."""
    try:
        result = parse(value)
    except ValueError:
        raise ValidationError(field, value, wrong) from None
    if not 1900 <= result.year <= 2200:
        raise ValidationError(field, value, "is out of range (years 1900 to 2200)")
    return result


def date(*, required: bool = False) -> Rule:
    def check(field: str, value: Any) -> dt.date | None:
        if value is None or value == "":
            if required:
                raise ValidationError(field, value, "is required (a date like 2026-06-29)")
            return None
        return _parsed(parse_date, field, value, "is not a date (expected YYYY-MM-DD)")

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
    """A UUID string in its 8-4-4-4-12 form, stored lower-case (or None when optional)."""

    def check(field: str, value: Any) -> str | None:
        if value is None or value == "":
            if required:
                raise ValidationError(field, value, "is required")
            return None
        if not isinstance(value, str) or not _ANY_CASE_ID.fullmatch(value):
            raise ValidationError(field, value, "is not a valid id")
        return value.lower()

    return check


def timestamp(*, required: bool = False) -> Rule:
    """A moment in ISO 8601 with its offset, kept exactly as given (the bundle's form)."""

    def check(field: str, value: Any) -> str | None:
        if value is None:
            if required:
                raise ValidationError(field, value, "is required (a UTC timestamp)")
            return None
        wrong = "is not a UTC timestamp (like 2026-06-29T08:00:00Z)"
        _parsed(parse_timestamp, field, value, wrong)
        return str(value)  # parse_timestamp accepted it, so it is text

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
        address = inner(field, value).strip()
        if not address:
            return ""
        local, at, domain = address.partition("@")
        if (
            not at
            or not local
            or "@" in domain
            or any(ch.isspace() for ch in address)
            or "." not in domain
            or domain.startswith(".")
            or domain.endswith(".")
            or ".." in domain
        ):
            raise ValidationError(field, address, EMAIL_REASON)
        return address

    return check
