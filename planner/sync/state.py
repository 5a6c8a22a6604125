"""The laptop's memory of a server: the last synced values (the base) and open conflicts.

Both live in the local workspace (``sync_base``, ``sync_conflict``; migration
``0011_sync_state``) and are written in the same transaction as the local side of a
sync step, so the base never runs ahead of what this laptop really holds.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from planner.domain.models import new_id
from planner.domain.sync_tables import sync_base, sync_conflict, sync_peer
from planner.domain.timestamps import utc_now
from planner.sync.merge import DELETED

Key = tuple[str, str]  # (kind, record id)


def encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def load_bases(s: Session, server_id: str) -> dict[Key, dict[str, Any]]:
    rows = s.execute(
        select(sync_base.c.kind, sync_base.c.record_id, sync_base.c.fields).where(
            sync_base.c.server_id == server_id
        )
    )
    return {(kind, ident): json.loads(fields) for kind, ident, fields in rows}


def has_base(s: Session, kind: str, ident: str) -> bool:
    """Whether any peer (a server, another laptop's bundles) knows this record."""
    found = s.scalar(
        select(sync_base.c.record_id)
        .where(sync_base.c.kind == kind, sync_base.c.record_id == ident)
        .limit(1)
    )
    return found is not None


def save_bases(
    s: Session,
    server_id: str,
    new: Mapping[Key, dict[str, Any]],
    old: Mapping[Key, dict[str, Any]],
) -> int:
    """Write the bases that changed, many rows per statement; returns how many."""
    now = utc_now()
    added: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for (kind, ident), fields in new.items():
        if old.get((kind, ident)) == fields:
            continue
        values = {"fields": encode(fields), "deleted": bool(fields.get(DELETED)), "synced_at": now}
        if (kind, ident) in old:
            changed.append({"b_kind": kind, "b_record_id": ident, **values})
        else:
            added.append({"server_id": server_id, "kind": kind, "record_id": ident, **values})
    if added:
        s.execute(insert(sync_base), added)
    if changed:
        s.execute(
            update(sync_base).where(
                sync_base.c.server_id == server_id,
                sync_base.c.kind == bindparam("b_kind"),
                sync_base.c.record_id == bindparam("b_record_id"),
            ),  # each row's other keys are the columns to set
            changed,
        )
    return len(added) + len(changed)


def set_base_field(
    s: Session, server_id: str, kind: str, ident: str, name: str, value: Any
) -> None:
    """One field of one record's base (a resolution's choice)."""
    old = load_bases_of(s, server_id, kind, ident)
    fields = dict(old.get((kind, ident), {}))
    fields[name] = value
    save_bases(s, server_id, {(kind, ident): fields}, old)


def load_bases_of(s: Session, server_id: str, kind: str, ident: str) -> dict[Key, dict[str, Any]]:
    text = s.scalar(
        select(sync_base.c.fields).where(
            sync_base.c.server_id == server_id,
            sync_base.c.kind == kind,
            sync_base.c.record_id == ident,
        )
    )
    return {} if text is None else {(kind, ident): json.loads(text)}


@dataclass(frozen=True)
class Side:
    """Who last changed a field on one side, and when."""

    by: str
    at: str


@dataclass(frozen=True)
class Conflict:
    """One field changed differently on both sides, as ``sync --conflicts`` lists it."""

    id: str
    server_id: str
    kind: str
    record_id: str
    field: str
    local_value: Any
    server_value: Any
    base_value: Any
    has_base: bool
    local: Side
    server: Side
    found_at: dt.datetime


def load_conflicts(s: Session, server_id: str | None = None) -> list[Conflict]:
    query = select(sync_conflict).order_by(
        sync_conflict.c.kind, sync_conflict.c.record_id, sync_conflict.c.field
    )
    if server_id is not None:
        query = query.where(sync_conflict.c.server_id == server_id)
    return [
        Conflict(
            id=r.id,
            server_id=r.server_id,
            kind=r.kind,
            record_id=r.record_id,
            field=r.field,
            local_value=decode(r.local_value),
            server_value=decode(r.server_value),
            base_value=decode(r.base_value),
            has_base=r.base_value is not None,
            local=Side(r.local_by, r.local_at),
            server=Side(r.server_by, r.server_at),
            found_at=r.found_at,
        )
        for r in s.execute(query)
    ]


def open_fields(conflicts: Iterable[Conflict]) -> dict[Key, set[str]]:
    out: dict[Key, set[str]] = {}
    for c in conflicts:
        out.setdefault((c.kind, c.record_id), set()).add(c.field)
    return out


@dataclass(frozen=True)
class Found:
    """A conflict as a sync step sees it (before it is stored)."""

    kind: str
    record_id: str
    field: str
    local_value: Any
    server_value: Any
    base: Mapping[str, Any] | None
    local: Side
    server: Side


def save_conflicts(
    s: Session, server_id: str, found: Iterable[Found], existing: Iterable[Conflict]
) -> None:
    """Store the conflicts found now; drop those that no longer are (both sides agree)."""
    before = {(c.kind, c.record_id, c.field): c for c in existing}
    now = utc_now()
    seen: set[tuple[str, str, str]] = set()
    for f in found:
        key = (f.kind, f.record_id, f.field)
        seen.add(key)
        base_value = encode(f.base[f.field]) if f.base is not None and f.field in f.base else None
        values = {
            "local_value": encode(f.local_value),
            "server_value": encode(f.server_value),
            "base_value": base_value,
            "local_by": f.local.by,
            "local_at": f.local.at,
            "server_by": f.server.by,
            "server_at": f.server.at,
        }
        old = before.get(key)
        if old is None:
            s.execute(
                insert(sync_conflict).values(
                    id=new_id(),
                    server_id=server_id,
                    kind=f.kind,
                    record_id=f.record_id,
                    field=f.field,
                    found_at=now,
                    **values,
                )
            )
        elif (
            old.local_value != f.local_value
            or old.server_value != f.server_value
            or old.local != f.local
            or old.server != f.server
        ):
            s.execute(update(sync_conflict).where(sync_conflict.c.id == old.id).values(**values))
    gone = [c.id for k, c in before.items() if k not in seen]
    if gone:
        s.execute(delete(sync_conflict).where(sync_conflict.c.id.in_(gone)))


def drop_conflict(s: Session, conflict_id: str) -> None:
    s.execute(delete(sync_conflict).where(sync_conflict.c.id == conflict_id))


@dataclass(frozen=True)
class Peer:
    """Who a peer id is: a team ``server`` or a ``bundle`` sender, and its name."""

    kind: str
    label: str


SERVER_PEER = Peer("server", "")


def save_peer(s: Session, peer_id: str, kind: str, label: str) -> None:
    """Remember (or update) who ``peer_id`` is."""
    values = {"kind": kind, "label": label[:200], "seen_at": utc_now()}
    if s.scalar(select(sync_peer.c.peer_id).where(sync_peer.c.peer_id == peer_id)) is None:
        s.execute(insert(sync_peer).values(peer_id=peer_id, **values))
    else:
        s.execute(update(sync_peer).where(sync_peer.c.peer_id == peer_id).values(**values))


def load_peers(s: Session) -> dict[str, Peer]:
    """Every known peer by id; an id missing here is a team server."""
    rows = s.execute(select(sync_peer.c.peer_id, sync_peer.c.kind, sync_peer.c.label))
    return {peer_id: Peer(kind, label) for peer_id, kind, label in rows}
