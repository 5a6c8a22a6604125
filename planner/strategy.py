"""A campaign's plan on one page: objective, asks, the targets to move and who can reach
them, and the next moments.

*Targets to move* are the power map's high-influence stakeholders who are not yet
supportive (influence ≥ 3, stance ≤ 0). For each, the *best-placed partner* is the
supporter (a partner or ally with stance > 0 in this campaign) closest to the target in
the relationship graph, found by one breadth-first search from the target over the
links ``planner.network`` allows for paths (never ``opposes``). Ties go to the more
influential supporter, then by name, so the page is the same every time.

This is the team's own view (``internal``); it names everyone and is not redacted.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from dataclasses import dataclass

from sqlalchemy import select

from planner.models import Relationship
from planner.network import PATH_KINDS, Edge, describe_path
from planner.records import AskRecord, CampaignRecord, MilestoneRecord, StakeholderRecord
from planner.services import asks, campaigns, milestones, positions, stakeholders
from planner.services.positions import CampaignPerson
from planner.store import Workspace

MIN_INFLUENCE = 3
MAX_STANCE = 0
SUPPORTER_ROLES = ("partner", "ally")
MAX_HOPS = 4
NEXT_MOMENTS = 6


@dataclass(frozen=True)
class Route:
    """How a supporter reaches a target: the path (ids, supporter first) and its sentence."""

    partner: StakeholderRecord
    path: list[str]
    text: str

    @property
    def hops(self) -> int:
        return len(self.path) - 1


@dataclass(frozen=True)
class TargetToMove:
    person: CampaignPerson
    route: Route | None  # None when no supporter is within MAX_HOPS links

    @property
    def stakeholder(self) -> StakeholderRecord:
        return self.person.stakeholder


@dataclass(frozen=True)
class StrategyPlan:
    campaign: CampaignRecord
    open_asks: list[AskRecord]
    achieved_asks: list[AskRecord]
    targets: list[TargetToMove]
    supporters: int
    next_moments: list[MilestoneRecord]
    overdue: list[MilestoneRecord]
    generated_on: dt.date


def _live_edges(ws: Workspace) -> list[Edge]:
    query = select(
        Relationship.id,
        Relationship.from_id,
        Relationship.to_id,
        Relationship.kind,
        Relationship.note,
    ).where(Relationship.deleted_at.is_(None), Relationship.kind.in_(PATH_KINDS))
    with ws.reading() as s:
        return [Edge(*row) for row in s.execute(query.order_by(Relationship.created_at))]


def nearest_supporter(
    edges: list[Edge], target_id: str, supporters: dict[str, tuple[int, str]]
) -> list[str] | None:
    """Shortest path from the closest supporter to ``target_id`` (supporter first).

    ``supporters`` maps stakeholder id -> (influence, name), used to break ties among
    supporters found at the same distance.
    """
    adj: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        if e.from_id != e.to_id:
            adj[e.from_id].add(e.to_id)
            adj[e.to_id].add(e.from_id)
    parent: dict[str, str | None] = {target_id: None}
    frontier = deque([target_id])
    depth = 0
    while frontier and depth < MAX_HOPS:
        depth += 1
        found: list[str] = []
        for _ in range(len(frontier)):
            node = frontier.popleft()
            for nxt in sorted(adj.get(node, ())):
                if nxt in parent:
                    continue
                parent[nxt] = node
                frontier.append(nxt)
                if nxt in supporters:
                    found.append(nxt)
        if found:
            best = min(found, key=lambda i: (-supporters[i][0], supporters[i][1].casefold(), i))
            path = [best]
            while parent[path[-1]] is not None:
                path.append(parent[path[-1]])  # type: ignore[arg-type]
            return path
    return None


def build_plan(ws: Workspace, campaign_id: str, *, today: dt.date | None = None) -> StrategyPlan:
    today = today or dt.date.today()
    campaign = campaigns.get(ws, campaign_id)
    people = positions.campaign_people(ws, campaign_id)
    all_asks = asks.list_asks(ws, campaign_id)
    supporters = {
        p.stakeholder.id: (p.position.influence, p.stakeholder.name)
        for p in people
        if p.position.role in SUPPORTER_ROLES and p.position.stance > 0
    }
    names = {p.stakeholder.id: p.stakeholder.name for p in people}
    by_id = {p.stakeholder.id: p.stakeholder for p in people}
    candidates = sorted(
        (
            p
            for p in people
            if p.position.influence >= MIN_INFLUENCE and p.position.stance <= MAX_STANCE
        ),
        key=lambda p: (-p.position.influence, p.position.stance, p.stakeholder.name.casefold()),
    )
    edges = _live_edges(ws) if candidates and supporters else []
    if edges:
        on_paths = {i for e in edges for i in (e.from_id, e.to_id)} - set(names)
        names.update({s.id: s.name for s in stakeholders.get_many(ws, on_paths)})
    targets = []
    for p in candidates:
        path = nearest_supporter(edges, p.stakeholder.id, supporters) if edges else None
        route = None
        if path:
            route = Route(by_id[path[0]], path, describe_path(path, names, edges))
        targets.append(TargetToMove(p, route))
    planned = milestones.list_milestones(ws, campaign_id, status="planned")
    return StrategyPlan(
        campaign=campaign,
        open_asks=[a for a in all_asks if a.status in ("open", "progressing")],
        achieved_asks=[a for a in all_asks if a.status == "achieved"],
        targets=targets,
        supporters=len(supporters),
        next_moments=[m for m in planned if (m.end_date or m.date) >= today][:NEXT_MOMENTS],
        overdue=[m for m in planned if milestones.is_overdue(m, today)],
        generated_on=today,
    )
