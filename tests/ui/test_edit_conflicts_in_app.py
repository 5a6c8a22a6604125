"""Two people edit one record: a stale save in the GUI asks Reload or Overwrite.

Two real sessions on one workspace (the same SQLite file opened twice, or the same
database of the test PostgreSQL server): the colleague saves through the services while
the user's form is open on the version read before.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from planner.services import campaigns, sign_ons
from planner.services.entity import NotFound
from planner.storage.audit import audit_log
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace
from tests.ui.driving import when_modal
from ui.context import WorkspaceContext
from ui.forms.campaign import campaign_dialog
from ui.forms.sign_on import sign_on_dialog

pytestmark = pytest.mark.both_backends


@pytest.fixture
def colleague(ws: Workspace) -> Iterator[Workspace]:
    """A second, independent open of the same workspace: another person's app."""
    target = (
        ws.engine.url.render_as_string(hide_password=False)
        if ws.engine.dialect.name == "postgresql"
        else ws.path
    )
    other = open_workspace(target, create=False)
    yield other
    other.close()


def last_editor(ws: Workspace, ident: str) -> str:
    with ws.reading() as s:
        return s.execute(
            select(audit_log.c.user)
            .where(audit_log.c.entity_id == ident)
            .order_by(audit_log.c.id.desc())
            .limit(1)
        ).scalar_one()


def click(name: str, seen: list[str]):
    def act(box: QMessageBox) -> None:
        seen.append(box.text())
        box.findChild(QPushButton, name).click()

    return act


def open_form(qtbot, ws: Workspace, ident: str):
    ctx = WorkspaceContext(ws)
    dialog = campaign_dialog(ctx, campaigns.get(ws, ident))
    qtbot.addWidget(dialog)
    dialog.show()
    return ctx, dialog


def test_stale_save_names_the_colleague_and_reload_shows_their_values(
    qtbot, ws: Workspace, colleague: Workspace
) -> None:
    ident = campaigns.create(ws, name="Missing persons", objective="An institution").id
    _ctx, dialog = open_form(qtbot, ws, ident)
    campaigns.update(colleague, ident, objective="Their objective")  # saved meanwhile
    dialog.editors["name"].set_value("My new name")

    seen: list[str] = []
    when_modal(click("conflictReload", seen), QMessageBox)
    dialog.save()

    assert seen, "no conflict dialog"
    assert "Missing persons" in seen[0]
    assert f"changed by {last_editor(ws, ident)}" in seen[0]
    assert dialog.isVisible()  # nothing saved, the form shows theirs
    assert dialog.editors["objective"].value() == "Their objective"
    assert dialog.editors["name"].value() == "Missing persons"
    stored = campaigns.get(ws, ident)
    assert (stored.name, stored.objective, stored.version) == (
        "Missing persons",
        "Their objective",
        2,
    )

    dialog.editors["name"].set_value("My new name")  # now on their version: no conflict
    dialog.save()
    assert not dialog.isVisible()
    stored = campaigns.get(colleague, ident)
    assert (stored.name, stored.objective, stored.version) == (
        "My new name",
        "Their objective",
        3,
    )


def test_overwrite_saves_mine_over_theirs_as_a_new_version(
    qtbot, ws: Workspace, colleague: Workspace
) -> None:
    ident = campaigns.create(ws, name="Missing persons", objective="An institution").id
    ctx, dialog = open_form(qtbot, ws, ident)
    campaigns.update(colleague, ident, name="Their name")
    dialog.editors["name"].set_value("My name")

    seen: list[str] = []
    when_modal(click("conflictOverwrite", seen), QMessageBox)
    dialog.save()

    assert seen and "Their name" in seen[0]
    assert not dialog.isVisible()
    stored = campaigns.get(colleague, ident)
    assert (stored.name, stored.version) == ("My name", 3)
    ctx.undo_stack.undo()  # undo puts back what was there when I overwrote: theirs
    assert campaigns.get(colleague, ident).name == "Their name"


