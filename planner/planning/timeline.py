"""The timeline of moments: milestones of one or all campaigns in a date window.

Each campaign gets a lane; each milestone knows whether it is overdue (planned, date
passed) or missed, and which milestones it waits for (dependency edges, flagged when a
milestone is scheduled before something it depends on). Rescheduling keeps a
milestone's length: moving a three-day summit moves its end date too.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from planner.domain.models import Campaign, Milestone
from planner.domain.records import MilestoneRecord, to_record
from planner.services import milestones
from planner.services.milestones import is_overdue
from planner.storage.workspace import Workspace


@dataclass(frozen=True)
class Lane:
    campaign_id: str
    name: str
    index: int


@dataclass(frozen=True)
class Item:
    milestone: MilestoneRecord
    lane: int
    overdue: bool
    missed: bool

    @property
    def id(self) -> str:
        return self.milestone.id

    @property
    def start(self) -> dt.date:
        return self.milestone.date

    @property
    def end(self) -> dt.date:
        return self.milestone.end_date or self.milestone.date

    @property
    def is_span(self) -> bool:
        return self.end > self.start

    @property
    def flag(self) -> str:
        """The word a view shows beside the colour, so status never relies on colour."""
        if self.overdue:
            return "OVERDUE"
        if self.missed:
            return "MISSED"
        if self.milestone.status == "cancelled":
            return "CANCELLED"
        return ""


@dataclass(frozen=True)
class Dependency:
    """``before`` must happen before ``after`` (``after.depends_on`` names ``before``)."""

    before: str
    after: str
    conflict: bool  # ``after`` is scheduled before ``before`` ends


@dataclass(frozen=True)
class Timeline:
    start: dt.date
    end: dt.date
    today: dt.date
    lanes: list[Lane]
    items: list[Item]
    dependencies: list[Dependency]

    def item(self, milestone_id: str) -> Item | None:
        for i in self.items:
            if i.id == milestone_id:
                return i
        return None

    def agenda(self) -> list[tuple[dt.date, list[Item]]]:
        """Items grouped by ISO week (the Monday), for the list mode on small screens."""
        weeks: dict[dt.date, list[Item]] = defaultdict(list)
        for i in self.items:
            weeks[i.start - dt.timedelta(days=i.start.weekday())].append(i)
        return sorted(weeks.items())


def timeline(
    ws: Workspace,
    campaign_id: str | None = None,
    *,
    today: dt.date,
    start: dt.date | None = None,
    end: dt.date | None = None,
    campaign_ids: list[str] | None = None,
) -> Timeline:
    """Milestones overlapping ``[start, end]`` (defaults: everything) of one, some or all
    campaigns, in lanes ordered by campaign priority then name."""
    wanted = [campaign_id] if campaign_id else campaign_ids
    with ws.reading() as s:
        cq = select(Campaign.id, Campaign.name).where(Campaign.deleted_at.is_(None))
        if wanted:
            cq = cq.where(Campaign.id.in_(wanted))
        lanes_rows = s.execute(cq.order_by(Campaign.priority, func.lower(Campaign.name))).all()
        lane_of = {cid: k for k, (cid, _n) in enumerate(lanes_rows)}
        query = select(Milestone).where(
            Milestone.deleted_at.is_(None), Milestone.campaign_id.in_(lane_of)
        )
        if start:
            query = query.where(func.coalesce(Milestone.end_date, Milestone.date) >= start)
        if end:
            query = query.where(Milestone.date <= end)
        rows = [
            to_record(m, MilestoneRecord)
            for m in s.scalars(query.order_by(Milestone.date, Milestone.title))
        ]
    items = [
        Item(m, lane_of[m.campaign_id], is_overdue(m, today), m.status == "missed") for m in rows
    ]
    by_id = {i.id: i for i in items}
    deps = [
        Dependency(before, i.id, by_id[before].end > i.start)
        for i in items
        for before in i.milestone.depends_on
        if before in by_id
    ]
    if items:
        first = start or min(i.start for i in items)
        last = end or max(i.end for i in items)
    else:
        first = start or today
        last = end or today
    return Timeline(
        start=first,
        end=last,
        today=today,
        lanes=[Lane(cid, name, k) for k, (cid, name) in enumerate(lanes_rows)],
        items=items,
        dependencies=deps,
    )


def reschedule(
    ws: Workspace, milestone_id: str, new_date: dt.date, *, expected_version: int | None = None
) -> tuple[MilestoneRecord, MilestoneRecord]:
    """Move a milestone to ``new_date``, keeping its length; returns ``(before, after)``
    so the caller can offer undo (reschedule back to ``before.date``)."""
    before = milestones.get(ws, milestone_id)
    changes: dict[str, dt.date] = {"date": new_date}
    if before.end_date is not None:
        changes["end_date"] = new_date + (before.end_date - before.date)
    after = milestones.update(ws, milestone_id, expected_version=expected_version, **changes)
    return before, after
