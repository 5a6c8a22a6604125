"""The data the map pictures draw, taken from the gate's redacted snapshot only.

The app draws the pictures (Qt stays in ``ui/``), but what it may draw is decided here:
the power map's points (``power_map_of``) and the relationship
graph below, both built from a ``RedactedSnapshot``, so a withheld partner is absent or
described, never named, whatever the drawing code does.
"""

from __future__ import annotations

from collections.abc import Iterable

from planner.domain.audience import check_audience, may_name
from planner.planning.network import Edge, Graph, Node
from planner.planning.power_map import Point, PowerMap, checked_filters, power_map
from planner.publishing import gate
from planner.publishing.redaction import RedactedSnapshot, require_redacted
from planner.storage.workspace import Workspace


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


def power_map_for(
    ws: Workspace,
    campaign_id: str,
    audience: str,
    *,
    roles: Iterable[str] | None = None,
    categories: Iterable[str] | None = None,
) -> PowerMap:
    """The power map as ``audience`` may see it: the live map for the team, else the map
    of the gate's redacted snapshot (withheld stakeholders left out and counted, names
    following the consent rules, owner and last contact blank)."""
    reader = check_audience(audience)  # the app passes its combo box's string
    if reader == "internal":
        return power_map(ws, campaign_id, roles=roles, categories=categories)
    role_set, cat_set = checked_filters(roles, categories)
    prepared = gate.prepare(ws, "power-map-png", [campaign_id], reader)
    shown = power_map_of(prepared.snapshots[0])
    kept = [
        p
        for p in shown.points
        if (not role_set or p.role in role_set) and (not cat_set or p.category in cat_set)
    ]
    return PowerMap(shown.campaign_id, shown.campaign_name, reader, kept, shown.withheld)


def power_map_of(snapshot: RedactedSnapshot) -> PowerMap:
    """The power map an audience may see, from the gate's redacted snapshot only.

    Names are the snapshot's display names (a description where the partner may not be
    named), organisations are named only when both the person and the organisation may
    be; withheld people are only counted.
    """
    snap = require_redacted(snapshot)
    internal = snap.audience == "internal"
    points: list[Point] = []
    for person in snap.people:
        st, pos = person.stakeholder, person.position
        org = snap.stakeholders.get(st.organisation_id or "")
        org_named = org is not None and (internal or may_name(org, snap.audience))
        points.append(
            Point.placed(
                st,
                pos,
                name=person.display_name,
                organisation=org.name if org is not None and org_named and person.named else "",
                owner=pos.owner if internal else "",
                last_contact=person.last_contact if internal else None,
            )
        )
    withheld = sum(snap.withheld_people.values())
    return PowerMap(snap.campaign.id, snap.campaign.name, snap.audience, points, withheld)
