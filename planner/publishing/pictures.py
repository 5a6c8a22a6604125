"""The data the map pictures draw, taken from the gate's redacted snapshot only.

The app draws the pictures (Qt stays in ``ui/``), but what it may draw is decided here:
the power map's points (``planner.power_map.power_map_of``) and the relationship
graph below, both built from a ``RedactedSnapshot``, so a withheld partner is absent or
described, never named, whatever the drawing code does.
"""

from __future__ import annotations

from planner.audience import RedactedSnapshot, may_name, require_redacted
from planner.network import Edge, Graph, Node


def relationship_graph_of(snapshot: RedactedSnapshot) -> Graph:
    """The campaign's people and the links among those this audience may see."""
    snap = require_redacted(snapshot)
    internal = snap.audience == "internal"
    roles = {p.id: p.position.role for p in snap.people}
    wanted = set(roles) | {x for r in snap.relationships for x in (r.from_id, r.to_id)}
    nodes: dict[str, Node] = {}
    for sid in wanted:
        s = snap.stakeholders.get(sid)
        if s is None:
            continue
        org = snap.stakeholders.get(s.organisation_id or "")
        org_named = org is not None and (internal or may_name(org, snap.audience))
        nodes[sid] = Node(
            sid,
            s.name,
            s.kind,
            s.category,
            org.name if org is not None and org_named else "",
            s.is_local,
            s.women_led,
            roles.get(sid),
        )
    edges = [
        Edge(r.id, r.from_id, r.to_id, r.kind, r.note if internal else "")
        for r in snap.relationships
        if r.from_id in nodes and r.to_id in nodes
    ]
    return Graph(nodes, edges)
