"""Campaigns: the unit a convenor plans in, built around decisive moments."""

from __future__ import annotations

from sqlalchemy import func, select

from planner.domain import validation as val
from planner.domain import vocabulary as v
from planner.domain.models import Campaign
from planner.domain.records import CampaignRecord, to_record
from planner.services.entity import EntityService, EntitySpec, date_order
from planner.storage.workspace import Workspace

SPEC = EntitySpec(
    kind="campaign",
    label="Campaign",
    record=CampaignRecord,
    rules=(
        val.FieldRule("name", val.name(), required=True),
        val.FieldRule("context", val.line(200)),
        val.FieldRule("objective", val.text()),
        val.FieldRule("strategy", val.text()),
        val.FieldRule("status", val.enum(v.CAMPAIGN_STATUSES)),
        val.FieldRule("outcome", val.text()),
        val.FieldRule("priority", val.integer(*v.PRIORITY_RANGE)),
        val.FieldRule("start_date", val.date()),
        val.FieldRule("end_date", val.date()),
        val.FieldRule("lead", val.line(200)),
        val.FieldRule("tags", val.string_list()),
    ),
    row_checks=(date_order("start_date", "end_date", "start date"),),
)
service = EntityService(SPEC)
create, update, delete = service.create, service.update, service.delete
restore, get, find = service.restore, service.get, service.find


def list_campaigns(
    ws: Workspace, *, status: str | None = None, include_deleted: bool = False
) -> list[CampaignRecord]:
    query = select(Campaign).order_by(Campaign.priority, func.lower(Campaign.name))
    if not include_deleted:
        query = query.where(Campaign.deleted_at.is_(None))
    if status:
        query = query.where(Campaign.status == val.enum(v.CAMPAIGN_STATUSES)("status", status))
    with ws.reading() as s:
        return [to_record(c, CampaignRecord) for c in s.scalars(query)]
