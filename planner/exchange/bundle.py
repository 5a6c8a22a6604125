"""The JSON bundle (format version 1): share a campaign or a whole workspace, merge it back.

A bundle of the whole workspace carries every table a user's work lives in (the
sections of ``bundle_format``); a campaign's bundle carries that campaign and everything
it references. Import is checked as a whole before anything is written
(``bundle_check``) and runs in one transaction: one bad record rejects the file with a
message naming the record and the field, and nothing changes. The same id updates rather
than duplicates, so importing a bundle twice is harmless.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from planner.domain import models as m
from planner.domain.edge_models import STANCE_CARRIED_KEY, Signature, SignOn, StanceChange
from planner.domain.models import Tracked, interaction_participant
from planner.domain.records import Meta, domain_fields, to_record
from planner.domain.sync_tables import sync_base
from planner.domain.timestamps import as_text, utc_now_text
from planner.domain.validation import ValidationError
from planner.exchange.bundle_check import Planned, check_bundle
from planner.exchange.bundle_format import (
    BOOKKEEPING,
    DEFERRED,
    FORMAT,
    MAX_BUNDLE_BYTES,
    SECTIONS,
    SOURCE,
    SYNC_BASES,
    VERSION,
    BundleError,
)
from planner.files.atomic import atomic_write_text
from planner.services.entity import ConflictError, EntitySpec, create_in, update_in
from planner.storage.workspace import Workspace

__all__ = [
    "BOOKKEEPING",
    "FORMAT",
    "MAX_BUNDLE_BYTES",
    "SECTIONS",
    "VERSION",
    "BundleError",
    "ImportReport",
    "export_bundle",
    "import_bundle",
    "import_bundle_file",
    "keep_bookkeeping",
    "load_bundle_file",
    "parse_bundle_json",
    "serialise_record",
    "write_bundle",
]


@dataclass
class ImportReport:
    """What an import changed, per bundle section: every record lands in one count."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    # records a redacted (closed/public) bundle also holds but that were left as they are
    kept: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        parts = []
        for label, counts in (
            ("created", self.created),
            ("updated", self.updated),
            ("deleted", self.deleted),
        ):
            total = sum(counts.values())
            if total:
                detail = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
                parts.append(f"{label} {total} ({detail})")
        unchanged = sum(self.unchanged.values())
        if unchanged:
            parts.append(f"{unchanged} unchanged")
        kept = sum(self.kept.values())
        if kept:
            parts.append(
                f"{kept} already here kept as they are (a redacted bundle never overwrites)"
            )
        return "; ".join(parts) or "nothing to import"


# ---------------------------------------------------------------------------- export


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return as_text(value)  # a timestamp in the bundle form (UTC, "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def serialise_record(spec: EntitySpec[Any], obj: Tracked | Meta) -> dict[str, Any]:
    """One row (an ORM object or its record) as a bundle record: its id, its domain
    fields and bookkeeping, JSON-able. Sync compares and copies rows in this same form."""
    return serialise_values(spec, vars(to_record(obj, spec.record)))


