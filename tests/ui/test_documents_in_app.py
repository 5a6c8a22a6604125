"""Briefs, trackers and history driven from the app: real dialogs, real workers, real files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from planner.publishing.documents import export_tracker
from planner.services import campaigns, milestones, positions, stakeholders
from tests.ui.driving import when_modal
from ui.dialogs.brief_dialog import BriefDialog
from ui.dialogs.file_written import FileWrittenBox
from ui.dialogs.tracker_export import TrackerExportDialog
from ui.dialogs.tracker_import import ImportPreview, import_tracker_action
from ui.main_window import MainWindow
from ui.pages.history_tab import HistoryView, StakeholderHistoryDialog


@pytest.fixture
def demo_window(qtbot, demo_ws):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.set_workspace(demo_ws)
    return win


def written_box(qtbot, window) -> FileWrittenBox:
    qtbot.waitUntil(
        lambda: any(b.isVisible() for b in window.findChildren(FileWrittenBox)), timeout=60000
    )
    return next(b for b in window.findChildren(FileWrittenBox) if b.isVisible())


def _syria(ws):
    return next(c for c in campaigns.list_campaigns(ws) if "Syria" in c.name)


def _sudan(ws):
    return next(c for c in campaigns.list_campaigns(ws) if "Sudan" in c.name)


# -- the brief ---------------------------------------------------------------------------


def test_brief_from_the_campaign_menu_writes_a_real_pdf_in_the_background(
    qtbot, demo_window, demo_ws, tmp_path
):
    syria = _syria(demo_ws)
    demo_window.open_campaign(syria.id, "overview")
    out = tmp_path / "syria brief.pdf"

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, BriefDialog)
        assert dialog.campaign.currentData() == syria.id  # the campaign on screen
        dialog.audience.setCurrentIndex(dialog.audience.findData("closed"))
        dialog.template.setCurrentIndex(dialog.template.findData("full"))
        dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
        dialog.out.setText(str(out))
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)

    when_modal(fill, BriefDialog)
    demo_window.menu_actions.documents.brief.trigger()
    box = written_box(qtbot, demo_window)
    assert box.path == out and out.is_file()
    assert {"Open", "Show in folder"} <= {b.text() for b in box.buttons()}
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    first = reader.pages[0].extract_text()
    assert "Restricted distribution" in first
    assert "Missing" in first  # the Syria campaign's title
    # a brief for a closed audience left the team: the campaign's history says so
    view = demo_window.open_campaign(syria.id, "history").tab("history")
    qtbot.waitUntil(lambda: view.loaded and view.model.rowCount() > 0, timeout=10000)
    assert any(
        r.entry.action == "share" and r.entry.new == "closed" and r.entry.note == str(out)
        for r in view.rows
    )
    box.done(0)


def test_brief_dialog_default_audience_comes_from_settings(qtbot, demo_window, demo_ws):
    from PySide6.QtCore import QSettings

    QSettings().setValue("exports/default_audience", "public")
    dialog = BriefDialog(demo_window.ctx, _syria(demo_ws).id, demo_window)
    qtbot.addWidget(dialog)
    assert dialog.audience.currentData() == "public"
    assert dialog.out.text().endswith("-brief-public.pdf")
    dialog.lang.setCurrentIndex(dialog.lang.findData("ar"))
    assert dialog.out.text().endswith("-brief-public-ar.pdf")  # the name follows the options


# -- the tracker ---------------------------------------------------------------------------


def test_export_tracker_from_the_file_menu_writes_a_workbook_openpyxl_opens(
    qtbot, demo_window, demo_ws, tmp_path
):
    sudan = _sudan(demo_ws)
    demo_window.open_campaign(sudan.id, "people")
    out = tmp_path / "sudan.xlsx"

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, TrackerExportDialog)
        assert dialog.one.isChecked() and dialog.campaign.currentData() == sudan.id
        dialog.audience.setCurrentIndex(dialog.audience.findData("internal"))
        dialog.out.setText(str(out))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    when_modal(fill, TrackerExportDialog)
    demo_window.menu_actions.documents.export_tracker.trigger()
    box = written_box(qtbot, demo_window)
    assert box.path == out
    wb = load_workbook(out)
    assert {"Summary", "Milestones", "Stakeholders"} <= set(wb.sheetnames)
    sheet = wb["Milestones"]
    moment = [c.value for c in sheet[1]].index("Moment")
    names = [row[moment] for row in sheet.iter_rows(min_row=2, values_only=True)]
    ours = [m.title for m in milestones.list_milestones(demo_ws, sudan.id)]
    assert set(ours) <= {str(n) for n in names if n}
    box.done(0)


def _edited_tracker(ws, tmp_path: Path, *, bad_date: bool = False) -> tuple[Path, str, str]:
    """An exported Sudan tracker with one milestone's status changed (as Excel would)."""
    sudan = _sudan(ws)
    path = tmp_path / "edited.xlsx"
    export_tracker(ws, [sudan.id], path)
    wb = load_workbook(path)
    sheet = wb["Milestones"]
    headers = [c.value for c in sheet[1]]
    status_col = headers.index("Status") + 1
    row = next(
        r for r in range(2, sheet.max_row + 1) if sheet.cell(r, status_col).value == "Planned"
    )
    title = sheet.cell(row, headers.index("Moment") + 1).value
    sheet.cell(row, status_col, value="Done")
    if bad_date:
        sheet.cell(row, headers.index("Date") + 1, value="31/02/2026")
    wb.save(path)
    return path, title, sheet.cell(row, status_col).coordinate


