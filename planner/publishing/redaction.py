"""Redaction: a campaign snapshot cut down to what one audience may see.

``redact`` builds a new snapshot from which withheld data is *absent*, not hidden, so no
generator can leak it by accident (into a hidden cell, a comment, metadata…). It is the
only maker of a ``RedactedSnapshot``, the one type the renderers accept, and it also
scans the free text that stays for withheld names and contacts
(``planner.publishing.free_text``). The rules it applies are ``planner.domain.audience``.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from typing import Any, Protocol

from planner.domain.audience import (
    NAMEABLE,
    SHOWN,
    Audience,
    check_audience,
    describe,
    is_shown,
    may_name,
)
from planner.domain.records import StakeholderRecord
from planner.publishing.free_text import Party, Replacement, WithheldIndex
from planner.services.snapshot import CampaignSnapshot, Person, SignOnEntry


def _scrub(s: StakeholderRecord, audience: Audience) -> StakeholderRecord:
    """The stakeholder as an outside reader may see it: no contacts, notes or hidden name."""
    named = may_name(s, audience)
    return dataclasses.replace(
        s,
        name=s.name if named else describe(s),
        title=s.title if named else "",
        email="",
        phone="",
        notes="",
        consent_note="",
        organisation_id=s.organisation_id if named else None,
        languages=list(s.languages),
    )


_SEAL = object()


@dataclasses.dataclass(frozen=True)
class RedactedSnapshot(CampaignSnapshot):
    """A snapshot that went through ``redact``: the only input a renderer accepts.

    ``replacements`` lists the withheld names and contacts found in free text and
    replaced, so the user can be told before the file is written.
    """

    replacements: tuple[Replacement, ...] = ()
    _seal: object = dataclasses.field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._seal is not _SEAL:
            raise TypeError(
                "a RedactedSnapshot is made only by planner.publishing.redaction.redact"
            )


def require_redacted(snapshot: object) -> RedactedSnapshot:
    """What every renderer calls first: unredacted data is refused, loudly."""
    if not isinstance(snapshot, RedactedSnapshot):
        raise TypeError(
            f"renderers accept only a RedactedSnapshot (from planner.publishing.redaction.redact), "
            f"not {type(snapshot).__name__}"
        )
    return snapshot


def _sealed(snapshot: CampaignSnapshot, **changes: Any) -> RedactedSnapshot:
    values = {f.name: getattr(snapshot, f.name) for f in dataclasses.fields(CampaignSnapshot)}
    values.update(changes)
    return RedactedSnapshot(**values, _seal=_SEAL)


def parties(stakeholders: Iterable[StakeholderRecord], audience: Audience) -> list[Party]:
    """Every stakeholder as the free-text scan needs it, withheld or not for ``audience``."""
    return [
        Party(
            name=s.name,
            email=s.email,
            phone=s.phone,
            description=describe(s),
            withheld=not (is_shown(s, audience) and may_name(s, audience)),
        )
        for s in stakeholders
    ]


IndexFor = Callable[[Collection[str]], WithheldIndex]
"""What the gate passes as ``scan`` for one campaign: the whole workspace's index, cut to
the texts it will be used on (``WithheldIndex.build_for``)."""


class _Scanner(Protocol):
    @property
    def empty(self) -> bool: ...
    def scrub(self, text: str, where: str, found: list[Replacement]) -> str: ...


class _Collector:
    """Goes through the outgoing text as the scan will, and keeps every string it is given."""

    empty = False

    def __init__(self) -> None:
        self.texts: set[str] = set()

    def scrub(self, text: str, where: str, found: list[Replacement]) -> str:
        self.texts.add(text)
        return text


def redact(
    snapshot: CampaignSnapshot,
    audience: Audience,
    *,
    scan: WithheldIndex | IndexFor | None = None,
) -> RedactedSnapshot:
    """A copy of ``snapshot`` holding only what ``audience`` may see.

    Free text that stays is scanned for the names and contacts of withheld stakeholders:
    those of the snapshot, or of the whole workspace when the gate passes ``scan`` (an
    index, or a function giving the index for the texts to scan: their strings are
    gathered first, by the very walk that then scrubs them).
    """
    check_audience(audience)
    if isinstance(snapshot, RedactedSnapshot) and snapshot.audience != "internal":
        raise ValueError("this snapshot is already redacted for an outside audience")
    if audience == "internal":
        return _sealed(snapshot, audience="internal")
    shown = {
        k: _scrub(s, audience) for k, s in snapshot.stakeholders.items() if is_shown(s, audience)
    }
    # an organisation that is itself withheld must not be reachable through a member
    for key, s in list(shown.items()):
        if s.organisation_id and s.organisation_id not in shown:
            shown[key] = dataclasses.replace(s, organisation_id=None)
    withheld = Counter(
        p.stakeholder.category for p in snapshot.people if p.stakeholder.id not in shown
    )
    people = [
        Person(
            stakeholder=shown[p.id],
            position=dataclasses.replace(p.position, owner="", next_step="", source=""),
            last_contact=None,
            display_name=shown[p.id].name,
            named=may_name(p.stakeholder, audience),
        )
        for p in snapshot.people
        if p.id in shown
    ]
    asks = [
        dataclasses.replace(
            a,
            target_id=a.target_id if a.target_id in shown else None,
            target=a.target if (not a.target_id or a.target_id in shown) else "",
        )
        for a in snapshot.asks
    ]
    quotes = [q for q in snapshot.quotes if q.stakeholder_id is None or q.stakeholder_id in shown]
    quotes = [
        q if q.name_consent in NAMEABLE[audience] else dataclasses.replace(q, name_consent="none")
        for q in quotes
    ]
    campaign = dataclasses.replace(
        snapshot.campaign, strategy="", lead="" if audience == "public" else snapshot.campaign.lead
    )
    outgoing = dict(
        campaign=campaign,
        asks=asks,
        people=people,
        shown=shown,
        milestones=[
            dataclasses.replace(m, owner="") for m in snapshot.milestones if m.kind != "internal"
        ],
        quotes=quotes,
        relationships=[
            dataclasses.replace(r, note="")
            for r in snapshot.relationships
            if r.from_id in shown and r.to_id in shown
        ],
        sign_ons=[_redact_sign_on(x, audience) for x in snapshot.sign_ons],
    )
    index: _Scanner
    if scan is None:
        index = WithheldIndex.build(parties(snapshot.stakeholders.values(), audience))
    elif isinstance(scan, WithheldIndex):
        index = scan
    else:
        collector = _Collector()
        _checked_text(collector, [], **outgoing)
        index = scan(collector.texts)
    found: list[Replacement] = []
    checked = _checked_text(index, found, **outgoing)
    shown = checked["shown"]
    return _sealed(
        snapshot,
        audience=audience,
        campaign=checked["campaign"],
        asks=checked["asks"],
        people=checked["people"],
        stakeholders=shown,
        display_names={k: s.name for k, s in shown.items()},
        milestones=checked["milestones"],
        interactions=[],
        quotes=checked["quotes"],
        relationships=checked["relationships"],
        replacements=tuple(dict.fromkeys(found)),
        vote_positions=[
            dataclasses.replace(p, note="")
            for p in snapshot.vote_positions
            if p.stakeholder_id in shown
        ],
        withheld=dict(withheld),
        sign_ons=checked["sign_ons"],
        withheld_people=dict(
            Counter(
                (p.position.role, p.stakeholder.category, p.stakeholder.kind)
                for p in snapshot.people
                if p.stakeholder.id not in shown
            )
        ),
    )


# Fields that hold ids, dates, bookkeeping or a vocabulary value: never free text.
_NOT_TEXT = {
    "id",
    "created_at",
    "updated_at",
    "deleted_at",
    "kind",
    "status",
    "category",
    "sensitivity",
    "name_consent",
    "language",
    "channel",
    "role",
    "expected",
    "actual",
}


_TEXT_FIELDS: dict[type, tuple[str, ...]] = {}


def _text_fields(record: Any) -> tuple[str, ...]:
    """The free-text fields of a record's class (looked up once per class)."""
    kind = type(record)
    names = _TEXT_FIELDS.get(kind)
    if names is None:
        names = _TEXT_FIELDS[kind] = tuple(
            f.name
            for f in dataclasses.fields(record)
            if f.name not in _NOT_TEXT and not f.name.endswith("_id") and f.name != "depends_on"
        )
    return names


