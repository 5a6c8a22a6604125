"""Reading every row of a side as plain values, and writing merged values back.

Rows are read in the bundle's own form (``bundle.serialise_record``: JSON-able domain
fields), tombstones included, so both dialects compare equal value for value. Writes go
through the services' validation and assignment (``entity.validate``/``assign``/
``create_in``) in one session, so every change is checked, versioned and audited by the
workspace's own flush listeners, and the search index and change notifications follow
from the same triggers as any edit. A deletion or restore sets ``deleted_at`` on the ORM
object, as the services' delete and restore do (audited as such).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from planner.domain.edge_models import STANCE_CARRIED_KEY
from planner.domain.models import Stakeholder, Tracked, interaction_participant
from planner.domain.records import domain_fields, field_names
from planner.domain.timestamps import as_moment, utc_now
from planner.domain.validation import ValidationError
from planner.exchange.bundle import serialise_values
from planner.exchange.bundle_format import DEFERRED, NATURAL_KEYS
from planner.services.entity import (
    KNOWN_ROWS_KEY,
    EntitySpec,
    KnownRows,
    assign,
    create_in,
    known_rows,
    validate,
)
from planner.services.specs import SPECS
from planner.storage.audit import audit_log
from planner.sync.merge import DELETED

KINDS: tuple[str, ...] = tuple(SPECS)
# Lists whose order means nothing (a server returns participants in no set order).
_UNORDERED = frozenset({"stakeholder_ids"})


def merge_fields(kind: str) -> tuple[str, ...]:
    """The fields the merge compares: the domain fields and the tombstone flag."""
    return (*domain_fields(SPECS[kind].record), DELETED)


@dataclass(frozen=True)
class Row:
    """One record of one side: its merge values and the bookkeeping a copy keeps."""

    values: dict[str, Any]
    created_at: str
    updated_at: str
    deleted_at: str | None


def read_side(s: Session, kinds: Collection[str] | None = None) -> dict[str, dict[str, Row]]:
    """Every row of every kind (deleted ones too), by kind and id; with ``kinds``, the
    rows of those kinds only (the others are left out)."""
    out: dict[str, dict[str, Row]] = {}
    for kind, spec in SPECS.items():
        if kinds is not None and kind not in kinds:
            continue
        rows: dict[str, Row] = {}
        for values in _records(s, spec):
            item = serialise_values(spec, values)
            rows[item["id"]] = row_of(spec, item)
        out[kind] = rows
    return out


def row_of(spec: EntitySpec[Any], item: dict[str, Any]) -> Row:
    """A bundle record (``serialise_record``'s form) as merge values: a row of a side, or
    of a bundle from another laptop."""
    values = {name: _plain(name, item[name]) for name in domain_fields(spec.record)}
    values[DELETED] = item.get("deleted_at") is not None
    return Row(
        values, item.get("created_at") or "", item.get("updated_at") or "", item.get("deleted_at")
    )


def _records(s: Session, spec: EntitySpec[Any]) -> Iterator[dict[str, Any]]:
    """Every row of one kind as its record's values, read as plain rows: loading every
    ORM object of a big workspace on both sides made a sync with nothing to do take
    seconds, and making a record of each row still cost a fifth of reading them."""
    names = [n for n in field_names(spec.record) if n != "stakeholder_ids"]
    people: dict[str, list[str]] | None = None
    if len(names) < len(field_names(spec.record)):  # an engagement's participants
        people = {}
        link = interaction_participant.c
        for meeting, person in s.execute(select(link.interaction_id, link.stakeholder_id)):
            people.setdefault(meeting, []).append(person)
    columns = [getattr(spec.model, n) for n in names]
    for row in s.execute(select(*columns)):
        values = dict(zip(names, row, strict=True))
        if people is not None:
            values["stakeholder_ids"] = people.get(values["id"], [])
        yield values


def _plain(name: str, value: Any) -> Any:
    if name in _UNORDERED and isinstance(value, list):
        return sorted(value)
    return value


@dataclass(frozen=True)
class Change:
    """Fields to set on one record of one side (all of them when ``create``)."""

    kind: str
    ident: str
    fields: dict[str, Any]
    create: bool = False
    created_at: str | None = None  # a copy keeps its creation time
    deleted_at: str | None = None  # the tombstone's time, when ``fields`` deletes


class _EverySeat:
    """Stance history travels as its own rows: a synced stance is never recorded twice."""

    def __contains__(self, _pair: object) -> bool:
        return True


_FLUSH_EVERY = 2000  # changes written (and audited) per flush


def apply_changes(
    s: Session, changes: Iterable[Change], refused: Callable[[Change], None] | None = None
) -> None:
    """Write ``changes`` in dependency order: rows first, then references within one
    kind (an organisation, a milestone's dependencies), then deletions and restores.

    With ``refused``, an update of an existing record that its rules refuse is left out
    (nothing of it written) and handed to ``refused``; otherwise the error is raised.

    Each record is checked one by one as ever, but against tables read once
    (``known_rows``), and written a kind at a time, many rows per flush: a first sync
    of a big workspace wrote them one statement (and one audit entry) at a time.
    """
    s.info[STANCE_CARRIED_KEY] = _EverySeat()
    pending = _parents_first(sorted(changes, key=lambda c: KINDS.index(c.kind)))
    late: list[tuple[Change, dict[str, Any]]] = []
    left_out: set[int] = set()
    made: dict[int, Tracked] = {}  # rows created here that a later pass writes again
    with known_rows(s) as known, s.no_autoflush:
        kind, start = None, 0
        for at, change in enumerate(pending):
            spec = SPECS[change.kind]
            if change.kind != kind or at - start >= _FLUSH_EVERY:
                s.flush()  # a kind's checks see every row of the kinds before it
                known.drop_objects()  # a few thousand rows held at a time
                chunk = pending[at : at + _FLUSH_EVERY]
                _read_rows(s, known, [c for c in chunk if c.kind == change.kind])
                kind, start = change.kind, at
            fields = {k: v for k, v in change.fields.items() if k != DELETED}
            deferred = DEFERRED.get(change.kind)
            held = {deferred: fields.pop(deferred)} if deferred and deferred in fields else {}
            if change.create and held and _present(held, known.ids(s, change.kind)):
                fields.update(held)  # what it names is already written: set it at once
                held = {}
            if change.create:
                obj = create_in(
                    s, spec, fields, ident=change.ident, live_references=False, flush=False
                )
                if change.created_at:
                    obj.created_at = as_moment(change.created_at)
                if held or DELETED in change.fields:
                    made[id(change)] = obj
            elif fields or held or DELETED in change.fields:
                obj = _row(s, spec, change.ident)  # read with its kind's (``_read_rows``)
                if held or DELETED in change.fields:
                    made[id(change)] = obj
                if fields:
                    if refused is not None and not allowed(s, spec, change.ident, fields):
                        refused(change)
                        left_out.add(id(change))
                        continue
                    set_fields(s, spec, change.ident, fields, flush=False)
            if held and (not change.create or any(held.values())):
                late.append((change, held))
        s.flush()
        for change, held in late:
            set_fields(s, SPECS[change.kind], change.ident, held)
    for change in pending:
        if id(change) in left_out:
            continue
        if DELETED in change.fields and (not change.create or change.fields[DELETED]):
            row = made.get(id(change))
            if row is None:
                row = _row(s, SPECS[change.kind], change.ident)
            if change.fields[DELETED]:
                row.deleted_at = as_moment(change.deleted_at) if change.deleted_at else utc_now()
            else:
                row.deleted_at = None
    s.flush()


def _read_rows(s: Session, known: KnownRows, changes: list[Change]) -> None:
    """The rows these changes of one kind update, and the people engagements name, read
    in a few queries rather than one each (held until the next flush)."""
    updated = [c.ident for c in changes if not c.create]
    if updated:
        known.objects(s, SPECS[changes[0].kind].model, updated)
    people = [i for c in changes for i in c.fields.get("stakeholder_ids") or ()]
    if people:
        known.objects(s, Stakeholder, people)


def _named(held: dict[str, Any]) -> list[str]:
    """The ids a deferred field names (an organisation, the milestones depended on)."""
    out: list[str] = []
    for value in held.values():
        out += value if isinstance(value, list) else [value] if value else []
    return out


def _present(held: dict[str, Any], ids: set[str]) -> bool:
    return all(i in ids for i in _named(held))


def _parents_first(changes: list[Change]) -> list[Change]:
    """``changes`` (in kind order) with each new row after the new rows of its kind its
    deferred field names, so most are written whole in one pass; rows in a circle keep
    their place and get that field in the later pass, whose checks refuse the circle."""
    out: list[Change] = []
    for _kind, group in groupby(changes, key=lambda c: c.kind):
        rows = list(group)
        deferred = DEFERRED.get(rows[0].kind)
        if deferred is None:
            out += rows
            continue
        new = {c.ident: c for c in rows if c.create}
        placed: set[str] = set()
        for first in rows:
            if first.ident in placed:
                continue
            stack, seen = [first], {first.ident}
            while stack:  # depth first, parents before children, without recursion
                change = stack[-1]
                parents = [
                    new[i]
                    for i in _named({deferred: change.fields.get(deferred)})
                    if i in new and i not in placed and i not in seen
                ]
                if change.create and parents:
                    seen.update(p.ident for p in parents)
                    stack += parents
                    continue
                stack.pop()
                placed.add(change.ident)
                out.append(change)
    return out


def allowed(s: Session, spec: EntitySpec[Any], ident: str, fields: dict[str, Any]) -> bool:
    """Whether the record's rules accept these changes (checked only, nothing written)."""
    try:
        validate(s, spec, fields, partial=True, current=_row(s, spec, ident), live_references=False)
    except ValidationError:
        return False
    return True


def set_fields(
    s: Session, spec: EntitySpec[Any], ident: str, fields: dict[str, Any], *, flush: bool = True
) -> None:
    """The services' update of ``fields`` (checked, versioned, audited), on a live row
    or a tombstone alike: a merged edit lands on a record deleted on this side too.
    Unflushed with ``flush=False``: a bulk writer writes many rows per flush."""
    obj = _row(s, spec, ident)
    clean = validate(s, spec, fields, partial=True, current=obj, live_references=False)
    assign(s, spec, obj, clean)
    known = s.info.get(KNOWN_ROWS_KEY)
    if isinstance(known, KnownRows):
        known.updated(spec.model, clean)
    if flush:
        s.flush()


def _row(s: Session, spec: EntitySpec[Any], ident: str) -> Tracked:
    obj = s.get(spec.model, ident)
    if obj is None:
        raise LookupError(f"No {spec.label.lower()} with id {ident}.")
    return obj


def reidentify(s: Session, kind: str, old: str, new: str) -> None:
    """Give a pair row (``NATURAL_KEYS``: nothing references it by id) another id; its
    audit trail follows it. The caller expunges objects read under the old id."""
    model = SPECS[kind].model
    s.execute(
        update(model)
        .where(model.id == old)
        .values(id=new)
        .execution_options(synchronize_session=False)
    )
    s.execute(update(audit_log).where(audit_log.c.entity_id == old).values(entity_id=new))


def adopt_server_ids(
    s: Session,
    mine: dict[str, dict[str, Row]],
    theirs: dict[str, dict[str, Row]],
    synced: set[tuple[str, str]],
) -> int:
    """Give this side's never-synced rows the server's id where both hold the same pair.

    A stakeholder put on one campaign on two laptops (or one vote position, one
    signature) is one record by the schema's unique pair, under two ids. The laptop's
    row takes the server's id (its audit trail follows it; nothing references these
    rows by id), so the merge then sees one record on both sides and flags each field
    they set differently. Returns how many rows were re-identified.
    """
    moved = 0
    for kind, (a, b) in NATURAL_KEYS.items():
        here, there = mine[kind], theirs[kind]
        by_pair = {(row.values[a], row.values[b]): ident for ident, row in there.items()}
        for ident in sorted(set(here) - set(there)):
            if (kind, ident) in synced:
                continue
            row = here[ident]
            other = by_pair.get((row.values[a], row.values[b]))
            if other is None or other in here:
                continue
            reidentify(s, kind, ident, other)
            here[other] = here.pop(ident)
            moved += 1
    if moved:
        s.expunge_all()  # the objects read under their old ids are gone
    return moved
