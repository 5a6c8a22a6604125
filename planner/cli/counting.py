"""How the command line says a count: "1 voice", "7 voices", "1 engagement log entry".

Counts arrive keyed by entity ("campaign"), bundle section ("campaigns") or tracker
sheet title ("Voices"); one table says each noun in the singular and plural, so no
message reads "1 voices" or "3 campaign".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def _key(noun: str) -> str:
    """'sign-ons', 'sign ons' and the bundle section 'sign_ons' are one noun."""
    return noun.replace(" ", "_").replace("-", "_")


NOUNS: dict[str, tuple[str, str]] = {
    "campaign": ("campaign", "campaigns"),
    "ask": ("ask", "asks"),
    "stakeholder": ("stakeholder", "stakeholders"),
    "campaign_stakeholder": ("campaign stakeholder", "campaign stakeholders"),
    "relationship": ("relationship", "relationships"),
    "milestone": ("milestone", "milestones"),
    "interaction": ("interaction", "interactions"),
    "quote": ("quote", "quotes"),
    "vote_position": ("vote position", "vote positions"),
    "sign_on": ("sign-on", "sign-ons"),
    "signature": ("signature", "signatures"),
    "stance_change": ("stance change", "stance changes"),
    "interaction_participant": ("interaction participant", "interaction participants"),
    # tracker sheets
    "engagement log": ("engagement log entry", "engagement log entries"),
    "follow-up": ("follow-up", "follow-ups"),
    "voice": ("voice", "voices"),
    "vote": ("vote", "votes"),
    # other messages
    "backup": ("backup", "backups"),
    "audit entry": ("audit entry", "audit entries"),
    "entry": ("entry", "entries"),
}
_BY_PLURAL = {_key(plural): forms for forms in NOUNS.values() for plural in forms[1:]}


def _forms(key: str) -> tuple[str, str]:
    key = key.strip().lower()
    found = NOUNS.get(key) or _BY_PLURAL.get(_key(key))
    if found:
        return found
    word = key.replace("_", " ")
    return word, word


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun agreeing with it; ``noun`` is a key of ``NOUNS`` (singular,
    plural or sheet title) or, with ``plural`` given, the singular itself."""
    singular, many = (noun, plural) if plural is not None else _forms(noun)
    return f"{n:,} {singular if n == 1 else many}"


def counts(items: Mapping[str, int] | Iterable[tuple[str, int]], *, skip_zero: bool = False) -> str:
    """Several counts as one phrase: '3 campaigns, 1 ask, 12 milestones'."""
    pairs = items.items() if isinstance(items, Mapping) else items
    return ", ".join(count(n, key) for key, n in pairs if n or not skip_zero)
