"""The whip count and strategy views, on real workspaces, driven as a user would."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.security_council import council_on
from planner.planning import strategy, vote_count
from planner.services import campaigns, milestones, positions, votes
from ui.views.strategy_view import StrategyView, plan_html
from ui.views.whip_count import WhipCountView


@pytest.fixture
def vote(ws):
    campaign = campaigns.create(ws, name="Missing persons in Syria", objective="An institution")
    m = milestones.create(
        ws, campaign_id=campaign.id, title="GA vote", kind="vote", date=dt.date(2023, 6, 29)
    )
    ids = vote_count.seed_member_states(ws)
    for iso3, exp, _act in (
        ("LUX", "yes", "yes"),
        ("QAT", "abstain", "yes"),
        ("SYR", "no", "no"),
        ("RUS", "no", "no"),
    ):
        votes.create(ws, milestone_id=m.id, stakeholder_id=ids[iso3], expected=exp)
    positions.create(ws, campaign_id=campaign.id, stakeholder_id=ids["KWT"], owner="Jonas")
    return m, ids


def test_whip_count_shows_projection_needed_and_undecided_with_owner(qtbot, ws, vote):
    m, _ids = vote
    view = WhipCountView(ws, m.id)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 193
    assert "2 more yes needed" in view.verdict.text()
    assert not view.actual_bar.isVisibleTo(view)
    assert "Jonas: Kuwait" in view.undecided.text()
    view.position_filter.setCurrentIndex(view.position_filter.findData("no"))
    assert [r.state.short_name for r in view.model.rows] == ["Russia", "Syria"]
    view.group_filter.setCurrentIndex(view.group_filter.findData("eastern_european"))
    assert [r.state.short_name for r in view.model.rows] == ["Russia"]
    assert view.shown.text() == "1 of 193 states"


def test_whip_count_after_the_vote_compares_expected_and_actual(qtbot, ws, vote):
    m, ids = vote
    vote_count.set_positions(
        ws, m.id, {ids["LUX"]: "yes", ids["QAT"]: "yes", ids["SYR"]: "no"}, field="actual"
    )
    view = WhipCountView(ws, m.id)
    qtbot.addWidget(view)
    assert view.actual_bar.isVisibleTo(view)
    assert view.actual_bar.counts.yes == 2
    assert "Adopted" in view.verdict.text()
    view.position_filter.setCurrentIndex(view.position_filter.findData("surprise"))
    # Qatar voted yes (expected abstain); Russia was expected no but recorded nothing: absent
    names = [r.state.short_name for r in view.model.rows]
    assert names == ["Qatar", "Russia"]
    qatar = view.model.index(0, 4)
    assert view.model.data(qatar) == "Yes  ≠ expected"


def test_double_click_on_a_state_reports_its_stakeholder(qtbot, ws, vote):
    m, ids = vote
    view = WhipCountView(ws, m.id)
    qtbot.addWidget(view)
    view.show()
    view.group_filter.setCurrentIndex(view.group_filter.findData("none"))
    with qtbot.waitSignal(view.state_activated) as signal:
        view.table.doubleClicked.emit(view.model.index(0, 0))
    assert signal.args == [ids["KIR"]]


def test_strategy_view_lays_out_the_plan_and_reports_clicks(qtbot, demo_ws):
    campaign = campaigns.find(demo_ws, "Protection of civilians in Myanmar")
    view = StrategyView(demo_ws, campaign.id)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.plan is not None)  # built in the background
    text = view.browser.toPlainText()
    assert "Objective" in text and "Targets to move" in text and "Next moments" in text
    first = view.plan.targets[0]
    assert first.stakeholder.name in text
    with qtbot.waitSignal(view.stakeholder_activated) as signal:
        view.browser.anchorClicked.emit(f"stakeholder:{first.stakeholder.id}")
    assert signal.args == [first.stakeholder.id]


def test_strategy_html_escapes_user_text(ws):
    c = campaigns.create(ws, name="<script>x</script>", objective="a & b")
    html = plan_html(strategy.build_plan(ws, c.id))
    assert "<script>" not in html and "&lt;script&gt;" in html and "a &amp; b" in html


def test_views_render_without_a_workspace(qtbot):
    whip, page = WhipCountView(), StrategyView()
    qtbot.addWidget(whip)
    qtbot.addWidget(page)
    whip.refresh()
    page.refresh()
    assert whip.model.rowCount() == 0
    assert whip.tally is None and page.plan is None


def test_votes_tab_counts_resolution_2736_over_the_fifteen_council_members(qtbot, demo_ws):
    from PySide6.QtWidgets import QApplication

    from ui import theme
    from ui.main_window import MainWindow

    theme.apply(QApplication.instance(), dark=False)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.set_workspace(demo_ws)
    sudan = campaigns.find(demo_ws, "Humanitarian access in Sudan")
    tab = win.open_campaign(sudan.id, "votes").show_tab("votes")
    assert "2736" in tab.picker.currentText()
    view = tab.view
    assert view.model.rowCount() == 15
    assert view.shown.text() == "15 of 15 members"
    assert "Security Council in 2024: 15 members (5 permanent)" in view.rule.text()
    verdict = view.verdict.text()
    assert "Adopted" in verdict and "14 in favour, 0 against, 1 abstention" in verdict
    assert "193" not in verdict and "1 of 15 members undecided" in verdict
    assert view.groups_heading.text() == "By seat"
    assert view.actual_bar.counts.as_dict() == {
        "yes": 14, "no": 0, "abstain": 1, "absent": 0, "unknown": 0,
    }  # fmt: skip
    assert view.expected_bar.threshold == 9
    names = [view.model.data(view.model.index(r, 0)) for r in range(5)]
    assert names == ["China", "France", "Russian Federation", "United Kingdom", "United States"]
    assert view.model.data(view.model.index(2, 4)) == "Abstain"
    view.group_filter.setCurrentIndex(view.group_filter.findData("elected"))
    assert view.model.rowCount() == 10 and view.shown.text() == "10 of 15 members"
    # back to the Assembly vote of another campaign: 193 states by regional group again
    syria = campaigns.find(demo_ws, "Missing persons in Syria: an independent institution")
    ga = win.open_campaign(syria.id, "votes").show_tab("votes").view
    assert ga.model.rowCount() == 193 and ga.groups_heading.text() == "By regional group"
    assert "General Assembly: 193 member states" in ga.rule.text()
    win.close_workspace(forget=False)
    win.guard.shutdown()


def test_whip_count_names_a_permanent_members_veto(qtbot, ws):
    campaign = campaigns.create(ws, name="Sudan")
    m = milestones.create(
        ws, campaign_id=campaign.id, title="Security Council vote on a draft on Sudan",
        kind="vote", date=dt.date(2025, 3, 1),
    )  # fmt: skip
    ids = vote_count.seed_member_states(ws)
    record = {ids[s.iso3]: "yes" for s in council_on(m.date).members}
    record[ids["RUS"]] = "no"
    vote_count.set_positions(ws, m.id, record, field="actual")
    view = WhipCountView(ws, m.id)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 15
    assert "Not adopted: vetoed by Russian Federation" in view.verdict.text()
    assert "14 in favour, 1 against" in view.verdict.text()


def test_strategy_is_prepared_in_the_background_and_a_newer_refresh_wins(qtbot, demo_ws):
    campaign = campaigns.find(demo_ws, "Protection of civilians in Myanmar")
    view = StrategyView(demo_ws, campaign.id)
    qtbot.addWidget(view)
    assert view.plan is None  # the window is not held while routes are computed
    assert "Preparing the strategy" in view.browser.toPlainText()
    campaigns.update(demo_ws, campaign.id, objective="A newer objective, set meanwhile")
    view.refresh()
    qtbot.waitUntil(lambda: view.plan is not None)
    qtbot.wait(200)  # let the first, older build land too: it must not overwrite
    assert "A newer objective, set meanwhile" in view.browser.toPlainText()
