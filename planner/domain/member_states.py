"""The 193 UN member states and their regional groups, shipped as public data.

``resources/member_states.json`` holds each state's UN name, a short name, its ISO 3166
alpha-3 code, its regional group and the other names a team may have typed (``Syria``,
``Türkiye``/``Turkey``). Choices documented in the file: Kiribati belongs to no group
(``group`` null); the United States, an observer in WEOG counted with it for elections,
is listed with WEOG (so WEOG holds 29); Israel and Türkiye are listed with WEOG.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from planner.files.resources import resource_path

DATA_FILE = resource_path("member_states.json")
NO_GROUP = "none"
GROUP_ORDER = (
    "african",
    "asia_pacific",
    "eastern_european",
    "latin_american_caribbean",
    "western_european_others",
    NO_GROUP,
)
GROUP_SHORT = {
    "african": "African",
    "asia_pacific": "Asia-Pacific",
    "eastern_european": "Eastern European",
    "latin_american_caribbean": "GRULAC",
    "western_european_others": "WEOG",
    NO_GROUP: "No group",
}


@dataclass(frozen=True)
class MemberState:
    name: str  # as the UN writes it: "Iran (Islamic Republic of)"
    short_name: str  # as people say it: "Iran"
    iso3: str
    group: str  # a GROUP_ORDER key; "none" for Kiribati
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, self.short_name, *self.aliases)


def fold(text: str) -> str:
    """Case- and accent-insensitive form used to match typed names ('Turkiye' = 'Türkiye')."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


@cache
def member_states() -> tuple[MemberState, ...]:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return tuple(
        MemberState(
            name=s["name"],
            short_name=s["short_name"],
            iso3=s["iso3"],
            group=s["group"] or NO_GROUP,
            aliases=tuple(s.get("aliases", ())),
        )
        for s in data["states"]
    )


@cache
def _by_folded_name() -> dict[str, MemberState]:
    return {fold(n): s for s in member_states() for n in s.names}


@lru_cache(maxsize=4096)
def lookup(name: str) -> MemberState | None:
    """The member state called ``name`` (any of its names, any case or accents).

    Kept per name: a vote count looks up every member-state stakeholder's country and
    name (thousands at 100k, a few hundred distinct), and folding each is the cost."""
    return _by_folded_name().get(fold(name))


def by_iso3(code: str) -> MemberState | None:
    for s in member_states():
        if s.iso3 == code.upper():
            return s
    return None
