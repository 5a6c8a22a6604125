"""The strategy page: targets to move, the partner best placed to reach each, next moments."""

from __future__ import annotations

import datetime as dt

import pytest

from planner import strategy
from planner.services import asks, campaigns, milestones, positions, relationships, stakeholders

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
