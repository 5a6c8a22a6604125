"""Table text that is never cut: words in full, free text elided with its tooltip.

Measured at the size of the new-user trial (1400 px wide) on the demo workspace.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableView, QToolTip

from planner.services import campaigns
from ui import theme, translation
from ui.main_window import MainWindow
from ui.pages.column_fit import is_elided, plan_widths

WIDTH = 1400


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    translation.install(QApplication.instance(), "en")


def open_window(qtbot, ws, lang: str = "en") -> MainWindow:
    app = QApplication.instance()
    translation.install(app, lang)
    theme.apply(app, dark=False)
    QSettings().setValue("tour/offered", "true")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(WIDTH, 900)
    win.show()
    qtbot.waitExposed(win)
    win.set_workspace(ws)
    return win


def settle(qtbot) -> None:
    qtbot.wait(40)
    QApplication.processEvents()


def column(view: QTableView, key: str) -> int:
    model = view.model()
    source = model.sourceModel() if hasattr(model, "sourceModel") else model
    return next(i for i, c in enumerate(source.columns) if c.key == key)


def cut_cells(view: QTableView, key: str) -> list[str]:
    model = view.model()
    col = column(view, key)
    return [
        model.index(r, col).data()
        for r in range(model.rowCount())
        if is_elided(view, model.index(r, col))
    ]


def people_table(qtbot, ws, lang: str = "en") -> QTableView:
    win = open_window(qtbot, ws, lang)
    sudan = next(c.id for c in campaigns.list_campaigns(ws) if "Sudan" in c.name)
    tab = win.open_campaign(sudan, "people").tab("people")
    settle(qtbot)
    return tab.table


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_stance_influence_and_interest_words_are_never_cut(qtbot, demo_ws, lang):
    table = people_table(qtbot, demo_ws, lang)
    for key in ("stance", "influence", "interest", "role", "last"):
        assert cut_cells(table, key) == [], key


def test_people_fit_the_width_without_a_horizontal_scroll(qtbot, demo_ws):
    table = people_table(qtbot, demo_ws)
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    next_step = column(table, "next")
    assert header.sectionViewportPosition(next_step) + 100 < table.viewport().width()


def test_a_cut_next_step_shows_its_whole_text_as_a_tooltip(qtbot, demo_ws):
    table = people_table(qtbot, demo_ws)
    table.setColumnWidth(column(table, "next"), 120)
    model = table.model()
    row = next(
        r
        for r in range(model.rowCount())
        if is_elided(table, model.index(r, column(table, "next")))
    )
    index = model.index(row, column(table, "next"))
    where = table.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, table.viewport().mapToGlobal(where))
    QApplication.sendEvent(table.viewport(), event)
    assert QToolTip.text() == index.data()
    QToolTip.hideText()


def test_campaign_names_are_whole_when_the_list_has_room(qtbot, demo_ws):
    win = open_window(qtbot, demo_ws)
    page = win.show_page("campaigns")
    settle(qtbot)
    table = page.table
    assert cut_cells(table, "name") == []
    assert table.horizontalScrollBar().maximum() == 0


def test_engagements_show_the_whole_follow_up_date(qtbot, demo_ws):
    win = open_window(qtbot, demo_ws)
    page = win.show_page("engagements")
    settle(qtbot)
    table = page.table
    follow = column(table, "follow_up")
    assert cut_cells(table, "follow_up") == []
    assert cut_cells(table, "date") == []
    right = table.horizontalHeader().sectionViewportPosition(follow) + table.columnWidth(follow)
    assert right <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0


def test_word_columns_keep_their_width_and_free_text_shares_the_rest():
    # two word columns (100, 80) and two free-text ones wanting 900 and 150, in 600 px
    widths = plan_widths([100, 900, 80, 150], [False, True, False, True], 600, None)
    assert widths[0] == 100 and widths[2] == 80
    assert widths[3] == 150  # the short free text fits whole
    assert widths[1] == 600 - 100 - 80 - 150  # the long one takes what is left


def test_a_crowded_list_scrolls_sideways_rather_than_cutting_names_to_stubs(qtbot, demo_ws):
    win = open_window(qtbot, demo_ws)
    page = win.show_page("stakeholders")
    settle(qtbot)
    table = page.table
    assert table.columnWidth(column(table, "name")) >= 280
    for key in ("kind", "category", "sensitivity", "country"):
        assert cut_cells(table, key) == [], key


def test_free_text_never_drops_below_a_readable_width():
    widths = plan_widths([100, 900, 500], [False, True, True], 400, [None, 280, 200])
    assert widths == [100, 280, 200]  # the table scrolls; each keeps its declared width
