"""Importing another laptop's full bundle: merged by the sync's rules, never overwriting.

Two laptops that edited one campaign offline exchange bundles (a USB stick, no server).
A record new here is created; a record already held is merged field by field
(``merge.merge_record``) against a base, exactly as a sync merges with a server: a
change made only in the bundle is applied (through the services' checks, versions and
audit, ``rows.apply_changes``), a change made only here is kept, and the same field
changed on both sides becomes an open conflict (``state``), listed by
``planner sync --conflicts`` and settled by ``planner resolve`` or the review dialog,
under the sender's workspace id as the peer.

The base of a record is, in this order:
1. this workspace's own base for the sender (saved when it last imported from it);
2. the sender's base for this workspace, carried in the bundle (``sync_bases``: saved
   when the sender last imported from us);
3. the fields on which this workspace's base and the sender's base agree for a peer both
   exchanged with (a third laptop, or one team server): a value both once held;
4. none: every field that differs is a conflict.

A bundle without a ``source`` (an older planner) still creates what is new, and treats
every record already here as "no base known". A redacted (closed/public) bundle never
touches a record already here (``exchange.bundle.import_bundle``). The whole file is
checked before anything is written and the import is one transaction; importing the
same bundle twice changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from planner.domain.models import new_id
from planner.domain.validation import ValidationError
from planner.exchange.bundle import (
    ImportReport,
    import_bundle,
    keep_bookkeeping,
    serialise_record,
)
from planner.exchange.bundle_check import Planned, check_bundle
from planner.exchange.bundle_format import (
    NATURAL_KEYS,
    SECTION_OF_KIND,
    SOURCE,
    SYNC_BASES,
    BundleError,
)
from planner.services.specs import SPECS
from planner.storage.workspace import Workspace
from planner.sync import state
from planner.sync.engine import Merged, last_change, merge_all, pull, settle
from planner.sync.merge import DELETED
from planner.sync.rows import (
    KINDS,
    Change,
    Row,
    apply_changes,
    read_side,
    reidentify,
    row_of,
)

UNKNOWN_SENDER = "bundle-without-sender"
"""The peer id of conflicts from a bundle that names no sender (or this workspace)."""
BUNDLE_PEER = "bundle"


@dataclass
class BundleMerge:
    """What an import did, per bundle section: every record of the bundle in one count
    (``conflicts`` counts conflicting fields)."""

    sender: str  # the sending workspace's name, as the review names it
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)  # the bundle's changes taken
    merged: dict[str, int] = field(default_factory=dict)  # changes of both sides combined
    kept: dict[str, int] = field(default_factory=dict)  # only changed here: kept
    unchanged: dict[str, int] = field(default_factory=dict)
    conflicts: dict[str, int] = field(default_factory=dict)
    redacted: ImportReport | None = None  # a closed/public bundle: imported as new only

    @property
    def conflict_count(self) -> int:
        return sum(self.conflicts.values())


def _tally(counts: dict[str, int], kind: str, n: int = 1) -> None:
    section = SECTION_OF_KIND[kind]
    counts[section] = counts.get(section, 0) + n


def sender_of(ws: Workspace, data: Mapping[str, Any]) -> tuple[str | None, str]:
    """The sending workspace's id (None: unknown, or this workspace itself) and name."""
    source = data.get(SOURCE)
    if not isinstance(source, dict):
        return None, "a bundle with no sender recorded"
    ident, name = source.get("workspace_id"), str(source.get("name") or "")
    if ident == ws.workspace_id:
        return None, "this workspace's own bundle"
    return str(ident), name or "another workspace"


def import_merging(ws: Workspace, data: Any) -> BundleMerge:
    """Import ``data`` (a bundle's JSON), merging records already held; BundleError on
    any fault in the file, with nothing changed."""
    if isinstance(data, dict) and data.get("audience", "internal") != "internal":
        return BundleMerge("", redacted=import_bundle(ws, data))
    if not ws.backend.local_file:
        return _into_server(ws, data)
    with ws.session() as s:
        planned = _converge_pair_ids(s, check_bundle(s, data))
        sender, label = sender_of(ws, data)
        peer = sender or UNKNOWN_SENDER
        theirs = _bundle_side(planned)
        here = read_side(s)
        mine = {kind: {i: here[kind][i] for i in theirs[kind] if i in here[kind]} for kind in KINDS}
        keys = {(kind, ident) for kind in KINDS for ident in theirs[kind]}
        own = state.load_bases(s, sender) if sender else {}
        bases = _bases(s, ws, data, sender, own, keys)
        existing = [c for c in state.load_conflicts(s, peer) if (c.kind, c.record_id) in keys]
        merged = merge_all(mine, theirs, bases, state.open_fields(existing))
        refused: set[state.Key] = set()
        try:
            apply_changes(
                s,
                [pull(m) for m in merged if m.merge.to_local],
                lambda change: refused.add((change.kind, change.ident)),
            )
        except (ValidationError, LookupError) as exc:
            raise BundleError(f"The bundle cannot be merged: {exc}; nothing was changed.") from None
        # nothing goes back to the sender: the base moves only where both now agree
        items = {(p.kind, p.target_id): p.item for p in planned}
        for m in merged:  # a record new here keeps the bundle's times and version
            if m.merge.create_local and m.key in items:
                keep_bookkeeping(s, SPECS[m.kind].model, m.ident, items[m.key])
        plan = settle([replace(m, merge=replace(m.merge, to_server={})) for m in merged], refused)
        found = [_found(s, label, *f) for f in plan.found]
        state.save_peer(s, peer, BUNDLE_PEER, label)
        state.save_conflicts(s, peer, found, existing)
        if sender:
            new_bases = dict(plan.bases)
            for m in merged:  # a base found in the bundle becomes this workspace's own
                if m.key not in own and m.base is not None:
                    new_bases.setdefault(m.key, m.base)
            state.save_bases(s, sender, new_bases, own)
    return _report(label, merged, refused, plan.to_local)