def _preview(qtbot, window) -> ImportPreview:
    qtbot.waitUntil(
        lambda: any(p.isVisible() for p in window.findChildren(ImportPreview)), timeout=30000
    )
    return next(p for p in window.findChildren(ImportPreview) if p.isVisible())


def test_import_tracker_previews_the_changed_cell_then_applies_it(
    qtbot, demo_window, demo_ws, tmp_path
):
    path, title, cell = _edited_tracker(demo_ws, tmp_path)
    changes = []
    demo_window.ctx.bus.changed.connect(changes.append)
    import_tracker_action(demo_window.ctx, demo_window, path)
    preview = _preview(qtbot, demo_window)
    rows = [
        [preview.changes.item(r, c).text() for c in range(preview.changes.columnCount())]
        for r in range(preview.changes.rowCount())
    ]
    assert rows == [[f"Milestones!{cell}", "Milestone", title, "Status", "Planned", "Done"]]
    assert preview.problems.rowCount() == 0
    assert preview.apply_button.isEnabled()
    milestone = next(
        m for m in milestones.list_milestones(demo_ws, _sudan(demo_ws).id) if m.title == title
    )
    assert milestone.status == "planned"  # the preview changed nothing
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: milestones.get(demo_ws, milestone.id).status == "done", timeout=30000)
    qtbot.waitUntil(lambda: any(c.touches("milestone") for c in changes), timeout=5000)


def test_import_with_a_bad_date_lists_the_problem_by_cell_and_cannot_be_applied(
    qtbot, demo_window, demo_ws, tmp_path
):
    path, title, _cell = _edited_tracker(demo_ws, tmp_path, bad_date=True)
    import_tracker_action(demo_window.ctx, demo_window, path)
    preview = _preview(qtbot, demo_window)
    assert preview.problems.rowCount() >= 1
    where = preview.problems.item(0, 0).text()
    assert where.startswith("Milestones!")
    assert "31/02/2026" in preview.problems.item(0, 1).text()
    assert not preview.apply_button.isEnabled()
    assert "Nothing has been changed" in preview.summary.text()
    assert preview.tabs.currentWidget() is preview.problems_view
    preview.reject()
    milestone = next(
        m for m in milestones.list_milestones(demo_ws, _sudan(demo_ws).id) if m.title == title
    )
    assert milestone.status == "planned"


