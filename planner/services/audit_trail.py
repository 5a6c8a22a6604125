"""Reading the audit trail back: a record's history, every entry, the CSV export, and
the share log that records each document leaving the team.

What is recorded, and how, is ``planner.storage.audit`` (a session event on every write).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from planner.domain.audience import Audience
from planner.domain.timestamps import as_text
from planner.files.atomic import atomic_path
from planner.storage.audit import audit_log, decode_value, encode_value, record
from planner.storage.workspace import Workspace


@dataclass(frozen=True)
class AuditEntry:
    """One recorded change; ``old`` and ``new`` are the values as they were stored."""

    id: int
    at: dt.datetime  # aware, UTC
    user: str
    action: str  # create, update, delete, restore, purge, share, grant, revoke
    entity: str
    entity_id: str
    field: str | None
    old: Any
    new: Any
    note: str | None

    def describe(self) -> str:
        """A one-line account for the History tab and the CLI."""
        if self.action == "update":
            return f"{self.field}: {_show(self.old)} → {_show(self.new)}"
        if self.action == "share":
            return f"shared {self.entity} with audience {self.new}" + (
                f" ({self.note})" if self.note else ""
            )
        if self.action == "grant":
            return f"put {self.new} on the campaign"
        if self.action == "revoke":
            return f"took {self.old} off the campaign"
        if self.entity == "team_member" and self.action in ("create", "delete"):
            admin = self.action == "create" and isinstance(self.new, dict) and self.new.get("admin")
            done = "added" if self.action == "create" else "removed"
            return f"{done} team member {self.entity_id}" + (" (admin)" if admin else "")
        return f"{self.action}d {self.entity.replace('_', ' ')}"


def _show(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:79] + "…"


def log_share(
    ws: Workspace,
    what: str,
    audience: Audience,
    path: str | os.PathLike[str] | None,
    *,
    campaign_id: str | None = None,
) -> None:
    """Record that a document left the team: e.g. ``log_share(ws, "brief", "closed", out)``.

    Call it after the file is written (or sent to the printer); ``path`` is None for a
    print. Shares are kept under the campaign's id so they show in its History tab.
    """
    with ws.session() as s:
        record(
            s.connection(),
            "share",
            what,
            campaign_id or "",
            field="audience",
            new=audience,
            note=str(path) if path is not None else "printed",
        )


def entry(row: Any) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        at=row.at,
        user=row.user,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        field=row.field,
        old=decode_value(row.old),
        new=decode_value(row.new),
        note=row.note,
    )


def history(ws: Workspace, entity_id: str) -> list[AuditEntry]:
    """Every recorded change to one record (or shares of one campaign), oldest first."""
    with ws.reading() as s:
        rows = s.execute(
            select(audit_log).where(audit_log.c.entity_id == entity_id).order_by(audit_log.c.id)
        ).all()
    return [entry(r) for r in rows]


def entries(
    ws: Workspace, *, entity_id: str | None = None, since: dt.datetime | None = None
) -> Iterator[AuditEntry]:
    """All entries (or one record's), oldest first, streamed for long exports."""
    query = select(audit_log).order_by(audit_log.c.id)
    if entity_id is not None:
        query = query.where(audit_log.c.entity_id == entity_id)
    if since is not None:
        query = query.where(audit_log.c.at >= since)
    with ws.reading() as s:
        for row in s.execute(query.execution_options(yield_per=2000)):
            yield entry(row)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str:
    """Text for a CSV cell; a leading formula character is quoted so no spreadsheet runs it."""
    text = "" if value is None else (value if isinstance(value, str) else encode_value(value) or "")
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(
    out_csv: str | os.PathLike[str],
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    cell: Callable[[Any], str] = csv_cell,
) -> int:
    """Write ``rows`` under ``header`` to a CSV file atomically (a spreadsheet opens it
    whole or not at all; BOM for Excel), each value through ``cell``; return the count."""
    count = 0
    with atomic_path(Path(out_csv)) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow([cell(c) for c in row])
            count += 1
    return count


def export_audit(
    ws: Workspace, out_csv: str | os.PathLike[str], *, entity_id: str | None = None
) -> int:
    """Write the audit trail (or one record's) to a CSV file atomically; return the row count."""
    header = ("at", "user", "action", "entity", "entity_id", "field", "old", "new", "note")
    rows = (
        (as_text(e.at), e.user, e.action, e.entity, e.entity_id, e.field, e.old, e.new, e.note)
        for e in entries(ws, entity_id=entity_id)
    )
    return write_csv(out_csv, header, rows)
