"""Relationships made, changed and removed in the app: the form, the stakeholder page, the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from planner.services import campaigns, positions, relationships, stakeholders
from ui.forms.relationship import RelationshipDialog, relationship_dialog
from ui.main_window import MainWindow
from ui.pages.campaign_tabs import RelationshipsTab
from ui.pages.stakeholder_relationships import RelationshipsPanel
from ui.pages.stakeholders import StakeholdersPage
from ui.views.relationship_map import LinkItem


@pytest.fixture
def people(ws):
    """A campaign with a legal NGO (partner) and a diplomat (target), not yet linked."""
    c = campaigns.create(ws, name="Missing persons")
    ngo = stakeholders.create(ws, name="Syrian Legal Development Programme", category="legal")
    diplomat = stakeholders.create(ws, name="Claire Weber", kind="person", country="Luxembourg")
    positions.create(ws, campaign_id=c.id, stakeholder_id=ngo.id, role="partner")
    positions.create(ws, campaign_id=c.id, stakeholder_id=diplomat.id, role="target")
    return c, ngo, diplomat


def button(parent: QWidget, text: str) -> QPushButton:
    [found] = [b for b in parent.findChildren(QPushButton) if b.text() == text]
    return found


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_save(qtbot, dialog: QDialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def pick(qtbot, dialog: RelationshipDialog, field: str, typed: str) -> None:
    """Type part of a name and choose the first suggestion, as a user does."""
    picker = dialog.editors[field]
    picker.widget.clear()
    qtbot.keyClicks(picker.widget, typed)
    picker.lookup_now()
    picker.completer.activated[str].emit(picker.model.stringList()[0])


def choose_kind(dialog: RelationshipDialog, kind: str | None) -> None:
    combo = dialog.editors["kind"].widget
    combo.setCurrentIndex(combo.findData(kind))


def relationships_tab(window: MainWindow, campaign_id: str) -> RelationshipsTab:
    tab = window.open_campaign(campaign_id, "relationships").tab("relationships")
    assert isinstance(tab, RelationshipsTab) and tab.built
    return tab


def test_a_relationship_made_in_the_form_is_listed_and_drawn_on_the_map(qtbot, window, ws, people):
    c, ngo, diplomat = people
    tab = relationships_tab(window, c.id)
    assert tab.view.edge_ids() == set()

    click(qtbot, button(tab, "Add relationship…"))
    dialog = tab.dialog
    assert isinstance(dialog, RelationshipDialog) and dialog.isVisible()
    pick(qtbot, dialog, "from_id", "Syrian Leg")
    choose_kind(dialog, "influences")
    pick(qtbot, dialog, "to_id", "Weber")
    qtbot.keyClicks(dialog.editors["note"].widget, "Legal briefings to the penholder's team.")
    assert dialog.sentence.text() == "Syrian Legal Development Programme influences Claire Weber"
    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    [made] = relationships.list_relationships(ws, ngo.id)
    assert (made.from_id, made.kind, made.to_id, made.note) == (
        ngo.id,
        "influences",
        diplomat.id,
        "Legal briefings to the penholder's team.",
    )
    assert tab.view.edge_ids() == {made.id}
    assert window.undo_action.text() == "Undo Add relationship"


def test_the_same_stakeholder_at_both_ends_is_refused_clearly_and_nothing_is_written(
    qtbot, window, ws, people
):
    _c, ngo, _diplomat = people
    dialog = relationship_dialog(window.ctx, parent=window, from_id=ngo.id)
    qtbot.addWidget(dialog)
    dialog.show()
    choose_kind(dialog, "allied_with")
    pick(qtbot, dialog, "to_id", "Syrian Leg")
    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "To is the same stakeholder as From: a relationship links two different ones. "
        "Nothing was saved."
    )
    assert dialog.editors["to_id"].widget.property("invalid") is True
    assert relationships.list_relationships(ws) == []
    assert window.ctx.undo_stack.count() == 0
    # the message does not squeeze the form: the note field keeps its height above it
    note = dialog.editors["note"].widget
    assert note.geometry().bottom() < dialog.sentence.geometry().top()


def test_a_missing_kind_is_refused_on_the_link_field_and_nothing_is_written(
    qtbot, window, ws, people
):
    _c, ngo, diplomat = people
    dialog = relationship_dialog(window.ctx, parent=window, from_id=ngo.id, to_id=diplomat.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.editors["kind"].value() is None  # a new link asks for a deliberate choice
    click_save(qtbot, dialog)
    assert "Link is required: choose how the two are linked" in dialog.error.text()
    assert dialog.editors["kind"].widget.property("invalid") is True
    assert relationships.list_relationships(ws) == []
    # choosing one saves, and the field is no longer marked
    choose_kind(dialog, "allied_with")
    click_save(qtbot, dialog)
    assert [r.kind for r in relationships.list_relationships(ws)] == ["allied_with"]
    assert dialog.editors["kind"].widget.property("invalid") is False


def test_a_name_typed_but_not_picked_is_refused_with_how_to_pick_it(qtbot, window, ws, people):
    dialog = relationship_dialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editors["from_id"].widget, "Nobody by this name")
    choose_kind(dialog, "works_at")
    click_save(qtbot, dialog)
    assert dialog.error.text().startswith("From is required: type a name and pick the stakeholder")
    assert relationships.list_relationships(ws) == []


def test_undo_removes_a_new_relationship_and_redo_restores_the_same_one(qtbot, window, ws, people):
    c, ngo, diplomat = people
    tab = relationships_tab(window, c.id)
    dialog = relationship_dialog(window.ctx, parent=window, from_id=ngo.id, to_id=diplomat.id)
    qtbot.addWidget(dialog)
    dialog.show()
    choose_kind(dialog, "influences")
    click_save(qtbot, dialog)
    [made] = relationships.list_relationships(ws)
    assert tab.view.edge_ids() == {made.id}

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert relationships.list_relationships(ws) == []
    assert relationships.get(ws, made.id, deleted=True).deleted_at is not None  # soft
    assert tab.view.edge_ids() == set()

    window.redo_action.trigger()
    assert [r.id for r in relationships.list_relationships(ws)] == [made.id]
    assert tab.view.edge_ids() == {made.id}


def test_the_stakeholder_page_lists_links_in_words_from_either_end(qtbot, window, ws, people):
    _c, ngo, diplomat = people
    relationships.create(ws, from_id=ngo.id, to_id=diplomat.id, kind="influences", note="Weekly")
    page: StakeholdersPage = window.show_page("stakeholders")
    page.select(ngo.id)
    assert page.relationships.lines() == ["Influences Claire Weber"]
    assert page.relationships.list.item(0).toolTip() == "Weekly"
    page.select(diplomat.id)
    assert page.relationships.lines() == ["Influenced by Syrian Legal Development Programme"]


def test_add_from_the_stakeholder_page_starts_at_the_selected_stakeholder(
    qtbot, window, ws, people
):
    _c, _ngo, diplomat = people
    page: StakeholdersPage = window.show_page("stakeholders")
    panel = page.relationships
    assert not panel.add_button.isEnabled()  # nobody selected yet
    page.select(diplomat.id)
    assert panel.lines() == ["No known links yet. Add who they work at, ally with or influence."]
    click(qtbot, panel.add_button)
    dialog = panel.dialog
    assert dialog.editors["from_id"].value() == diplomat.id
    choose_kind(dialog, "allied_with")
    pick(qtbot, dialog, "to_id", "Syrian")
    click_save(qtbot, dialog)
    assert panel.lines() == ["Allied with Syrian Legal Development Programme"]


def panel_on(window: MainWindow, stakeholder_id: str) -> RelationshipsPanel:
    """The stakeholder page showing one stakeholder, its first relationship selected."""
    page: StakeholdersPage = window.show_page("stakeholders")
    page.select(stakeholder_id)
    panel = page.relationships
    assert not panel.edit_button.isEnabled() and not panel.remove_button.isEnabled()
    panel.list.setCurrentRow(0)
    return panel


def test_edit_from_the_stakeholder_page_and_undo_it(qtbot, window, ws, people):
    _c, ngo, diplomat = people
    link = relationships.create(ws, from_id=ngo.id, to_id=diplomat.id, kind="influences")
    panel = panel_on(window, ngo.id)
    click(qtbot, panel.edit_button)
    dialog = panel.dialog
    assert dialog.windowTitle() == "Edit relationship"
    assert dialog.editors["to_id"].value() == diplomat.id
    choose_kind(dialog, "allied_with")
    click_save(qtbot, dialog)

    assert relationships.get(ws, link.id).kind == "allied_with"
    assert panel.lines() == ["Allied with Claire Weber"]
    assert window.undo_action.text() == "Undo Change link"
    window.undo_action.trigger()
    assert relationships.get(ws, link.id).kind == "influences"
    assert panel.lines() == ["Influences Claire Weber"]
    window.redo_action.trigger()
    assert relationships.get(ws, link.id).kind == "allied_with"


def test_remove_from_the_stakeholder_page_and_undo_brings_it_back(qtbot, window, ws, people):
    _c, ngo, diplomat = people
    link = relationships.create(ws, from_id=ngo.id, to_id=diplomat.id, kind="influences")
    panel = panel_on(window, diplomat.id)
    click(qtbot, panel.remove_button)
    assert relationships.list_relationships(ws) == []
    assert panel.lines() == ["No known links yet. Add who they work at, ally with or influence."]
    assert window.undo_action.text() == "Undo Remove relationship"
    window.undo_action.trigger()
    assert [r.id for r in relationships.list_relationships(ws)] == [link.id]
    assert panel.lines() == ["Influenced by Syrian Legal Development Programme"]


def test_swap_turns_the_direction_round(qtbot, window, people):
    _c, ngo, diplomat = people
    dialog = relationship_dialog(window.ctx, parent=window, from_id=diplomat.id, to_id=ngo.id)
    qtbot.addWidget(dialog)
    dialog.show()
    choose_kind(dialog, "works_at")
    assert dialog.sentence.text() == "Claire Weber works at Syrian Legal Development Programme"
    click(qtbot, dialog.swap)
    assert (dialog.editors["from_id"].value(), dialog.editors["to_id"].value()) == (
        ngo.id,
        diplomat.id,
    )
    assert dialog.sentence.text() == "Syrian Legal Development Programme works at Claire Weber"


def test_the_map_menus_add_from_a_stakeholder_and_remove_a_link(qtbot, window, ws, people):
    c, ngo, diplomat = people
    link = relationships.create(ws, from_id=ngo.id, to_id=diplomat.id, kind="influences")
    tab = relationships_tab(window, c.id)
    [add, _open] = tab.view.node_menu(diplomat.id).actions()
    assert add.text() == "Add relationship from here…"
    add.trigger()
    assert tab.dialog.editors["from_id"].value() == diplomat.id
    tab.dialog.reject()

    [edit, remove] = tab.view.link_menu(link.id).actions()
    assert edit.text() == "Edit relationship…"
    remove.trigger()
    assert relationships.list_relationships(ws) == []
    assert tab.view.edge_ids() == set()
    window.undo_action.trigger()
    assert tab.view.edge_ids() == {link.id}


def test_double_clicking_a_link_on_the_map_opens_it_in_the_form(qtbot, window, ws, people):
    c, ngo, diplomat = people
    link = relationships.create(ws, from_id=ngo.id, to_id=diplomat.id, kind="allied_with")
    tab = relationships_tab(window, c.id)
    [item] = [i for i in tab.view.scene.items() if isinstance(i, LinkItem)]
    canvas = tab.view.canvas
    middle = item.path().pointAtPercent(0.5)
    at: QPoint = canvas.mapFromScene(item.mapToScene(middle))
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)
    dialog = tab.dialog
    assert isinstance(dialog, RelationshipDialog)
    assert dialog.windowTitle() == "Edit relationship"
    assert dialog.editors["kind"].value() == "allied_with"
    assert link.id == relationships.list_relationships(ws)[0].id


def test_the_demo_stakeholder_page_shows_an_organisations_people_and_allies(qtbot, demo_ws):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.set_workspace(demo_ws)
    fff = stakeholders.find(demo_ws, "Families for Freedom")
    page: StakeholdersPage = win.show_page("stakeholders")
    page.select(fff.id)
    assert page.relationships.lines() == [
        "Employs Rima Haddad",
        "Allied with Caesar Families Association",
        "Allied with Syrian Legal Development Programme",
    ]
