"""One sync of a laptop's workspace with a team server: read both, merge, write both.

A step commits on the server first, then on the laptop, where the new base and the
conflicts are written in the same transaction as the pulled changes. The base moves
only for fields both sides hold equally, so a step killed between the two commits
leaves the server ahead with the laptop still equal to the base: the next run sees
"changed on the server only" and takes it (``merge``). A run with nothing to do writes
nothing (no version moves, no audit entry).

Each completed run leaves both sides' marks with the laptop's sync state (``marks``,
written in the laptop's transaction, so a killed run leaves the old ones and the next
run sees the change). A run first compares them: when neither side changed it returns
at once; otherwise it reads only the kinds of record that changed (everything for a
travel copy, a changed setting or sync state, or a record the server stopped showing).
The server step runs in one snapshot (``REPEATABLE READ``), so its mark is exactly what
it read and wrote; a colleague saving the same record meanwhile makes the run stop with
"sync again", and the next run merges both.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner.domain.timestamps import as_text
from planner.domain.validation import ValidationError
from planner.files.fault_points import fault_point
from planner.services.specs import SPECS
from planner.storage.audit import audit_log
from planner.storage.errors import WorkspaceError
from planner.storage.workspace import Workspace
from planner.sync import marks, state, travel
from planner.sync.merge import DELETED, RecordMerge, merge_record, settled
from planner.sync.rows import (
    KINDS,
    Change,
    Row,
    adopt_server_ids,
    apply_changes,
    merge_fields,
    read_side,
)

Progress = Callable[[str], None]
SERIALIZATION_FAILURE = "40001"  # PostgreSQL: a concurrent update of a row this step read


class SyncError(WorkspaceError):
    """The sync cannot run or cannot finish; the message says what to do."""


def _tally(counts: dict[str, int], kind: str, n: int = 1) -> None:
    counts[kind] = counts.get(kind, 0) + n


def _by_kind(counts: dict[str, int]) -> str:
    """The counts by kind, in the order of the kinds' names: "2 ask, 1 campaign stakeholder"."""
    return ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(counts.items()))


@dataclass
class SyncResult:
    """What one run changed, by kind of record."""

    pushed: dict[str, int] = field(default_factory=dict)  # written on the server only
    pulled: dict[str, int] = field(default_factory=dict)  # written on the laptop only
    merged: dict[str, int] = field(default_factory=dict)  # written on both
    conflicts: dict[str, int] = field(default_factory=dict)  # open conflicting fields
    # a travel copy (``travel``): records removed from this laptop (never on the server),
    # local edits it kept here only, and the laptop's backups dropped with them
    removed: dict[str, int] = field(default_factory=dict)
    kept_here: list[travel.KeptHere] = field(default_factory=list)
    backups_dropped: int = 0
    absent_campaigns: tuple[str, ...] = ()

    def _moves(self) -> tuple[tuple[str, dict[str, int]], ...]:
        return (("pushed", self.pushed), ("pulled", self.pulled), ("merged", self.merged))

    def summary(self) -> str:
        parts = [f"{label} {sum(counts.values())}" for label, counts in self._moves()]
        total = sum(self.conflicts.values())
        parts.append(f"conflicts {total}" + (f" ({_by_kind(self.conflicts)})" if total else ""))
        removed = sum(self.removed.values())
        if removed:
            parts.append(f"removed from this laptop {removed}")
        if self.kept_here:
            parts.append(f"kept here only {len(self.kept_here)}")
        return ", ".join(parts)

    def travel_details(self) -> list[str]:
        """What a travel copy's sync removed and kept, one line each (empty otherwise)."""
        lines = []
        if self.removed:
            lines.append(
                f"removed from this laptop (outside what it carries; nothing deleted on the "
                f"server): {_by_kind(self.removed)}"
            )
        if self.backups_dropped:
            lines.append(
                f"dropped this laptop's {self.backups_dropped} automatic backup"
                f"{'s' if self.backups_dropped != 1 else ''}: they held what it no longer carries"
            )
        for item in self.kept_here:
            lines.append(f"kept here only: {item}")
        for cid in self.absent_campaigns:
            lines.append(f"the server does not show campaign {cid} to you (revoked or deleted)")
        return lines

    def details(self) -> str:
        """What moved, by kind: "pushed 2 ask, 1 campaign; pulled 3 stakeholder"."""
        return "; ".join(f"{label} {_by_kind(counts)}" for label, counts in self._moves() if counts)


