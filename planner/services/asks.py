"""Asks: what the campaign wants a target to do, and how far it got."""

from __future__ import annotations

from sqlalchemy import select

from planner.domain import validation as val
from planner.domain import vocabulary as v
from planner.domain.models import Ask
from planner.domain.records import AskRecord, to_record
from planner.services.entity import EntityService, EntitySpec
from planner.storage.workspace import Workspace

SPEC = EntitySpec(
    kind="ask",
    label="Ask",
    record=AskRecord,
    rules=(
        val.FieldRule("campaign_id", val.identifier(required=True), required=True, ref="campaign"),
        val.FieldRule("text", val.text(2000, required=True), required=True),
        val.FieldRule("target", val.line(300)),
        val.FieldRule("target_id", val.identifier(), ref="stakeholder"),
        val.FieldRule("status", val.enum(v.ASK_STATUSES)),
        val.FieldRule("achieved_on", val.date()),
    ),
)
service = EntityService(SPEC)
create, update, delete = service.create, service.update, service.delete
restore, get = service.restore, service.get


def list_asks(ws: Workspace, campaign_id: str) -> list[AskRecord]:
    query = (
        select(Ask)
        .where(Ask.campaign_id == campaign_id, Ask.deleted_at.is_(None))
        .order_by(Ask.created_at, Ask.id)
    )
    with ws.reading() as s:
        return [to_record(a, AskRecord) for a in s.scalars(query)]
