"""Who knows whom: the links that open a path from a partner to a target."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select

from planner.domain import validation as val
from planner.domain import vocabulary as v
from planner.domain.models import Relationship
from planner.domain.records import RelationshipRecord, to_record
from planner.services.entity import EntityService, EntitySpec
from planner.storage.workspace import Workspace


def _not_to_self(values: dict[str, Any], _ident: str | None) -> None:
    if values.get("from_id") and values.get("from_id") == values.get("to_id"):
        raise val.ValidationError("to_id", values["to_id"], "is the same stakeholder as from_id")


SPEC = EntitySpec(
    kind="relationship",
    label="Relationship",
    record=RelationshipRecord,
    rules=(
        val.FieldRule("from_id", val.identifier(required=True), required=True, ref="stakeholder"),
        val.FieldRule("to_id", val.identifier(required=True), required=True, ref="stakeholder"),
        val.FieldRule("kind", val.enum(v.RELATIONSHIP_KINDS), required=True),
        val.FieldRule("note", val.text(2000)),
    ),
    row_checks=(_not_to_self,),
)
service = EntityService(SPEC)
create, update, delete = service.create, service.update, service.delete
restore, get = service.restore, service.get


def list_relationships(
    ws: Workspace, stakeholder_id: str | None = None
) -> list[RelationshipRecord]:
    query = select(Relationship).where(Relationship.deleted_at.is_(None))
    if stakeholder_id:
        query = query.where(
            or_(Relationship.from_id == stakeholder_id, Relationship.to_id == stakeholder_id)
        )
    with ws.reading() as s:
        return [
            to_record(r, RelationshipRecord)
            for r in s.scalars(query.order_by(Relationship.created_at))
        ]
