"""The start page's facts: what is due this week and next, what is late, who went quiet.

One service for the start page (the GUI, the CLI and the tests share it). Every section
is one set query (never one per row) that returns a true count plus only the first
``limit`` items, so the dashboard opens instantly on a workspace of 100 000
stakeholders however much is overdue. Each item carries the ids the GUI needs to open it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Date, Select, bindparam, func, literal, select, text
from sqlalchemy.orm import Session

from planner.domain import vocabulary as v
from planner.domain.models import (
    Ask,
    Campaign,
    CampaignStakeholder,
    Interaction,
    Milestone,
    Quote,
    Relationship,
    Stakeholder,
    Tracked,
    VotePosition,
)
from planner.domain.records import CampaignRecord, InteractionRecord, MilestoneRecord, to_record
from planner.domain.validation import parse_date
from planner.services.milestones import is_overdue
from planner.services.stance_history import Movement, moved_towards_us
from planner.storage.workspace import Workspace

STALE_ROLES = ("target", "partner")
"""Whose silence matters: the people we must move and the partners we carry with us."""


@dataclass(frozen=True)
class Moment:
    milestone: MilestoneRecord
    campaign_name: str
    overdue: bool

    @property
    def id(self) -> str:
        return self.milestone.id


@dataclass(frozen=True)
class FollowUp:
    interaction: InteractionRecord
    campaign_name: str
    stakeholder_names: list[str]  # the first few participants
    days_late: int  # 0 = due today, negative = due in that many days

    @property
    def id(self) -> str:
        return self.interaction.id


@dataclass(frozen=True)
class QuietContact:
    """A target or partner nobody on the team has engaged for too long (or ever)."""

    stakeholder_id: str
    name: str
    campaign_id: str
    campaign_name: str
    role: v.Role
    owner: str
    last_contact: dt.date | None
    days_since: int | None  # None = never contacted in this campaign


@dataclass(frozen=True)
class AskTally:
    campaign_id: str
    campaign_name: str
    counts: dict[str, int]  # every ask status, zero included

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Change:
    kind: str
    id: str
    title: str
    campaign_id: str | None
    updated_at: dt.datetime


@dataclass(frozen=True)
class Dashboard:
    """Each list holds at most ``limit`` items; the ``*_count`` fields are the true totals."""

    today: dt.date
    stale_days: int
    campaigns: list[CampaignRecord]
    this_week: list[Moment]
    next_week: list[Moment]
    overdue: list[Moment]
    follow_ups: list[FollowUp]  # due up to a week ahead, oldest first
    quiet: list[QuietContact]
    asks: list[AskTally]
    recent: list[Change] = field(default_factory=list)
    moved: list[Movement] = field(default_factory=list)  # toward us in the last month
    this_week_count: int = 0
    next_week_count: int = 0
    overdue_count: int = 0
    follow_ups_count: int = 0
    follow_ups_late: int = 0  # of which due today or earlier
    quiet_count: int = 0
    moved_count: int = 0

    @property
    def active_campaigns(self) -> int:
        return sum(1 for c in self.campaigns if c.status == "active")

    def campaign_name(self, campaign_id: str) -> str:
        for c in self.campaigns:
            if c.id == campaign_id:
                return c.name
        return ""


def week_start(day: dt.date) -> dt.date:
    """Monday of the ISO week holding ``day``."""
    return day - dt.timedelta(days=day.weekday())


def dashboard(
    ws: Workspace,
    today: dt.date,
    stale_days: int = 30,
    *,
    limit: int = 25,
    quiet_limit: int = 50,
    recent_limit: int = 15,
    follow_up_days: int = 7,
    moved_days: int = 30,
) -> Dashboard:
    """The start page for ``today``; ``stale_days`` is the silence that makes a contact quiet.

    Follow-ups are listed up to ``follow_up_days`` ahead (so the week's calls are in view),
    "moved toward us" looks back ``moved_days``.
    """
    monday = week_start(today)
    next_monday = monday + dt.timedelta(days=7)
    follow_until = today + dt.timedelta(days=follow_up_days)
    with ws.reading() as s:
        # The quiet contacts first: their query is most of the read (~75 ms at 100 000
        # stakeholders), spent inside SQLite, which lets go of the interpreter, so the
        # app's UI thread paints its window meanwhile, instead of waiting for the Python
        # work below (statements built and compiled, rows turned into records) to finish.
        quiet_links = _quiet_links(s, today, stale_days, quiet_limit)
        campaigns = [
            to_record(c, CampaignRecord)
            for c in s.scalars(
                select(Campaign)
                .where(Campaign.deleted_at.is_(None))
                .order_by(Campaign.priority, func.lower(Campaign.name))
            )
        ]
        names = {c.id: c.name for c in campaigns}

        def count(query: Select[Any]) -> int:
            return s.scalar(query.with_only_columns(func.count()).order_by(None)) or 0

        def first(query: Select[Any], *order: Any) -> list[Any]:
            return list(s.scalars(query.order_by(*order).limit(limit)))

        live = (Milestone.deleted_at.is_(None), Milestone.campaign_id.in_(names))
        ends = func.coalesce(Milestone.end_date, Milestone.date)
        this_q = select(Milestone).where(*live, Milestone.date < next_monday, ends >= monday)
        next_q = select(Milestone).where(
            *live, Milestone.date >= next_monday, Milestone.date < next_monday + dt.timedelta(7)
        )
        late_q = select(Milestone).where(*live, Milestone.status == "planned", ends < today)
        by_date = (Milestone.date, Milestone.title)
        this_rows = [to_record(m, MilestoneRecord) for m in first(this_q, *by_date)]
        next_rows = [to_record(m, MilestoneRecord) for m in first(next_q, *by_date)]
        late_rows = [
            to_record(m, MilestoneRecord)
            for m in first(late_q, Milestone.date.desc(), Milestone.title)
        ]

        # Leave out the (few) deleted campaigns rather than list the live ones: with an IN
        # over every campaign SQLite would read each campaign's interactions, while NOT IN
        # lets it walk the follow-up index in date order and stop at ``limit``.
        gone = s.scalars(select(Campaign.id).where(Campaign.deleted_at.is_not(None))).all()
        due_q = select(Interaction).where(
            Interaction.deleted_at.is_(None),
            Interaction.follow_up_date.is_not(None),
            Interaction.follow_up_date <= follow_until,
        )
        if gone:
            due_q = due_q.where(Interaction.campaign_id.not_in(gone))
        follow = [
            to_record(i, InteractionRecord)
            for i in first(due_q, Interaction.follow_up_date, Interaction.date, Interaction.id)
        ]
        people = {sid for i in follow for sid in i.stakeholder_ids[:3]}
        person_names: dict[str, str] = dict(
            s.execute(
                select(Stakeholder.id, Stakeholder.name).where(Stakeholder.id.in_(people))
            ).all()
        )
        quiet, quiet_count = _quiet_contacts(*quiet_links, names, today)
        asks = _ask_tallies(s, names)
        recent = _recent_changes(s, recent_limit)
        counts = {
            "this": count(this_q),
            "next": count(next_q),
            "late": count(late_q),
            "due": count(due_q),
            "due_late": count(due_q.where(Interaction.follow_up_date <= today)),
        }
    moved = [
        m
        for m in moved_towards_us(ws, today - dt.timedelta(days=moved_days))
        if m.campaign_id in names
    ]

    def moment(m: MilestoneRecord) -> Moment:
        return Moment(m, names.get(m.campaign_id, ""), is_overdue(m, today))

    return Dashboard(
        today=today,
        stale_days=stale_days,
        campaigns=campaigns,
        this_week=[moment(m) for m in this_rows],
        next_week=[moment(m) for m in next_rows],
        overdue=[moment(m) for m in late_rows],
        follow_ups=[
            FollowUp(
                i,
                names.get(i.campaign_id, ""),
                [person_names[x] for x in i.stakeholder_ids[:3] if x in person_names],
                (today - i.follow_up_date).days if i.follow_up_date else 0,
            )
            for i in follow
        ],
        quiet=quiet,
        asks=asks,
        recent=recent,
        moved=moved[:limit],
        this_week_count=counts["this"],
        next_week_count=counts["next"],
        overdue_count=counts["late"],
        follow_ups_count=counts["due"],
        follow_ups_late=counts["due_late"],
        quiet_count=quiet_count,
        moved_count=len(moved),
    )


_LAST_CONTACT = """
SELECT max(i.date) FROM interaction_participant AS ip CROSS JOIN interaction AS i
WHERE ip.stakeholder_id = cs.stakeholder_id AND i.id = ip.interaction_id
  AND i.campaign_id = cs.campaign_id AND i.deleted_at IS NULL
"""

_QUIET_RANKED = text(
    f"""
WITH links AS MATERIALIZED (
  SELECT cs.stakeholder_id, cs.campaign_id, cs.role, cs.owner, cs.influence,
         ({_LAST_CONTACT}) AS last_contact
  FROM campaign_stakeholder AS cs
  WHERE cs.campaign_id IN :campaigns AND cs.role IN :roles AND cs.deleted_at IS NULL
    AND cs.stakeholder_id NOT IN (SELECT id FROM stakeholder WHERE deleted_at IS NOT NULL)
)
SELECT stakeholder_id, campaign_id, role, owner, influence, last_contact,
       count(*) OVER () AS quiet
FROM links
WHERE last_contact IS NULL OR last_contact < :cutoff
ORDER BY last_contact IS NOT NULL, last_contact, influence DESC
"""
).bindparams(
    bindparam("campaigns", expanding=True),
    bindparam("roles", expanding=True),
    bindparam("cutoff", type_=Date),
)
"""The quiet links (each target's and partner's last contact in its campaign, from covering
indexes only), ranked with the name left out, and how many there are.

The last contact is a correlated MAX per link: the participant index gives the
stakeholder's interactions, the interaction index their campaign and date. CROSS JOIN
fixes that order; left to itself SQLite walks every interaction of the campaign for
each link instead (seconds at 100 000 stakeholders). MATERIALIZED computes it once per
link (a flattened subquery would repeat it in WHERE and ORDER BY). SQLite ranks and
counts every link; Python reads only the first ones. Textual SQL because SQLAlchemy
cannot spell CROSS JOIN with a condition.
"""


def _rank(row: Any) -> tuple[bool, str, int]:
    """Never contacted first, then the longest silence, then the most influential."""
    return (row[5] is not None, str(row[5] or ""), -row[4])


QuietRow = tuple[str, str, v.Role, str, int, Any, int]
"""stakeholder id, campaign id, role, owner, influence, last contact, how many are quiet"""


def _quiet_links(
    s: Session, today: dt.date, stale_days: int, limit: int
) -> tuple[list[QuietRow], dict[str, str], int]:
    """Targets and partners of open campaigns with no engagement for ``stale_days`` days:
    the first ``limit`` links in order, their stakeholders' names, and how many there are.

    "Contact" is counted per campaign (a meeting about Sudan does not move a Syria ask),
    which is also what the People tab's *last contact* shows. The links come ranked and
    counted from the database (``_QUIET_RANKED``); only the first ``limit`` are read, and
    those that tie with the last of them (the name decides among them), and only theirs
    need their names.
    """
    # Core, not the ORM: the first ORM statement of a process configures every mapper
    # (~12 ms), which then happens while the long query runs, not before it starts.
    campaign = Campaign.__table__.c
    open_ids = s.scalars(
        select(campaign.id).where(
            campaign.deleted_at.is_(None), campaign.status.in_(("planning", "active"))
        )
    ).all()
    if not open_ids:
        return [], {}, 0
    cutoff = today - dt.timedelta(days=stale_days)
    result = s.execute(
        _QUIET_RANKED,
        {"campaigns": list(open_ids), "roles": list(STALE_ROLES), "cutoff": cutoff},
    )
    # one row has the count
    head: list[QuietRow] = [tuple(row) for row in result.fetchmany(max(limit, 1))]
    if 0 < limit == len(head):  # keep every link that ties with the last one kept
        edge = _rank(head[-1])
        while more := result.fetchmany(500):
            ties = [tuple(row) for row in more if _rank(row) == edge]
            head.extend(ties)
            if len(ties) < len(more):
                break
    result.close()
    if not head:
        return [], {}, 0
    total = int(head[0][6])
    who: dict[str, str] = {}
    ids = list({r[0] for r in head})
    for k in range(0, len(ids), 500):
        who.update(
            s.execute(
                select(Stakeholder.id, Stakeholder.name).where(Stakeholder.id.in_(ids[k : k + 500]))
            ).all()
        )
    # equal names: the link's ids decide, so the order never depends on the database's
    head.sort(key=lambda r: (*_rank(r), who.get(r[0], "").lower(), r[0], r[1]))
    return head[:limit], who, total


def _quiet_contacts(
    head: list[QuietRow], who: dict[str, str], total: int, names: dict[str, str], today: dt.date
) -> tuple[list[QuietContact], int]:
    """The quiet links as the dashboard lists them, with their campaigns' names."""
    out = []
    for sid, cid, role, owner, _influence, when, _total in head:
        day = parse_date(when) if isinstance(when, str) else when
        out.append(
            QuietContact(
                sid,
                who.get(sid, ""),
                cid,
                names.get(cid, ""),
                role,
                owner,
                day,
                (today - day).days if day else None,
            )
        )
    return out, total


def _ask_tallies(s: Session, names: dict[str, str]) -> list[AskTally]:
    rows = s.execute(
        select(Ask.campaign_id, Ask.status, func.count())
        .where(Ask.deleted_at.is_(None), Ask.campaign_id.in_(names))
        .group_by(Ask.campaign_id, Ask.status)
    )
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(v.ASK_STATUSES, 0))
    for cid, status, n in rows:
        counts[cid][status] = n
    order = sorted(counts, key=lambda c: names[c].lower())
    return [AskTally(c, names[c], counts[c]) for c in order]


