"""A bundle for another organisation: only what its audience may see, still importable.

An ``internal`` bundle is the full copy (``planner.exchange.bundle.export_bundle``). For
``closed`` or ``public`` the bundle is built from the redacted snapshots of the
campaigns it carries, so it holds exactly what a brief for that audience could say:
withheld partners absent, others described where they may not be named, no contacts,
notes, engagement log or internal working fields, and quotes attributed only where the
speaker agreed to be named. It is still a valid bundle (version 1) the other side can
import; links to records left out are dropped rather than left dangling.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from planner.domain.records import RECORD_TYPES, domain_fields
from planner.domain.timestamps import utc_now_text
from planner.exchange.bundle import BOOKKEEPING, FORMAT, SECTIONS, VERSION
from planner.publishing.redaction import RedactedSnapshot, require_redacted


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value


def _row(kind: str, record: Any) -> dict[str, Any]:
    names = list(domain_fields(RECORD_TYPES[kind]))
    if kind != "campaign_stakeholder":  # the domain identifies it by its pair
        names.insert(0, "id")
    names += list(BOOKKEEPING)
    return {name: _jsonable(getattr(record, name)) for name in names}


def audience_bundle(snapshots: Sequence[RedactedSnapshot]) -> dict[str, Any]:
    """The bundle of ``snapshots`` (all redacted for one outside audience)."""
    rows: dict[str, dict[str, Any]] = {kind: {} for _s, kind, _spec in SECTIONS}

    def add(kind: str, key: str, record: Any) -> None:
        rows[kind].setdefault(key, _row(kind, record))

    for snap in snapshots:
        require_redacted(snap)
        add("campaign", snap.campaign.id, snap.campaign)
        for s in snap.stakeholders.values():
            add("stakeholder", s.id, s)
        for a in snap.asks:
            add("ask", a.id, a)
        for p in snap.people:
            add("campaign_stakeholder", p.position.id, p.position)
        for r in snap.relationships:
            add("relationship", r.id, r)
        kept = {m.id for m in snap.milestones}
        for m in snap.milestones:
            depends = [d for d in m.depends_on if d in kept]
            add("milestone", m.id, dataclasses.replace(m, depends_on=depends))
        for q in snap.quotes:
            # a speaker who did not agree to be named for this audience is not linked
            anonymous = q.name_consent == "none"
            add("quote", q.id, dataclasses.replace(q, stakeholder_id=None) if anonymous else q)
        for v in snap.vote_positions:
            if v.milestone_id in kept:
                add("vote_position", v.id, v)
    bundle: dict[str, Any] = {"format": FORMAT, "version": VERSION, "exported_at": utc_now_text()}
    # Marked, so that importing it never overwrites a fuller record with a redacted one.
    bundle["audience"] = snapshots[0].audience if snapshots else "closed"
    for section, kind, _spec in SECTIONS:
        items = rows[kind].values()
        bundle[section] = sorted(items, key=lambda r: (r["created_at"], r.get("id", "")))
    return bundle
