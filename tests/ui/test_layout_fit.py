"""Text that fits: the new-user trial's clipped buttons, squeezed legend, hidden tabs,
narrow combos, misleading defaults, and controls drawn too faintly to see.

Each test measures what a user sees at the trial's window size (1280 × 800), in the
language where it went wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionSpinBox,
    QToolButton,
    QWidget,
)

from planner.services import campaigns
from ui import theme, translation
from ui.main_window import MainWindow

TRIAL_SIZE = (1280, 800)


@pytest.fixture(autouse=True)
def light_english_after() -> Iterator[None]:
    """Language and theme are app-wide: put them back after each test."""
    yield
    app = QApplication.instance()
    translation.install(app, "en")
    theme.apply(app, dark=False)


def open_window(qtbot, ws=None, lang: str = "en") -> MainWindow:
    """The main window at the trial's size, in ``lang``, on ``ws`` (None: welcome screen)."""
    app = QApplication.instance()
    translation.install(app, lang)
    theme.apply(app, dark=False)
    QSettings().setValue("tour/offered", "true")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(*TRIAL_SIZE)
    win.show()
    qtbot.waitExposed(win)
    if ws is not None:
        win.set_workspace(ws)
    return win


def settle(qtbot) -> None:
    qtbot.wait(30)
    QApplication.processEvents()


def campaign_id(ws, word: str) -> str:
    return next(c.id for c in campaigns.list_campaigns(ws) if word in c.name)


def fits_its_text(label: QLabel) -> bool:
    """A label is tall enough for its (wrapped) text, and wide enough when it cannot wrap."""
    if label.wordWrap():
        return label.height() >= label.heightForWidth(label.width())
    return label.width() >= label.sizeHint().width() and label.height() >= (
        label.sizeHint().height()
    )


# -- 1. welcome screen --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_welcome_buttons_show_both_lines_whole(qtbot, lang):
    win = open_window(qtbot, lang=lang)
    settle(qtbot)
    for button in (win.welcome.demo_button, win.welcome.new_button, win.welcome.open_button):
        title, detail = button.title, button.detail
        inside = button.contentsRect()
        for label in (title, detail):
            # tall enough for every wrapped line, descenders (g, p, y) included
            assert fits_its_text(label), (lang, label.text(), label.size())
            assert inside.contains(label.geometry()), (lang, label.text())
        assert button.height() >= button.heightForWidth(button.width())
        assert button.accessibleName() == title.text()


def test_welcome_button_still_clicks_through_its_text(qtbot):
    win = open_window(qtbot)
    with qtbot.waitSignal(win.welcome.open_demo, timeout=1000):
        qtbot.mouseClick(
            win.welcome.demo_button.detail, Qt.MouseButton.LeftButton
        )  # a click on the words is a click on the button


# -- 2. timeline legend -------------------------------------------------------------------


@pytest.mark.parametrize("width", [TRIAL_SIZE[0], 1000])
def test_timeline_legend_is_whole_and_clear_of_the_counts(qtbot, demo_ws, width):
    win = open_window(qtbot, demo_ws)
    win.resize(width, TRIAL_SIZE[1])
    page = win.show_page("timeline")
    settle(qtbot)
    legend, summary = page.view.legend, page.view.summary
    assert fits_its_text(legend)
    assert fits_its_text(summary)
    assert not rect_in(legend, page.view).intersects(rect_in(summary, page.view))
    assert "deadline" in legend.text() and "anniversary" in legend.text()


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    """``widget``'s rectangle in ``ancestor``'s coordinates."""
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


# -- 3. engagements filter ----------------------------------------------------------------


