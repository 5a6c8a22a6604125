"""Optional dates stay empty until the user picks a day: every form, read back from disk.

A follow-up the user never chose, saved as today, puts a false "due today" on the
dashboard; an end date nobody set reads "2 Dec 2026 – 2 Dec 2026". These tests fill only
the required fields of each form, save it, and read the record back through the service.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from planner.planning.dashboard import dashboard
from planner.services import asks, campaigns, interactions, milestones, quotes
from ui.context import WorkspaceContext
from ui.forms.ask import ask_dialog
from ui.forms.campaign import campaign_dialog
from ui.forms.entity_dialog import EntityDialog
from ui.forms.fields import DateEditor
from ui.forms.interaction import interaction_dialog
from ui.forms.milestone import milestone_dialog
from ui.forms.quote import quote_dialog


@pytest.fixture
def ctx(ws) -> WorkspaceContext:
    return WorkspaceContext(ws)


@pytest.fixture
def campaign_id(ws) -> str:
    return campaigns.create(ws, name="Missing persons in Syria").id


def _save(qtbot, dialog: EntityDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.save()
    assert dialog.result() == EntityDialog.DialogCode.Accepted, dialog.error.text()


def _open_and_close_popup(qtbot, editor: DateEditor) -> None:
    """Open the calendar popup as a user does (its arrow), look, and leave with Esc."""
    edit = editor.edit
    arrow = QPoint(edit.width() - 8, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    popup = editor.edit.calendarWidget().window()
    qtbot.waitUntil(popup.isVisible)
    assert editor.edit.calendarWidget().monthShown() == dt.date.today().month
    qtbot.keyClick(editor.edit.calendarWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())


def test_untouched_campaign_dates_save_as_empty(qtbot, ctx, ws):
    dialog = campaign_dialog(ctx)
    qtbot.keyClicks(dialog.editors["name"].widget, "Protection of civilians in Sudan")
    _save(qtbot, dialog)
    saved = campaigns.get(ws, dialog.result_record.id)
    assert (saved.start_date, saved.end_date) == (None, None)


def test_campaign_end_date_looked_at_in_the_popup_and_left_stays_empty(qtbot, ctx, ws):
    dialog = campaign_dialog(ctx)
    qtbot.keyClicks(dialog.editors["name"].widget, "Protection of civilians in Sudan")
    qtbot.addWidget(dialog)
    dialog.show()
    _open_and_close_popup(qtbot, dialog.editors["end_date"])
    _save(qtbot, dialog)
    assert campaigns.get(ws, dialog.result_record.id).end_date is None


def test_untouched_follow_up_saves_as_no_follow_up_and_is_not_due(qtbot, ctx, ws, campaign_id):
    dialog = interaction_dialog(ctx, campaign_id)
    qtbot.keyClicks(dialog.editors["summary"].widget, "Met the mission's political coordinator")
    _save(qtbot, dialog)
    saved = interactions.get(ws, dialog.result_record.id)
    assert saved.follow_up_date is None
    assert dashboard(ws, dt.date.today()).follow_ups == []  # nothing shown as due


def test_follow_up_picked_then_cleared_saves_as_empty(qtbot, ctx, ws, campaign_id):
    dialog = interaction_dialog(ctx, campaign_id)
    qtbot.keyClicks(dialog.editors["summary"].widget, "Call with the rapporteur's office")
    editor = dialog.editors["follow_up_date"]
    editor.set_value(dt.date.today() + dt.timedelta(days=7))
    qtbot.mouseClick(editor.clear_button, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)
    assert interactions.get(ws, dialog.result_record.id).follow_up_date is None


def test_arrow_key_on_an_empty_follow_up_picks_today_not_1900(qtbot, ctx, campaign_id):
    dialog = interaction_dialog(ctx, campaign_id)
    qtbot.addWidget(dialog)
    editor = dialog.editors["follow_up_date"]
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Up)
    assert editor.value() == dt.date.today()


def test_untouched_milestone_end_saves_as_same_day(qtbot, ctx, ws, campaign_id):
    dialog = milestone_dialog(ctx, campaign_id)
    qtbot.keyClicks(dialog.editors["title"].widget, "Security Council open debate")
    _save(qtbot, dialog)
    saved = milestones.get(ws, dialog.result_record.id)
    assert saved.end_date is None
    assert saved.date == dt.date.today()  # the required date keeps its default


def test_untouched_achieved_on_saves_as_empty(qtbot, ctx, ws, campaign_id):
    dialog = ask_dialog(ctx, campaign_id)
    qtbot.keyClicks(dialog.editors["text"].widget, "Vote yes on the resolution")
    _save(qtbot, dialog)
    assert asks.get(ws, dialog.result_record.id).achieved_on is None


def test_untouched_quote_date_saves_as_empty(qtbot, ctx, ws, campaign_id):
    dialog = quote_dialog(ctx, campaign_id)
    qtbot.keyClicks(dialog.editors["text"].widget, "We only want to know where they are.")
    _save(qtbot, dialog)
    assert quotes.get(ws, dialog.result_record.id).date is None


def test_every_optional_date_in_every_form_starts_empty(ctx, campaign_id):
    """A new optional date field added to any form is covered too."""
    dialogs = [
        campaign_dialog(ctx),
        interaction_dialog(ctx, campaign_id),
        milestone_dialog(ctx, campaign_id),
        ask_dialog(ctx, campaign_id),
        quote_dialog(ctx, campaign_id),
    ]
    optional = {
        (d.windowTitle(), name): e.value()
        for d in dialogs
        for name, e in d.editors.items()
        if isinstance(e, DateEditor) and e.optional
    }
    assert len(optional) == 6
    assert set(optional.values()) == {None}
    for d in dialogs:
        d.deleteLater()
    QApplication.processEvents()
