"""Voices from the ground: quotes, in their own language, used only as consent allows."""

from __future__ import annotations

from planner.domain import validation as val
from planner.domain import vocabulary as v
from planner.domain.models import Quote
from planner.domain.records import QuoteRecord, to_record
from planner.services.entity import EntityService, EntitySpec, live_rows
from planner.storage.workspace import Workspace

SPEC = EntitySpec(
    kind="quote",
    label="Quote",
    record=QuoteRecord,
    rules=(
        val.FieldRule("campaign_id", val.identifier(required=True), required=True, ref="campaign"),
        val.FieldRule("stakeholder_id", val.identifier(), ref="stakeholder"),
        val.FieldRule("text", val.text(5000, required=True), required=True),
        val.FieldRule("translation", val.text(5000)),
        val.FieldRule("language", val.language_tag()),
        val.FieldRule("date", val.date()),
        val.FieldRule("name_consent", val.enum(v.NAME_CONSENTS)),
    ),
)
service = EntityService(SPEC)
create, update, delete = service.create, service.update, service.delete
restore, get = service.restore, service.get


def list_quotes(ws: Workspace, campaign_id: str | None = None) -> list[QuoteRecord]:
    query = live_rows(Quote, campaign_id)
    with ws.reading() as s:
        return [
            to_record(q, QuoteRecord)
            for q in s.scalars(query.order_by(Quote.date.desc(), Quote.created_at))
        ]
