"""The open conflicts of a laptop, and resolving them: keep this side's value or the other's.

The other side is a team server, or another laptop whose bundle was imported here
(``bundle_merge``): ``bundle`` and ``server`` both mean "the other side's value".

A resolution is applied here and settles the base, so the next sync carries it across:
preferring the server writes its value here (through the services' checks and audit)
and takes it as the base; preferring this laptop leaves its value and takes the
server's as the base, so the next sync sees "changed here only" and pushes it. If the
server changed the field again meanwhile, the next sync takes or flags that change by
the usual rules: nothing newer is overwritten by an old choice.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.services.specs import SPECS
from planner.storage.workspace import Workspace
from planner.sync import state
from planner.sync.engine import SyncError
from planner.sync.merge import DELETED
from planner.sync.rows import Change, apply_changes, set_fields

PREFERENCES = ("local", "server", "bundle")
OTHER_SIDE = frozenset({"server", "bundle"})


@dataclass(frozen=True)
class Listed:
    """A conflict with the record's name and who the other side is, for the review."""

    conflict: state.Conflict
    label: str
    peer: str = ""  # the sending workspace's name, for a conflict from a bundle
    from_bundle: bool = False


def record_label(s: Session, kind: str, ident: str) -> str:
    spec = SPECS[kind]
    obj = s.get(spec.model, ident)
    name = next(
        (str(getattr(obj, a)) for a in ("name", "title", "summary", "text") if hasattr(obj, a)),
        "",
    )
    label = spec.label.lower()
    return f"{label} '{name[:60]}'" if name else label


def list_conflicts(ws: Workspace) -> list[Listed]:
    with ws.reading() as s:
        peers = state.load_peers(s)
        out = []
        for c in state.load_conflicts(s):
            peer = peers.get(c.server_id, state.SERVER_PEER)
            label = record_label(s, c.kind, c.record_id)
            out.append(Listed(c, label, peer.label, peer.kind == "bundle"))
        return out


def choose(conflicts: list[state.Conflict], conflict_id: str | None) -> list[state.Conflict]:
    """The conflicts a resolution applies to: all, or the one whose id starts so."""
    if conflict_id is None:
        return conflicts
    wanted = conflict_id.strip().lower()
    picked = [c for c in conflicts if c.id.startswith(wanted)] if wanted else []
    if not picked:
        raise SyncError(f"No open conflict with id {conflict_id!r}; see `sync --conflicts`.")
    if len(picked) > 1:
        raise SyncError(f"Several open conflicts start with {conflict_id!r}; give more of the id.")
    return picked


def resolve(ws: Workspace, prefer: str, conflict_id: str | None = None) -> list[state.Conflict]:
    """Resolve one conflict (or all) in favour of ``prefer`` (``local``, or ``server`` and
    ``bundle`` alike: the other side's value); returns those resolved."""
    if prefer not in PREFERENCES:
        raise SyncError(f"--prefer must be local, server or bundle, not {prefer!r}.")
    with ws.session() as s:
        chosen = choose(state.load_conflicts(s), conflict_id)
        for c in chosen:
            if prefer in OTHER_SIDE:
                if c.field == DELETED:
                    apply_changes(s, [Change(c.kind, c.record_id, {DELETED: bool(c.server_value)})])
                else:
                    set_fields(s, SPECS[c.kind], c.record_id, {c.field: c.server_value})
            state.set_base_field(s, c.server_id, c.kind, c.record_id, c.field, c.server_value)
            state.drop_conflict(s, c.id)
    return chosen
