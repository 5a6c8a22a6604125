"""The strategy page: targets to move, the partner best placed to reach each, next moments."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.planning import strategy
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
