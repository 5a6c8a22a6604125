"""The write path every entity shares: validate, then create/update/delete all-or-nothing.

Each entity module declares an ``EntitySpec`` (its fields and their rules) and gets an
``EntityService`` with create, update, soft delete, restore and get; only its lists and
special rules are written by hand. Validation happens before anything touches the
session, and references are checked against live (not soft-deleted) rows, so a bad
value never leaves half a change behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner.domain.edge_models import EDGE_MODELS
from planner.domain.models import ENTITY_MODELS, Tracked
from planner.domain.records import Meta, to_record
from planner.domain.timestamps import utc_now
from planner.domain.validation import FieldRule, ValidationError
from planner.storage.workspace import Workspace

R = TypeVar("R", bound=Meta)
T = TypeVar("T", bound=Tracked)


class NotFound(LookupError):
    """No live record has this id (or name)."""


class ConflictError(RuntimeError):
    """The record changed since the caller read it (another window, another laptop).

    ``fact`` says who changed what and when; the message adds what a form can do about
    it (an undo, which has no form, says only the fact).
    """

    def __init__(self, fact: str) -> None:
        super().__init__(f"{fact}: reload it to see their change, or save again to overwrite it.")
        self.fact = fact


Check = Callable[[Session, dict[str, Any], Tracked | None], None]
"""A rule that needs the database (another row, a count): run by every write."""
RowCheck = Callable[[dict[str, Any], str | None], None]
"""A rule across one record's own cleaned fields (and its id, when it has one).