def _into_server(ws: Workspace, data: Any) -> BundleMerge:
    """A team server's workspace keeps no bases or conflicts of its own (they are each
    laptop's): a bundle that only adds records is imported; one that would change a
    record already there is refused, to be merged on a laptop and synced."""
    with ws.reading() as s:
        planned = check_bundle(s, data)
        held = 0
        for p in planned:
            obj = s.get(p.spec.model, p.target_id) if p.target_id else None
            here = row_of(p.spec, serialise_record(p.spec, obj)) if obj is not None else None
            if here is not None and here.values != row_of(p.spec, p.item).values:
                held += 1
    if held:
        raise BundleError(
            f"{ws.location} is a team server's workspace and holds {held} of the bundle's "
            "records otherwise: merge the bundle on a laptop (import it into your workspace "
            "file, review any conflicts there), then sync. Nothing was changed."
        )
    report = import_bundle(ws, data)
    return BundleMerge(sender_of(ws, data)[1], created=report.created)


def _converge_pair_ids(s: Session, planned: list[Planned]) -> list[Planned]:
    """One pair (a partner put on one campaign, one vote position, one signature) made on
    two laptops independently is one record under two ids. Both laptops keep the smaller
    id, so that after exchanging bundles they hold the same records under the same ids;
    a row already synced with a server or a laptop keeps the id its peers know it by."""
    out: list[Planned] = []
    moved = False
    for p in planned:
        held = p.match_id
        if (
            held is not None
            and p.ident is not None
            and p.ident < held
            and p.kind in NATURAL_KEYS
            and s.get(p.spec.model, p.ident) is None
            and not state.has_base(s, p.kind, held)
        ):
            reidentify(s, p.kind, held, p.ident)
            p = replace(p, match_id=p.ident)
            moved = True
        out.append(p)
    if moved:
        s.expunge_all()  # the objects read under their old ids are gone
    return out


def _bundle_side(planned: list[Planned]) -> dict[str, dict[str, Row]]:
    """The bundle's records as a side of the merge, by kind and the id they have here
    (a stakeholder's place found by its pair keeps this workspace's id)."""
    out: dict[str, dict[str, Row]] = {kind: {} for kind in KINDS}
    for p in planned:
        out[p.kind][p.target_id or new_id()] = row_of(SPECS[p.kind], p.item)
    return out


def _bases(
    s: Session,
    ws: Workspace,
    data: Mapping[str, Any],
    sender: str | None,
    own: dict[state.Key, dict[str, Any]],
    keys: set[state.Key],
) -> dict[state.Key, dict[str, Any]]:
    """The base of each record of the bundle (see the module's docstring), where known."""
    if sender is None:
        return {}
    carried = _carried(data)
    ours_of = carried.pop(ws.workspace_id, {})
    common: dict[str, dict[state.Key, dict[str, Any]]] = {
        peer: state.load_bases(s, peer) for peer in carried if peer != sender
    }
    out: dict[state.Key, dict[str, Any]] = {}
    for key in keys:
        if key in own:
            out[key] = own[key]
        elif key in ours_of:
            out[key] = ours_of[key]
        else:
            agreed = {
                name: value
                for peer, mine in common.items()
                if key in mine and key in carried[peer]
                for name, value in mine[key].items()
                if carried[peer][key].get(name, _NOWHERE) == value
            }
            if agreed:
                out[key] = agreed
    return out


_NOWHERE = object()


def _carried(data: Mapping[str, Any]) -> dict[str, dict[state.Key, dict[str, Any]]]:
    """The sender's bases carried in the bundle, by peer id and (kind, id)."""
    raw = data.get(SYNC_BASES) or {}
    return {
        peer: {
            (kind, ident): fields
            for kind, records in by_kind.items()
            for ident, fields in records.items()
        }
        for peer, by_kind in raw.items()
    }


def _found(
    s: Session,
    sender: str,
    kind: str,
    ident: str,
    name: str,
    local: Row,
    bundle: Row,
    base: dict[str, Any] | None,
) -> state.Found:
    when = bundle.deleted_at if name == DELETED and bundle.deleted_at else bundle.updated_at
    return state.Found(
        kind,
        ident,
        name,
        local.values[name],
        bundle.values[name],
        base,
        last_change(s, ident, name, local),
        state.Side(sender, when),
    )


def _report(
    sender: str, merged: list[Merged], refused: set[state.Key], written: list[Change]
) -> BundleMerge:
    report = BundleMerge(sender)
    created = {(c.kind, c.ident) for c in written if c.create}
    for m in merged:
        conflicts = len(m.merge.conflicts)
        if m.key in refused:
            conflicts += len(m.merge.to_local)
        if conflicts:
            _tally(report.conflicts, m.kind, conflicts)
        if m.key in refused:
            continue
        if m.key in created:
            _tally(report.created, m.kind)
        elif m.merge.to_local and m.merge.to_server:
            _tally(report.merged, m.kind)
        elif m.merge.to_local:
            _tally(report.updated, m.kind)
        elif m.merge.to_server:
            _tally(report.kept, m.kind)
        elif not conflicts:
            _tally(report.unchanged, m.kind)
    return report