@dataclass(frozen=True)
class Merged:
    """One record's merge, with both sides as read and its base."""

    kind: str
    ident: str
    merge: RecordMerge
    local: Row | None
    server: Row | None
    base: dict[str, Any] | None

    @property
    def key(self) -> state.Key:
        return (self.kind, self.ident)


@dataclass
class Plan:
    to_local: list[Change] = field(default_factory=list)
    bases: dict[state.Key, dict[str, Any]] = field(default_factory=dict)
    found: list[tuple[str, str, str, Row, Row, dict[str, Any] | None]] = field(default_factory=list)
    result: SyncResult = field(default_factory=SyncResult)


def server_identity(server: Workspace, local: Workspace) -> str:
    """The server workspace's id, refusing to sync a workspace with itself."""
    server_id = server.workspace_id
    if not server_id:
        raise SyncError(f"{server.location} has no workspace id; open it once with `init`.")
    if server_id == local.workspace_id:
        raise SyncError(f"{local.location} and {server.location} are the same workspace.")
    return server_id


def sync(local: Workspace, server: Workspace, progress: Progress | None = None) -> SyncResult:
    """Push the laptop's changes since the last sync, pull the server's, merge by field.

    ``progress`` hears each stage; raising from it cancels the run (the laptop keeps
    nothing of it; the server only what it had committed, which the next run settles).
    """
    say = progress or (lambda _text: None)
    server_id = server_identity(server, local)
    with local.session() as ls:
        say("checking for changes since the last sync")
        mark = marks.load(ls, server_id)
        here = marks.local_mark(ls, server_id) if mark is not None else None
        if mark is not None and here == mark["local"]:
            with _server_errors(server), server.reading() as ss:
                unchanged = marks.side_mark(ss) == mark["server"]
            if unchanged:  # neither side changed: what the last sync left stands
                result = SyncResult(
                    conflicts=dict(mark["conflicts"]),
                    absent_campaigns=tuple(mark["absent"]),
                )
                result.backups_dropped = travel.scrub_file(local)
                return result
        bases = state.load_bases(ls, server_id)
        existing = state.load_conflicts(ls, server_id)
        refused: set[state.Key] = set()
        scope = travel.travel_of(local)
        with _server_errors(server), server.session() as ss:
            marks.begin_snapshot(ss)
            kinds = None  # the kinds read: all of them, unless the marks say fewer
            if mark is not None and here is not None and scope is None:
                kinds = marks.changed_kinds(mark, here, marks.side_mark(ss))
            say("reading the laptop's workspace")
            mine = _read(ls, kinds)
            say(f"reading {server.location}")
            theirs = _read(ss, kinds)
            adopt_server_ids(ls, mine, theirs, set(bases))
            if scope is not None:
                say("choosing what this laptop carries")
            carried = travel.carry(server, scope, mine, theirs, bases)
            if kinds is not None and (carried.gone or carried.leaving):
                # the server stopped showing something: what stays may need every kind
                for side, session in ((mine, ls), (theirs, ss)):
                    side.update(read_side(session, [k for k in KINDS if k not in kinds]))
                adopt_server_ids(ls, mine, theirs, set(bases))
                carried = travel.carry(server, scope, mine, theirs, bases)
                kinds = None
            merged = merge_all(mine, carried.in_play, bases, state.open_fields(existing))
            merged = _guarded(merged, carried)
            pushes = [_push(m) for m in merged if m.merge.to_server]
            say(f"writing {len(pushes)} records to the server")
            _apply(
                ss,
                pushes,
                "the server",
                "nothing was changed on either side",
                lambda change: refused.add((change.kind, change.ident)),
            )
            plan = settle(merged, refused)
            if kinds is not None:  # the kinds not read hold their open conflicts as they were
                unread = [c for c in existing if c.kind not in kinds]
                existing = [c for c in existing if c.kind in kinds]
                for c in unread:
                    _tally(plan.result.conflicts, c.kind)
            # no server value of a record leaving this laptop is kept here
            plan.found = [f for f in plan.found if (f[0], f[1]) not in carried.leaving]
            found = [_found(ls, ss, *f) for f in plan.found]
            there = marks.side_mark(ss)  # as this step leaves it, in its snapshot
            fault_point("sync:server-written")
        fault_point("sync:server-committed")
        say(f"writing {len(plan.to_local)} records here")
        _apply(
            ls,
            plan.to_local,
            "this workspace",
            "the server has this laptop's changes; the next sync finishes the rest",
        )
        if _travel_step(ls, carried, plan, merged, refused, mine, bases):
            found = travel.gated_bases(found, plan.bases, bases)
        state.save_bases(ls, server_id, plan.bases, bases)
        state.save_conflicts(ls, server_id, found, existing)
        _save_mark(ls, server_id, there, plan.result)
        fault_point("sync:local-written")
    plan.result.backups_dropped = travel.scrub_file(local)
    return plan.result


