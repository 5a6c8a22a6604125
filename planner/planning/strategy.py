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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, or_, select
from sqlalchemy.sql.elements import BindParameter

from planner.domain import vocabulary as v
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


IN_CHUNK = 400
"""Ids per ``IN (...)`` list: two lists a query stay under SQLite's oldest variable limit."""


WHOLE_GRAPH_AT = 20_000
"""Past this many nodes to read around, one read of every link costs less than the lists."""

_IDS: BindParameter[list[str]] = bindparam("ids", expanding=True)
# Core columns of the tables, not the mapped classes: the rows go straight into the
# graph, and an ORM statement's result handling cost more than the reads themselves.
_REL = Relationship.__table__.c
_ALL_DRAWN = select(_REL.id, _REL.from_id, _REL.to_id, _REL.kind, _REL.note).where(
    _REL.deleted_at.is_(None), _REL.kind.in_(sorted(PATH_KINDS))
)
_DRAWN = _ALL_DRAWN.where(or_(_REL.from_id.in_(_IDS), _REL.to_id.in_(_IDS)))
"""The live path links drawn to or from any of ``ids``."""
_PERSON = Stakeholder.__table__.alias("person")
_ORG = Stakeholder.__table__.alias("org")
_ALL_STAFF = (
    select(_PERSON.c.id, _PERSON.c.organisation_id)
    .join(_ORG, _ORG.c.id == _PERSON.c.organisation_id)
    .where(_PERSON.c.deleted_at.is_(None), _ORG.c.deleted_at.is_(None))
)
_STAFF = _ALL_STAFF.where(or_(_PERSON.c.id.in_(_IDS), _PERSON.c.organisation_id.in_(_IDS)))
"""(person, organisation) of the live people of any of ``ids``, or who are any of ``ids``.
Built once: the lists are bound at execution, not coerced value by value into a statement."""


class _Links:
    """The live path links around the nodes the plan's searches reach, read level by level.

    The plan used to read every live link of the workspace (60 000 rows at 100 000
    stakeholders, plus a Python set per pair) to search around a few hundred targets
    that reach only a couple of thousand nodes within ``MAX_HOPS``. Reading the links of
    each level's frontier, all targets together, reads those rows alone; the searches
    see the same neighbours, so the routes are the same.
    """

    def __init__(self) -> None:
        self.adj: dict[str, set[str]] = defaultdict(set)
        self.edges: dict[str, Edge] = {}
        self._drawn: set[frozenset[str]] = set()
        self._loaded: set[str] = set()
        self._everything = False

    def load(self, s: Connection, nodes: Iterable[str]) -> None:
        """Read every live path link touching ``nodes`` (those not read already)."""
        if self._everything:
            return
        wanted = sorted(set(nodes) - self._loaded)
        self._loaded.update(wanted)
        if len(self._loaded) > WHOLE_GRAPH_AT:  # a dense map: most of it is reached anyway
            self._everything = True
            self._take(s.execute(_ALL_DRAWN).all(), s.execute(_ALL_STAFF).all())
            return
        for start in range(0, len(wanted), IN_CHUNK):
            params = {"ids": wanted[start : start + IN_CHUNK]}
            drawn = s.execute(_DRAWN, params).all()
            self._take(drawn, s.execute(_STAFF, params).all())

    def _take(
        self,
        drawn: Sequence[tuple[str, str, str, v.RelationshipKind, str]],
        staff: Sequence[tuple[str, str | None]],
    ) -> None:
        """Add the drawn links, then the organisation fields not already drawn."""
        edges, adj = self.edges, self.adj
        for row in drawn:
            edge = Edge(*row)
            if edge.id not in edges:
                edges[edge.id] = edge
                a, b = edge.from_id, edge.to_id
                self._drawn.add(frozenset((a, b)))
                if a != b:
                    adj[a].add(b)
                    adj[b].add(a)
        # a person's organisation field is a works_at link unless one was drawn: every
        # drawn link touching these nodes was read above, so the test below is complete
        for person, organisation in staff:
            ident = f"organisation:{person}"
            if organisation is None:  # never: the join matched it (narrows the type)
                continue
            if ident not in edges and frozenset((person, organisation)) not in self._drawn:
                edges[ident] = Edge(ident, person, organisation, "works_at", "")
                if person != organisation:
                    adj[person].add(organisation)
                    adj[organisation].add(person)


def adjacency(edges: list[Edge]) -> dict[str, set[str]]:
    """Neighbours of every stakeholder, links walked both ways (built once per plan)."""
    adj: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        if e.from_id != e.to_id:
            adj[e.from_id].add(e.to_id)
            adj[e.to_id].add(e.from_id)
    return adj


class _Search:
    """One target's breadth-first search, advanced a level at a time, so that a plan can
    read the links of all its targets' frontiers together before each level."""

    def __init__(self, target_id: str) -> None:
        self.parent: dict[str, str | None] = {target_id: None}
        self.frontier = deque([target_id])
        self.depth = 0
        self.path: list[str] | None = None
        self.done = False

    def step(self, adj: Mapping[str, set[str]], supporters: dict[str, tuple[int, str]]) -> None:
        """Walk one more link out; done once a supporter is found or none can be."""
        self.depth += 1
        found: list[str] = []
        for _ in range(len(self.frontier)):
            node = self.frontier.popleft()
            for nxt in sorted(adj.get(node, ())):
                if nxt in self.parent:
                    continue
                self.parent[nxt] = node
                self.frontier.append(nxt)
                if nxt in supporters:
                    found.append(nxt)
        if found:
            best = min(found, key=lambda i: (-supporters[i][0], supporters[i][1].casefold(), i))
            path = [best]
            while (up := self.parent[path[-1]]) is not None:
                path.append(up)
            self.path = path
            self.done = True
        elif not self.frontier or self.depth >= MAX_HOPS:
            self.done = True


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
    search = _Search(target_id)
    while not search.done:
        search.step(adj, supporters)
    return search.path


def _routes(
    ws: Workspace, targets: list[str], supporters: dict[str, tuple[int, str]]
) -> tuple[dict[str, list[str] | None], list[Edge]]:
    """Each target's ``nearest_supporter`` path, and the links read on the way."""
    links = _Links()
    searches = {t: _Search(t) for t in targets}
    if not supporters:
        return {t: None for t in targets}, []
    with ws.reading() as s:
        conn = s.connection()
        active = list(searches.values())
        while active:
            links.load(conn, (node for search in active for node in search.frontier))
            for search in active:
                search.step(links.adj, supporters)
            active = [search for search in active if not search.done]
    return {t: search.path for t, search in searches.items()}, list(links.edges.values())


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
    paths, edges = _routes(ws, [p.stakeholder.id for p in candidates], supporters)
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
