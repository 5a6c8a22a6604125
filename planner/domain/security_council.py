"""Which UN body votes on a milestone, and who sat on the Security Council in a given year.

A vote milestone carries no "body" field (version 1 of the JSON bundle has none), so
the body is read from what the team already writes. The rule, applied by
``voting_body`` and nowhere else:

1. The milestone's **title** decides if it names a body: "Security Council", "UNSC",
   "Conseil de sécurité", "Consejo de Seguridad", "مجلس الأمن" or a Council document
   symbol (``S/RES/2736``, ``S/2024/123``) mean the Security Council; "General
   Assembly", "UNGA", "Assemblée générale", "Asamblea General", "الجمعية العامة" or a GA
   symbol (``A/RES/77/301``, ``A/77/L.79``) mean the General Assembly. When the title
   names both, the body named first wins ("General Assembly vote on Security Council
   reform" is a GA vote). The African Union's "Peace and Security Council" is not the
   Security Council.
2. Otherwise the **location** decides the same way (the moments library places Council
   meetings in "New York, Security Council Chamber").
3. Otherwise it is a General Assembly vote: the behaviour before this rule existed.

Membership comes from ``resources/security_council.json``: the five permanent members
(Charter, Article 23) and the two-year terms of the elected members. A vote counts the
members of the calendar year of its date (terms run 1 January to 31 December).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, TypedDict, cast

from planner.domain.member_states import MemberState, by_iso3
from planner.files.resources import resource_path

DATA_FILE = resource_path("security_council.json")

GENERAL_ASSEMBLY = "general_assembly"
SECURITY_COUNCIL = "security_council"

ELECTED_SEATS = 10
# Article 27(3): decisions on substantive matters need nine affirmative votes "including
# the concurring votes of the permanent members"; by long practice an abstention or an
# absence of a permanent member is not a veto, only a negative vote is.
AFFIRMATIVE_VOTES_REQUIRED = 9

_SC = re.compile(
    r"(?<!peace and )(?<!peace & )\bsecurity council\b|\bunsc\b|\bconseil de securite\b"
    r"|\bconsejo de seguridad\b|مجلس الأمن|\bs/res/\d|\bs/\d{4}/\d",
    re.IGNORECASE,
)
_GA = re.compile(
    r"\bgeneral assembly\b|\bunga\b|\bassemblee generale\b|\basamblea general\b"
    r"|الجمعية العامة|\ba/res/\d|\ba/\d{2,3}/l\.\d|\ba/\d{2,3}/\d",
    re.IGNORECASE,
)


def _plain(text: str) -> str:
    """Lower case without Latin accents ('Sécurité' → 'securite'); Arabic is kept as is."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not (unicodedata.combining(c) and ord(c) < 0x0600))
    return unicodedata.normalize("NFC", kept).replace("’", "'")


def _named_body(text: str) -> str | None:
    """The body ``text`` names first, if any."""
    plain = _plain(text or "")
    sc, ga = _SC.search(plain), _GA.search(plain)
    if sc and ga:
        return SECURITY_COUNCIL if sc.start() < ga.start() else GENERAL_ASSEMBLY
    if sc:
        return SECURITY_COUNCIL
    if ga:
        return GENERAL_ASSEMBLY
    return None


def _field(milestone: Any, name: str) -> str:
    if isinstance(milestone, Mapping):
        return str(milestone.get(name) or "")
    return str(getattr(milestone, name, "") or "")


def voting_body(milestone: Any) -> str:
    """``security_council`` or ``general_assembly`` for a vote milestone (see module doc).

    Takes anything with ``title`` and ``location`` (an ORM milestone, a MilestoneRecord,
    a bundle dict).
    """
    for name in ("title", "location"):
        body = _named_body(_field(milestone, name))
        if body is not None:
            return body
    return GENERAL_ASSEMBLY


# --- membership ---------------------------------------------------------------------


@dataclass(frozen=True)
class Council:
    """The Security Council of one calendar year."""

    year: int
    permanent: tuple[MemberState, ...]
    elected: tuple[MemberState, ...]

    @property
    def members(self) -> tuple[MemberState, ...]:
        return self.permanent + self.elected

    @property
    def complete(self) -> bool:
        """All ten elected seats are known (the shipped list covers the year)."""
        return len(self.elected) == ELECTED_SEATS

    def is_permanent(self, state: MemberState) -> bool:
        return state in self.permanent


# "from" is a keyword, hence the functional form for the years of a term.
_TermYears = TypedDict("_TermYears", {"from": int, "to": int})


class _CouncilTerm(_TermYears):
    """One elected term: its first and last years and the [code, name] pairs seated."""

    states: list[tuple[str, str]]


class _CouncilData(TypedDict):
    """The shape of security_council.json."""

    permanent: list[tuple[str, str]]
    terms: list[_CouncilTerm]


@cache
def _data() -> _CouncilData:
    # json.loads returns Any; the shipped file has this shape (tests read all of it).
    return cast(_CouncilData, json.loads(DATA_FILE.read_text(encoding="utf-8")))


def _state(code: str) -> MemberState:
    state = by_iso3(code)
    if state is None:  # the data file and member_states.json disagree: a packaging error
        raise ValueError(f"security_council.json names {code!r}, not a UN member state code")
    return state


@cache
def permanent_members() -> tuple[MemberState, ...]:
    return tuple(_state(code) for code, _name in _data()["permanent"])


@cache
def council_name(state: MemberState) -> str:
    """How the Council's records name a member: 'Russian Federation', 'United Kingdom'."""
    for code, name in _data()["permanent"]:
        if code == state.iso3:
            return name
    for term in _data()["terms"]:
        for code, name in term["states"]:
            if code == state.iso3:
                return name
    return state.short_name


@cache
def council(year: int) -> Council:
    """The Council of ``year``: the permanent members and the elected members seated then.

    For a year the shipped list does not fully cover, ``elected`` holds only the members
    known (``complete`` is False), so callers can say so rather than guess.
    """
    elected = tuple(
        _state(code)
        for term in _data()["terms"]
        if term["from"] <= year <= term["to"]
        for code, _name in term["states"]
    )
    return Council(year, permanent_members(), tuple(sorted(elected, key=lambda s: s.name)))


def council_on(day: dt.date) -> Council:
    """The Council sitting on ``day`` (terms follow the calendar year)."""
    return council(day.year)