def _read(s: Session, kinds: set[str] | None) -> dict[str, dict[str, Row]]:
    """One side's rows of ``kinds`` (None: all), every kind keyed (those unread empty)."""
    return {kind: {} for kind in KINDS} | read_side(s, kinds)


@contextmanager
def _server_errors(server: Workspace) -> Iterator[None]:
    """The server's errors as one plain line saying what happened to the laptop."""
    raced = (
        f"A colleague changed some of the same records on {server.location} during this "
        "sync; nothing was changed on this laptop: sync again to merge their changes."
    )
    try:
        yield
    except StaleDataError:  # an update found the row at another version than it read
        raise SyncError(raced) from None
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == SERIALIZATION_FAILURE:
            raise SyncError(raced) from None  # the same, seen by the step's snapshot
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if isinstance(exc, (OperationalError, InterfaceError)):
            raise SyncError(
                f"Lost the connection to {server.location} during the sync ({reason}); "
                "nothing was changed on this laptop: sync again when the server is back."
            ) from None
        raise SyncError(  # a permission or constraint of the server itself
            f"{server.location} refused the sync's changes ({reason}); nothing was "
            "changed on this laptop."
        ) from None


def _save_mark(ls: Session, server_id: str, there: list[list[Any]], result: SyncResult) -> None:
    """Both sides' marks as this sync leaves them, with what a run finding nothing
    changed reports again (open conflicts, campaigns the server no longer shows). A
    travel copy keeping edits here only gets no mark: each sync retries and reports
    them."""
    if result.kept_here:
        marks.save(ls, server_id, None)
        return
    marks.save(
        ls,
        server_id,
        {
            "local": marks.local_mark(ls, server_id),
            "server": there,
            "conflicts": result.conflicts,
            "absent": list(result.absent_campaigns),
        },
    )


def _guarded(merged: list[Merged], carried: travel.Carry) -> list[Merged]:
    if not carried.leaving and not (carried.travel and carried.travel.audience):
        return merged
    return [
        dataclasses.replace(m, merge=carried.guard(m.kind, m.ident, m.merge, m.local))
        for m in merged
    ]


def _travel_step(
    ls: Session,
    carried: travel.Carry,
    plan: Plan,
    merged: list[Merged],
    refused: set[state.Key],
    mine: dict[str, dict[str, Row]],
    bases: dict[state.Key, dict[str, Any]],
) -> bool:
    """In the laptop's sync transaction: remove what it no longer carries (outside its
    travel setting, or no longer shown by the server), keep and report the edits that
    could not go, and forget the history an audience newly set may not see. True when
    this sync is the first under an audience."""
    result = plan.result
    unsettled = {
        m.key
        for m in merged
        if m.key in carried.leaving and (m.merge.conflicts or m.key in refused)
    }
    purged = travel.purge(ls, carried, mine, bases, unsettled, plan.to_local)
    for key in purged.keys:
        plan.bases.pop(key, None)
    gated = carried.travel is not None and carried.travel.audience is not None
    newly_gated = gated and travel.newly_applied(ls, carried.travel)
    if newly_gated:  # the laptop's history may hold what the audience may not see
        travel.forget_history(ls, (i for rows in carried.view.values() for i in rows))
    travel.mark_applied(ls, carried.travel, scrub=bool(purged.removed) or newly_gated)
    result.removed = purged.removed
    result.kept_here = carried.kept_here + purged.kept
    result.absent_campaigns = carried.absent_campaigns
    return newly_gated


