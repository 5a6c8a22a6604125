"""Who knows whom: the relationship graph and the shortest ways to reach a target.

The question a convenor asks is "who can get us to this ambassador?". Relationships are
stored with a direction (A *influences* B), but access runs both ways along most of
them: if a legal NGO influences a diplomat, the diplomat can also be reached through
that NGO. So paths treat ``works_at``, ``member_of``, ``allied_with`` and ``influences``
as undirected, and **never use ``opposes``**: an adversary is not a channel to anyone.
Opposition links are still part of the graph (the map draws them), just not of paths.

Graphs are built from a few set queries; path search is a plain BFS in memory over the
live relationships (one narrow query, a few columns), which takes milliseconds even
for the 20 000 links of a 100 000-stakeholder workspace.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, aliased

from planner.domain import vocabulary as v
from planner.domain.models import CampaignStakeholder, Relationship, Stakeholder
from planner.storage.workspace import Workspace

PATH_KINDS = frozenset({"works_at", "member_of", "allied_with", "influences"})
"""Relationship kinds a path may follow (in either direction); ``opposes`` is excluded."""

MAX_PATHS = 25
"""All shortest paths can explode on dense graphs; a user reads a handful, not thousands."""


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    kind: v.StakeholderKind
    category: v.Category
    organisation: str  # the organisation's name, for a person
    is_local: bool
    women_led: bool
    role: v.Role | None  # role in the campaign, when the graph is a campaign's


@dataclass(frozen=True)
class Edge:
    id: str
    from_id: str
    to_id: str
    kind: v.RelationshipKind
    note: str


@dataclass(frozen=True)
class Graph:
    nodes: dict[str, Node]
    edges: list[Edge]

    def neighbours(self, node_id: str) -> set[str]:
        out = set()
        for e in self.edges:
            if e.from_id == node_id:
                out.add(e.to_id)
            elif e.to_id == node_id:
                out.add(e.from_id)
        return out


@dataclass(frozen=True)
class Step:
    """One hop of a path; ``forward`` is False when the path walks a link backwards."""

    from_id: str
    to_id: str
    kind: str
    forward: bool


def _edge_rows(s: Session, where: ColumnElement[bool] | None = None) -> list[Edge]:
    query = select(
        Relationship.id,
        Relationship.from_id,
        Relationship.to_id,
        Relationship.kind,
        Relationship.note,
    ).where(Relationship.deleted_at.is_(None))
    if where is not None:
        query = query.where(where)
    return [Edge(*row) for row in s.execute(query.order_by(Relationship.created_at))]


def _nodes(
    s: Session, ids: Iterable[str], roles: dict[str, v.Role] | None = None
) -> dict[str, Node]:
    wanted = list(set(ids))
    org = aliased(Stakeholder)
    query = (
        select(
            Stakeholder.id,
            Stakeholder.name,
            Stakeholder.kind,
            Stakeholder.category,
            org.name,
            Stakeholder.is_local,
            Stakeholder.women_led,
        )
        .outerjoin(org, org.id == Stakeholder.organisation_id)
        .where(Stakeholder.deleted_at.is_(None))
    )
    out: dict[str, Node] = {}
    # SQLite limits bound parameters; chunk big id sets
    for i in range(0, len(wanted), 900):
        for sid, name, kind, cat, org_name, local, women in s.execute(
            query.where(Stakeholder.id.in_(wanted[i : i + 900]))
        ):
            out[sid] = Node(
                sid,
                name,
                kind,
                cat,
                org_name or "",
                bool(local),
                bool(women),
                (roles or {}).get(sid),
            )
    return out


def campaign_graph(ws: Workspace, campaign_id: str, *, reach: int = 1) -> Graph:
    """The campaign's stakeholders, plus whoever is within ``reach`` links of them.

    A campaign's own people rarely link to each other directly (the partner knows the
    NGO that briefs the diplomat), so one hop outward is included by default.
    """
    with ws.reading() as s:
        roles: dict[str, v.Role] = dict(
            s.execute(
                select(CampaignStakeholder.stakeholder_id, CampaignStakeholder.role).where(
                    CampaignStakeholder.campaign_id == campaign_id,
                    CampaignStakeholder.deleted_at.is_(None),
                )
            ).all()
        )
        members = set(roles)
        edges = _grow(s, members, reach)
        ids = members | {e.from_id for e in edges} | {e.to_id for e in edges}
        nodes = _nodes(s, ids, roles)
    return Graph(nodes, [e for e in edges if e.from_id in nodes and e.to_id in nodes])


def around(ws: Workspace, stakeholder_id: str, *, depth: int = 2) -> Graph:
    """Everyone within ``depth`` links of one stakeholder, and the links among them."""
    with ws.reading() as s:
        edges = _grow(s, {stakeholder_id}, depth)
        ids = {stakeholder_id} | {e.from_id for e in edges} | {e.to_id for e in edges}
        nodes = _nodes(s, ids)
    return Graph(nodes, [e for e in edges if e.from_id in nodes and e.to_id in nodes])


def _grow(s: Session, seeds: set[str], depth: int) -> list[Edge]:
    """Links reachable from ``seeds`` in ``depth`` rounds, one query per round."""
    found: dict[str, Edge] = {}
    frontier, seen = set(seeds), set(seeds)
    for _ in range(depth):
        if not frontier:
            break
        batch = list(frontier)
        frontier = set()
        for i in range(0, len(batch), 450):
            chunk = batch[i : i + 450]
            for e in _edge_rows(
                s, or_(Relationship.from_id.in_(chunk), Relationship.to_id.in_(chunk))
            ):
                found[e.id] = e
                for end in (e.from_id, e.to_id):
                    if end not in seen:
                        seen.add(end)
                        frontier.add(end)
    # links among the nodes of the last ring close the picture
    return list(found.values())


def _adjacency(edges: Iterable[Edge]) -> dict[str, set[str]]:
    adj: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        if e.kind in PATH_KINDS and e.from_id != e.to_id:
            adj[e.from_id].add(e.to_id)
            adj[e.to_id].add(e.from_id)
    return adj


def shortest_paths(
    ws: Workspace, from_id: str, to_id: str, max_hops: int = 4, *, limit: int = MAX_PATHS
) -> list[list[str]]:
    """Every shortest path (as stakeholder ids, ends included) of at most ``max_hops`` links.

    Links are walked in both directions except ``opposes`` (see the module docstring).
    Returns ``[]`` when the two are not connected within ``max_hops``, ``[[from_id]]``
    when they are the same stakeholder. At most ``limit`` paths, in a stable order.
    """
    with ws.reading() as s:
        edges = _edge_rows(s, Relationship.kind.in_(PATH_KINDS))
    return paths_in(edges, from_id, to_id, max_hops, limit=limit)


def paths_in(
    edges: Iterable[Edge], from_id: str, to_id: str, max_hops: int = 4, *, limit: int = MAX_PATHS
) -> list[list[str]]:
    """``shortest_paths`` over edges already in memory (a ``Graph`` the view holds)."""
    if from_id == to_id:
        return [[from_id]]
    adj = _adjacency(edges)
    dist = {from_id: 0}
    parents: dict[str, list[str]] = defaultdict(list)
    queue = deque([from_id])
    while queue:
        node = queue.popleft()
        if node == to_id or dist[node] >= max_hops:
            continue
        if to_id in dist and dist[node] >= dist[to_id]:
            break
        for nxt in sorted(adj.get(node, ())):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
            if dist[nxt] == dist[node] + 1:
                parents[nxt].append(node)
    if to_id not in dist:
        return []
    paths: list[list[str]] = []

    def walk(node: str, tail: list[str]) -> None:
        if len(paths) >= limit:
            return
        if node == from_id:
            paths.append([from_id, *tail])
            return
        for p in parents[node]:
            walk(p, [node, *tail])

    walk(to_id, [])
    return sorted(paths)


def steps(edges: Sequence[Edge], path: Sequence[str]) -> list[Step]:
    """The links a path walks, preferring the most telling kind between two people."""
    preference = {"influences": 0, "allied_with": 1, "member_of": 2, "works_at": 3}
    by_pair: dict[frozenset[str], list[Edge]] = defaultdict(list)
    for e in edges:
        if e.kind in PATH_KINDS:
            by_pair[frozenset((e.from_id, e.to_id))].append(e)
    out = []
    for a, b in itertools.pairwise(path):
        options = by_pair.get(frozenset((a, b)))
        if not options:
            raise ValueError(f"no usable link between {a} and {b}")
        best = min(options, key=lambda e: (preference.get(e.kind, 9), e.id))
        out.append(Step(a, b, best.kind, best.from_id == a))
    return out


def describe_path(path: Sequence[str], names: dict[str, str], edges: Sequence[Edge]) -> str:
    """A path as a sentence the UI can show: ``A → allied with → B ← works at ← C``.

    The arrows keep the real direction of each link, so "B ← works at ← C" reads
    "C works at B" even though the path walks from B to C.
    """
    if not path:
        return ""
    parts = [names.get(path[0], path[0])]
    for step in steps(edges, path):
        kind = v.label(step.kind).lower()
        arrow = f" → {kind} → " if step.forward else f" ← {kind} ← "
        parts.append(arrow + names.get(step.to_id, step.to_id))
    return "".join(parts)


def circular_layout(graph: Graph, centre: str | None = None) -> dict[str, tuple[float, float]]:
    """Positions in a unit square: ``centre`` in the middle, its neighbours on an inner
    ring, everyone else on rings by distance. Deterministic, so screenshots and tests
    are stable; used as the starting point of ``spring_layout``."""
    ids = sorted(graph.nodes, key=lambda i: (graph.nodes[i].name.lower(), i))
    if not ids:
        return {}
    if centre is None or centre not in graph.nodes:
        # the best-connected node anchors the picture
        degree: defaultdict[str, int] = defaultdict(int)
        for e in graph.edges:
            degree[e.from_id] += 1
            degree[e.to_id] += 1
        centre = max(ids, key=lambda i: (degree[i], -ids.index(i)))
    adj = _adjacency(graph.edges)
    for e in graph.edges:  # for layout, opposition links still bring nodes together
        adj[e.from_id].add(e.to_id)
        adj[e.to_id].add(e.from_id)
    ring = {centre: 0}
    queue = deque([centre])
    while queue:
        n = queue.popleft()
        for m in sorted(adj.get(n, ())):
            if m not in ring:
                ring[m] = ring[n] + 1
                queue.append(m)
    far = max(ring.values(), default=0) + 1
    rings: dict[int, list[str]] = defaultdict(list)
    for i in ids:
        rings[ring.get(i, far)].append(i)
    depth = max(rings)
    pos: dict[str, tuple[float, float]] = {}
    for r, members in rings.items():
        radius = 0.0 if r == 0 else r / depth
        for k, node in enumerate(members):
            angle = 2 * math.pi * k / max(len(members), 1) + r * 0.4
            pos[node] = (radius * math.cos(angle), radius * math.sin(angle))
    return pos


def spring_layout(
    graph: Graph,
    centre: str | None = None,
    *,
    iterations: int = 120,
) -> dict[str, tuple[float, float]]:
    """A small force-directed layout (Fruchterman–Reingold), seeded by the circular one.

    Linked stakeholders pull together, all repel; positions are normalised to [-1, 1].
    Graphs of a campaign (a few hundred nodes) lay out in well under a second; for very
    large graphs the circular layout is returned as is.
    """
    pos = {k: list(p) for k, p in circular_layout(graph, centre).items()}
    n = len(pos)
    if n < 3 or n > 600:
        return {k: (p[0], p[1]) for k, p in pos.items()}
    ids = list(pos)
    k = math.sqrt(4.0 / n)
    temperature = 0.2
    links = [(e.from_id, e.to_id) for e in graph.edges if e.from_id in pos and e.to_id in pos]
    for _ in range(iterations):
        disp = {i: [0.0, 0.0] for i in ids}
        for a_i, a in enumerate(ids):
            pa = pos[a]
            for b in ids[a_i + 1 :]:
                pb = pos[b]
                dx, dy = pa[0] - pb[0], pa[1] - pb[1]
                d2 = dx * dx + dy * dy or 1e-9
                f = k * k / d2
                disp[a][0] += dx * f
                disp[a][1] += dy * f
                disp[b][0] -= dx * f
                disp[b][1] -= dy * f
        for a, b in links:
            pa, pb = pos[a], pos[b]
            dx, dy = pa[0] - pb[0], pa[1] - pb[1]
            d = math.sqrt(dx * dx + dy * dy) or 1e-9
            f = d / k
            disp[a][0] -= dx * f
            disp[a][1] -= dy * f
            disp[b][0] += dx * f
            disp[b][1] += dy * f
        for i in ids:
            dx, dy = disp[i]
            d = math.sqrt(dx * dx + dy * dy) or 1e-9
            step = min(d, temperature)
            pos[i][0] += dx / d * step
            pos[i][1] += dy / d * step
        temperature *= 0.97
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return {i: ((p[0] - cx) / span, (p[1] - cy) / span) for i, p in pos.items()}


def components(graph: Graph) -> list[set[str]]:
    """Connected groups of stakeholders (every link kind counts), largest first."""
    adj: dict[str, set[str]] = defaultdict(set)
    for e in graph.edges:
        adj[e.from_id].add(e.to_id)
        adj[e.to_id].add(e.from_id)
    seen: set[str] = set()
    out: list[set[str]] = []
    for start in sorted(graph.nodes):
        if start in seen:
            continue
        group = {start}
        queue = deque([start])
        while queue:
            for m in adj.get(queue.popleft(), ()):
                if m not in group and m in graph.nodes:
                    group.add(m)
                    queue.append(m)
        seen |= group
        out.append(group)
    return sorted(out, key=lambda g: (-len(g), min(g)))


def packed_layout(
    graph: Graph, centre: str | None = None, *, row_width: float = 16.0
) -> dict[str, tuple[float, float]]:
    """Each linked group laid out on its own, groups packed in rows, in "node spacing"
    units (two neighbours sit about 1.5 apart). Lone stakeholders (no link) are left
    out: a view lists them apart rather than scattering them around the picture."""
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for group in components(graph):
        if len(group) == 1 and next(iter(group)) != centre:
            continue
        sub = Graph(
            {k: graph.nodes[k] for k in group},
            [e for e in graph.edges if e.from_id in group and e.to_id in group],
        )
        local = spring_layout(sub, centre if centre in group else None)
        radius = 0.9 * math.sqrt(len(group)) + 0.6
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_h = 0.0, y + row_h + 1.2, 0.0
        for k, (px, py) in local.items():
            pos[k] = (x + radius + px * radius, y + radius + py * radius)
        x += 2 * radius + 1.2
        row_h = max(row_h, 2 * radius)
    return pos