def _recent_changes(s: Session, limit: int) -> list[Change]:
    """The latest edited rows across all entities, newest first.

    Each table gives its own newest ``limit`` rows by walking its ``updated_at`` index
    (a few rows read per table, whatever its size); the lists are merged here and only
    the rows that make the final cut are given their titles (some need a name lookup).
    """
    tables: tuple[tuple[str, type[Tracked], tuple[Any, ...]], ...] = (
        ("campaign", Campaign, (Campaign.name, Campaign.id)),
        ("ask", Ask, (Ask.text, Ask.campaign_id)),
        ("stakeholder", Stakeholder, (Stakeholder.name, literal(None))),
        (
            "campaign_stakeholder",
            CampaignStakeholder,
            (CampaignStakeholder.stakeholder_id, CampaignStakeholder.campaign_id),
        ),
        (
            "relationship",
            Relationship,
            (Relationship.from_id, Relationship.kind, Relationship.to_id),
        ),
        ("milestone", Milestone, (Milestone.title, Milestone.campaign_id)),
        ("interaction", Interaction, (Interaction.summary, Interaction.campaign_id)),
        ("quote", Quote, (Quote.text, Quote.campaign_id)),
        ("vote_position", VotePosition, (VotePosition.stakeholder_id, VotePosition.milestone_id)),
    )
    newest: list[tuple[dt.datetime, str, str, tuple[Any, ...]]] = []
    for kind, model, columns in tables:
        rows = s.execute(
            select(model.updated_at, model.id, *columns)
            .where(model.deleted_at.is_(None))
            .order_by(model.updated_at.desc())
            .limit(limit)
        )
        newest.extend((updated, kind, ident, tuple(rest)) for updated, ident, *rest in rows)
    # newest first; on equal times the kind decides, as before
    newest.sort(key=lambda r: r[1])
    newest.sort(key=lambda r: r[0], reverse=True)
    newest = newest[:limit]

    wanted = {
        x
        for _u, kind, _i, rest in newest
        if kind in ("campaign_stakeholder", "relationship", "vote_position")
        for x in (rest[0], rest[2] if kind == "relationship" else rest[0])
    }
    person = dict(
        s.execute(select(Stakeholder.id, Stakeholder.name).where(Stakeholder.id.in_(wanted))).all()
    )
    votes = {rest[1] for _u, kind, _i, rest in newest if kind == "vote_position"}
    vote_campaign = dict(
        s.execute(select(Milestone.id, Milestone.campaign_id).where(Milestone.id.in_(votes))).all()
    )

    out = []
    for updated, kind, ident, rest in newest:
        if kind == "campaign_stakeholder":
            if rest[0] not in person:
                continue  # the stakeholder is gone (the old join left such rows out too)
            title, campaign = person[rest[0]], rest[1]
        elif kind == "relationship":
            if rest[0] not in person or rest[2] not in person:
                continue
            title = f"{person[rest[0]]} {rest[1].replace('_', ' ')} {person[rest[2]]}"
            campaign = None
        elif kind == "vote_position":
            if rest[0] not in person or rest[1] not in vote_campaign:
                continue
            title, campaign = person[rest[0]], vote_campaign[rest[1]]
        else:
            title, campaign = rest
        out.append(Change(kind, ident, _one_line(str(title or "")), campaign, updated))
    return out


def _one_line(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
