"""Milestones: the moments a campaign is built around, and what is due or overdue."""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.domain import validation as val
from planner.domain import vocabulary as v
from planner.domain.models import Milestone
from planner.domain.records import MilestoneRecord, to_record
from planner.services.entity import EntityService, EntitySpec, date_order, live_rows
from planner.storage.workspace import Workspace


def _no_self_dependency(values: dict[str, Any], ident: str | None) -> None:
    if ident is not None and ident in (values.get("depends_on") or []):
        raise val.ValidationError("depends_on", ident, "a milestone cannot depend on itself")


SPEC = EntitySpec(
    kind="milestone",
    label="Milestone",
    record=MilestoneRecord,
    rules=(
        val.FieldRule("campaign_id", val.identifier(required=True), required=True, ref="campaign"),
        val.FieldRule("title", val.name(), required=True),
        val.FieldRule("kind", val.enum(v.MILESTONE_KINDS)),
        val.FieldRule("date", val.date(required=True), required=True),
        val.FieldRule("end_date", val.date()),
        val.FieldRule("location", val.line(200)),
        val.FieldRule("status", val.enum(v.MILESTONE_STATUSES)),
        val.FieldRule("owner", val.line(200)),
        val.FieldRule("depends_on", val.identifier_list(), ref="milestone"),
        val.FieldRule("description", val.text()),
        val.FieldRule("outcome", val.text()),
    ),
    row_checks=(date_order("date", "end_date", "date"), _no_self_dependency),
)
service = EntityService(SPEC)
create, update, delete = service.create, service.update, service.delete
restore, get = service.restore, service.get


def is_overdue(m: MilestoneRecord, today: dt.date) -> bool:
    """Planned but its (end) date has passed: someone must act or record the outcome."""
    return m.status == "planned" and (m.end_date or m.date) < today


def list_milestones(
    ws: Workspace,
    campaign_id: str | None = None,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    status: str | None = None,
    kind: str | None = None,
) -> list[MilestoneRecord]:
    query = live_rows(Milestone, campaign_id)
    if start:
        query = query.where(Milestone.date >= start)
    if end:
        query = query.where(Milestone.date <= end)
    if status:
        query = query.where(Milestone.status == val.enum(v.MILESTONE_STATUSES)("status", status))
    if kind:
        query = query.where(Milestone.kind == val.enum(v.MILESTONE_KINDS)("kind", kind))
    with ws.reading() as s:
        return [
            to_record(m, MilestoneRecord)
            for m in s.scalars(query.order_by(Milestone.date, Milestone.title))
        ]


def overdue(ws: Workspace, today: dt.date, campaign_id: str | None = None) -> list[MilestoneRecord]:
    return [
        m
        for m in list_milestones(ws, campaign_id, end=today, status="planned")
        if is_overdue(m, today)
    ]
