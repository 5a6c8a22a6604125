"""The power map, relationship map and timeline widgets, driven like a user would."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from planner.planning import network
from planner.planning import power_map as pm
from planner.services import campaigns, milestones, positions, stakeholders
from ui.views.power_map import PointItem, PowerMapView, cell_rect
from ui.views.relationship_map import RelationshipMapView
from ui.views.timeline import TimelineView

TODAY = dt.date(2026, 5, 20)


@pytest.fixture
def campaign(ws):
    c = campaigns.create(ws, name="Missing persons")
    amb = stakeholders.create(ws, name="Ambassador X", kind="person", category="member_state")
    partner = stakeholders.create(ws, name="Families group", is_local=True, women_led=True)
    positions.create(
        ws,
        campaign_id=c.id,
        stakeholder_id=amb.id,
        role="target",
        stance=-1,
        influence=4,
        interest=3,
    )
    positions.create(
        ws,
        campaign_id=c.id,
        stakeholder_id=partner.id,
        role="partner",
        stance=2,
        influence=2,
        interest=5,
    )
    return c, amb, partner


def _drag(qtbot, view, start, end):
    """Press, move in steps and release on the viewport, as a mouse would."""
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for k in range(1, 6):
        QTest.mouseMove(vp, start + (end - start) * k / 5)
        qtbot.wait(5)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_dragging_a_point_emits_the_move_and_saving_it_updates_the_database(qtbot, ws, campaign):
    c, amb, _partner = campaign
    view = PowerMapView(ws, c.id, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    qtbot.waitExposed(view)
    item = view.items[amb.id]
    canvas = view.canvas
    start = canvas.mapFromScene(item.scenePos())
    target = cell_rect(1, 5).center()  # supportive, top influence
    end = canvas.mapFromScene(target)

    with qtbot.waitSignal(view.point_moved, timeout=2000) as blocker:
        _drag(qtbot, canvas, start, end)

    assert blocker.args == [amb.id, -1, 4, 1, 5]
    assert (view.items[amb.id].point.stance, view.items[amb.id].point.influence) == (1, 5)
    # the shell saves the move (and can undo it by moving back)
    before, _after = pm.move_point(ws, c.id, amb.id, stance=1, influence=5)
    saved = positions.find_link(ws, c.id, amb.id)
    assert (saved.stance, saved.influence) == (1, 5)
    pm.move_point(ws, c.id, amb.id, stance=before.stance, influence=before.influence)
    view.apply_move(amb.id, before.stance, before.influence)
    assert positions.find_link(ws, c.id, amb.id).stance == -1
    assert view.items[amb.id].point.quadrant == "move"


def test_a_click_without_moving_changes_nothing(qtbot, ws, campaign):
    c, amb, _partner = campaign
    view = PowerMapView(ws, c.id, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    spot = view.canvas.mapFromScene(view.items[amb.id].scenePos())
    with qtbot.assertNotEmitted(view.point_moved):
        QTest.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def test_arrow_keys_move_the_selected_point(qtbot, ws, campaign):
    c, amb, _partner = campaign
    view = PowerMapView(ws, c.id, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    view.items[amb.id].setSelected(True)
    with qtbot.waitSignal(view.point_moved) as blocker:
        QTest.keyClick(view.canvas, Qt.Key.Key_Right)
    assert blocker.args == [amb.id, -1, 4, 0, 4]


def test_power_map_filters_quadrant_counts_and_tooltips(qtbot, ws, campaign):
    c, amb, partner = campaign
    view = PowerMapView(ws, c.id, today=TODAY)
    qtbot.addWidget(view)
    assert set(view.items) == {amb.id, partner.id}
    tip = view.items[partner.id].toolTip()
    assert "Families group" in tip and "Local · Women-led" in tip and "none recorded" in tip
    assert "Key targets to move: 1" not in view.accessibleDescription()
    assert "1 key targets to move" in view.accessibleDescription()
    view.role_box.setCurrentIndex(view.role_box.findData("partner"))
    assert set(view.items) == {partner.id}
    view.set_filter(categories={"member_state"})
    assert set(view.items) == {amb.id}
    assert all(isinstance(i, PointItem) for i in view.items.values())


def test_power_map_exports_png_and_svg(qtbot, ws, campaign, tmp_path):
    c, _amb, _partner = campaign
    view = PowerMapView(ws, c.id, today=TODAY)
    qtbot.addWidget(view)
    png = view.export_png(tmp_path / "map.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 1000
    svg = view.export_svg(tmp_path / "map.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "Key targets to move" in svg.read_text(encoding="utf-8")


@pytest.fixture
def moments(ws):
    c = campaigns.create(ws, name="Syria")
    late = milestones.create(
        ws, campaign_id=c.id, title="Submit statement", date=TODAY - dt.timedelta(days=3)
    )
    vote = milestones.create(
        ws,
        campaign_id=c.id,
        title="GA vote",
        kind="vote",
        date=TODAY + dt.timedelta(days=20),
        depends_on=[late.id],
    )
    done = milestones.create(
        ws, campaign_id=c.id, title="Briefing", date=TODAY - dt.timedelta(days=30), status="done"
    )
    return c, late, vote, done


def test_timeline_marks_an_overdue_milestone_in_words(qtbot, ws, moments):
    c, late, vote, done = moments
    view = TimelineView(ws, c.id, today=TODAY)
    qtbot.addWidget(view)
    assert view.item_flag(late.id) == "OVERDUE"
    assert view.items[late.id].label.startswith("OVERDUE · Submit statement")
    assert view.item_flag(vote.id) == "" and view.item_flag(done.id) == ""
    assert len(view.arrows) == 1
    assert "1 overdue" in view.summary.text()
    # the agenda says it too
    view.set_mode("agenda")
    statuses = [
        view.agenda.topLevelItem(i).child(j).text(4)
        for i in range(view.agenda.topLevelItemCount())
        for j in range(view.agenda.topLevelItem(i).childCount())
    ]
    assert "OVERDUE" in statuses


def test_timeline_drag_reschedules_and_click_activates(qtbot, ws, moments):
    c, _late, vote, _done = moments
    view = TimelineView(ws, c.id, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    item = view.items[vote.id]
    canvas = view.canvas
    start = canvas.mapFromScene(item.scenePos())
    days = 7
    end = start + QPoint(round(days * view.px_per_day), 0)
    with qtbot.waitSignal(view.milestone_moved, timeout=2000) as blocker:
        _drag(qtbot, canvas, start, end)
    assert blocker.args == [vote.id, vote.date, vote.date + dt.timedelta(days=days)]

    spot = canvas.mapFromScene(view.items[vote.id].scenePos())
    with qtbot.waitSignal(view.milestone_activated) as clicked:
        QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert clicked.args == [vote.id]


def test_timeline_zoom_keeps_dates_and_agenda_mode_switches(qtbot, ws, moments):
    c, late, _vote, _done = moments
    view = TimelineView(ws, c.id, today=TODAY)
    qtbot.addWidget(view)
    before = view.px_per_day
    view.zoom(2.0)
    assert view.px_per_day == pytest.approx(before * 2)
    assert view.date_at(view.items[late.id].pos().x()) == late.date
    view.set_mode("agenda")
    assert view.stack.currentWidget() is view.agenda


def test_shortest_path_is_highlighted_on_the_demo(qtbot, demo_ws):
    syria = campaigns.find(demo_ws, "Missing persons in Syria: an independent institution")
    caesar = stakeholders.find(demo_ws, "Caesar Families Association").id
    claire = stakeholders.find(demo_ws, "Claire Weber").id
    view = RelationshipMapView(demo_ws, campaign_id=syria.id)
    qtbot.addWidget(view)

    with qtbot.waitSignal(view.paths_found) as found:
        paths = view.highlight_path(caesar, claire)

    assert paths and found.args == [paths]
    assert paths == network.shortest_paths(demo_ws, caesar, claire)
    assert view.highlighted_nodes() == {x for p in paths for x in p}
    off_path = next(k for k in view.nodes if k not in view.highlighted_nodes())
    assert view.nodes[off_path].opacity() < 1.0
    assert "influences → Claire Weber" in view.path_text.text()
    view.clear_highlight()
    assert view.highlighted_nodes() == set()