def serialise_values(spec: EntitySpec[Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """``serialise_record`` of a row read as plain values by field name, which a sync
    reads by the hundred thousand without making a record of each."""
    names = ("id", *domain_fields(spec.record), *BOOKKEEPING)
    return {name: _jsonable(values[name]) for name in names}


def export_bundle(
    ws: Workspace, campaign_id: str | None = None, *, for_merge: bool = False
) -> dict[str, Any]:
    """Everything in the workspace, or one campaign with everything it references.

    ``for_merge`` (the full copy another laptop imports) also carries what a merge
    without a server needs: this workspace's id and name (``source``), the tombstones of
    the records in scope (a deletion travels as one), and this workspace's sync bases
    for the records carried, by peer id (``sync_bases``: the values it last agreed on
    with each peer, so a peer that never imported from us can still merge three ways).
    """
    bundle: dict[str, Any] = {"format": FORMAT, "version": VERSION, "exported_at": utc_now_text()}
    with ws.reading() as s:
        scope = _campaign_rows(s, campaign_id, for_merge) if campaign_id else None
        rows = scope if scope is not None else _all_rows(s, for_merge)
        for section, kind, spec in SECTIONS:
            items = sorted(rows[kind], key=lambda o: (o.created_at, o.id))
            bundle[section] = [serialise_record(spec, o) for o in items]
        if for_merge and ws.workspace_id:
            bundle[SOURCE] = {"workspace_id": ws.workspace_id, "name": ws.name}
            # a team server's own workspace keeps no bases (and its members may not read
            # that table): only a workspace file has peers of its own
            bundle[SYNC_BASES] = _bases_of(s, bundle) if ws.backend.local_file else {}
    return bundle


def _bases_of(s: Session, bundle: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """This workspace's sync bases of the records ``bundle`` carries: peer → kind → id."""
    carried = {(kind, r["id"]) for section, kind, _spec in SECTIONS for r in bundle[section]}
    out: dict[str, dict[str, dict[str, Any]]] = {}
    rows = s.execute(
        select(sync_base.c.server_id, sync_base.c.kind, sync_base.c.record_id, sync_base.c.fields)
    )
    for peer, kind, ident, fields in rows:
        if (kind, ident) in carried:
            out.setdefault(peer, {}).setdefault(kind, {})[ident] = json.loads(fields)
    return out


def _live(
    s: Session, model: type[Tracked], *conditions: Any, tombstones: bool = False
) -> list[Any]:
    if tombstones:
        return list(s.scalars(select(model).where(*conditions)))
    return list(s.scalars(select(model).where(model.deleted_at.is_(None), *conditions)))


def _all_rows(s: Session, tombstones: bool = False) -> dict[str, list[Any]]:
    return {kind: _live(s, spec.model, tombstones=tombstones) for _section, kind, spec in SECTIONS}


def _campaign_rows(s: Session, campaign_id: str, tombstones: bool = False) -> dict[str, list[Any]]:
    camp = s.get(m.Campaign, campaign_id)
    if camp is None or camp.deleted_at is not None:
        raise BundleError(f"No campaign with id {campaign_id}.")
    rows: dict[str, list[Any]] = {"campaign": [camp]}

    rows["ask"] = _live(s, m.Ask, m.Ask.campaign_id == campaign_id, tombstones=tombstones)
    rows["campaign_stakeholder"] = _live(
        s,
        m.CampaignStakeholder,
        m.CampaignStakeholder.campaign_id == campaign_id,
        tombstones=tombstones,
    )
    rows["milestone"] = _live(
        s, m.Milestone, m.Milestone.campaign_id == campaign_id, tombstones=tombstones
    )
    rows["interaction"] = _live(
        s, m.Interaction, m.Interaction.campaign_id == campaign_id, tombstones=tombstones
    )
    rows["quote"] = _live(s, m.Quote, m.Quote.campaign_id == campaign_id, tombstones=tombstones)
    milestone_ids = [milestone.id for milestone in rows["milestone"]]
    rows["vote_position"] = _live(
        s, m.VotePosition, m.VotePosition.milestone_id.in_(milestone_ids), tombstones=tombstones
    )
    rows["sign_on"] = _live(s, SignOn, SignOn.campaign_id == campaign_id, tombstones=tombstones)
    sign_on_ids = [x.id for x in rows["sign_on"]]
    rows["signature"] = _live(
        s, Signature, Signature.sign_on_id.in_(sign_on_ids), tombstones=tombstones
    )
    rows["stance_change"] = _live(
        s, StanceChange, StanceChange.campaign_id == campaign_id, tombstones=tombstones
    )

    people: set[str] = {link.stakeholder_id for link in rows["campaign_stakeholder"]}
    people |= {a.target_id for a in rows["ask"] if a.target_id}
    people |= {q.stakeholder_id for q in rows["quote"] if q.stakeholder_id}
    people |= {p.stakeholder_id for p in rows["vote_position"]}
    people |= {x.stakeholder_id for x in rows["signature"]}
    people |= {x.stakeholder_id for x in rows["stance_change"]}
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
        orgs = {
            org
            for org in s.scalars(
                select(m.Stakeholder.organisation_id).where(
                    m.Stakeholder.id.in_(frontier), m.Stakeholder.organisation_id.is_not(None)
                )
            )
            if org is not None  # the WHERE already says so; this tells the type checker
        }
        frontier = orgs - people
        people |= orgs
    rows["stakeholder"] = _live(
        s, m.Stakeholder, m.Stakeholder.id.in_(people), tombstones=tombstones
    )
    rows["relationship"] = _live(
        s,
        m.Relationship,
        m.Relationship.from_id.in_(people),
        m.Relationship.to_id.in_(people),
        tombstones=tombstones,
    )
    return rows


def write_bundle(
    ws: Workspace, out: str | os.PathLike[str], campaign_id: str | None = None
) -> dict[str, int]:
    bundle = export_bundle(ws, campaign_id, for_merge=True)
    atomic_write_text(Path(out), json.dumps(bundle, ensure_ascii=False, indent=1))
    return {section: len(bundle[section]) for section, _k, _s in SECTIONS}


# ---------------------------------------------------------------------------- import


class _BigNumber:
    """A JSON number too long to be one (Python refuses to read more than 4 300 digits):
    kept as a marker, so the field rules refuse it with the record and field named."""

    def __init__(self, digits: str) -> None:
        self.digits = len(digits.lstrip("-"))

    def __repr__(self) -> str:
        return f"<a number of {self.digits} digits>"


def _json_int(text: str) -> int | _BigNumber:
    return int(text) if len(text) <= 30 else _BigNumber(text)


def parse_bundle_json(raw: bytes, name: str) -> Any:
    """The JSON data of a bundle file (not yet checked); BundleError if it is not JSON."""
    try:
        return json.loads(raw.decode("utf-8"), parse_int=_json_int)
    except UnicodeDecodeError as exc:
        raise BundleError(f"{name}: not UTF-8 text (byte {exc.start}).") from None
    except json.JSONDecodeError as exc:
        raise BundleError(
            f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "the file may be truncated."
        ) from None
    except RecursionError:
        raise BundleError(
            f"{name}: not a bundle: its JSON is nested too deeply (a bundle's records are "
            "objects of plain values)."
        ) from None


def load_bundle_file(path: str | os.PathLike[str]) -> Any:
    target = Path(path)
    if not target.is_file():
        raise BundleError(f"{target}: no such file.")
    if target.stat().st_size > MAX_BUNDLE_BYTES:
        raise BundleError(f"{target.name}: larger than {MAX_BUNDLE_BYTES // 2**20} MiB, refused.")
    return parse_bundle_json(target.read_bytes(), target.name)


def import_bundle(ws: Workspace, data: Any) -> ImportReport:
    """Check the whole bundle, then apply it in one transaction; BundleError on any fault.

    Nothing is written until every record has passed every rule (``bundle_check``), so a
    bad record fails fast wherever it is in the file. The write goes through the
    services' create and update, which check again: another writer may have changed the
    workspace since the check.
    """
    with ws.reading() as s:
        planned = check_bundle(s, data)
        if data.get("audience", "internal") != "internal":
            # A bundle for an outside audience holds descriptions instead of names and no
            # contacts or notes: it may add what is new here, never overwrite what is.
            planned, already = _new_only(s, planned)
        else:
            already = {}
    report = ImportReport(kept=already)
    carried_history = {
        (p.clean["campaign_id"], p.clean["stakeholder_id"])
        for p in planned
        if p.kind == "stance_change"
    }
    try:
        with ws.session() as s:
            s.info[STANCE_CARRIED_KEY] = carried_history
            recorded_before = _count(s, StanceChange)
            written = [_write(s, p) for p in planned]
            for p, w in written:
                late = DEFERRED.get(p.kind)
                if late and p.values.get(late):
                    try:
                        update_in(s, p.spec, w.obj.id, {late: p.values[late]})
                    except ValidationError as exc:
                        raise BundleError(str(exc.in_record(p.label))) from None
            s.flush()
            for p, w in written:
                _count_outcome(report, p, w)
            for p, w in written:
                keep_bookkeeping(s, p.spec.model, w.obj.id, p.item)
            # Changes the stance-history event recorded for links the bundle moved
            # without carrying their history (a bundle from an older planner).
            recorded = _count(s, StanceChange) - recorded_before
            recorded -= report.created.get("stance_changes", 0)
            if recorded > 0:
                report.created["stance_changes"] = (
                    report.created.get("stance_changes", 0) + recorded
                )
    except ConflictError as exc:  # pragma: no cover - another writer in between
        raise BundleError(str(exc)) from None
    return report


def _new_only(s: Session, planned: list[Planned]) -> tuple[list[Planned], dict[str, int]]:
    """The planned records the workspace does not hold yet, and a count of the others."""
    fresh: list[Planned] = []
    already: dict[str, int] = {}
    for p in planned:
        if p.target_id and s.get(p.spec.model, p.target_id) is not None:
            already[p.section] = already.get(p.section, 0) + 1
        else:
            fresh.append(p)
    return fresh, already


@dataclass
class _Written:
    """A record as the import found it and left it, to count what really changed."""

    obj: Tracked
    before: Meta | None  # None: created


def _count(s: Session, model: type[Tracked]) -> int:
    return s.scalar(select(func.count()).select_from(model)) or 0


def _write(s: Session, p: Planned) -> tuple[Planned, _Written]:
    values = dict(p.values)
    late = DEFERRED.get(p.kind)
    if late:
        values.pop(late)
    try:
        existing = s.get(p.spec.model, p.target_id) if p.target_id else None
        if existing is None:
            return p, _Written(create_in(s, p.spec, values, ident=p.ident), None)
        before = to_record(existing, p.spec.record)
        if existing.deleted_at is not None:
            existing.deleted_at = None  # brought back; the bundle's own mark is applied later
        return p, _Written(update_in(s, p.spec, existing.id, values), before)
    except ValidationError as exc:
        raise BundleError(str(exc.in_record(p.label))) from None


def _count_outcome(report: ImportReport, p: Planned, w: _Written) -> None:
    """created, deleted (a live row the bundle marks deleted), updated (any field, its
    deletion undone, or its bookkeeping) or unchanged."""
    if w.before is None:
        outcome = "created"
    else:
        deleted_now = p.item.get("deleted_at")
        fields = domain_fields(p.spec.record)
        after = {name: _plain(name, getattr(w.obj, name)) for name in fields}
        data_changed = after != {name: _plain(name, getattr(w.before, name)) for name in fields}
        stamps_changed = any(
            p.item.get(k) is not None and p.item[k] != _jsonable(getattr(w.before, k))
            for k in ("created_at", "updated_at", "version")
        )
        if w.before.deleted_at is None and deleted_now is not None:
            outcome = "deleted"
        elif data_changed or stamps_changed or _jsonable(w.before.deleted_at) != deleted_now:
            outcome = "updated"
        else:
            outcome = "unchanged"
    counts = getattr(report, outcome)
    counts[p.section] = counts.get(p.section, 0) + 1


# Lists whose order carries no meaning: a PostgreSQL server returns an engagement's
# participants in no set order, which must not count as a change.
_UNORDERED = frozenset({"stakeholder_ids"})


def _plain(name: str, value: Any) -> Any:
    if isinstance(value, list):
        return sorted(value) if name in _UNORDERED else list(value)
    return value


def keep_bookkeeping(s: Session, model: type[Tracked], ident: str, item: dict[str, Any]) -> None:
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
