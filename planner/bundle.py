"""The JSON bundle (format version 1): share a campaign or a whole workspace, merge it back.

Import is validated as a whole and runs in one transaction: one bad record rejects the
file with a message naming the record and the field, and nothing changes. The same id
updates rather than duplicates, so importing a bundle twice is harmless.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from planner.atomic import atomic_write_text
from planner.models import (
    ENTITY_MODELS,
    Ask,
    Campaign,
    CampaignStakeholder,
    Interaction,
    Milestone,
    Quote,
    Relationship,
    Stakeholder,
    Tracked,
    VotePosition,
    interaction_participant,
    utc_now,
)
from planner.records import RECORD_TYPES, domain_fields, to_record
from planner.services import (
    asks,
    campaigns,
    interactions,
    milestones,
    positions,
    quotes,
    relationships,
    stakeholders,
    votes,
)
from planner.services.entity import ConflictError, EntitySpec, create_in, update_in
from planner.store import Workspace
from planner.validation import ValidationError

FORMAT = "campaign-planner-bundle"
VERSION = 1
MAX_BUNDLE_BYTES = 512 * 1024 * 1024

# Import order: everything a record points at comes before it.
SECTIONS: tuple[tuple[str, str, EntitySpec[Any]], ...] = (
    ("campaigns", "campaign", campaigns.SPEC),
    ("stakeholders", "stakeholder", stakeholders.SPEC),
    ("asks", "ask", asks.SPEC),
    ("campaign_stakeholders", "campaign_stakeholder", positions.SPEC),
    ("relationships", "relationship", relationships.SPEC),
    ("milestones", "milestone", milestones.SPEC),
    ("interactions", "interaction", interactions.SPEC),
    ("quotes", "quote", quotes.SPEC),
    ("vote_positions", "vote_position", votes.SPEC),
)
# References within the same section are set in a second pass, once every row exists.
DEFERRED = {"stakeholder": "organisation_id", "milestone": "depends_on"}
BOOKKEEPING = ("created_at", "updated_at", "deleted_at", "version")
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})")


class BundleError(ValueError):
    """The bundle cannot be imported; the message names the record and field."""


@dataclass
class ImportReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        parts = []
        for label, counts in (("created", self.created), ("updated", self.updated)):
            total = sum(counts.values())
            if total:
                detail = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
                parts.append(f"{label} {total} ({detail})")
        unchanged = sum(self.unchanged.values())
        if unchanged:
            parts.append(f"{unchanged} unchanged")
        return "; ".join(parts) or "nothing to import"


# ---------------------------------------------------------------------------- export


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _serialise(kind: str, obj: Tracked) -> dict[str, Any]:
    record = to_record(obj, RECORD_TYPES[kind])
    names = list(domain_fields(RECORD_TYPES[kind]))
    if kind != "campaign_stakeholder":  # the domain identifies it by its pair
        names.insert(0, "id")
    names += list(BOOKKEEPING)
    return {name: _jsonable(getattr(record, name)) for name in names}


def export_bundle(ws: Workspace, campaign_id: str | None = None) -> dict[str, Any]:
    """Everything in the workspace, or one campaign with everything it references."""
    bundle: dict[str, Any] = {"format": FORMAT, "version": VERSION, "exported_at": utc_now()}
    with ws.reading() as s:
        rows = _campaign_rows(s, campaign_id) if campaign_id else _all_rows(s)
        for section, kind, _spec in SECTIONS:
            items = sorted(rows[kind], key=lambda o: (o.created_at, o.id))
            bundle[section] = [_serialise(kind, o) for o in items]
    return bundle


def _live(s: Session, model: type[Tracked], *conditions: Any) -> list[Any]:
    return list(s.scalars(select(model).where(model.deleted_at.is_(None), *conditions)))


def _all_rows(s: Session) -> dict[str, list[Any]]:
    return {kind: _live(s, model) for kind, model in ENTITY_MODELS.items()}


def _campaign_rows(s: Session, campaign_id: str) -> dict[str, list[Any]]:
    camp = s.get(Campaign, campaign_id)
    if camp is None or camp.deleted_at is not None:
        raise BundleError(f"No campaign with id {campaign_id}.")
    rows: dict[str, list[Any]] = {"campaign": [camp]}
    rows["ask"] = _live(s, Ask, Ask.campaign_id == campaign_id)
    rows["campaign_stakeholder"] = _live(
        s, CampaignStakeholder, CampaignStakeholder.campaign_id == campaign_id
    )
    rows["milestone"] = _live(s, Milestone, Milestone.campaign_id == campaign_id)
    rows["interaction"] = _live(s, Interaction, Interaction.campaign_id == campaign_id)
    rows["quote"] = _live(s, Quote, Quote.campaign_id == campaign_id)
    milestone_ids = [m.id for m in rows["milestone"]]
    rows["vote_position"] = _live(s, VotePosition, VotePosition.milestone_id.in_(milestone_ids))

    people: set[str] = {link.stakeholder_id for link in rows["campaign_stakeholder"]}
    people |= {a.target_id for a in rows["ask"] if a.target_id}
    people |= {q.stakeholder_id for q in rows["quote"] if q.stakeholder_id}
    people |= {p.stakeholder_id for p in rows["vote_position"]}
    interaction_ids = [i.id for i in rows["interaction"]]
    people |= set(
        s.scalars(
            select(interaction_participant.c.stakeholder_id).where(
                interaction_participant.c.interaction_id.in_(interaction_ids)
            )
        )
    )
    # Organisations of the people referenced, transitively.
    frontier = set(people)
    while frontier:
        orgs = set(
            s.scalars(
                select(Stakeholder.organisation_id).where(
                    Stakeholder.id.in_(frontier), Stakeholder.organisation_id.is_not(None)
                )
            )
        )
        frontier = orgs - people
        people |= orgs
    rows["stakeholder"] = _live(s, Stakeholder, Stakeholder.id.in_(people))
    rows["relationship"] = _live(
        s,
        Relationship,
        Relationship.from_id.in_(people),
        Relationship.to_id.in_(people),
    )
    return rows


def write_bundle(
    ws: Workspace, out: str | os.PathLike[str], campaign_id: str | None = None
) -> dict[str, int]:
    bundle = export_bundle(ws, campaign_id)
    atomic_write_text(Path(out), json.dumps(bundle, ensure_ascii=False, indent=1))
    return {section: len(bundle[section]) for section, _k, _s in SECTIONS}


# ---------------------------------------------------------------------------- import


def load_bundle_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    target = Path(path)
    if not target.is_file():
        raise BundleError(f"{target}: no such file.")
    if target.stat().st_size > MAX_BUNDLE_BYTES:
        raise BundleError(f"{target.name}: larger than {MAX_BUNDLE_BYTES // 2**20} MiB, refused.")
    raw = target.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BundleError(f"{target.name}: not UTF-8 text (byte {exc.start}).") from None
    except json.JSONDecodeError as exc:
        raise BundleError(
            f"{target.name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "the file may be truncated."
        ) from None
    return data


def _check_envelope(data: Any) -> None:
    if not isinstance(data, dict):
        raise BundleError("Not a Campaign Planner bundle: the top level is not an object.")
    if data.get("format") != FORMAT:
        raise BundleError(f"Not a Campaign Planner bundle: format is {data.get('format')!r}.")
    if data.get("version") != VERSION:
        raise BundleError(
            f"Bundle version {data.get('version')!r} is not supported "
            f"(this app reads version {VERSION})."
        )
    for section, _kind, _spec in SECTIONS:
        if not isinstance(data.get(section, []), list):
            raise BundleError(f"{section}: must be a list of records.")
    known = {s for s, _k, _p in SECTIONS} | {"format", "version", "exported_at"}
    extra = sorted(set(data) - known)
    if extra:
        raise BundleError(f"Unknown section {extra[0]!r} in bundle.")


def _expected_fields(kind: str) -> list[str]:
    names = list(domain_fields(RECORD_TYPES[kind]))
    return names if kind == "campaign_stakeholder" else ["id", *names]


def _check_record(kind: str, item: Any, label: str) -> None:
    if not isinstance(item, dict):
        raise BundleError(f"{label}: must be an object.")
    expected = _expected_fields(kind)
    for name in expected:
        if name not in item:
            raise BundleError(f"{label}: field {name!r} is missing.")
    allowed = set(expected) | set(BOOKKEEPING)
    for name in item:
        if name not in allowed:
            raise BundleError(f"{label}: field {name!r} is not part of a {kind.replace('_', ' ')}.")
    for stamp in ("created_at", "updated_at", "deleted_at"):
        value = item.get(stamp)
        if value is not None and not (isinstance(value, str) and _TIMESTAMP.fullmatch(value)):
            raise BundleError(f"{label}: field {stamp!r} {value!r} is not a UTC timestamp.")
    version = item.get("version")
    if version is not None and (
        not isinstance(version, int) or isinstance(version, bool) or version < 1
    ):
        raise BundleError(f"{label}: field 'version' {version!r} is not a positive whole number.")


def import_bundle(ws: Workspace, data: Any) -> ImportReport:
    """Validate and apply a whole bundle in one transaction; raise BundleError on any fault."""
    _check_envelope(data)
    report = ImportReport()
    seen_ids: set[str] = set()
    try:
        with ws.session() as s:
            deferred: list[tuple[EntitySpec[Any], str, dict[str, Any], str]] = []
            stamped: list[tuple[type[Tracked], str, dict[str, Any]]] = []
            for section, kind, spec in SECTIONS:
                for index, item in enumerate(data.get(section, [])):
                    label = _record_label(section, index, item)
                    _check_record(kind, item, label)
                    ident = item.get("id")
                    if ident is not None:
                        if not isinstance(ident, str):
                            raise BundleError(f"{label}: field 'id' {ident!r} is not a valid id.")
                        if ident in seen_ids:
                            raise BundleError(f"{label}: id {ident!r} appears twice in the bundle.")
                        seen_ids.add(ident)
                    values = {k: item[k] for k in domain_fields(RECORD_TYPES[kind])}
                    late = DEFERRED.get(kind)
                    later = {late: values.pop(late)} if late and values.get(late) else None
                    try:
                        obj, outcome = _upsert(s, kind, spec, ident, values)
                    except ValidationError as exc:
                        raise BundleError(str(exc.in_record(label))) from None
                    if later:
                        deferred.append((spec, label, later, obj.id))
                    stamped.append((type(obj), obj.id, item))
                    counts = getattr(report, outcome)
                    counts[section] = counts.get(section, 0) + 1
            for spec, label, values, ident in deferred:
                try:
                    update_in(s, spec, ident, values)
                except ValidationError as exc:
                    raise BundleError(str(exc.in_record(label))) from None
            s.flush()
            for model, ident, item in stamped:
                _keep_bookkeeping(s, model, ident, item)
    except ConflictError as exc:  # pragma: no cover - another writer in between
        raise BundleError(str(exc)) from None
    return report


def _record_label(section: str, index: int, item: Any) -> str:
    ident = item.get("id") if isinstance(item, dict) else None
    return f"{section}[{index}]" + (f" ({ident})" if ident else "")


def _upsert(
    s: Session, kind: str, spec: EntitySpec[Any], ident: str | None, values: dict[str, Any]
) -> tuple[Tracked, str]:
    if kind == "campaign_stakeholder":
        # The pair is looked up before validation runs: check its ids first, so a
        # hostile value gives a clear error instead of reaching the query.
        for key in ("campaign_id", "stakeholder_id"):
            rule = spec.rule(key)
            assert rule is not None
            values[key] = rule.rule(key, values.get(key))
        existing = s.scalars(
            select(CampaignStakeholder).where(
                CampaignStakeholder.campaign_id == values.get("campaign_id"),
                CampaignStakeholder.stakeholder_id == values.get("stakeholder_id"),
            )
        ).first()
        if existing is not None:
            ident = existing.id
    else:
        if not isinstance(ident, str) or not re.fullmatch(r"[0-9a-fA-F-]{36}", ident):
            raise ValidationError("id", ident, "is not a valid id")
        existing = s.get(spec.model, ident)
    if existing is None:
        return create_in(s, spec, values, ident=ident), "created"
    if existing.deleted_at is not None:
        existing.deleted_at = None
    before = to_record(existing, RECORD_TYPES[kind])
    obj = update_in(s, spec, existing.id, values)
    changed = to_record(obj, RECORD_TYPES[kind]) != before
    return obj, "updated" if changed else "unchanged"


def _keep_bookkeeping(s: Session, model: type[Tracked], ident: str, item: dict[str, Any]) -> None:
    """Keep the bundle's own timestamps, soft-delete mark and version for faithful round trips."""
    stamps = {
        k: item[k] for k in BOOKKEEPING if k in item and (item[k] is not None or k == "deleted_at")
    }
    if stamps:
        s.execute(
            update(model)
            .where(model.id == ident)
            .values(**stamps)
            .execution_options(synchronize_session=False)
        )


def import_bundle_file(ws: Workspace, path: str | os.PathLike[str]) -> ImportReport:
    return import_bundle(ws, load_bundle_file(path))
