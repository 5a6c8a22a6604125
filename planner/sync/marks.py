"""The quick check before a sync: has either side changed since the last completed one?

A completed sync stores, with the laptop's sync state, a *mark* of each side as it left
them: per kind of record its row count, the sum of its versions and an identity sum;
the settings and the participants' links likewise; on the laptop also the newest audit
entry and its open conflicts and bases with that server. Every write through the
services bumps a version or adds or removes a row (and, on the laptop, is audited), so
a side whose mark is unchanged holds what the last sync left: a sync with nothing to
do returns at once instead of reading both workspaces whole, and one with little to
do reads only the kinds that changed (``changed_kinds``).

The server's mark is computed under row-level security, as the member sees it: a
campaign revoked (or granted) changes the rows they see, so the next sync reads them
and removes what they may no longer hold. It is taken in the server step's own
snapshot (``REPEATABLE READ`` on PostgreSQL), after this sync's writes, so a
colleague's commit during the sync is never folded into it: it shows as a change next
time. The identity sum hashes each row's id and version on PostgreSQL (``hashtext``), so
one campaign's rows swapped for another's of the same counts still differ; on SQLite it
sums the row ids. Marks are aggregates computed in SQL and compared for equality only;
no record timestamp is part of them.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import (
    String,
    cast,
    delete,
    func,
    insert,
    literal,
    literal_column,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from planner.domain.models import WorkspaceInfo, interaction_participant, table_of
from planner.domain.sync_tables import sync_base, sync_conflict
from planner.services.specs import SPECS
from planner.storage.audit import audit_log
from planner.sync import travel
from planner.sync.rows import KINDS

PREFIX = "sync_mark:"  # workspace_info key: PREFIX + the server's workspace id


def begin_snapshot(s: Session) -> None:
    """Start the server step in one snapshot (PostgreSQL), before any statement, so the
    mark taken at its end holds exactly what this step read and wrote."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))


def _identity(s: Session, table: str, *parts: Any) -> ColumnElement[Any]:
    """A sum that changes when rows are swapped for others of the same count."""
    if s.get_bind().dialect.name == "postgresql":
        joined = func.concat_ws(":", *(cast(p, String) for p in parts))
        return func.coalesce(func.sum(func.hashtext(joined)), 0)
    return func.coalesce(func.sum(literal_column(f'"{table}".rowid')), 0)


def side_mark(s: Session) -> list[list[Any]]:
    """One side's rows, aggregated: [kind, count, sum of versions, identity] per kind,
    and the settings and the participants' links likewise; one query."""
    parts = []
    for kind in KINDS:
        model = SPECS[kind].model
        parts.append(
            select(
                literal(kind),
                func.count(),
                func.coalesce(func.sum(model.version), 0),
                _identity(s, model.__tablename__, model.id, model.version),
            ).select_from(model)
        )
    info = table_of(WorkspaceInfo)
    parts.append(  # the settings (an audience's rules), not this bookkeeping
        select(
            literal("workspace_info"),
            func.count(),
            literal(0),
            _identity(s, info.name, info.c.key, info.c.value),
        ).where(~info.c.key.startswith(PREFIX), info.c.key != travel.SCRUB_KEY)
    )
    link = interaction_participant
    parts.append(
        select(
            literal("interaction_participant"),
            func.count(),
            literal(0),
            _identity(s, link.name, link.c.interaction_id, link.c.stakeholder_id),
        ).select_from(link)
    )
    return [
        [str(v) if v is not None else None for v in row] for row in s.execute(union_all(*parts))
    ]


def local_mark(s: Session, server_id: str) -> list[list[Any]]:
    """The laptop's mark for ``server_id``: its rows and settings (its travel setting
    among them), its newest audit entry, its open conflicts and bases with that server
    (a resolution changes them)."""
    extra = s.execute(
        select(
            select(func.max(audit_log.c.id)).scalar_subquery(),
            select(func.count())
            .select_from(sync_conflict)
            .where(sync_conflict.c.server_id == server_id)
            .scalar_subquery(),
            select(func.count())
            .select_from(sync_base)
            .where(sync_base.c.server_id == server_id)
            .scalar_subquery(),
            select(func.max(sync_base.c.synced_at))
            .where(sync_base.c.server_id == server_id)
            .scalar_subquery(),
        )
    ).one()
    return [*side_mark(s), ["state", *(None if v is None else str(v) for v in extra)]]


def load(s: Session, server_id: str) -> dict[str, Any] | None:
    table = table_of(WorkspaceInfo)
    raw = s.execute(select(table.c.value).where(table.c.key == PREFIX + server_id)).scalar()
    return json.loads(raw) if raw else None


def save(s: Session, server_id: str, mark: dict[str, Any] | None) -> None:
    """Store (or, with None, forget) the mark, in the laptop's sync transaction.

    Written through Core like the bases: bookkeeping of the sync, not a setting, so it
    is not audited (an audit entry would itself change the laptop's mark)."""
    table = table_of(WorkspaceInfo)
    key = PREFIX + server_id
    s.execute(delete(table).where(table.c.key == key))
    if mark is not None:
        s.execute(insert(table).values(key=key, value=json.dumps(mark, sort_keys=True)))


def changed_kinds(
    mark: dict[str, Any], here: list[list[Any]], there: list[list[Any]]
) -> set[str] | None:
    """The kinds of record either side changed since the mark was taken (an engagement
    when only its people did), or None when something else changed, a setting or the
    sync state (a conflict resolved): then everything is read.

    A kind unchanged on both sides needs nothing: the last sync left it settled, with
    its open conflicts, which stay as they are."""
    out: set[str] = set()
    for old, new in ((mark["local"], here), (mark["server"], there)):
        before = {row[0]: row for row in old}
        after = {row[0]: row for row in new}
        if before.keys() != after.keys():
            return None
        for name, row in after.items():
            if row == before[name]:
                continue
            if name in SPECS:
                out.add(name)
            elif name == interaction_participant.name:
                out.add("interaction")
            elif name != "state" or row[2:] != before[name][2:]:
                return None  # a setting, or this laptop's conflicts or bases
    return out
