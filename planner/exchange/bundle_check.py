"""Checking a whole bundle before a single row is written.

Import used to validate each record as it wrote it, so a bad record near the end of a
big bundle surfaced only after everything before it had been written and rolled back
(52 s into the bundle of a 20 000-stakeholder workspace). ``check_bundle`` applies every
rule to every record first: the field rules and row rules of each entity's
``EntitySpec`` (the very rules the services apply), then, once for the whole bundle and
with read-only queries, the rules that look across records: ids, references, one row per
natural key, votes only on vote milestones, a sign-on's ask in its own campaign, no
circle of organisations. ``planner.exchange.bundle`` then writes through the services' own create
and update, which check everything again, since another writer may have changed the
workspace in between.

Each rule a service applies with the database (an ``EntitySpec.checks`` entry) has its
bundle-wide counterpart here, listed in ``CROSS_RECORD_CHECKS``; a test keeps the two
lists in step, so a new service rule cannot be forgotten at this door.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.models import Ask, Milestone, Stakeholder
from planner.domain.records import domain_fields
from planner.domain.validation import ValidationError, is_canonical_id, shown_value, timestamp
from planner.domain.vocabulary import AUDIENCES
from planner.exchange.bundle_format import (
    BOOKKEEPING,
    FORMAT,
    MAX_VERSION,
    NATURAL_KEYS,
    OPTIONAL_ID,
    SECTIONS,
    SOURCE,
    SYNC_BASES,
    VERSION,
    BundleError,
    expected_fields,
    record_label,
)
from planner.services.entity import EntitySpec, model_of
from planner.services.stakeholders import describe_circle, organisation_circle

# The services' database rules (by entity and function name) and what stands for each
# across a whole bundle.
CROSS_RECORD_CHECKS: dict[str, dict[str, str]] = {
    "campaign_stakeholder": {"_one_link_per_pair": "matched by its pair (NATURAL_KEYS)"},
    "signature": {"_one_signature_per_signatory": "matched by its pair (NATURAL_KEYS)"},
    "vote_position": {"_milestone_is_a_vote": "_check_vote_milestones"},
    "sign_on": {"_ask_of_the_campaign": "_check_sign_on_asks"},
    "stakeholder": {"_organisation_not_circular": "_check_organisation_circles"},
}
_STAMP = timestamp()
_CHUNK = 500


@dataclass
class Planned:
    """One checked record of the bundle: what the import will create or update."""

    section: str
    kind: str
    spec: EntitySpec[Any]
    label: str
    ident: str | None  # the bundle's id (a campaign stakeholder may come without one)
    values: dict[str, Any]  # the domain fields as the bundle gives them
    clean: dict[str, Any]  # the same, cleaned by the field rules
    item: dict[str, Any]  # the whole record, bookkeeping included
    match_id: str | None = None  # the workspace row it updates, found by its natural key

    @property
    def target_id(self) -> str | None:
        """The id of the row this record becomes (None: created with a fresh id)."""
        return self.match_id or self.ident


def _fail(label: str, exc: ValidationError) -> BundleError:
    return BundleError(str(exc.in_record(label)))


# ---------------------------------------------------------------------------- in memory


# A bundle made for an outside audience says so: its records are redacted copies.
BUNDLE_AUDIENCES = AUDIENCES


def check_envelope(data: Any) -> None:
    if not isinstance(data, dict):
        raise BundleError("Not a Campaign Planner bundle: the top level is not an object.")
    if data.get("format") != FORMAT:
        raise BundleError(
            f"Not a Campaign Planner bundle: format is {shown_value(data.get('format'))}."
        )
    version = data.get("version")
    if version != VERSION or isinstance(version, bool):
        raise BundleError(
            f"Bundle version {shown_value(version)} is not supported "
            f"(this app reads version {VERSION})."
        )
    try:
        _STAMP("exported_at", data.get("exported_at"))
    except ValidationError as exc:
        raise BundleError(f"Bundle envelope: {exc}") from None
    audience = data.get("audience", "internal")
    if audience not in BUNDLE_AUDIENCES:
        raise BundleError(
            f"Bundle envelope: audience {shown_value(audience)} is not one of "
            f"{', '.join(BUNDLE_AUDIENCES)}."
        )
    _check_merge_keys(data, audience)
    known = {s for s, _k, _p in SECTIONS} | {
        "format",
        "version",
        "exported_at",
        "audience",
        SOURCE,
        SYNC_BASES,
    }
    extra = sorted(set(data) - known)
    if extra:
        raise BundleError(f"Unknown section {shown_value(extra[0])} in bundle.")
    for section, _kind, _spec in SECTIONS:
        if not isinstance(data.get(section, []), list):
            raise BundleError(f"{section}: must be a list of records.")


def _check_merge_keys(data: dict[str, Any], audience: Any) -> None:
    """``source`` and ``sync_bases``: only in a full bundle, and shaped as written."""
    present = [k for k in (SOURCE, SYNC_BASES) if k in data]
    if present and audience != "internal":
        # bases hold field values: a redacted bundle must never carry them
        raise BundleError(
            f"Bundle envelope: a bundle for audience {audience} cannot carry {present[0]!r}."
        )
    if SOURCE in data:
        source = data[SOURCE]
        if (
            not isinstance(source, dict)
            or not is_canonical_id(source.get("workspace_id"))
            or not isinstance(source.get("name", ""), str)
        ):
            raise BundleError(
                "Bundle envelope: source must be an object with the sending workspace's "
                "id (a lower-case UUID) and its name."
            )
    if SYNC_BASES in data:
        kinds = {kind for _s, kind, _spec in SECTIONS}
        bases = data[SYNC_BASES]
        if not isinstance(bases, dict):
            raise BundleError("Bundle envelope: sync_bases must be an object by peer id.")
        for peer, by_kind in bases.items():
            if not is_canonical_id(peer) or not isinstance(by_kind, dict):
                raise BundleError(
                    f"Bundle envelope: sync_bases key {shown_value(peer)} is not a peer id "
                    "with its records by kind."
                )
            for kind, records in by_kind.items():
                if kind not in kinds or not isinstance(records, dict):
                    raise BundleError(
                        f"Bundle envelope: sync_bases of {peer}: {shown_value(kind)} is not "
                        "a kind of record with its records by id."
                    )
                for ident, fields in records.items():
                    if not is_canonical_id(ident) or not isinstance(fields, dict):
                        raise BundleError(
                            f"Bundle envelope: sync_bases of {peer}: {kind} "
                            f"{shown_value(ident)} is not a record id with its fields."
                        )


def check_records(data: Any) -> list[Planned]:
    """Every rule that needs no workspace, on every record, in bundle order."""
    check_envelope(data)
    planned: list[Planned] = []
    ids: dict[str, str] = {}
    pairs: dict[tuple[str, Any, Any], str] = {}
    for section, kind, spec in SECTIONS:
        for index, item in enumerate(data.get(section, [])):
            record = _check_one(section, kind, spec, index, item)
            if record.ident is not None:
                if record.ident in ids:
                    raise BundleError(
                        f"{record.label}: id {record.ident!r} appears twice in the bundle "
                        f"(also {ids[record.ident]})."
                    )
                ids[record.ident] = record.label
            if kind in NATURAL_KEYS:
                a, b = NATURAL_KEYS[kind]
                pair = (kind, record.clean[a], record.clean[b])
                if pair in pairs:
                    raise BundleError(
                        f"{record.label}: the same {a} and {b} as {pairs[pair]}; "
                        "one record per pair."
                    )
                pairs[pair] = record.label
            planned.append(record)
    return planned


def _check_one(section: str, kind: str, spec: EntitySpec[Any], index: int, item: Any) -> Planned:
    label = record_label(section, index, item)
    if not isinstance(item, dict):
        raise BundleError(f"{label}: must be an object.")
    expected = expected_fields(kind, spec)
    for name in expected:
        if name not in item:
            raise BundleError(f"{label}: field {name!r} is missing.")
    allowed = {"id", *expected, *BOOKKEEPING}
    for name in item:
        if name not in allowed:
            raise BundleError(
                f"{label}: field {shown_value(name)} is not part of a {kind.replace('_', ' ')}."
            )
    ident = item.get("id")
    try:
        for stamp in ("created_at", "updated_at", "deleted_at"):
            _STAMP(stamp, item.get(stamp))
        version = item.get("version")
        if version is not None and (
            not isinstance(version, int)
            or isinstance(version, bool)
            or not 1 <= version <= MAX_VERSION
        ):
            raise ValidationError("version", version, "is not a positive whole number")
        if not is_canonical_id(ident) and not (kind in OPTIONAL_ID and ident is None):
            raise ValidationError(
                "id", ident, "is not a canonical id (a lower-case UUID, as the planner writes)"
            )
        values = {name: item[name] for name in domain_fields(spec.record)}
        clean = spec.clean(values, partial=False)
        _check_canonical_references(spec, values)
        spec.check_row(clean, ident)
    except ValidationError as exc:
        raise _fail(label, exc) from None
    return Planned(section, kind, spec, label, ident, values, clean, item)


def _check_canonical_references(spec: EntitySpec[Any], values: dict[str, Any]) -> None:
    """References as the planner writes them: a rule lower-cases ``9B1D…``, but in a
    bundle an upper-case id is a copy that was edited, not an id this planner wrote."""
    for rule in spec.rules:
        if rule.ref is None:
            continue
        raw = values.get(rule.name)
        for ident in raw if isinstance(raw, list) else [raw]:
            if ident not in (None, "") and not is_canonical_id(ident):
                raise ValidationError(rule.name, ident, "is not a canonical id (a lower-case UUID)")


# ---------------------------------------------------------------------------- across records


def check_bundle(session: Session, data: Any) -> list[Planned]:
    """Check all of ``data`` against itself and the workspace; raise BundleError on the
    first problem, in bundle order where it can be placed. Reads only."""
    planned = check_records(data)
    by_kind: dict[str, list[Planned]] = defaultdict(list)
    for record in planned:
        by_kind[record.kind].append(record)
    _check_references(session, planned, by_kind)
    _match_natural_keys(session, by_kind)
    _check_vote_milestones(session, by_kind)
    _check_sign_on_asks(session, by_kind)
    _check_organisation_circles(session, by_kind["stakeholder"])
    return planned


def _chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    items = list(values)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _ids(value: Any) -> list[str]:
    if not value:
        return []
    return list(value) if isinstance(value, list) else [value]


def _references(record: Planned) -> Iterator[tuple[str, str, str]]:
    """(field, kind pointed at, id) for every reference of a record."""
    for rule in record.spec.rules:
        if rule.ref is not None:
            for ident in _ids(record.clean.get(rule.name)):
                yield rule.name, rule.ref, ident


def _check_references(
    session: Session, planned: list[Planned], by_kind: dict[str, list[Planned]]
) -> None:
    """Every reference points at a record of the bundle or a live one of the workspace."""
    carried = {kind: {r.ident for r in rows} for kind, rows in by_kind.items()}
    wanted: dict[str, set[str]] = defaultdict(set)
    for record in planned:
        for _field, kind, ident in _references(record):
            if ident not in carried.get(kind, ()):
                wanted[kind].add(ident)
    live: dict[str, set[str]] = {}
    for kind, idents in wanted.items():
        model = model_of(kind)
        live[kind] = set()
        for chunk in _chunks(idents):
            live[kind] |= set(
                session.scalars(
                    select(model.id).where(model.id.in_(chunk), model.deleted_at.is_(None))
                )
            )
    for record in planned:
        for field, kind, ident in _references(record):
            if ident not in carried.get(kind, ()) and ident not in live[kind]:
                raise _fail(
                    record.label,
                    ValidationError(field, ident, f"points to no {kind.replace('_', ' ')}"),
                )


def _match_natural_keys(session: Session, by_kind: dict[str, list[Planned]]) -> None:
    """A record whose pair the workspace already holds updates that row; a record that
    would give a second row the same pair is refused (the schema allows one)."""
    for kind, (a, b) in NATURAL_KEYS.items():
        rows = by_kind.get(kind)
        if not rows:
            continue
        model = model_of(kind)
        first, second = getattr(model, a), getattr(model, b)
        holder: dict[tuple[Any, Any], str] = {}
        known: set[str] = set()
        for chunk in _chunks({r.clean[a] for r in rows}):
            for ident, x, y in session.execute(
                select(model.id, first, second).where(first.in_(chunk))
            ):
                holder[(x, y)] = ident
                known.add(ident)
        carried = {r.ident for r in rows if r.ident}
        for record in rows:
            held_by = holder.get((record.clean[a], record.clean[b]))
            if held_by is None or held_by == record.ident:
                continue
            # matched by its pair if its id is new here (or it has none) and no other
            # record of the bundle carries that row
            if record.ident not in known and held_by not in carried:
                record.match_id = held_by
            else:
                label = record.spec.label.lower()
                raise _fail(
                    record.label,
                    ValidationError(
                        b,
                        record.clean[b],
                        f"already has a {label} with this {a} in the workspace "
                        f"(id {held_by}); one per pair",
                    ),
                )


def _kinds_in_workspace(
    session: Session, model: Any, column: Any, idents: set[str]
) -> dict[str | None, Any]:
    """The ``column`` value of each of ``idents`` the workspace holds, by id (keyed like
    the bundle's records, whose ids may be None)."""
    found: dict[str | None, Any] = {}
    for chunk in _chunks(idents):
        found.update(session.execute(select(model.id, column).where(model.id.in_(chunk))).all())
    return found


def _check_vote_milestones(session: Session, by_kind: dict[str, list[Planned]]) -> None:
    """Positions are taken on a vote, never on a hearing or a deadline."""
    rows = by_kind.get("vote_position")
    if not rows:
        return
    kinds: dict[str | None, Any] = {m.ident: m.clean["kind"] for m in by_kind.get("milestone", [])}
    wanted = {r.clean["milestone_id"] for r in rows} - kinds.keys()
    kinds |= _kinds_in_workspace(session, Milestone, Milestone.kind, wanted)
    for record in rows:
        milestone_id = record.clean["milestone_id"]
        kind = kinds.get(milestone_id)
        if kind is not None and kind != "vote":
            raise _fail(
                record.label,
                ValidationError("milestone_id", milestone_id, f"is a {kind} milestone, not a vote"),
            )


def _check_sign_on_asks(session: Session, by_kind: dict[str, list[Planned]]) -> None:
    """A sign-on endorses an ask of its own campaign."""
    rows = [r for r in by_kind.get("sign_on", []) if r.clean.get("ask_id")]
    if not rows:
        return
    campaign_of: dict[str | None, Any] = {
        a.ident: a.clean["campaign_id"] for a in by_kind.get("ask", [])
    }
    wanted = {r.clean["ask_id"] for r in rows} - campaign_of.keys()
    campaign_of |= _kinds_in_workspace(session, Ask, Ask.campaign_id, wanted)
    for record in rows:
        ask_id = record.clean["ask_id"]
        if campaign_of.get(ask_id, record.clean["campaign_id"]) != record.clean["campaign_id"]:
            raise _fail(
                record.label, ValidationError("ask_id", ask_id, "is an ask of another campaign")
            )


def _check_organisation_circles(session: Session, rows: list[Planned]) -> None:
    """No stakeholder is its own organisation, directly or through others, counting the
    workspace's organisation links as the bundle leaves them."""
    if not any(r.clean.get("organisation_id") for r in rows):
        return
    parent: dict[str, str | None] = dict(
        session.execute(
            select(Stakeholder.id, Stakeholder.organisation_id).where(
                Stakeholder.organisation_id.is_not(None)
            )
        ).all()
    )
    names: dict[str, str] = {}
    for record in rows:
        assert record.ident is not None
        parent[record.ident] = record.clean.get("organisation_id")
        names[record.ident] = record.clean["name"]

    def name_of(ident: str) -> str:
        if ident not in names:
            names[ident] = (
                session.scalar(select(Stakeholder.name).where(Stakeholder.id == ident)) or ident
            )
        return names[ident]

    for record in rows:
        org = record.clean.get("organisation_id")
        if not org:
            continue
        assert record.ident is not None
        circle = organisation_circle(record.ident, org, parent.get)
        if circle is not None:
            raise _fail(
                record.label,
                ValidationError("organisation_id", org, describe_circle(circle, name_of)),
            )
