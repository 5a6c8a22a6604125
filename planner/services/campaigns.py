"""Campaigns: the unit a convenor plans in, built around decisive moments."""

from __future__ import annotations

from sqlalchemy import func, select

from planner.domain import validation as val
from planner.domain import vocabulary as v
from planner.domain.models import Campaign
from planner.domain.records import CampaignRecord, to_record
from planner.services.entity import EntityService, EntitySpec, NotFound, date_order
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
restore, get = service.restore, service.get


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


def find(ws: Workspace, id_or_name: str) -> CampaignRecord:
    """A campaign named by id or by exact name (case-insensitive), as the CLI accepts."""
    with ws.reading() as s:
        found = s.get(Campaign, id_or_name)
        if found is None or found.deleted_at is not None:
            matches = s.scalars(
                select(Campaign).where(
                    func.lower(Campaign.name) == id_or_name.strip().lower(),
                    Campaign.deleted_at.is_(None),
                )
            ).all()
            if len(matches) > 1:
                raise NotFound(f"{len(matches)} campaigns are named {id_or_name!r}; use the id.")
            found = matches[0] if matches else None
        if found is None:
            raise NotFound(f"No campaign with id or name {id_or_name!r}.")
        return to_record(found, CampaignRecord)
