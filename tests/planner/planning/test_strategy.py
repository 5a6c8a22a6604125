"""The strategy page: targets to move, the partner best placed to reach each, next moments."""

from __future__ import annotations

import datetime as dt
import random
import re
import sqlite3

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import aliased

from planner.domain import vocabulary as v
from planner.domain.models import Relationship, Stakeholder
from planner.planning import strategy
from planner.planning.network import PATH_KINDS, Edge, describe_path
from planner.services import asks, campaigns, milestones, positions, relationships, stakeholders
from planner.storage import encryption

TODAY = dt.date(2025, 3, 1)


@pytest.fixture
def world(ws):
    c = campaigns.create(ws, name="Missing persons in Syria", objective="An institution")
    s = {}
    for key, kind in (
        ("families", "organisation"),  # partner, champion
        ("lawyers", "organisation"),  # ally, supportive, more influential
        ("quiet", "organisation"),  # partner but neutral: not a supporter
        ("diplomat", "person"),
        ("qatar", "organisation"),  # target, reachable
        ("egypt", "organisation"),  # target, only reachable through an opponent link
        ("small", "organisation"),  # low influence: not a target to move
        ("ally", "organisation"),  # already supportive: not a target to move
    ):
        s[key] = stakeholders.create(ws, name=key.capitalize(), kind=kind)
    links = {
        "families": ("partner", 3, 2),
        "lawyers": ("ally", 4, 1),
        "quiet": ("partner", 5, 0),
        "qatar": ("target", 5, -1),
        "egypt": ("target", 3, 0),
        "small": ("target", 2, -2),
        "ally": ("target", 5, 1),
    }
    for key, (role, influence, stance) in links.items():
        positions.create(
            ws, campaign_id=c.id, stakeholder_id=s[key].id, role=role, influence=influence,
            stance=stance, owner="Amira",
        )  # fmt: skip
    rel = relationships.create
    rel(ws, from_id=s["diplomat"].id, to_id=s["qatar"].id, kind="works_at")
    rel(ws, from_id=s["families"].id, to_id=s["diplomat"].id, kind="influences")
    rel(ws, from_id=s["lawyers"].id, to_id=s["diplomat"].id, kind="allied_with")
    rel(ws, from_id=s["quiet"].id, to_id=s["qatar"].id, kind="influences")
    rel(ws, from_id=s["families"].id, to_id=s["egypt"].id, kind="opposes")
    asks.create(ws, campaign_id=c.id, text="Vote yes", status="open")
    asks.create(ws, campaign_id=c.id, text="Co-sponsor", status="achieved")
    for title, when, status in (
        ("Old briefing", TODAY - dt.timedelta(days=5), "planned"),
        ("Vote", TODAY + dt.timedelta(days=20), "planned"),
        ("Done thing", TODAY + dt.timedelta(days=2), "done"),
    ):
        milestones.create(ws, campaign_id=c.id, title=title, date=when, status=status)
    return c, s


def test_targets_are_high_influence_and_not_yet_supportive_biggest_first(ws, world):
    campaign, _s = world
    plan = strategy.build_plan(ws, campaign.id, today=TODAY)
    assert [t.stakeholder.name for t in plan.targets] == ["Qatar", "Quiet", "Egypt"]
    assert plan.supporters == 2


def test_best_placed_partner_is_the_closest_supporter_ties_to_the_more_influential(ws, world):
    campaign, s = world
    plan = strategy.build_plan(ws, campaign.id, today=TODAY)
    qatar = plan.targets[0]
    # Quiet is one link away but neutral; Families and Lawyers are two links away:
    # Lawyers (influence 4) wins over Families (influence 3).
    assert qatar.route.partner.name == "Lawyers"
    assert qatar.route.path == [s["lawyers"].id, s["diplomat"].id, s["qatar"].id]
    assert qatar.route.hops == 2
    assert qatar.route.text == "Lawyers → allied with → Diplomat → works at → Qatar"


def test_an_opposes_link_is_never_a_route(ws, world):
    campaign, _s = world
    plan = strategy.build_plan(ws, campaign.id, today=TODAY)
    egypt = next(t for t in plan.targets if t.stakeholder.name == "Egypt")
    assert egypt.route is None


def test_plan_has_objective_open_asks_and_next_moments(ws, world):
    campaign, _s = world
    plan = strategy.build_plan(ws, campaign.id, today=TODAY)
    assert plan.campaign.objective == "An institution"
    assert [a.text for a in plan.open_asks] == ["Vote yes"]
    assert [a.text for a in plan.achieved_asks] == ["Co-sponsor"]
    assert [m.title for m in plan.next_moments] == ["Vote"]
    assert [m.title for m in plan.overdue] == ["Old briefing"]