def _check_record(record: Any, where: str, index: _Scanner, found: list[Replacement]) -> Any:
    """``record`` with every string field (and list of strings) scanned and cleaned."""
    changes: dict[str, Any] = {}
    for name in _text_fields(record):
        value = getattr(record, name)
        if not value:
            continue
        label = f"{where} {name.replace('_', ' ')}"
        if isinstance(value, str):
            clean = index.scrub(value, label, found)
            if clean != value:
                changes[name] = clean
        elif isinstance(value, list) and all(isinstance(x, str) for x in value):
            clean_list = [index.scrub(x, label, found) for x in value]
            if clean_list != value:
                changes[name] = clean_list
    return dataclasses.replace(record, **changes) if changes else record


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def _checked_text(index: _Scanner, found: list[Replacement], **parts: Any) -> dict[str, Any]:
    """The outgoing records with withheld names and contacts replaced in their free text."""
    if index.empty:
        return parts
    campaign = _check_record(parts["campaign"], "campaign", index, found)
    shown = {
        k: _check_record(s, f"stakeholder {s.name!r}", index, found)
        for k, s in parts["shown"].items()
    }
    people = [
        dataclasses.replace(
            p,
            stakeholder=shown[p.id],
            display_name=shown[p.id].name,
            position=_check_record(p.position, f"position of {shown[p.id].name!r}", index, found),
        )
        for p in parts["people"]
    ]
    return {
        "campaign": campaign,
        "shown": shown,
        "people": people,
        "asks": [_check_record(a, f"ask {_short(a.text)!r}", index, found) for a in parts["asks"]],
        "milestones": [
            _check_record(m, f"milestone {_short(m.title)!r}", index, found)
            for m in parts["milestones"]
        ],
        "quotes": [
            _check_record(q, f"quote {_short(q.text)!r}", index, found) for q in parts["quotes"]
        ],
        "relationships": [
            _check_record(r, "relationship", index, found) for r in parts["relationships"]
        ],
        "sign_ons": [
            _check_record(x, f"sign-on {_short(x.title)!r}", index, found)
            for x in parts["sign_ons"]
        ],
    }


def _redact_sign_on(entry: SignOnEntry, audience: Audience) -> SignOnEntry:
    """Signatories the audience may read by name (shown *and* the signature's consent
    allows it); the others leave the list and are only counted, by kind."""
    named = [
        x
        for x in entry.signatories
        if x.sensitivity in SHOWN[audience] and x.name_consent in NAMEABLE[audience]
    ]
    kept = {id(x) for x in named}
    withheld = [x for x in entry.signatories if id(x) not in kept]
    return dataclasses.replace(
        entry,
        signatories=named,
        withheld_organisations=sum(1 for x in withheld if x.kind != "person"),
        withheld_people=sum(1 for x in withheld if x.kind == "person"),
    )


def quote_attribution(
    snapshot: CampaignSnapshot, quote_stakeholder_id: str | None, quote_consent: str
) -> str:
    """Who said it, as far as this audience may know: a name, a description, or nothing."""
    if not quote_stakeholder_id:
        return ""
    s = snapshot.stakeholders.get(quote_stakeholder_id)
    if s is None:
        return ""
    if snapshot.audience == "internal":
        return s.name
    if quote_consent in NAMEABLE[snapshot.audience]:
        return s.name  # already the description if the stakeholder may not be named
    return describe(s)
