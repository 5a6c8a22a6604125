"""Power map data: quadrants, filters, audiences, and moving a point."""

from __future__ import annotations

import pytest

from planner.domain.validation import ValidationError
from planner.planning import power_map as pm
from planner.services import interactions, positions
from planner.services.entity import ConflictError


@pytest.mark.parametrize(
    ("stance", "influence", "key"),
    [
        (-2, 5, "move"),
        (0, 3, "move"),
        (1, 3, "mobilise"),
        (2, 5, "mobilise"),
        (1, 2, "strengthen"),
        (0, 2, "monitor"),
        (-2, 1, "monitor"),
    ],
)
def test_quadrant_of_a_position(stance, influence, key):
    assert pm.quadrant(stance, influence) == key


def test_points_carry_quadrant_organisation_and_last_contact(mapped):
    ws, c, ids, _org = mapped
    interactions.create(
        ws, campaign_id=c.id, date="2026-02-01", summary="Call", stakeholder_ids=[ids["Hawa"]]
    )
    m = pm.power_map(ws, c.id)
    hawa = m.point(ids["Hawa"])
    assert hawa.organisation == "Emergency Response Rooms"
    assert hawa.is_local and hawa.women_led and hawa.interest == 5
    assert str(hawa.last_contact) == "2026-02-01"
    assert pm.QUADRANTS[hawa.quadrant] == "Allies to strengthen"
    assert pm.QUADRANTS[m.point(ids["UK mission"]).quadrant] == "Champions to mobilise"
    assert pm.QUADRANTS[m.point(ids["Sceptic"]).quadrant] == "Key targets to move"
    assert m.counts() == {"strengthen": 1, "mobilise": 1, "move": 1}


def test_filter_by_role_and_category(mapped):
    ws, c, ids, _org = mapped
    assert {p.stakeholder_id for p in pm.power_map(ws, c.id, roles=["partner"]).points} == {
        ids["Hawa"]
    }
    only_states = pm.power_map(ws, c.id, categories=["member_state"], roles=["target"])
    assert {p.stakeholder_id for p in only_states.points} == {ids["UK mission"], ids["Sceptic"]}


def test_moving_a_point_saves_stance_and_influence(mapped):
    ws, c, ids, _org = mapped
    before, _after = pm.move_point(ws, c.id, ids["Sceptic"], stance=1, influence=5)
    assert (before.stance, before.influence) == (-1, 4)
    saved = positions.find_link(ws, c.id, ids["Sceptic"])
    assert (saved.stance, saved.influence, saved.version) == (1, 5, before.version + 1)
    # undo is a move back
    pm.move_point(ws, c.id, ids["Sceptic"], stance=before.stance, influence=before.influence)
    assert positions.find_link(ws, c.id, ids["Sceptic"]).stance == -1


def test_bad_move_is_refused_and_nothing_saved(mapped):
    ws, c, ids, _org = mapped
    with pytest.raises(ValidationError) as err:
        pm.move_point(ws, c.id, ids["Sceptic"], stance=3, influence=4)
    assert err.value.field == "stance"
    with pytest.raises(ConflictError):
        pm.move_point(ws, c.id, ids["Sceptic"], stance=0, influence=4, expected_version=99)
    assert positions.find_link(ws, c.id, ids["Sceptic"]).stance == -1
