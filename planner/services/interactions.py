"""The engagement log: meetings, calls and briefings, with follow-ups that come due."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from planner.domain import validation as val
from planner.domain import vocabulary as v
from planner.domain.models import (
    Interaction,
    Stakeholder,
    Tracked,
    interaction_participant,
)
from planner.domain.records import InteractionRecord, field_names
from planner.domain.timestamps import utc_now
from planner.services.entity import EntityService, EntitySpec, known_in, live_rows
from planner.storage.workspace import Workspace


def _set_participants(session: Session, obj: Tracked, values: dict[str, Any]) -> None:
    ids = values["stakeholder_ids"]
    if not isinstance(obj, Interaction):  # the hook of SPEC below, which makes interactions
        raise TypeError(f"participants belong to an interaction, not to {obj!r}")
    known = known_in(session)  # a sync writing thousands of engagements reads each person once
    if known is not None:
        people = known.objects(session, Stakeholder, ids)
    else:
        people = {
            s.id: s for s in session.scalars(select(Stakeholder).where(Stakeholder.id.in_(ids)))
        }
    before = [s.id for s in obj.participants] if obj.id is not None else None
    obj.participants = [people[i] for i in ids]
    if before is not None and before != list(ids):
        # Who took part lives in a link table, so changing only that would not touch the
        # engagement's row: its version would not move and a stale edit of the
        # participants from another window or laptop would not be refused.
        obj.updated_at = utc_now()


def _follow_up_not_before(values: dict[str, Any], _ident: str | None) -> None:
    day, follow = values.get("date"), values.get("follow_up_date")
    if day is not None and follow is not None and follow < day:
        raise val.ValidationError(
            "follow_up_date",
            follow.isoformat(),
            f"is before the engagement itself ({day.isoformat()})",
        )


SPEC = EntitySpec(
    kind="interaction",
    label="Engagement",
    record=InteractionRecord,
    rules=(
        val.FieldRule("campaign_id", val.identifier(required=True), required=True, ref="campaign"),
        val.FieldRule("date", val.date(required=True), required=True),
        val.FieldRule("channel", val.enum(v.CHANNELS)),
        val.FieldRule("stakeholder_ids", val.identifier_list(), ref="stakeholder"),
        val.FieldRule("summary", val.text(required=True), required=True),
        val.FieldRule("outcome", val.text()),
        val.FieldRule("follow_up_date", val.date()),
        val.FieldRule("sensitivity", val.enum(v.SENSITIVITIES)),
    ),
    row_checks=(_follow_up_not_before,),
    apply_special={"stakeholder_ids": _set_participants},
)
service = EntityService(SPEC)
create, update, delete = service.create, service.update, service.delete
restore, get = service.restore, service.get


def list_interactions(
    ws: Workspace,
    campaign_id: str | None = None,
    *,
    stakeholder_id: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int | None = None,
) -> list[InteractionRecord]:
    query = live_rows(Interaction, campaign_id)
    if stakeholder_id:
        query = query.where(
            Interaction.id.in_(
                select(interaction_participant.c.interaction_id).where(
                    interaction_participant.c.stakeholder_id == stakeholder_id
                )
            )
        )
    if start:
        query = query.where(Interaction.date >= start)
    if end:
        query = query.where(Interaction.date <= end)
    query = query.order_by(Interaction.date.desc(), Interaction.created_at.desc()).limit(limit)
    with ws.reading() as s:
        return _records(s, query)


def _records(session: Session, query: Select[Interaction]) -> list[InteractionRecord]:
    """Records with their participant ids, read as plain id pairs in one query.

    Loading participants as full Stakeholder objects, or the interactions themselves as
    ORM objects, cost most of the time of a tracker or brief of a large campaign; the
    records only need the column values and the ids.
    """
    names = [f for f in field_names(InteractionRecord) if f != "stakeholder_ids"]
    rows = session.execute(query.with_only_columns(*(getattr(Interaction, f) for f in names))).all()
    if not rows:
        return []
    wanted = query.with_only_columns(Interaction.id).subquery()
    pairs = session.execute(
        select(interaction_participant.c.interaction_id, interaction_participant.c.stakeholder_id)
        .where(interaction_participant.c.interaction_id.in_(select(wanted.c.id)))
        .order_by(interaction_participant.c.interaction_id)
    )
    people: dict[str, list[str]] = {}
    for interaction_id, stakeholder_id in pairs:
        people.setdefault(interaction_id, []).append(stakeholder_id)
    return [
        InteractionRecord(
            **dict(zip(names, row, strict=True)), stakeholder_ids=people.get(row.id, [])
        )
        for row in rows
    ]
