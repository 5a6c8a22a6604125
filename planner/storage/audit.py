"""Audit trail: every change to the workspace, who made it and when, field by field.

A session event listener (installed on every workspace's session factory) records each
flush, so every service write, the bundle import and any future importer are covered
without each of them remembering to log. Reading it back, and logging the documents
that leave the team, is ``planner.services.audit_trail``.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from typing import Any, cast

from sqlalchemy import (
    Column,
    Connection,
    Index,
    Integer,
    String,
    Table,
    Text,
    event,
    insert,
    inspect,
    select,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.domain.models import Base, Interaction, Tracked, WorkspaceInfo
from planner.domain.timestamps import UtcTimestamp, utc_now
from planner.storage.backends import backend_of

audit_log = Table(
    "audit_log",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcTimestamp, nullable=False),  # ISO 8601 text in the file
    Column("user", String(200), nullable=False),
    Column("action", String(16), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(64), nullable=False),
    Column("field", String(64)),
    Column("old", Text),
    Column("new", Text),
    Column("note", Text),
    Index("ix_audit_log_entity_id", "entity_id", "id"),
    Index("ix_audit_log_at", "at"),
)

# Bookkeeping columns change on every write; logging them would only add noise.
_SKIPPED = {"id", "created_at", "updated_at", "version", "deleted_at"}
USER_NAME_KEY = "user_name"


def encode_value(value: Any) -> str | None:
    """Values are stored as JSON so that they read back exactly, type included."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (set, tuple)):
        return sorted(value)
    raise TypeError(f"cannot record a {type(value).__name__} in the audit log")


def decode_value(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def os_user() -> str:
    try:
        return getpass.getuser() or "unknown"
    except (KeyError, OSError, ImportError):  # no login name in this environment
        return "unknown"


def install_audit(factory: sessionmaker[Session]) -> None:
    """Record every flush of sessions made by ``factory`` (one workspace's sessions)."""
    event.listen(factory, "after_flush", _record_flush)


def _entity_name(obj: Any) -> str | None:
    if isinstance(obj, Tracked):
        return obj.__tablename__
    if isinstance(obj, WorkspaceInfo):
        return "workspace_info"
    return None


def _column_names(obj: Any) -> list[str]:
    return [attr.key for attr in inspect(type(obj)).column_attrs]


def _values(obj: Any) -> dict[str, Any]:
    values = {name: getattr(obj, name) for name in _column_names(obj) if name not in _SKIPPED}
    if isinstance(obj, Interaction):
        values["stakeholder_ids"] = sorted(p.id for p in obj.participants)
    return values


def _ident(obj: Any) -> str:
    """The id the audit names a row by (a workspace setting: its key)."""
    ident: str = obj.key if isinstance(obj, WorkspaceInfo) else obj.id
    return ident


def _whole(obj: Any) -> dict[str, Any]:
    """Every audited value of a row created or purged."""
    return {"value": obj.value} if isinstance(obj, WorkspaceInfo) else _values(obj)


def _participants_change(obj: Interaction) -> tuple[list[str], list[str]] | None:
    history = inspect(obj).attrs.participants.history
    if not history.added and not history.deleted:
        return None
    now = sorted(p.id for p in obj.participants)
    before = sorted({p.id for p in (history.unchanged or ())} | {p.id for p in history.deleted})
    return (before, now) if before != now else None


def _record_flush(session: Session, _context: Any) -> None:
    """after_flush: ids are assigned and attribute history still shows the old values."""
    rows: list[dict[str, Any]] = []

    def add(action: str, entity: str, ident: str, field: str | None, old: Any, new: Any) -> None:
        rows.append(
            {
                "action": action,
                "entity": entity,
                "entity_id": ident,
                "field": field,
                "old": encode_value(old),
                "new": encode_value(new),
            }
        )

    for obj in session.new:
        entity = _entity_name(obj)
        if entity is not None:
            add("create", entity, _ident(obj), None, None, _whole(obj))
    for obj in session.dirty:
        entity = _entity_name(obj)
        if entity is None or not session.is_modified(obj, include_collections=True):
            continue
        state = inspect(obj)
        ident = _ident(obj)
        for name in _column_names(obj):
            if name in _SKIPPED and name != "deleted_at":
                continue
            history = state.attrs[name].history
            if not history.added and not history.deleted:
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            if name == "deleted_at":
                if old is None and new is not None:
                    add("delete", entity, ident, None, None, None)
                elif old is not None and new is None:
                    add("restore", entity, ident, None, None, None)
                continue
            add("update", entity, ident, name, old, new)
        if isinstance(obj, Interaction):
            change = _participants_change(obj)
            if change is not None:
                add("update", entity, ident, "stakeholder_ids", *change)
    for obj in session.deleted:
        entity = _entity_name(obj)
        if entity is not None:
            add("purge", entity, _ident(obj), None, _whole(obj), None)
    if not rows:
        return
    conn = session.connection()
    if _writes_user_name(session):
        session.info.pop(_USER_CACHE_KEY, None)
    user = user_name_for(session)
    at = utc_now()
    for row in rows:
        row["at"] = at
        row["user"] = user
        row["note"] = None
    conn.execute(insert(audit_log), rows)


_USER_CACHE_KEY = "planner.storage.audit.user"


def user_name_for(session: Session) -> str:
    """The audit name, read once per transaction: an import flushes thousands of times.

    The cache lives on the session keyed by its outermost transaction, so a name
    saved by another session shows from the next transaction on; a flush that
    writes the name itself drops the cache (see ``_record_flush``).
    """
    transaction = session.get_transaction()
    cached = session.info.get(_USER_CACHE_KEY)
    if cached is not None and transaction is not None and cached[0] is transaction:
        return cast(str, cached[1])  # session.info holds Any: this key, (transaction, name)
    name = user_name_on(session.connection())
    session.info[_USER_CACHE_KEY] = (transaction, name)
    return name


def user_name_on(conn: Connection) -> str:
    """Who is changing the workspace: on a team server each member's own login role;
    on a file, the name set in the workspace, else the operating system's user."""
    login = backend_of(conn).login_user(conn)
    if login:
        return login[:200]
    configured = conn.execute(
        select(WorkspaceInfo.value).where(WorkspaceInfo.key == USER_NAME_KEY)
    ).scalar()
    return (configured or os_user())[:200]


def record(
    conn: Connection,
    action: str,
    entity: str,
    entity_id: str,
    *,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
    note: str | None = None,
) -> None:
    """Write one entry by hand, in ``conn``'s transaction (so it stands or falls with the
    change): for what no ORM flush records, such as a document shared or a team server's
    members and who is on which campaign."""
    conn.execute(
        insert(audit_log).values(
            at=utc_now(),
            user=user_name_on(conn),
            action=action,
            entity=entity[:40],
            entity_id=entity_id,
            field=field,
            old=encode_value(old),
            new=encode_value(new),
            note=note,
        )
    )


def _writes_user_name(session: Session) -> bool:
    return any(
        isinstance(obj, WorkspaceInfo) and obj.key == USER_NAME_KEY
        for obj in (*session.new, *session.dirty, *session.deleted)
    )


# ----------------------------------------------------------------------- reading
