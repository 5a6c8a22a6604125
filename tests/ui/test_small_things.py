"""The new-user trial's small things: words instead of stored values, whose record a dialog
edits, every form error at once, duplicate names, kept selections, history, timeline."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from planner.services import stakeholders
from ui.main_window import MainWindow


@pytest.fixture
def demo_window(qtbot, demo_ws):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.set_workspace(demo_ws)
    yield win
    win.close_workspace(forget=False)
    win.guard.shutdown()


def quick_results(win: MainWindow, qtbot, text: str) -> list:
    win.quick_search()
    search = win.quick_search_dialog
    qtbot.keyClicks(search.input, text)
    search.run_search()
    return [search.results.topLevelItem(i) for i in range(search.results.topLevelItemCount())]


def test_ctrl_k_shows_categories_in_words_not_stored_values(qtbot, demo_window):
    rows = quick_results(demo_window, qtbot, "women")
    texts = [r.text(0) for r in rows]
    assert not any("womens_group" in t or "local_civil_society" in t for t in texts)
    assert any("Women's group" in t for t in texts), texts


def test_ctrl_k_marks_a_confidential_hit_with_the_lock(qtbot, demo_window, demo_ws):
    secret = next(
        s
        for s in stakeholders.list_stakeholders(demo_ws, stakeholders.StakeholderFilter())
        if s.sensitivity == "confidential"
    )
    rows = quick_results(demo_window, qtbot, secret.name)
    hit = next(r for r in rows if r.text(0).startswith(secret.name))
    assert not hit.icon(0).isNull()
    assert "Confidential" in hit.toolTip(0)
    public = next(
        s
        for s in stakeholders.list_stakeholders(demo_ws, stakeholders.StakeholderFilter())
        if s.sensitivity == "public"
    )
    demo_window.quick_search_dialog.input.clear()
    rows = quick_results(demo_window, qtbot, public.name)
    hit = next(r for r in rows if r.text(0).startswith(public.name))
    assert hit.icon(0).isNull()
    QApplication.processEvents()
