"""Paths to a target through who-knows-whom, and the relationship graph's shape."""

from __future__ import annotations

from planner.planning import network
from planner.services import campaigns, positions, relationships, stakeholders


def _people(ws, *names):
    return {n: stakeholders.create(ws, name=n).id for n in names}


def _link(ws, ids, a, kind, b):
    relationships.create(ws, from_id=ids[a], to_id=ids[b], kind=kind)


def _described(ws, path):
    """A path in words as the relationship map shows it: from the graph around its start."""
    graph = network.around(ws, path[0], depth=len(path) - 1)
    names = {ident: node.name for ident, node in graph.nodes.items()}
    return network.describe_path(path, names, graph.edges)


def test_all_shortest_paths_on_a_small_graph(ws):
    ids = _people(ws, "Partner", "NGO A", "NGO B", "Diplomat", "Ambassador", "Far")
    _link(ws, ids, "Partner", "allied_with", "NGO A")
    _link(ws, ids, "Partner", "allied_with", "NGO B")
    _link(ws, ids, "NGO A", "influences", "Diplomat")
    _link(ws, ids, "Diplomat", "works_at", "Ambassador")
    # reached backwards: the ambassador influences NGO B
    _link(ws, ids, "Ambassador", "influences", "NGO B")
    _link(ws, ids, "Ambassador", "allied_with", "Far")

    paths = network.shortest_paths(ws, ids["Partner"], ids["Ambassador"])

    names = {v: k for k, v in ids.items()}
    assert sorted([names[x] for x in p] for p in paths) == [
        ["Partner", "NGO B", "Ambassador"],
    ]
    longer = network.shortest_paths(ws, ids["Partner"], ids["Far"])
    assert [[names[x] for x in p] for p in longer] == [["Partner", "NGO B", "Ambassador", "Far"]]


def test_two_equal_paths_are_both_returned(ws):
    ids = _people(ws, "P", "A", "B", "T")
    for mid in ("A", "B"):
        _link(ws, ids, "P", "allied_with", mid)
        _link(ws, ids, mid, "influences", "T")
    paths = network.shortest_paths(ws, ids["P"], ids["T"])
    assert sorted(paths) == sorted([[ids["P"], ids[m], ids["T"]] for m in ("A", "B")])


def test_opposition_is_not_a_path_and_hops_are_capped(ws):
    ids = _people(ws, "P", "Rival", "T", "A", "B", "C")
    _link(ws, ids, "P", "opposes", "Rival")
    _link(ws, ids, "Rival", "allied_with", "T")
    assert network.shortest_paths(ws, ids["P"], ids["T"]) == []

    _link(ws, ids, "P", "allied_with", "A")
    _link(ws, ids, "A", "allied_with", "B")
    _link(ws, ids, "B", "allied_with", "C")
    _link(ws, ids, "C", "allied_with", "T")
    assert len(network.shortest_paths(ws, ids["P"], ids["T"], max_hops=4)[0]) == 5
    assert network.shortest_paths(ws, ids["P"], ids["T"], max_hops=3) == []


def test_deleted_relationship_breaks_the_path(ws):
    ids = _people(ws, "P", "T")
    r = relationships.create(ws, from_id=ids["P"], to_id=ids["T"], kind="influences")
    assert network.shortest_paths(ws, ids["P"], ids["T"]) == [[ids["P"], ids["T"]]]
    relationships.delete(ws, r.id)
    assert network.shortest_paths(ws, ids["P"], ids["T"]) == []


def test_a_described_path_keeps_each_links_direction(ws):
    ids = _people(ws, "Caesar Families Association", "Families for Freedom", "Ambassador X")
    _link(ws, ids, "Families for Freedom", "allied_with", "Caesar Families Association")
    _link(ws, ids, "Families for Freedom", "influences", "Ambassador X")
    (path,) = network.shortest_paths(ws, ids["Caesar Families Association"], ids["Ambassador X"])
    assert _described(ws, path) == (
        "Caesar Families Association ← allied with ← Families for Freedom"
        " → influences → Ambassador X"
    )


def test_demo_local_partner_reaches_the_penholders_diplomat(demo_ws):
    caesar = stakeholders.find(demo_ws, "Caesar Families Association")
    claire = stakeholders.find(demo_ws, "Claire Weber")  # Luxembourg's deputy ambassador
    paths = network.shortest_paths(demo_ws, caesar.id, claire.id)
    assert paths, "the demo has a route from a local partner to the penholder"
    assert all(p[0] == caesar.id and p[-1] == claire.id for p in paths)
    assert len(paths[0]) == 4
    text = _described(demo_ws, paths[0])
    assert text.startswith("Caesar Families Association")
    assert "Syrian Legal Development Programme → influences → Claire Weber" in text


def test_campaign_graph_holds_members_and_their_neighbours(ws):
    c = campaigns.create(ws, name="C")
    ids = _people(ws, "Member", "Outsider", "Far away")
    positions.create(ws, campaign_id=c.id, stakeholder_id=ids["Member"], role="partner")
    _link(ws, ids, "Member", "allied_with", "Outsider")
    _link(ws, ids, "Outsider", "allied_with", "Far away")

    g = network.campaign_graph(ws, c.id)
    assert set(g.nodes) == {ids["Member"], ids["Outsider"]}
    assert g.nodes[ids["Member"]].role == "partner" and g.nodes[ids["Outsider"]].role is None
    assert len(g.edges) == 1

    around = network.around(ws, ids["Far away"], depth=2)
    assert set(around.nodes) == set(ids.values())


def test_layouts_place_every_node_inside_the_unit_square(demo_ws):
    c = campaigns.find(demo_ws, "Missing persons in Syria: an independent institution")
    g = network.campaign_graph(demo_ws, c.id)
    for layout in (network.circular_layout(g), network.spring_layout(g)):
        assert set(layout) == set(g.nodes)
        assert all(-1.0001 <= x <= 1.0001 and -1.0001 <= y <= 1.0001 for x, y in layout.values())
