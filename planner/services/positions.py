"""Where a stakeholder stands in one campaign: role, stance, influence, interest, owner.

This is the power map's data (campaign_stakeholder). A stakeholder joins a campaign
once; joining again is refused with a message rather than silently duplicated.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain import validation as val
from planner.domain import vocabulary as v
from planner.domain.models import (
    CampaignStakeholder,
    Interaction,
    Stakeholder,
    Tracked,
    interaction_participant,
)
from planner.domain.records import (
    CampaignStakeholderRecord,
    StakeholderRecord,
    from_row,
    record_columns,
    to_record,
)
from planner.services.entity import EntityService, EntitySpec, NotFound, refuse_duplicate_pair
from planner.storage.workspace import Workspace


def _one_link_per_pair(session: Session, values: dict[str, Any], current: Tracked | None) -> None:
    if current is not None:
        return
    pair = ("campaign_id", "stakeholder_id")
    refuse_duplicate_pair(
        session, CampaignStakeholder, pair, values, None, "is already in this campaign"
    )


SPEC = EntitySpec(
    kind="campaign_stakeholder",
    label="Campaign stakeholder",
    record=CampaignStakeholderRecord,
    rules=(
        val.FieldRule("campaign_id", val.identifier(required=True), required=True, ref="campaign"),
        val.FieldRule(
            "stakeholder_id", val.identifier(required=True), required=True, ref="stakeholder"
        ),
        val.FieldRule("role", val.enum(v.ROLES)),
        val.FieldRule("influence", val.integer(*v.SCORE_RANGE)),
        val.FieldRule("stance", val.integer(*v.STANCE_RANGE)),
        val.FieldRule("interest", val.integer(*v.SCORE_RANGE)),
        val.FieldRule("owner", val.line(200)),
        val.FieldRule("next_step", val.text(2000)),
        val.FieldRule("source", val.text(2000)),
    ),
    checks=(_one_link_per_pair,),
)
service = EntityService(SPEC)
create, update, delete = service.create, service.update, service.delete
restore, get = service.restore, service.get


@dataclass(frozen=True)
class CampaignPerson:
    """A row of a campaign's People tab: the stakeholder, their position, last contact."""

    stakeholder: StakeholderRecord
    position: CampaignStakeholderRecord
    last_contact: dt.date | None


def find_link(ws: Workspace, campaign_id: str, stakeholder_id: str) -> CampaignStakeholderRecord:
    with ws.reading() as s:
        row = s.scalars(
            select(CampaignStakeholder).where(
                CampaignStakeholder.campaign_id == campaign_id,
                CampaignStakeholder.stakeholder_id == stakeholder_id,
                CampaignStakeholder.deleted_at.is_(None),
            )
        ).first()
        if row is None:
            raise NotFound("This stakeholder is not part of the campaign.")
        return to_record(row, CampaignStakeholderRecord)


def campaign_people(
    ws: Workspace, campaign_id: str, *, role: str | None = None
) -> list[CampaignPerson]:
    last_contact = (
        select(
            interaction_participant.c.stakeholder_id.label("sid"),
            func.max(Interaction.date).label("last"),
        )
        .join(Interaction, Interaction.id == interaction_participant.c.interaction_id)
        .where(Interaction.campaign_id == campaign_id, Interaction.deleted_at.is_(None))
        .group_by(interaction_participant.c.stakeholder_id)
        .subquery()
    )
    link_columns = record_columns(CampaignStakeholder, CampaignStakeholderRecord)
    person_columns = record_columns(Stakeholder, StakeholderRecord)
    split = len(link_columns)
    query = (
        select(*link_columns, *person_columns, last_contact.c.last)
        .select_from(CampaignStakeholder)
        .join(Stakeholder, Stakeholder.id == CampaignStakeholder.stakeholder_id)
        .outerjoin(last_contact, last_contact.c.sid == Stakeholder.id)
        .where(
            CampaignStakeholder.campaign_id == campaign_id,
            CampaignStakeholder.deleted_at.is_(None),
            Stakeholder.deleted_at.is_(None),
        )
        .order_by(CampaignStakeholder.influence.desc(), func.lower(Stakeholder.name))
    )
    if role:
        query = query.where(CampaignStakeholder.role == val.enum(v.ROLES)("role", role))
    with ws.reading() as s:
        return [
            CampaignPerson(
                from_row(row[split:-1], StakeholderRecord),
                from_row(row[:split], CampaignStakeholderRecord),
                val.parse_date(row[-1]) if isinstance(row[-1], str) else row[-1],
            )
            for row in s.execute(query).all()
        ]
