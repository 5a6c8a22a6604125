"""Audience rules: what a document for the team, for diplomats, or for the public may show.

- ``internal``: everything.
- ``closed`` (restricted distribution): no confidential stakeholder, engagement or quote
  at all (only counted); others named only with name consent ``closed`` or ``public``,
  otherwise described from category and country; no contact details, notes, engagement
  log or internal working fields.
- ``public``: as closed, and no ``internal`` stakeholder either; names only with
  consent ``public``.

These are domain rules (services such as the sign-on lists apply them too); building a
document for an audience is ``planner.publishing.redaction``.

The audience names and what each means are defined here once; Settings, every export
dialog, the CLI help, the Sensitivity field and the user guide use these words.
"""

from __future__ import annotations

from typing import Protocol

from planner.domain import vocabulary as v
from planner.domain.validation import ValidationError
from planner.domain.vocabulary import AUDIENCES as AUDIENCES  # re-exported: one import site
from planner.domain.vocabulary import Audience as Audience

DEFAULT_AUDIENCE: Audience = "closed"
"""Every export starts on restricted distribution: a forgotten option must not expose anyone."""

# Keyed by plain strings for now: the tracker modules still pass their audience as str.
MARKINGS: dict[str, str] = {
    "internal": "Confidential — internal",
    "closed": "Restricted distribution",
    "public": "Public",
}
"""The words printed on a document (header, footer, properties) for its audience."""

AUDIENCE_TITLES = v.AUDIENCE_TITLES
AUDIENCE_FOR = v.AUDIENCE_FOR
AUDIENCE_HELP = v.AUDIENCE_HELP
"""One line each: what an audience is for and what it shows (defined in vocabulary, so
the app translates them like every other label)."""


def sensitivity_help_from_rules() -> dict[str, str]:
    """What each sensitivity means, in the audience words: where the stakeholder may appear."""
    out: dict[str, str] = {}
    for sensitivity in v.SENSITIVITIES:
        where = [AUDIENCE_TITLES[a] for a in v.AUDIENCES if sensitivity in SHOWN[a]]
        never = [AUDIENCE_TITLES[a] for a in v.AUDIENCES if sensitivity not in SHOWN[a]]
        if not never:
            text = "may appear in documents for every audience"
        elif len(where) == 1:
            text = f"only in {where[0]} documents: never leaves the team"
        else:
            text = f"in {' and '.join(where)} documents, never in {' or '.join(never)} ones"
        out[sensitivity] = f"{sensitivity.capitalize()} — {text}"
    return out


def audience_cli_help() -> str:
    """The --audience help of every export command."""
    parts = "; ".join(f"{a}: {AUDIENCE_HELP[a]}" for a in v.AUDIENCES)
    return f"who may read it ({parts}). Default: {DEFAULT_AUDIENCE}"


# Which name_consent values allow a real name, and which sensitivities may appear at all.
NAMEABLE: dict[Audience, set[str]] = {
    "internal": set(v.NAME_CONSENTS),
    "closed": {"closed", "public"},
    "public": {"public"},
}
SHOWN: dict[Audience, set[str]] = {
    "internal": set(v.SENSITIVITIES),
    "closed": {"public", "internal"},
    "public": {"public"},
}

SENSITIVITY_HELP = v.SENSITIVITY_HELP
"""'Internal — in Internal and Restricted distribution documents…' (the Sensitivity field);
``sensitivity_help_from_rules`` says the same from ``SHOWN``, and a test keeps them equal."""

_PERSON_NOUNS = {
    "local_civil_society": "civil-society activist",
    "womens_group": "women's rights activist",
    "youth_group": "youth activist",
    "faith_based": "faith leader",
    "think_tank": "analyst",
    "human_rights": "human rights defender",
    "humanitarian": "humanitarian worker",
    "legal": "lawyer",
    "media": "journalist",
    "medical": "doctor",
    "academic": "researcher",
    "student": "student",
    "member_state": "diplomat",
    "un_entity": "UN official",
    "regional_body": "regional official",
    "government": "government official",
    "donor": "donor representative",
    "other": "person",
}
_ORG_NOUNS = {
    "local_civil_society": "local civil-society group",
    "womens_group": "women's group",
    "youth_group": "youth group",
    "faith_based": "faith-based organisation",
    "think_tank": "think tank",
    "human_rights": "human rights organisation",
    "humanitarian": "humanitarian organisation",
    "legal": "legal organisation",
    "media": "media outlet",
    "medical": "medical organisation",
    "academic": "academic institution",
    "student": "student group",
    "member_state": "member state",
    "un_entity": "UN entity",
    "regional_body": "regional body",
    "government": "government body",
    "donor": "donor",
    "other": "organisation",
}


def check_audience(audience: object) -> Audience:
    """``audience`` as the Audience it names: where a plain string comes in (the CLI, a
    dialog's combo box, a stored setting) and the rules below start to apply."""
    for known in AUDIENCES:
        if audience == known:
            return known
    raise ValidationError("audience", audience, f"must be one of {', '.join(AUDIENCES)}")


def audience_or_default(value: object, default: Audience = DEFAULT_AUDIENCE) -> Audience:
    """The Audience ``value`` names, else ``default`` (a stored setting from an older or
    edited file must not stop an export)."""
    return next((known for known in AUDIENCES if value == known), default)


class Listed(Protocol):
    """What the audience rules read of a stakeholder: a record, or just these columns."""

    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def is_local(self) -> bool: ...
    @property
    def women_led(self) -> bool: ...
    @property
    def sensitivity(self) -> str: ...
    @property
    def name_consent(self) -> str: ...


_INSTITUTIONS = frozenset({"member_state", "un_entity", "regional_body", "government"})
"""Categories whose organisations are institutions: "a local member state" or "a
women-led UN entity" would read as nonsense in a brief, so they get no qualifiers."""

_SOUNDS_LIKE_YOU = ("un ", "uni", "use", "usu", "uti", "eu", "one")
"""Openings written with a vowel but spoken with a consonant ("a UN official", "a
university"): the article follows the sound, as a reader says it."""


def indefinite_article(noun: str) -> str:
    """'a' or 'an' as the noun is spoken, not as it is spelt."""
    lower = noun.lower()
    if lower.startswith(_SOUNDS_LIKE_YOU):
        return "a"
    return "an" if lower[:1] in ("a", "e", "i", "o", "u") else "a"


def describe(s: Listed) -> str:
    """A description that says what kind of actor this is without saying who."""
    if s.kind == "person":
        noun = _PERSON_NOUNS.get(s.category, "person")
        if s.women_led and "women" not in noun:
            noun = f"woman {noun}"
    else:
        noun = _ORG_NOUNS.get(s.category, "organisation")
        if s.category not in _INSTITUTIONS:
            if s.women_led and "women" not in noun:
                noun = f"women-led {noun}"
            if s.is_local and "local" not in noun:
                noun = f"local {noun}"
    place = f" in {s.country}" if s.country else ""
    return f"{indefinite_article(noun)} {noun}{place}"


def is_shown(s: Listed, audience: Audience) -> bool:
    return s.sensitivity in SHOWN[audience]


def may_name(s: Listed, audience: Audience) -> bool:
    return s.name_consent in NAMEABLE[audience]


def display_name(s: Listed, audience: Audience) -> str:
    return s.name if may_name(s, audience) else describe(s)