def test_cancel_at_the_conflict_saves_nothing(qtbot, ws: Workspace, colleague: Workspace) -> None:
    ident = campaigns.create(ws, name="Missing persons").id
    ctx, dialog = open_form(qtbot, ws, ident)
    campaigns.update(colleague, ident, name="Their name")
    dialog.editors["name"].set_value("My name")

    def cancel(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel, QMessageBox)
    dialog.save()
    assert dialog.isVisible()
    assert "Their name" in dialog.error.text()
    assert campaigns.get(colleague, ident).name == "Their name"
    assert ctx.undo_stack.count() == 0


def test_undo_after_a_colleagues_save_is_refused_and_keeps_theirs(
    qtbot, window, ws: Workspace, colleague: Workspace
) -> None:
    """Undoing my edit would put my old value back over their newer one: refused, said
    why, and the edit leaves the history (undo again would try the same thing)."""
    ident = campaigns.create(ws, name="Missing persons", objective="An institution").id
    ctx = window.ctx
    ctx.update("campaign", ident, {"objective": "Mine"}, "Edit objective")
    campaigns.update(colleague, ident, objective="Theirs")  # saved meanwhile

    ctx.undo_stack.undo()

    stored = campaigns.get(colleague, ident)
    assert (stored.objective, stored.version) == ("Theirs", 3)  # nothing written
    assert ctx.undo_stack.count() == 0  # the refused edit left the Edit menu
    box = window.refusal_box
    assert box is not None and box.isVisible()
    assert "Edit objective" in box.text() and "Missing persons" in box.text()
    assert f"changed by {last_editor(ws, ident)}" in box.text()


def test_undo_and_redo_of_my_own_edits_still_run_back_and_forth(
    qtbot, window, ws: Workspace
) -> None:
    ident = campaigns.create(ws, name="Missing persons").id
    ctx = window.ctx
    ctx.update("campaign", ident, {"name": "Disappeared"}, "Rename")
    ctx.delete("campaign", ident, "Delete")
    for _ in range(2):
        ctx.undo_stack.undo()  # the delete
        ctx.undo_stack.undo()  # the rename
        assert campaigns.get(ws, ident).name == "Missing persons"
        ctx.undo_stack.redo()
        ctx.undo_stack.redo()
        with pytest.raises(NotFound):
            campaigns.get(ws, ident)
    assert ctx.undo_stack.count() == 2 and window.refusal_box is None


def test_a_stale_sign_on_edit_asks_reload_or_overwrite(
    qtbot, ws: Workspace, colleague: Workspace
) -> None:
    """Editing a sign-on saves (it once failed on the version it carried), and a
    colleague's save in between gets the same Reload / Overwrite choice as any record."""
    c = campaigns.create(ws, name="Missing persons")
    letter = sign_ons.create_sign_on(ws, c.id, title="Joint letter")
    ctx = WorkspaceContext(ws)
    dialog = sign_on_dialog(ctx, c.id, letter)
    qtbot.addWidget(dialog)
    dialog.show()
    sign_ons.update_sign_on(colleague, letter.id, url="https://example.org/theirs")
    dialog.editors["title"].set_value("Joint letter to the GA")

    seen: list[str] = []
    when_modal(click("conflictOverwrite", seen), QMessageBox)
    dialog.save()

    assert seen and "Joint letter" in seen[0] and "changed by" in seen[0]
    assert not dialog.isVisible()
    stored = sign_ons.get_sign_on(colleague, letter.id)
    assert (stored.title, stored.version) == ("Joint letter to the GA", 3)

    dialog = sign_on_dialog(ctx, c.id, stored)  # no colleague in between: saves at once
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editors["title"].set_value("Letter")
    dialog.save()
    assert not dialog.isVisible()
    assert sign_ons.get_sign_on(ws, letter.id).title == "Letter"