def _apply(
    s: Session,
    changes: list[Change],
    where: str,
    after: str,
    refused: Callable[[Change], None] | None = None,
) -> None:
    try:
        apply_changes(s, changes, refused)
    except (ValidationError, LookupError) as exc:
        raise SyncError(f"Sync stopped writing to {where}: {exc} ({after}).") from None


def merge_all(
    mine: dict[str, dict[str, Row]],
    theirs: dict[str, dict[str, Row]],
    bases: dict[state.Key, dict[str, Any]],
    held: dict[state.Key, set[str]],
) -> list[Merged]:
    out: list[Merged] = []
    for kind in KINDS:
        names = merge_fields(kind)
        here, there = mine[kind], theirs[kind]
        for ident in sorted(here.keys() | there.keys()):
            local, server = here.get(ident), there.get(ident)
            base = bases.get((kind, ident))
            m = merge_record(
                local.values if local else None,
                server.values if server else None,
                base,
                names,
                held.get((kind, ident), ()),
            )
            out.append(Merged(kind, ident, m, local, server, base))
    return out


def _push(m: Merged) -> Change:
    assert m.local is not None
    return _carry(m, m.merge.to_server, m.merge.create_server, m.local)


def pull(m: Merged) -> Change:
    """What one merged record takes from the other side (a server, or a bundle)."""
    assert m.server is not None
    return _carry(m, m.merge.to_local, m.merge.create_local, m.server)


def _carry(m: Merged, fields: dict[str, Any], create: bool, source: Row) -> Change:
    """``fields`` of one record to write on the side that lacks them; a copy keeps the
    creation and deletion times of the side it comes from."""
    return Change(m.kind, m.ident, fields, create, source.created_at, source.deleted_at)


def settle(merged: list[Merged], refused: set[state.Key]) -> Plan:
    """The laptop's side of the step, once the server has taken what it would.

    A merged record the server refused (its rules refuse the combination, such as an
    end date before a start date changed on the other side) is written nowhere, and
    each field the merge would have moved becomes a conflict for the user to settle.
    """
    plan = Plan()
    result = plan.result
    for item in merged:
        kind, m, local, server = item.kind, item.merge, item.local, item.server
        names = merge_fields(kind)
        conflicts = list(m.conflicts)
        if item.key in refused:
            conflicts += [n for n in names if n in m.to_server or n in m.to_local]
            m = RecordMerge(conflicts=tuple(conflicts))
        if m.to_local:
            plan.to_local.append(pull(item))
        if m.to_server and m.to_local:
            _tally(result.merged, kind)
        elif m.to_server:
            _tally(result.pushed, kind)
        elif m.to_local:
            _tally(result.pulled, kind)
        after_local = {**local.values, **m.to_local} if local else (m.to_local or None)
        after_server = {**server.values, **m.to_server} if server else (m.to_server or None)
        if after_local is not None and after_server is not None:
            new_base = settled(after_local, after_server, item.base, names)
            if new_base != item.base:
                plan.bases[item.key] = new_base
        for name in conflicts:
            assert local is not None and server is not None
            plan.found.append((kind, item.ident, name, local, server, item.base))
            _tally(result.conflicts, kind)
    return plan


def _found(
    ls: Session,
    ss: Session,
    kind: str,
    ident: str,
    name: str,
    local: Row,
    server: Row,
    base: dict[str, Any] | None,
) -> state.Found:
    return state.Found(
        kind,
        ident,
        name,
        local.values[name],
        server.values[name],
        base,
        last_change(ls, ident, name, local),
        last_change(ss, ident, name, server),
    )


def last_change(s: Session, ident: str, name: str, row: Row) -> state.Side:
    """Who last changed field ``name`` of a record on one side, from its audit trail."""
    query = select(audit_log.c.user, audit_log.c.at).where(audit_log.c.entity_id == ident)
    if name == DELETED:
        query = query.where(audit_log.c.action.in_(("delete", "restore", "create")))
    else:
        query = query.where(or_(audit_log.c.field == name, audit_log.c.action == "create"))
    last = s.execute(query.order_by(audit_log.c.id.desc()).limit(1)).first()
    if last is None:
        return state.Side(
            "unknown", row.deleted_at if name == DELETED and row.deleted_at else row.updated_at
        )
    return state.Side(str(last.user), as_text(last.at))


__all__ = ["SPECS", "SyncError", "SyncResult", "server_identity", "sync"]
