"""File ▸ Import bundle… on a laptop's window: another laptop's bundle merged, the result
shown, and its conflicts reviewed as the other laptop's, never as "the server"."""

from __future__ import annotations

import json
from pathlib import Path

from planner.exchange.bundle import write_bundle
from planner.services import campaigns
from planner.storage.workspace import Workspace
from planner.sync.bundle_merge import import_merging
from planner.sync.conflicts import list_conflicts


def edited_apart(a: Workspace, b: Workspace, tmp_path: Path) -> tuple[str, Path]:
    """One campaign shared by bundle, then its objective changed on both laptops and its
    status on B only; B's bundle written to a file."""
    b.set_info("name", "Field laptop")
    camp = campaigns.create(a, name="Water rights", objective="A treaty")
    out = tmp_path / "shared.json"
    write_bundle(a, out, camp.id)
    import_merging(b, json.loads(out.read_text(encoding="utf-8")))
    campaigns.update(a, camp.id, objective="Mine")
    campaigns.update(b, camp.id, objective="Theirs", status="active")
    from_b = tmp_path / "from-b.json"
    write_bundle(b, from_b, camp.id)
    return camp.id, from_b


def test_importing_a_bundle_shows_the_result_and_opens_the_review(
    qtbot, laptop_window, laptops, tmp_path
):
    from ui.dialogs.bundle_import import import_bundle_action
    from ui.dialogs.sync_conflicts import MINE

    a, b = laptops
    camp_id, from_b = edited_apart(a, b, tmp_path)
    action = laptop_window.menu_actions.documents.import_bundle
    assert action in laptop_window.file_menu.actions() and action.isEnabled()

    run = import_bundle_action(laptop_window.ctx, laptop_window, from_b)
    qtbot.waitUntil(lambda: run.result_dialog is not None and run.result_dialog.isVisible())
    result = run.result_dialog
    assert "from Field laptop" in result.intro and "nothing was overwritten" in result.intro
    assert "waiting for your review" in result.intro
    assert "Taken from the bundle 1 · Merged 0" in result.summary.text()
    assert "Conflicts waiting for review 1" in result.summary.text()
    assert not any("esolved" in t for t in (result.intro, result.summary.text()))
    assert result.review_button is not None and len(list_conflicts(a)) == 1  # still open
    assert campaigns.get(a, camp_id).status == "active"  # B's change alone: taken
    assert campaigns.get(a, camp_id).objective == "Mine"  # both: not overwritten

    result.review_button.click()
    qtbot.waitUntil(lambda: run.conflicts_dialog is not None and run.conflicts_dialog.isVisible())
    review = run.conflicts_dialog
    assert review.windowTitle() == "Review conflicts"
    assert review.table.horizontalHeaderItem(3).text() == "Bundle's"
    assert "the bundle from Field laptop" in review.table.item(0, 3).text()
    assert review.choices[0].itemText(2) == "The bundle's"
    assert review.all_server.text() == "Keep all the bundle's"
    texts = [review.table.item(0, c).text() for c in range(4)] + [review.all_server.text()]
    assert not any("erver" in t for t in texts), texts
    review.choose(0, MINE)
    review.apply_button.click()
    assert list_conflicts(a) == []
    assert campaigns.get(a, camp_id).objective == "Mine"


def test_a_bad_bundle_is_refused_with_its_reason_and_nothing_changed(
    qtbot, laptop_window, laptops, tmp_path
):
    from ui.dialogs.bundle_import import import_bundle_action

    a, _b = laptops
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "campaign-planner-bundle", "version": 7}', encoding="utf-8")
    run = import_bundle_action(laptop_window.ctx, laptop_window, bad)
    qtbot.waitUntil(lambda: run.message is not None and run.message.isVisible())
    assert "Nothing was changed" in run.message.text()
    assert "version 7" in run.message.informativeText()
    assert run.result_dialog is None and campaigns.list_campaigns(a) == []