def test_a_file_that_is_not_a_tracker_is_rejected_with_a_clear_message(
    qtbot, demo_window, tmp_path
):
    bogus = tmp_path / "notes.xlsx"
    bogus.write_text("these are my notes, not a spreadsheet")
    import_tracker_action(demo_window.ctx, demo_window, bogus)

    def rejected() -> QMessageBox | None:
        return next(
            (
                b
                for b in demo_window.findChildren(QMessageBox)
                if b.isVisible() and "cannot be imported" in b.text()
            ),
            None,
        )

    qtbot.waitUntil(lambda: rejected() is not None, timeout=10000)
    box = rejected()
    assert "notes.xlsx" in box.text() and "Nothing was changed" in box.text()
    assert box.informativeText()  # the reason, from the importer
    box.done(0)


# -- history ---------------------------------------------------------------------------


def test_history_tab_shows_a_stance_change_and_exports_it(qtbot, window, ws, tmp_path):
    c = campaigns.create(ws, name="Missing persons")
    amb = stakeholders.create(ws, name="Ambassador Ximena", kind="person")
    link = positions.create(ws, campaign_id=c.id, stakeholder_id=amb.id, role="target", stance=-1)
    view = window.open_campaign(c.id, "history").tab("history")
    assert isinstance(view, HistoryView)
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    before = view.model.rowCount()
    window.ctx.update("campaign_stakeholder", link.id, {"stance": 1}, "Change stance")
    qtbot.waitUntil(lambda: view.model.rowCount() > before, timeout=10000)
    top = view.model.record(0)
    columns = [col.key for col in view.model.columns]
    shown = {k: view.model.index(0, i).data() for i, k in enumerate(columns)}
    assert top.subject == "Position · Ambassador Ximena"
    assert shown["field"] == "Stance"
    assert (shown["old"], shown["new"]) == ("Sceptical (-1)", "Supportive (+1)")
    assert shown["who"]
    out = view.export(tmp_path / "history.csv")
    with open(out, encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["field"] == "stance" and (rows[0]["old"], rows[0]["new"]) == ("-1", "1")
    view.filter.setText("ximena stance")
    assert view.model.rowCount() == 1


def test_history_of_a_stakeholder_from_the_edit_menu(qtbot, window, ws):
    c = campaigns.create(ws, name="Missing persons")
    amb = stakeholders.create(ws, name="Ambassador Ximena", kind="person")
    stakeholders.update(ws, amb.id, title="Permanent Representative")
    positions.create(ws, campaign_id=c.id, stakeholder_id=amb.id, role="target", stance=0)
    page = window.show_page("stakeholders")
    page.table.selectRow(0)
    window.menu_actions.documents.history.trigger()
    dialog = next(d for d in window.findChildren(StakeholderHistoryDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.view.loaded, timeout=10000)
    subjects = [r.subject for r in dialog.view.rows]
    assert "Stakeholder · Ambassador Ximena" in subjects
    assert "Position in Missing persons" in subjects
    titles = [
        r for r in dialog.view.rows if r.entry.field == "title" and r.entry.action == "update"
    ]
    assert titles and titles[0].entry.new == "Permanent Representative"
    dialog.close()


def test_cancelling_a_tracker_export_leaves_no_file(qtbot, demo_window, demo_ws, tmp_path):
    from ui import operations
    from ui.dialogs.tracker_export import TrackerChoice, export_in_background

    out = tmp_path / "cancelled.xlsx"
    choice = TrackerChoice(
        [c.id for c in campaigns.list_campaigns(demo_ws)], "all", "internal", out
    )
    done = []
    task = export_in_background(demo_window.ctx, choice, demo_window, on_done=done.append)
    [cancel] = task.dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the user clicks Cancel at once
    assert task.cancelled
    assert operations.shutdown()  # the worker stops
    qtbot.wait(50)
    assert not out.exists() and done == []
    assert not any(b.isVisible() for b in demo_window.findChildren(FileWrittenBox))