def test_demo_campaign_plan_builds(demo_ws):
    for c in campaigns.list_campaigns(demo_ws):
        plan = strategy.build_plan(demo_ws, c.id)
        assert plan.targets
        assert all(
            t.person.position.influence >= 3 and t.person.position.stance <= 0 for t in plan.targets
        )


def test_every_demo_target_a_convenor_could_reach_has_a_route(demo_ws):
    """The demo's map wires each target to a supporter; only opposed actors stay out of reach."""
    unreachable = []
    for c in campaigns.list_campaigns(demo_ws):
        plan = strategy.build_plan(demo_ws, c.id)
        for t in plan.targets:
            if t.route is None:
                unreachable.append((c.context, t.stakeholder.name, t.person.position.stance))
            else:
                assert t.route.partner.id in {
                    p.stakeholder.id
                    for p in positions.campaign_people(demo_ws, c.id)
                    if p.position.role in strategy.SUPPORTER_ROLES and p.position.stance > 0
                }
                assert t.route.path[-1] == t.stakeholder.id
    assert all(stance == -2 for *_where, stance in unreachable), unreachable
    assert sorted(unreachable) == [
        ("Sudan", "Rapid Support Forces", -2),
        ("Syria", "Permanent Mission of China to the UN", -2),
        ("Syria", "Permanent Mission of the Russian Federation to the UN", -2),
    ]


def test_a_persons_organisation_field_counts_as_a_works_at_link(ws):
    c = campaigns.create(ws, name="Access")
    mission = stakeholders.create(ws, name="Mission of Chad", kind="organisation")
    diplomat = stakeholders.create(
        ws, name="Counsellor Ali", kind="person", organisation_id=mission.id
    )
    ngo = stakeholders.create(ws, name="Relief NGO", kind="organisation")
    positions.create(ws, campaign_id=c.id, stakeholder_id=ngo.id, role="partner", stance=2)
    positions.create(
        ws, campaign_id=c.id, stakeholder_id=mission.id, role="target", influence=4, stance=0
    )
    relationships.create(ws, from_id=ngo.id, to_id=diplomat.id, kind="influences")
    # no works_at relationship was drawn: the organisation field alone links them
    (target,) = strategy.build_plan(ws, c.id, today=TODAY).targets
    assert target.route.path == [ngo.id, diplomat.id, mission.id]
    assert target.route.text == (
        "Relief NGO → influences → Counsellor Ali → works at → Mission of Chad"
    )


def test_a_deleted_organisation_is_no_route(ws):
    c = campaigns.create(ws, name="Access")
    target = stakeholders.create(ws, name="Target", kind="person")
    org = stakeholders.create(ws, name="Gone", kind="organisation")
    ngo = stakeholders.create(ws, name="NGO", kind="person", organisation_id=org.id)
    stakeholders.update(ws, target.id, organisation_id=org.id)
    positions.create(ws, campaign_id=c.id, stakeholder_id=ngo.id, role="ally", stance=1)
    positions.create(
        ws, campaign_id=c.id, stakeholder_id=target.id, role="target", influence=3, stance=-1
    )
    assert strategy.build_plan(ws, c.id, today=TODAY).targets[0].route is not None
    stakeholders.delete(ws, org.id)
    assert strategy.build_plan(ws, c.id, today=TODAY).targets[0].route is None


# --- the plan read level by level equals the plan searched over the whole graph ---------


def whole_graph_routes(ws, plan):
    """Each target's route as the plan first computed it: every live link of the workspace
    read, one adjacency, one search per target (the reference the level-by-level reads of
    ``build_plan`` must match)."""
    org = aliased(Stakeholder)
    with ws.reading() as s:
        edges = [
            Edge(*row)
            for row in s.execute(
                select(
                    Relationship.id,
                    Relationship.from_id,
                    Relationship.to_id,
                    Relationship.kind,
                    Relationship.note,
                ).where(Relationship.deleted_at.is_(None), Relationship.kind.in_(PATH_KINDS))
            )
        ]
        drawn = {frozenset((e.from_id, e.to_id)) for e in edges}
        for person, organisation in s.execute(
            select(Stakeholder.id, Stakeholder.organisation_id)
            .join(org, org.id == Stakeholder.organisation_id)
            .where(Stakeholder.deleted_at.is_(None), org.deleted_at.is_(None))
        ):
            if frozenset((person, organisation)) not in drawn:
                edges.append(Edge(f"organisation:{person}", person, organisation, "works_at", ""))
        names = dict(s.execute(select(Stakeholder.id, Stakeholder.name)).all())
    people = positions.campaign_people(ws, plan.campaign.id)
    supporters = {
        p.stakeholder.id: (p.position.influence, p.stakeholder.name)
        for p in people
        if p.position.role in strategy.SUPPORTER_ROLES and p.position.stance > 0
    }
    adj = strategy.adjacency(edges)
    routes = []
    for t in plan.targets:
        path = strategy.nearest_supporter(adj, t.stakeholder.id, supporters)
        routes.append((t.stakeholder.id, path, describe_path(path, names, edges) if path else None))
    return routes


