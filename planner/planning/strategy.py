"""A campaign's plan on one page: objective, asks, the targets to move and who can reach
them, and the next moments.

*Targets to move* are the power map's high-influence stakeholders who are not yet
supportive (influence ≥ 3, stance ≤ 0). For each, the *best-placed partner* is the
supporter (a partner or ally with stance > 0 in this campaign) closest to the target in
the relationship graph, found by one breadth-first search from the target over the
links ``planner.planning.network`` allows for paths (never ``opposes``). Ties go to the more
influential supporter, then by name, so the page is the same every time.

A person's *organisation* field counts as a ``works_at`` link even when nobody drew the
relationship: a convenor who recorded that Ms X is counsellor at a mission has said how
the mission is reached, and should not have to say it twice for the strategy to see it.

This is the team's own view (``internal``); it names everyone and is not redacted.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from planner.domain.models import Relationship, Stakeholder
from planner.domain.records import AskRecord, CampaignRecord, MilestoneRecord, StakeholderRecord
from planner.planning.network import PATH_KINDS, Edge, describe_path
from planner.services import asks, campaigns, milestones, positions, stakeholders
from planner.services.positions import CampaignPerson
from planner.storage.workspace import Workspace

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
    org = aliased(Stakeholder)
    staff = (
        select(Stakeholder.id, Stakeholder.organisation_id)
        .join(org, org.id == Stakeholder.organisation_id)
        .where(Stakeholder.deleted_at.is_(None), org.deleted_at.is_(None))
    )
    with ws.reading() as s:
        edges = [Edge(*row) for row in s.execute(query)]  # order is irrelevant: BFS sorts
        drawn = {frozenset((e.from_id, e.to_id)) for e in edges}
        for person, organisation in s.execute(staff):
            if frozenset((person, organisation)) not in drawn:
                edges.append(Edge(f"organisation:{person}", person, organisation, "works_at", ""))
    return edges


def adjacency(edges: list[Edge]) -> dict[str, set[str]]:
    """Neighbours of every stakeholder, links walked both ways (built once per plan)."""
    adj: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        if e.from_id != e.to_id:
            adj[e.from_id].add(e.to_id)
            adj[e.to_id].add(e.from_id)
    return adj


def nearest_supporter(
    edges: list[Edge] | dict[str, set[str]],
    target_id: str,
    supporters: dict[str, tuple[int, str]],
) -> list[str] | None:
    """Shortest path from the closest supporter to ``target_id`` (supporter first).

    ``edges`` may be given as their ``adjacency`` already, so that a plan with many
    targets builds it once. ``supporters`` maps stakeholder id -> (influence, name),
    used to break ties among supporters found at the same distance.
    """
    adj = edges if isinstance(edges, dict) else adjacency(edges)
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
    adj = adjacency(edges)
    paths = {
        p.stakeholder.id: nearest_supporter(adj, p.stakeholder.id, supporters) for p in candidates
    }
    # names only for the few stakeholders the routes pass through, not the whole graph
    on_routes = {i for path in paths.values() if path for i in path}
    names.update({s.id: s.name for s in stakeholders.get_many(ws, on_routes - set(names))})
    route_edges = [e for e in edges if e.from_id in on_routes and e.to_id in on_routes]
    targets = []
    for p in candidates:
        path = paths[p.stakeholder.id]
        route = None
        if path:
            route = Route(by_id[path[0]], path, describe_path(path, names, route_edges))
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