def combo_text_room(combo: QComboBox) -> int:
    """Width the combo gives its current text (its edit field, as the style lays it out)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


def test_engagements_campaign_filter_shows_its_whole_text(qtbot, demo_ws):
    win = open_window(qtbot, demo_ws)
    page = win.show_page("engagements")
    settle(qtbot)
    combo = page.campaign
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        settle(qtbot)
        text = combo.currentText()
        assert combo.fontMetrics().horizontalAdvance(text) <= combo_text_room(combo), text


# -- 4. French campaign tabs ---------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "es", "ar", "en"])
def test_every_campaign_tab_is_in_sight_at_the_default_size(qtbot, demo_ws, lang):
    win = open_window(qtbot, demo_ws, lang)
    workspace = win.open_campaign(campaign_id(demo_ws, "Sudan"), "people")
    settle(qtbot)
    bar = workspace.tabs.tabBar()
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert arrows == []
    for i in range(bar.count()):
        rect = bar.tabRect(i)
        assert bar.rect().contains(rect), (lang, bar.tabText(i), rect, bar.rect())
        assert rect.width() >= bar.tabSizeHint(i).width(), (lang, bar.tabText(i))  # not elided


def test_a_narrow_window_shortens_tab_titles_rather_than_hiding_tabs(qtbot, demo_ws):
    win = open_window(qtbot, demo_ws, "fr")
    win.resize(900, 700)
    workspace = win.open_campaign(campaign_id(demo_ws, "Sudan"), "people")
    settle(qtbot)
    bar = workspace.tabs.tabBar()
    assert all(bar.rect().contains(bar.tabRect(i)) for i in range(bar.count()))
    assert bar.tabToolTip(bar.count() - 1) == bar.tabText(bar.count() - 1)


# -- 5. French buttons ---------------------------------------------------------------------


def test_relationship_card_buttons_fit_their_french_text(qtbot, demo_ws):
    win = open_window(qtbot, demo_ws, "fr")
    page = win.show_page("stakeholders")
    settle(qtbot)
    panel = page.relationships
    for button in (panel.add_button, panel.edit_button, panel.remove_button):
        assert button.width() >= button.sizeHint().width(), (button.text(), button.width())
    assert panel.remove_button.text() == "Supprimer"


def painted_font(button) -> QFont:
    """The font a main action is painted with: the stylesheet makes it semibold."""
    font = QFont(button.font())
    font.setWeight(QFont.Weight.DemiBold)
    return font


def test_stakeholder_form_save_button_fits_enregistrer(qtbot, demo_ws):
    from ui.context import WorkspaceContext
    from ui.forms.stakeholder import stakeholder_dialog

    open_window(qtbot, demo_ws, "fr")
    dialog = stakeholder_dialog(WorkspaceContext(demo_ws))
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Enregistrer"
    option = QStyleOptionButton()
    save.initStyleOption(option)
    room = save.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, save)
    need = QFontMetrics(painted_font(save)).horizontalAdvance(save.text())
    assert need <= room.width(), (need, room)
    assert save.font().weight() >= QFont.Weight.DemiBold  # sized with the font it shows


# -- 6. relationship map ---------------------------------------------------------------------


def test_relationship_pickers_start_empty_and_the_map_fits_the_width(qtbot, demo_ws):
    win = open_window(qtbot, demo_ws)
    workspace = win.open_campaign(campaign_id(demo_ws, "Sudan"), "relationships")
    settle(qtbot)
    view = workspace.tab("relationships").view
    for box in (view.from_box, view.to_box):
        assert box.currentIndex() == -1
        assert box.currentData() is None
        assert box.placeholderText() == "Choose…"
    assert not view.find_button.isEnabled()
    shown = view.canvas.mapFromScene(view.scene.sceneRect()).boundingRect()
    assert shown.width() <= view.canvas.viewport().width()
    assert view.zoom() <= 1.0

    view.from_box.setCurrentIndex(0)
    assert not view.find_button.isEnabled()  # still needs a To
    view.to_box.setCurrentIndex(1)
    assert view.find_button.isEnabled()


def test_showing_paths_sets_both_pickers_and_clearing_keeps_them(qtbot, demo_ws):
    win = open_window(qtbot, demo_ws)
    workspace = win.open_campaign(campaign_id(demo_ws, "Sudan"), "relationships")
    settle(qtbot)
    view = workspace.tab("relationships").view
    edge = view.graph.edges[0]
    view.highlight_path(edge.from_id, edge.to_id)
    assert (view.from_box.currentData(), view.to_box.currentData()) == (edge.from_id, edge.to_id)
    view.clear_highlight()
    assert view.from_box.currentData() == edge.from_id


# -- 7. spin boxes and check boxes -----------------------------------------------------------


@pytest.mark.parametrize("dark", [False, True])
def test_every_image_the_stylesheet_names_exists(dark):
    sheet = theme.stylesheet(dark)
    urls = re.findall(r'url\("?([^")]+)"?\)', sheet)
    assert any("chevron-up" in u for u in urls) and any("check-" in u for u in urls)
    for url in urls:
        assert Path(url).is_file(), url
    assert "@" not in "".join(urls)  # every token was filled in
    for rule in ("QAbstractSpinBox::up-button", "QAbstractSpinBox::up-arrow", "::indicator"):
        assert rule in sheet


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def strongest_contrast(image: QImage, rect, background: QColor) -> float:
    return max(
        contrast(image.pixelColor(x, y), background)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )


@pytest.mark.parametrize("dark", [True, False])
def test_an_unticked_check_box_stands_out_from_its_background(qtbot, dark):
    theme.apply(QApplication.instance(), dark=dark)
    host = QWidget()
    qtbot.addWidget(host)
    box = QCheckBox("Women-led", host)
    host.resize(200, 40)
    host.show()
    settle(qtbot)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    background = QColor(theme.colours(dark)["window"])
    # the indicator's edge must read as a control (WCAG asks 3:1 for such graphics)
    assert strongest_contrast(image, indicator, background) >= 3.0


def test_add_moments_year_box_arrows_are_drawn(qtbot, demo_ws):
    from ui.context import WorkspaceContext
    from ui.dialogs.add_moments import AddMomentsDialog

    theme.apply(QApplication.instance(), dark=True)
    dialog = AddMomentsDialog(WorkspaceContext(demo_ws), year=2026)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    year = dialog.year
    option = QStyleOptionSpinBox()
    year.initStyleOption(option)
    image = year.grab().toImage()
    field = QColor(theme.colours(True)["input"])
    for sub in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
        rect = year.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, sub, year)
        assert rect.width() >= 12 and rect.height() >= 8, rect
        inner = rect.adjusted(3, 2, -3, -2)  # the arrow, not the button's border
        assert strongest_contrast(image, inner, field) >= 3.0, sub


# -- 8. People tab sort indicator --------------------------------------------------------------


def test_people_tab_header_marks_the_order_the_rows_are_in(qtbot, demo_ws):
    from ui.pages.campaign_workspace import PEOPLE_COLUMNS

    win = open_window(qtbot, demo_ws)
    workspace = win.open_campaign(campaign_id(demo_ws, "Sudan"), "people")
    settle(qtbot)
    tab = workspace.tab("people")
    header = tab.table.horizontalHeader()
    column = PEOPLE_COLUMNS[header.sortIndicatorSection()]
    assert column.key == "influence"
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    influence = [tab.model.record(r).position.influence or 0 for r in range(tab.model.rowCount())]
    assert influence == sorted(influence, reverse=True)

    tab.refresh()  # a change elsewhere reloads the rows: still in the order shown
    again = [tab.model.record(r).position.influence or 0 for r in range(tab.model.rowCount())]
    assert again == influence
