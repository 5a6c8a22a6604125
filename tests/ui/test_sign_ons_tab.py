"""Sign-ons in the campaign's Voices tab: add a letter, sign it, withdraw, undo, all undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from planner.services import asks, campaigns, sign_ons, stakeholders


def _setup(ws):
    c = campaigns.create(ws, name="Missing persons in Syria")
    ask = asks.create(ws, campaign_id=c.id, text="Create an independent institution")
    amnesty = stakeholders.create(ws, name="Amnesty International", name_consent="public")
    return c, ask, amnesty


def _tab(qtbot, window, campaign_id):
    view = window.open_campaign(campaign_id, "voices")
    tab = view.tab("voices").sign_ons
    qtbot.waitUntil(lambda: tab.built)
    return tab


def _dialog(tab):
    QApplication.processEvents()
    assert tab.dialog is not None and tab.dialog.isVisible()
    return tab.dialog


def test_add_a_letter_for_an_ask_and_a_signatory_then_undo_both(qtbot, window, ws):
    c, ask, amnesty = _setup(ws)
    tab = _tab(qtbot, window, c.id)
    assert tab.stack.currentWidget() is tab.empty
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab)
    qtbot.keyClicks(dialog.editors["title"].widget, "Joint letter to the GA")
    combo = dialog.editors["ask_id"].widget
    combo.setCurrentIndex(combo.findData(ask.id))
    dialog.save()
    assert not dialog.isVisible()
    ((record, count),) = sign_ons.list_sign_ons(ws, c.id)
    assert (record.title, record.ask_id, count) == ("Joint letter to the GA", ask.id, 0)
    assert record.date is None  # left empty: no date, not today
    top = tab.tree.topLevelItem(0)
    assert top.text(0) == "Joint letter to the GA" and top.text(3) == ask.text
    tab.tree.setCurrentItem(top)
    assert tab.sign_button.isEnabled()
    qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab)
    picker = dialog.editors["stakeholder_id"]
    picker.set_value(amnesty.id)  # as picking it from the type-ahead list does
    dialog.save()
    assert not dialog.isVisible()
    assert [s.stakeholder.id for s in sign_ons.signatories(ws, record.id)] == [amnesty.id]
    assert tab.tree.topLevelItem(0).child(0).text(0) == "Amnesty International"
    assert tab.tree.topLevelItem(0).text(4) == "1"

    stack = window.ctx.undo_stack
    stack.undo()  # the signature
    assert sign_ons.signatories(ws, record.id) == []
    assert tab.tree.topLevelItem(0).childCount() == 0
    stack.undo()  # the letter
    assert sign_ons.list_sign_ons(ws, c.id) == []
    assert tab.stack.currentWidget() is tab.empty
    stack.redo()
    stack.redo()
    assert len(sign_ons.signatories(ws, record.id)) == 1


def test_signing_twice_is_refused_in_the_form_and_nothing_saved(qtbot, window, ws):
    c, _ask, amnesty = _setup(ws)
    letter = sign_ons.create_sign_on(ws, c.id, title="Statement")
    sign_ons.sign(ws, letter.id, amnesty.id)
    tab = _tab(qtbot, window, c.id)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    tab.add_signatory()
    dialog = _dialog(tab)
    picker = dialog.editors["stakeholder_id"]
    picker.set_value(amnesty.id)  # as picking it from the type-ahead list does
    dialog.save()
    assert dialog.isVisible()  # stays open with the reason
    assert picker.focus_widget.property("invalid") is True
    assert "already signed" in dialog.findChild(QLabel, "formError").text()
    assert len(sign_ons.signatories(ws, letter.id)) == 1


def test_withdraw_a_signature_and_remove_a_letter_are_undoable(qtbot, window, ws):
    c, _ask, amnesty = _setup(ws)
    letter = sign_ons.create_sign_on(ws, c.id, title="Statement")
    sign_ons.sign(ws, letter.id, amnesty.id)
    tab = _tab(qtbot, window, c.id)
    child = tab.tree.topLevelItem(0).child(0)
    tab.tree.setCurrentItem(child)
    assert tab.remove_button.text() == "Withdraw signature"
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert sign_ons.signatories(ws, letter.id) == []
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert sign_ons.list_sign_ons(ws, c.id) == []
    window.ctx.undo_stack.undo()
    window.ctx.undo_stack.undo()
    assert [(x.title, n) for x, n in sign_ons.list_sign_ons(ws, c.id)] == [("Statement", 1)]
    assert tab.tree.topLevelItem(0).child(0).text(0) == "Amnesty International"


def test_the_count_says_one_sign_on_then_two(qtbot, window, ws):
    c, _ask, _amnesty = _setup(ws)
    sign_ons.create_sign_on(ws, c.id, title="Statement")
    tab = _tab(qtbot, window, c.id)
    assert tab.count.text() == "1 sign-on (joint letter, statement, endorsement)"
    sign_ons.create_sign_on(ws, c.id, title="Second letter")
    tab.refresh()
    assert tab.count.text() == "2 sign-ons (joint letters, statements, endorsements)"
