"""Vote positions: expected and actual votes of member states on a milestone of kind vote."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import validation as val
from planner.domain import vocabulary as v
from planner.domain.models import Milestone, Tracked, VotePosition
from planner.domain.records import VotePositionRecord, to_record
from planner.services.entity import EntityService, EntitySpec
from planner.storage.workspace import Workspace


def _milestone_is_a_vote(session: Session, values: dict[str, Any], _c: Tracked | None) -> None:
    milestone = session.get(Milestone, values.get("milestone_id"))
    if milestone is not None and milestone.kind != "vote":
        raise val.ValidationError(
            "milestone_id", values["milestone_id"], f"is a {milestone.kind} milestone, not a vote"
        )


SPEC = EntitySpec(
    kind="vote_position",
    label="Vote position",
    record=VotePositionRecord,
    rules=(
        val.FieldRule(
            "milestone_id", val.identifier(required=True), required=True, ref="milestone"
        ),
        val.FieldRule(
            "stakeholder_id", val.identifier(required=True), required=True, ref="stakeholder"
        ),
        val.FieldRule("expected", val.enum(v.VOTE_VALUES)),
        val.FieldRule("actual", val.enum(v.VOTE_VALUES, optional=True)),
        val.FieldRule("confidence", val.integer(*v.CONFIDENCE_RANGE)),
        val.FieldRule("note", val.text(2000)),
    ),
    checks=(_milestone_is_a_vote,),
)
service = EntityService(SPEC)
create, update, delete = service.create, service.update, service.delete
restore, get = service.restore, service.get


def list_positions(ws: Workspace, milestone_id: str) -> list[VotePositionRecord]:
    query = select(VotePosition).where(
        VotePosition.milestone_id == milestone_id, VotePosition.deleted_at.is_(None)
    )
    with ws.reading() as s:
        return [to_record(p, VotePositionRecord) for p in s.scalars(query)]
