"""Stance history: how a stakeholder's stance and influence moved, and who moved our way.

Rows are written by the session event in ``planner.domain.edge_models`` whenever a
campaign_stakeholder's stance or influence changes, whichever path changed it; this
module reads them, and lets a user backdate a change learnt later (``record_change``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from planner.domain import validation as val
from planner.domain import vocabulary as v
from planner.domain.edge_models import STANCE_DATE_KEY, StanceChange
from planner.domain.models import Campaign, CampaignStakeholder, Stakeholder
from planner.domain.records import Meta, to_record
from planner.domain.validation import ValidationError, parse_date
from planner.services import positions
from planner.services.entity import EntitySpec, update_in
from planner.storage.workspace import Workspace


@dataclass(frozen=True)
class StanceChangeRecord(Meta):
    campaign_id: str
    stakeholder_id: str
    date: dt.date
    old_stance: int | None
    new_stance: int
    old_influence: int | None
    new_influence: int
    source: str

    def describe(self) -> str:
        """'Neutral → Supportive; influence 3 → 4' for the small history list."""
        parts = []
        if self.old_stance != self.new_stance:
            old = v.STANCE_LABELS.get(self.old_stance, "?") if self.old_stance is not None else "?"
            parts.append(f"{old} → {v.STANCE_LABELS[self.new_stance]}")
        if self.old_influence != self.new_influence:
            parts.append(f"influence {self.old_influence or '?'} → {self.new_influence}")
        return "; ".join(parts)


STANCE_CHANGE_SPEC = EntitySpec(
    kind="stance_change",
    label="Stance change",
    record=StanceChangeRecord,
    rules=(
        val.FieldRule("campaign_id", val.identifier(required=True), required=True, ref="campaign"),
        val.FieldRule(
            "stakeholder_id", val.identifier(required=True), required=True, ref="stakeholder"
        ),
        val.FieldRule("date", val.date(required=True), required=True),
        val.FieldRule("old_stance", val.integer(*v.STANCE_RANGE, optional=True)),
        val.FieldRule("new_stance", val.integer(*v.STANCE_RANGE), required=True),
        val.FieldRule("old_influence", val.integer(*v.SCORE_RANGE, optional=True)),
        val.FieldRule("new_influence", val.integer(*v.SCORE_RANGE), required=True),
        val.FieldRule("source", val.text(2000)),
    ),
)
"""What a recorded change holds, so that one carried by a bundle is checked like any row."""


@dataclass(frozen=True)
class Movement:
    """Someone whose stance rose over a period: from ``before`` to ``now``."""

    campaign_id: str
    campaign_name: str
    stakeholder_id: str
    stakeholder_name: str
    before: int
    now: int
    last_change: dt.date

    @property
    def steps(self) -> int:
        return self.now - self.before


def stance_history(
    ws: Workspace, campaign_id: str, stakeholder_id: str
) -> list[StanceChangeRecord]:
    """Every recorded change of this stakeholder in this campaign, oldest first."""
    query = (
        select(StanceChange)
        .where(
            StanceChange.campaign_id == campaign_id,
            StanceChange.stakeholder_id == stakeholder_id,
            StanceChange.deleted_at.is_(None),
        )
        .order_by(StanceChange.date, StanceChange.created_at)
    )
    with ws.reading() as s:
        return [to_record(x, StanceChangeRecord) for x in s.scalars(query)]


def record_change(
    ws: Workspace,
    campaign_id: str,
    stakeholder_id: str,
    *,
    date: dt.date | str,
    stance: int | None = None,
    influence: int | None = None,
    source: str | None = None,
) -> StanceChangeRecord | None:
    """Change a stance/influence and date the change (e.g. the meeting where it moved).

    Goes through the positions service (so validation and the audit trail apply); the
    session event records the change under ``date``. Returns None if nothing changed.
    """
    when = parse_date(date)
    if when > dt.date.today():
        raise ValidationError("date", when.isoformat(), "is in the future")
    link = positions.find_link(ws, campaign_id, stakeholder_id)
    changes: dict[str, object] = {}
    if stance is not None:
        changes["stance"] = stance
    if influence is not None:
        changes["influence"] = influence
    if source is not None:
        changes["source"] = source
    mine = select(StanceChange.id).where(
        StanceChange.campaign_id == campaign_id, StanceChange.stakeholder_id == stakeholder_id
    )
    with ws.session() as s:
        s.info[STANCE_DATE_KEY] = when
        before = set(s.scalars(mine))
        update_in(s, positions.SPEC, link.id, changes)
        s.flush()
        new = set(s.scalars(mine)) - before
        if not new:
            return None
        return to_record(s.get(StanceChange, new.pop()), StanceChangeRecord)


def moved_towards_us(
    ws: Workspace, since: dt.date, *, campaign_id: str | None = None
) -> list[Movement]:
    """Stakeholders whose stance is higher now than before ``since`` (net over the period).

    The dashboard's "moved toward us this month": one line per stakeholder and campaign,
    biggest moves first. A stakeholder who went up and back down is not listed.
    """
    query = (
        select(StanceChange)
        .where(StanceChange.date >= since, StanceChange.deleted_at.is_(None))
        .order_by(StanceChange.date, StanceChange.created_at)
    )
    if campaign_id:
        query = query.where(StanceChange.campaign_id == campaign_id)
    first: dict[tuple[str, str], int] = {}  # key -> stance before the period
    last: dict[tuple[str, str], tuple[int, dt.date]] = {}
    with ws.reading() as s:
        for row in s.scalars(query):
            key = (row.campaign_id, row.stakeholder_id)
            before = row.old_stance if row.old_stance is not None else row.new_stance
            first.setdefault(key, before)
            last[key] = (row.new_stance, row.date)
        if not last:
            return []
        live_links = set(
            s.execute(
                select(CampaignStakeholder.campaign_id, CampaignStakeholder.stakeholder_id).where(
                    CampaignStakeholder.deleted_at.is_(None)
                )
            ).all()
        )
        names = dict(
            s.execute(
                select(Stakeholder.id, Stakeholder.name).where(
                    Stakeholder.id.in_({k[1] for k in last})
                )
            ).all()
        )
        campaign_names = dict(
            s.execute(
                select(Campaign.id, Campaign.name).where(Campaign.id.in_({k[0] for k in last}))
            ).all()
        )
    moved = []
    for key, (now, when) in last.items():
        before = first[key]
        if now > before and tuple(key) in live_links:
            moved.append(
                Movement(
                    campaign_id=key[0],
                    campaign_name=campaign_names.get(key[0], ""),
                    stakeholder_id=key[1],
                    stakeholder_name=names.get(key[1], ""),
                    before=before,
                    now=now,
                    last_change=when,
                )
            )
    moved.sort(key=lambda m: (-m.steps, m.stakeholder_name.casefold()))
    return moved
