"""The gate driven from the app: audience choice, replacement report, pictures, bundle, audit."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from planner.cli import main
from planner.services import audit_trail, campaigns
from tests.adversarial import CAMPAIGN, build_adversarial
from tests.ui.driving import when_modal
from ui.dialogs.brief_dialog import BriefDialog
from ui.dialogs.bundle_export import BundleExportDialog
from ui.dialogs.picture_export import PictureExportDialog
from ui.main_window import MainWindow


@pytest.fixture
def adversarial_window(qtbot, ws):
    build_adversarial(ws)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.set_workspace(ws)
    return win


def _campaign(ws):
    return campaigns.find(ws, CAMPAIGN)


def _shares(ws) -> list[audit_trail.AuditEntry]:
    return [e for e in audit_trail.entries(ws) if e.action == "share"]


def test_the_brief_dialog_lists_what_will_be_replaced_before_writing(qtbot, adversarial_window, ws):
    dialog = BriefDialog(adversarial_window.ctx, _campaign(ws).id, adversarial_window)
    qtbot.addWidget(dialog)
    assert dialog.audience.currentData() == "closed"  # the one default of every export
    qtbot.waitUntil(lambda: dialog.report.checked_for is not None, timeout=10_000)
    text = dialog.report.text()
    assert "will be replaced" in text
    assert "“ZEINAB AL-HASAN” → “a women's rights activist in Sudan”" in text
    assert any("ask" in r.where and "target" in r.where for r in dialog.report.replacements)
    dialog.audience.setCurrentIndex(dialog.audience.findData("internal"))
    qtbot.waitUntil(lambda: dialog.report.checked_for == ((_campaign(ws).id,), "internal"))
    assert "nothing is replaced" in dialog.report.text()


def test_every_export_dialog_offers_the_same_audience_words_and_default(
    qtbot, adversarial_window, ws
):
    from ui.dialogs.export_calendar import CalendarOptions
    from ui.dialogs.tracker_export import TrackerExportDialog

    ctx, cid = adversarial_window.ctx, _campaign(ws).id
    dialogs = [
        BriefDialog(ctx, cid, adversarial_window),
        TrackerExportDialog(ctx, cid, adversarial_window),
        CalendarOptions(ctx, cid, adversarial_window),
        BundleExportDialog(ctx, cid, adversarial_window),
        PictureExportDialog(ctx, "power-map-png", cid, adversarial_window),
    ]
    words = set()
    for d in dialogs:
        qtbot.addWidget(d)
        assert d.audience.currentData() == "closed"
        words.add(tuple(d.audience.itemText(i) for i in range(d.audience.count())))
    assert len(words) == 1
    assert next(iter(words))[1] == (
        "Restricted distribution — closed-door briefings with diplomats and UN officials"
    )


def test_a_closed_power_map_png_names_no_withheld_partner_and_says_restricted(
    qtbot, adversarial_window, ws, tmp_path
):
    c = _campaign(ws)
    tab = adversarial_window.open_campaign(c.id, "power_map").tab("power_map")
    out = tmp_path / "map.png"

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, PictureExportDialog)
        assert dialog.audience.currentData() == "closed"
        dialog.out.setText(str(out))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    when_modal(fill, PictureExportDialog)
    tab.export_png()
    assert out.read_bytes().startswith(b"\x89PNG")
    published = [e for e in _shares(ws) if e.entity == "power-map-png"]
    assert [(e.new, e.note, e.entity_id) for e in published] == [("closed", str(out), c.id)]
    # what the picture drew, from the gate's redacted data
    from planner.publishing import gate
    from ui.views.power_map import draw_power_map

    picture = draw_power_map(gate.prepare(ws, "power-map-png", [c.id], "closed"), "png")
    drawn = " ".join(picture.labels)
    assert "Restricted distribution" in drawn
    for secret in ("Zeïnab", "Safe Shelter", "مَريم", "Darfur Mothers", "Hassan Idris"):
        assert secret not in drawn
    assert "Józef Nowak-Émile" in drawn and "Ambassador Ruth Okafor" in drawn


def test_an_existing_file_is_replaced_only_when_the_user_says_yes(
    qtbot, adversarial_window, ws, tmp_path
):
    c = _campaign(ws)
    tab = adversarial_window.open_campaign(c.id, "power_map").tab("power_map")
    out = tmp_path / "map.svg"
    out.write_text("keep me")
    answers: list[str] = []

    def say_no(box: QDialog) -> None:
        answers.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    def fill(dialog: QDialog) -> None:
        dialog.out.setText(str(out))
        when_modal(say_no, QMessageBox)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(answers))
        dialog.reject()

    when_modal(fill, PictureExportDialog)
    tab.export_svg()
    assert answers == ["map.svg already exists. Replace it?"]
    assert out.read_text() == "keep me" and not _shares(ws)


def test_a_closed_bundle_from_the_app_carries_only_what_that_audience_may_see(
    qtbot, adversarial_window, ws, tmp_path
):
    out = tmp_path / "for-partners.json"

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, BundleExportDialog)
        dialog.out.setText(str(out))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    when_modal(fill, BundleExportDialog)
    adversarial_window.menu_actions.documents.export_bundle.trigger()
    qtbot.waitUntil(lambda: any(e.entity == "bundle" for e in _shares(ws)), timeout=20_000)
    data = json.loads(out.read_text(encoding="utf-8"))
    names = {s["name"] for s in data["stakeholders"]}
    assert "Ambassador Ruth Okafor" in names and "Zeïnab Al-Ḥasan" not in names
    assert data["interactions"] == []
    assert all(not s["email"] and not s["phone"] for s in data["stakeholders"])
    assert [e.new for e in _shares(ws) if e.entity == "bundle"] == ["closed"]


def test_planner_audit_lists_shares_from_the_app_and_from_the_cli(
    qtbot, adversarial_window, ws, tmp_path, capsys
):
    c = _campaign(ws)
    gui_out = tmp_path / "app-brief.pdf"

    def fill(dialog: QDialog) -> None:
        dialog.audience.setCurrentIndex(dialog.audience.findData("public"))
        dialog.out.setText(str(gui_out))
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)

    when_modal(fill, BriefDialog)
    adversarial_window.menu_actions.documents.brief.trigger()
    qtbot.waitUntil(gui_out.exists, timeout=60_000)
    qtbot.waitUntil(lambda: any(e.entity == "brief" for e in _shares(ws)), timeout=10_000)
    cli_out = tmp_path / "cli.ics"
    assert main(["--db", str(ws.path), "ics", "--campaign", c.id, "--out", str(cli_out)]) == 0
    capsys.readouterr()
    assert main(["--db", str(ws.path), "audit"]) == 0
    listing = capsys.readouterr().out
    assert "shared brief with audience public (" in listing  # from the app
    assert "shared ics with audience closed (" in listing  # from the CLI
    notes = {(e.entity, e.new): e.note for e in _shares(ws)}
    assert notes == {("brief", "public"): str(gui_out), ("ics", "closed"): str(cli_out)}
