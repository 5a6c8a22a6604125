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

from planner.services import campaigns
from planner.storage.audit import audit_log
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace
from tests.ui.driving import when_modal
from ui.context import WorkspaceContext
from ui.forms.campaign import campaign_dialog

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