It needs no database, so an importer runs it on every record of a file before writing
anything, and a bad last record fails at once instead of after minutes of work.
"""
Apply = Callable[[Session, Tracked, dict[str, Any]], None]


def model_of(kind: str) -> type[Tracked]:
    """The ORM class of an entity kind, core (campaign …) or edge (sign_on …)."""
    return ENTITY_MODELS.get(kind) or EDGE_MODELS[kind]


@dataclass(frozen=True)
class EntitySpec(Generic[R]):
    kind: str
    label: str
    record: type[R]
    rules: tuple[FieldRule, ...]
    checks: tuple[Check, ...] = ()
    # fields that are not plain columns (interaction participants) are applied here
    apply_special: Mapping[str, Apply] = field(default_factory=dict)
    row_checks: tuple[RowCheck, ...] = ()

    @property
    def model(self) -> type[Tracked]:
        return model_of(self.kind)

    def rule(self, name: str) -> FieldRule | None:
        for r in self.rules:
            if r.name == name:
                return r
        return None

    def clean(self, values: Mapping[str, Any], *, partial: bool) -> dict[str, Any]:
        """``values`` cleaned by the field rules alone (no database); raise on the first
        bad or unknown field, or a missing required one unless ``partial``."""
        names = {r.name for r in self.rules}
        for key, value in values.items():
            if key not in names:
                raise ValidationError(key, value, f"is not a field of a {self.label.lower()}")
        clean: dict[str, Any] = {}
        for rule in self.rules:
            if rule.name in values:
                clean[rule.name] = rule.rule(rule.name, values[rule.name])
            elif rule.required and not partial:
                raise ValidationError(rule.name, None, "is required")
        return clean

    def check_row(self, merged: dict[str, Any], ident: str | None) -> None:
        for check in self.row_checks:
            check(merged, ident)


def validate(
    session: Session,
    spec: EntitySpec[Any],
    values: Mapping[str, Any],
    *,
    partial: bool,
    current: Tracked | None = None,
    live_references: bool = True,
) -> dict[str, Any]:
    """Clean ``values`` by the spec's rules; raise on the first bad field.

    ``live_references=False`` (sync only) lets a reference point at a soft-deleted row:
    a record synced from a laptop may name a partner a colleague deleted meanwhile, as a
    record here may name one deleted here; the row still exists."""
    clean = spec.clean(values, partial=partial)
    for rule in spec.rules:
        if rule.ref and clean.get(rule.name):
            ids = clean[rule.name] if isinstance(clean[rule.name], list) else [clean[rule.name]]
            check_references(session, rule.ref, rule.name, ids, live=live_references)
    merged = dict(clean)
    if current is not None:
        for rule in spec.rules:
            merged.setdefault(rule.name, _current_value(current, rule.name))
    spec.check_row(merged, current.id if current is not None else None)
    for check in spec.checks:
        check(session, merged, current)
    return clean


def _current_value(obj: Tracked, name: str) -> Any:
    return getattr(obj, name, None)


KNOWN_ROWS_KEY = "planner.services.entity.known_rows"
_CHUNK = 500  # ids per IN (...) query


class KnownRows:
    """The ids (and unique pairs) of whole tables, read once per table, for a writer of
    thousands of records in one session (a sync): each reference and pair is then
    checked in memory instead of by one query each, with the same rules and messages.

    It is put in ``session.info[KNOWN_ROWS_KEY]`` for the duration of that writer
    (``known_rows``); rows created through ``create_in`` meanwhile are added, and a
    table's pairs are read again after an update touched one of its pair fields. Only
    references that may point at deleted rows (``live_references=False``) use it.
    """

    def __init__(self) -> None:
        self._ids: dict[str, set[str]] = {}
        self._pairs: dict[tuple[type[Tracked], tuple[str, str]], dict[tuple[Any, Any], set[str]]]
        self._pairs = {}
        self._objects: dict[type[Tracked], dict[str, Tracked]] = {}

    def ids(self, session: Session, kind: str) -> set[str]:
        if kind not in self._ids:
            model = model_of(kind)
            session.flush()  # rows added meanwhile are read too
            self._ids[kind] = set(session.scalars(select(model.id)))
        return self._ids[kind]

    def pairs(
        self, session: Session, model: type[Tracked], pair: tuple[str, str]
    ) -> dict[tuple[Any, Any], set[str]]:
        """The ids holding each pair (one, where the schema has a unique index)."""
        if (model, pair) not in self._pairs:
            a, b = getattr(model, pair[0]), getattr(model, pair[1])
            session.flush()
            known: dict[tuple[Any, Any], set[str]] = {}
            for x, y, ident in session.execute(select(a, b, model.id)):
                known.setdefault((x, y), set()).add(ident)
            self._pairs[(model, pair)] = known
        return self._pairs[(model, pair)]

    def objects(self, session: Session, model: type[T], ids: Iterable[str]) -> dict[str, T]:
        """The rows of ``ids`` as objects, each read once (the people of thousands of
        engagements), in as few queries as it takes; ids that match no row are left out."""
        cache = self._objects.setdefault(model, {})
        wanted = list(dict.fromkeys(ids))
        missing = [i for i in wanted if i not in cache]
        for start in range(0, len(missing), _CHUNK):
            chunk = missing[start : start + _CHUNK]
            cache.update(
                (o.id, o) for o in session.scalars(select(model).where(model.id.in_(chunk)))
            )
        return {i: cache[i] for i in wanted if i in cache}  # type: ignore[misc]

    def drop_objects(self) -> None:
        """Let the objects read by ``objects`` go (a writer done with one kind)."""
        self._objects.clear()

    def created(self, obj: Tracked, kind: str) -> None:
        if kind in self._ids:
            self._ids[kind].add(obj.id)
        for (model, (a, b)), known in self._pairs.items():
            if isinstance(obj, model):
                known.setdefault((getattr(obj, a), getattr(obj, b)), set()).add(obj.id)

    def updated(self, model: type[Tracked], names: Iterable[str]) -> None:
        touched = set(names)
        for key in [k for k in self._pairs if k[0] is model and touched & set(k[1])]:
            del self._pairs[key]


@contextmanager
def known_rows(session: Session) -> Iterator[KnownRows]:
    """Check references and pairs against tables read once while this block writes."""
    known = KnownRows()
    session.info[KNOWN_ROWS_KEY] = known
    try:
        yield known
    finally:
        session.info.pop(KNOWN_ROWS_KEY, None)


def known_in(session: Session) -> KnownRows | None:
    """The tables a bulk writer of this session read once (``known_rows``), if any."""
    known = session.info.get(KNOWN_ROWS_KEY)
    return known if isinstance(known, KnownRows) else None


def check_references(
    session: Session, kind: str, field_name: str, ids: Iterable[str], *, live: bool = True
) -> None:
    model = model_of(kind)
    wanted = set(ids)
    known = None if live else known_in(session)
    if known is not None:
        found = wanted & known.ids(session, kind)
    else:
        query = select(model.id).where(model.id.in_(wanted))
        found = set(session.scalars(query.where(model.deleted_at.is_(None)) if live else query))
    missing = wanted - found
    if missing:
        bad = sorted(missing)[0]
        raise ValidationError(field_name, bad, f"points to no {kind.replace('_', ' ')}")


def live_rows(model: type[T], campaign_id: str | None = None) -> Select[T]:
    """The query of ``model``'s live rows, only one campaign's when ``campaign_id`` is given
    (the start of every list a page or export shows)."""
    query = select(model).where(model.deleted_at.is_(None))
    return query.filter_by(campaign_id=campaign_id) if campaign_id else query


def load(session: Session, spec: EntitySpec[Any], ident: str, *, deleted: bool = False) -> Tracked:
    obj = session.get(spec.model, ident)
    if obj is None or (obj.deleted_at is not None and not deleted):
        raise NotFound(f"No {spec.label.lower()} with id {ident}.")
    return obj


def assign(session: Session, spec: EntitySpec[Any], obj: Tracked, clean: dict[str, Any]) -> None:
    # No autoflush: a special field's query (interaction participants) must not flush
    # a half-assigned row whose required fields are not set yet.
    with session.no_autoflush:
        for name, value in clean.items():
            special = spec.apply_special.get(name)
            if special is not None:
                special(session, obj, {name: value})
            else:
                setattr(obj, name, value)


def create_in(
    session: Session,
    spec: EntitySpec[R],
    values: Mapping[str, Any],
    *,
    ident: str | None = None,
    live_references: bool = True,
    flush: bool = True,
) -> Tracked:
    """A new row, checked and assigned; flushed unless ``flush`` is False (a bulk writer
    that flushes many rows at once; ``ident`` is then required)."""
    clean = validate(session, spec, values, partial=False, live_references=live_references)
    obj = spec.model()
    if ident:
        obj.id = ident
    session.add(obj)
    assign(session, spec, obj, clean)
    if flush:
        session.flush()
    known = known_in(session)
    if known is not None and ident:
        known.created(obj, spec.kind)
    return obj


def update_in(
    session: Session,
    spec: EntitySpec[R],
    ident: str,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Tracked:
    obj = load(session, spec, ident)
    check_version(session, spec, obj, expected_version)
    clean = validate(session, spec, changes, partial=True, current=obj)
    assign(session, spec, obj, clean)
    edited = obj.version
    try:
        session.flush()
    except StaleDataError:
        # Someone committed a change to this row after it was read here (another window,
        # a colleague on the team server): the UPDATE ... WHERE version = edited matched
        # nothing. Nothing of this change is kept; say who got there first.
        session.rollback()
        fresh = session.get(spec.model, ident, populate_existing=True)
        if fresh is None:
            raise NotFound(f"No {spec.label.lower()} with id {ident}.") from None
        raise ConflictError(conflict_message(session, spec, fresh, edited)) from None
    return obj


def check_version(
    session: Session, spec: EntitySpec[Any], obj: Tracked, expected: int | None
) -> None:
    """Refuse to act on a row someone changed since ``expected`` (None: do not check).

    Every write a user can repeat from a stale view passes it: a form's save, and an
    undo or redo, which would otherwise put back values over a colleague's newer ones.
    """
    if expected is not None and obj.version != expected:
        raise ConflictError(conflict_message(session, spec, obj, expected))


RECORD_CHANGES = ("create", "update", "delete", "restore")  # audit actions that bump a version


def conflict_message(session: Session, spec: EntitySpec[Any], obj: Tracked, edited: int) -> str:
    """ "<record> was changed by <who> at <when> (version n; you edited version m)"."""
    from planner.storage.audit import audit_log

    label = spec.label.lower()
    name = next(
        (str(getattr(obj, a)) for a in ("name", "title", "summary", "text") if hasattr(obj, a)),
        obj.id,
    )
    last = session.execute(  # a change to the record itself, not a share or a member put on it
        select(audit_log.c.user, audit_log.c.at)
        .where(audit_log.c.entity_id == obj.id, audit_log.c.action.in_(RECORD_CHANGES))
        .order_by(audit_log.c.id.desc())
        .limit(1)
    ).first()
    who = f" by {last.user} at {last.at:%Y-%m-%d %H:%M} UTC" if last else " elsewhere"
    return (
        f"The {label} '{name[:80]}' was changed{who} (version {obj.version}; you edited "
        f"version {edited})"
    )


class EntityService(Generic[R]):
    """create / update / delete / restore / get for one entity, each one transaction."""

    def __init__(self, spec: EntitySpec[R]) -> None:
        self.spec = spec

    def create(self, ws: Workspace, ident: str | None = None, **values: Any) -> R:
        with ws.session() as s:
            return to_record(create_in(s, self.spec, values, ident=ident), self.spec.record)

    def update(
        self, ws: Workspace, ident: str, expected_version: int | None = None, **changes: Any
    ) -> R:
        with ws.session() as s:
            obj = update_in(s, self.spec, ident, changes, expected_version=expected_version)
            return to_record(obj, self.spec.record)

    def delete(self, ws: Workspace, ident: str, expected_version: int | None = None) -> R:
        """Soft delete: the row stays (undo, sync, audit) but leaves every list."""
        with ws.session() as s:
            obj = load(s, self.spec, ident)
            check_version(s, self.spec, obj, expected_version)
            obj.deleted_at = utc_now()
            s.flush()
            return to_record(obj, self.spec.record)

    def restore(self, ws: Workspace, ident: str, expected_version: int | None = None) -> R:
        with ws.session() as s:
            obj = load(s, self.spec, ident, deleted=True)
            check_version(s, self.spec, obj, expected_version)
            obj.deleted_at = None
            s.flush()
            return to_record(obj, self.spec.record)

    def find(self, ws: Workspace, id_or_name: str) -> R:
        """A record named by id or by exact name (case-insensitive), as the CLI accepts.

        Two live records of one name are refused rather than one picked: a command run
        on the wrong partner or campaign is worse than being asked for the id.
        """
        model = self.spec.model
        name = getattr(model, "name", None)  # not every entity has a name (a signature)
        if name is None:
            raise TypeError(f"{self.spec.label} records have no name to be found by")
        plural = f"{self.spec.label.lower()}s"
        with ws.reading() as s:
            found = s.get(model, id_or_name)
            if found is None or found.deleted_at is not None:
                matches = s.scalars(
                    select(model)
                    .where(
                        func.lower(name) == id_or_name.strip().lower(),
                        model.deleted_at.is_(None),
                    )
                    .limit(2)
                ).all()
                if len(matches) > 1:
                    raise NotFound(f"Several {plural} are named {id_or_name!r}; use the id.")
                found = matches[0] if matches else None
            if found is None:
                raise NotFound(f"No {self.spec.label.lower()} with id or name {id_or_name!r}.")
            return to_record(found, self.spec.record)

    def get(self, ws: Workspace, ident: str, *, deleted: bool = False) -> R:
        with ws.reading() as s:
            return to_record(load(s, self.spec, ident, deleted=deleted), self.spec.record)

    def get_many(self, ws: Workspace, idents: Iterable[str]) -> list[R]:
        wanted = list(idents)
        with ws.reading() as s:
            rows = s.scalars(select(self.spec.model).where(self.spec.model.id.in_(wanted))).all()
            by_id = {r.id: to_record(r, self.spec.record) for r in rows}
        return [by_id[i] for i in wanted if i in by_id]


def date_order(start: str, end: str, label: str) -> RowCheck:
    """Cross-field rule: ``end`` may not come before ``start``."""

    def check(values: dict[str, Any], _ident: str | None) -> None:
        a, b = values.get(start), values.get(end)
        if a is not None and b is not None and b < a:
            raise ValidationError(end, b.isoformat(), f"is before the {label} ({a.isoformat()})")

    return check


def refuse_duplicate_pair(
    session: Session,
    model: type[Tracked],
    pair: tuple[str, str],
    values: dict[str, Any],
    current: Tracked | None,
    message: str,
) -> None:
    """Refuse ``values`` if another row of ``model`` (a deleted one too) has the same two
    ``pair`` fields; the clash is reported on the second."""
    first, second = pair
    own = current.id if current is not None else ""
    known = known_in(session)
    if known is not None:
        holders = known.pairs(session, model, pair).get((values.get(first), values.get(second)))
        exists = next((i for i in sorted(holders or ()) if i != own), None)
    else:
        exists = session.scalar(
            select(model.id).where(
                getattr(model, first) == values.get(first),
                getattr(model, second) == values.get(second),
                model.id != own,
            )
        )
    if exists:
        raise ValidationError(second, values.get(second), message)