def plan_routes(plan):
    return [
        (t.stakeholder.id, t.route.path, t.route.text)
        if t.route
        else (t.stakeholder.id, None, None)
        for t in plan.targets
    ]


def test_demo_plans_equal_the_whole_graph_search(demo_ws):
    routed = 0
    for c in campaigns.list_campaigns(demo_ws):
        plan = strategy.build_plan(demo_ws, c.id, today=TODAY)
        assert plan_routes(plan) == whole_graph_routes(demo_ws, plan)
        routed += sum(1 for t in plan.targets if t.route)
    assert routed  # the comparison saw routes, not only targets out of reach


@pytest.fixture
def tangle(ws):
    """A dense random map: hubs, people with organisations (some also linked by a drawn
    works_at, some by another kind), opposes links, deleted links and stakeholders."""
    rng = random.Random(18)
    c = campaigns.create(ws, name="Tangle")
    orgs = [stakeholders.create(ws, name=f"Org {i:02d}", kind="organisation") for i in range(15)]
    people = [
        stakeholders.create(
            ws,
            name=f"Person {i:03d}",
            kind="person",
            organisation_id=rng.choice(orgs).id if rng.random() < 0.6 else None,
        )
        for i in range(90)
    ]
    everyone = orgs + people
    for person in people:
        if person.organisation_id and rng.random() < 0.3:  # the field and a drawn link
            kind = rng.choice(["works_at", "member_of", "opposes"])
            relationships.create(ws, from_id=person.id, to_id=person.organisation_id, kind=kind)
    for _ in range(70):
        a, b = rng.sample(everyone, 2)
        rel = relationships.create(
            ws, from_id=a.id, to_id=b.id, kind=rng.choice(v.RELATIONSHIP_KINDS), note="n"
        )
        if rng.random() < 0.1:
            relationships.delete(ws, rel.id)
    for s in rng.sample(everyone, 60):
        positions.create(
            ws, campaign_id=c.id, stakeholder_id=s.id, role=rng.choice(v.ROLES),
            influence=rng.randint(1, 5), stance=rng.randint(-2, 2), owner="Amira",
        )  # fmt: skip
    for s in rng.sample(orgs, 2):
        stakeholders.delete(ws, s.id)
    return c


@pytest.mark.both_backends
@pytest.mark.parametrize(
    ("chunk", "whole_at"),
    [(3, strategy.WHOLE_GRAPH_AT), (strategy.IN_CHUNK, strategy.WHOLE_GRAPH_AT), (3, 40)],
    ids=["small-lists", "lists", "whole-graph-past-40-nodes"],
)
def test_a_tangled_plan_equals_the_whole_graph_search(ws, tangle, monkeypatch, chunk, whole_at):
    """Small ``IN`` lists too: a frontier read in many pieces gives the same routes; and
    a search that reaches many nodes switches to one read of every link, the same again."""
    monkeypatch.setattr(strategy, "IN_CHUNK", chunk)
    monkeypatch.setattr(strategy, "WHOLE_GRAPH_AT", whole_at)
    plan = strategy.build_plan(ws, tangle.id, today=TODAY)
    routes = plan_routes(plan)
    assert routes == whole_graph_routes(ws, plan)
    assert sum(1 for _t, path, _text in routes if path and len(path) > 2) >= 3
    assert any(path is None for _t, path, _text in routes)


# --- the reads stay index searches on both SQLites ---------------------------------------


FULL_SCAN = re.compile(r"^SCAN (?!anon_)\w+")  # a table read whole (not a subquery's result)


def plan_statements(ws, campaign_id):
    statements = []

    def keep(_conn, _cur, sql, params, _ctx, _many):
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    event.listen(ws.engine, "before_cursor_execute", keep)
    try:
        strategy.build_plan(ws, campaign_id, today=TODAY)
    finally:
        event.remove(ws.engine, "before_cursor_execute", keep)
    return statements


def test_a_plan_reads_no_table_whole_on_either_sqlite(ws, world):
    """The plan used to read every link of the workspace (60 000 rows at 100 000
    stakeholders); it must stay index searches on Python's SQLite and on the newer one
    sqlcipher3 ships (every encrypted workspace), whose planner differs."""
    campaign, _s = world
    statements = plan_statements(ws, campaign.id)
    assert any("relationship" in sql for sql, _p in statements)
    connections = [sqlite3.connect(ws.path), encryption.sqlcipher_module().connect(str(ws.path))]
    try:
        versions = {conn.execute("SELECT sqlite_version()").fetchone()[0] for conn in connections}
        assert len(versions) == 2, versions  # two planners really checked
        for conn in connections:
            for sql, params in statements:
                plan = [row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
                assert not [line for line in plan if FULL_SCAN.match(line)], (sql, plan)
    finally:
        for conn in connections:
            conn.close()
