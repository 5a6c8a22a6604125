"""Tracker round trip: edit an exported workbook, preview the changes, apply all or nothing."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import WorkSheetParser

from planner.cli import main
from planner.imports import tracker_safety
from planner.imports.tracker_import import (
    TrackerImportError,
    apply_tracker,
    fast_reading,
    import_tracker,
    read_tracker,
)
from planner.publishing.documents import export_tracker
from planner.publishing.exports.tracker_format import TrackerCancelled
from planner.services import campaigns, interactions, milestones, positions, stakeholders
from planner.storage.store import open_workspace
from tests.planner.imports.shared import Sheet, export_sudan_tracker, state_of, sudan


@pytest.fixture
def exported(demo_ws, tmp_path) -> Path:
    return export_sudan_tracker(demo_ws, tmp_path / "tracker.xlsx")


def test_an_unedited_tracker_imports_with_no_changes(demo_ws, exported):
    plan = read_tracker(demo_ws, exported)
    assert plan.problems == [] and plan.changes == [] and plan.ops == []


def test_edits_are_previewed_exactly_bad_date_blocks_everything_until_fixed(
    demo_ws, exported, tmp_path
):
    before = state_of(demo_ws)
    wb = load_workbook(exported)
    ms = Sheet(wb, "Milestones")
    planned_row = next(r for r in range(2, ms.ws.max_row + 1) if ms.get(r, "Status") == "Planned")
    dated_row = 2 if planned_row != 2 else 3
    bad_row = 4 if planned_row != 4 else 5
    ms.set(planned_row, "Status", "Done")
    ms.set(dated_row, "Date", dt.datetime(2027, 1, 5))
    ms.set(bad_row, "Date", "31/02/2026")
    new_row = ms.ws.max_row + 1
    ms.set(new_row, "Date", dt.datetime(2027, 3, 1))
    ms.set(new_row, "Moment", "Donor briefing in Geneva")
    ms.set(new_row, "Kind", "UN meeting")
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)

    plan = read_tracker(demo_ws, edited)
    assert [str(p) for p in plan.problems] == [
        f'Milestones!A{bad_row}: "31/02/2026" is not a date (use a date cell, or 2026-06-29)'
    ]
    assert sorted((c.where, c.field, c.old, c.new) for c in plan.changes) == sorted(
        [
            (f"Milestones!E{planned_row}", "Status", "Planned", "Done"),
            (
                f"Milestones!A{dated_row}",
                "Date",
                ms.get(dated_row, "ID") and _iso(before, ms.get(dated_row, "ID")),
                "2027-01-05",
            ),
            (f"Milestones!A{new_row}", "(new)", "", ""),
        ]
    )
    with pytest.raises(TrackerImportError, match="31/02/2026"):
        apply_tracker(demo_ws, plan)
    with pytest.raises(TrackerImportError):
        import_tracker(demo_ws, edited)
    assert state_of(demo_ws) == before

    ms.set(bad_row, "Date", dt.datetime(2026, 2, 3))
    wb.save(edited)
    plan = import_tracker(demo_ws, edited)
    assert plan.applied and plan.summary() == "3 updated, 1 new, 0 deleted"
    ids = {ms.get(r, "ID"): r for r in (planned_row, dated_row, bad_row)}
    got = {m.id: m for m in milestones.list_milestones(demo_ws, sudan(demo_ws).id)}
    assert got[ms.get(planned_row, "ID")].status == "done"
    assert got[ms.get(dated_row, "ID")].date == dt.date(2027, 1, 5)
    assert got[ms.get(bad_row, "ID")].date == dt.date(2026, 2, 3)
    new = [m for m in got.values() if m.title == "Donor briefing in Geneva"]
    assert len(new) == 1 and new[0].kind == "un_meeting" and new[0].id not in ids


def _iso(state, milestone_id: str) -> str:
    return next(m.date.isoformat() for m in state[0] if m.id == milestone_id)


def test_columns_are_matched_by_header_so_reordering_changes_nothing(demo_ws, exported, tmp_path):
    wb = load_workbook(exported)
    src = wb["Milestones"]
    rows = [list(r) for r in src.iter_rows(values_only=True)]
    order = [*reversed(range(len(rows[0]))), len(rows[0])]
    idx = wb.sheetnames.index("Milestones")
    wb.remove(src)
    dst = wb.create_sheet("Milestones", idx)
    for row in rows:
        row = [*row, "my own column"]
        dst.append([row[i] for i in order])
    out = tmp_path / "reordered.xlsx"
    wb.save(out)
    plan = read_tracker(demo_ws, out)
    assert plan.problems == [] and plan.changes == []


def test_delete_column_soft_deletes_and_removes_people_from_the_campaign_only(
    demo_ws, exported, tmp_path
):
    wb = load_workbook(exported)
    ms, st = Sheet(wb, "Milestones"), Sheet(wb, "Stakeholders")
    ms.set(2, "Delete?", "yes")
    st.set(3, "Delete?", "Yes")
    milestone_id, person_id = ms.get(2, "ID"), st.get(3, "ID")
    out = tmp_path / "deleted.xlsx"
    wb.save(out)
    plan = import_tracker(demo_ws, out)
    assert plan.summary() == "0 updated, 0 new, 2 deleted"
    cid = sudan(demo_ws).id
    assert milestone_id not in {m.id for m in milestones.list_milestones(demo_ws, cid)}
    assert person_id not in {p.stakeholder.id for p in positions.campaign_people(demo_ws, cid)}
    assert stakeholders.get(demo_ws, person_id).deleted_at is None  # the contact stays


def test_stakeholder_edits_and_a_new_stakeholder_row(demo_ws, exported, tmp_path):
    wb = load_workbook(exported)
    st = Sheet(wb, "Stakeholders")
    st.set(2, "Stance", 2)
    st.set(2, "Owner", "Nadia")
    st.set(3, "Email", "new@example.org")
    new = st.ws.max_row + 1
    st.set(new, "Name", "Darfur Women Action Group")
    st.set(new, "Kind", "organisation")
    st.set(new, "Category", "Women's group")
    st.set(new, "Role", "Partner")
    st.set(new, "Stance", 1)
    out = tmp_path / "people.xlsx"
    wb.save(out)
    plan = read_tracker(demo_ws, out)
    assert plan.problems == []
    assert {c.field for c in plan.changes} == {"Stance", "Owner", "Email", "(new)"}
    apply_tracker(demo_ws, plan)
    cid = sudan(demo_ws).id
    people = {p.stakeholder.name: p for p in positions.campaign_people(demo_ws, cid)}
    first = people[st.get(2, "Name")]
    assert first.position.stance == 2 and first.position.owner == "Nadia"
    assert people[st.get(3, "Name")].stakeholder.email == "new@example.org"
    added = people["Darfur Women Action Group"]
    assert added.stakeholder.category == "womens_group"
    assert added.position.role == "partner" and added.position.stance == 1


def test_engagement_participants_are_matched_by_name_and_unknown_names_reported(
    demo_ws, exported, tmp_path
):
    wb = load_workbook(exported)
    log = Sheet(wb, "Engagement log")
    people = Sheet(wb, "Stakeholders")
    extra = people.get(2, "Name")
    log.set(2, "With", f"{log.get(2, 'With')}; {extra}")
    log.set(3, "With", "Nobody We Know")
    out = tmp_path / "with.xlsx"
    wb.save(out)
    plan = read_tracker(demo_ws, out)
    assert [p.where for p in plan.problems] == ["Engagement log!C3"]
    assert "Nobody We Know" in plan.problems[0].message
    log.set(3, "With", log.get(3, "With"))  # unchanged cell is fine
    wb["Engagement log"].cell(row=3, column=log.col("With")).value = (
        load_workbook(exported)["Engagement log"].cell(row=3, column=log.col("With")).value
    )
    wb.save(out)
    import_tracker(demo_ws, out)
    changed = interactions.get(demo_ws, log.get(2, "ID"))
    assert people.get(2, "ID") in changed.stakeholder_ids


def test_a_row_changed_in_the_planner_since_the_export_is_a_conflict(demo_ws, exported, tmp_path):
    wb = load_workbook(exported)
    ms = Sheet(wb, "Milestones")
    milestones.update(demo_ws, ms.get(2, "ID"), location="Somewhere else")
    ms.set(2, "Outcome", "Edited in Excel")
    out = tmp_path / "conflict.xlsx"
    wb.save(out)
    plan = read_tracker(demo_ws, out)
    assert len(plan.problems) == 1
    assert plan.problems[0].where == f"Milestones!{_letter(ms, 'Version')}2"
    assert "changed in the planner since the export" in plan.problems[0].message


def _letter(sheet: Sheet, header: str) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(sheet.col(header))


def test_cross_field_rules_are_reported_at_the_right_cell(demo_ws, exported, tmp_path):
    wb = load_workbook(exported)
    ms = Sheet(wb, "Milestones")
    ms.set(2, "End date", dt.datetime(1999, 1, 1))
    ms.set(3, "Status", "Finished")
    out = tmp_path / "rules.xlsx"
    wb.save(out)
    plan = read_tracker(demo_ws, out)
    found = {p.where: p.message for p in plan.problems}
    assert "is before the date" in found[f"Milestones!{_letter(ms, 'End date')}2"]
    assert found[f"Milestones!{_letter(ms, 'Status')}3"].startswith('"Finished" is not one of')


def _refused(ws, path: Path, match: str) -> None:
    before = state_of(ws)
    with pytest.raises(TrackerImportError, match=match):
        import_tracker(ws, path)
    assert state_of(ws) == before


def test_a_file_that_is_not_xlsx_is_refused(demo_ws, tmp_path):
    text = tmp_path / "notes.xlsx"
    text.write_text("hello")
    _refused(demo_ws, text, "not an Excel workbook")
    old = tmp_path / "old.xlsx"
    old.write_bytes(tracker_safety.OLE_MAGIC + b"\0" * 600)
    _refused(demo_ws, old, "old .xls file or a password-protected")
    plain_zip = tmp_path / "plain.xlsx"
    with zipfile.ZipFile(plain_zip, "w") as z:
        z.writestr("readme.txt", "not a workbook")
    _refused(demo_ws, plain_zip, "zip file but not an Excel workbook")
    _refused(demo_ws, tmp_path / "missing.xlsx", "does not exist")


def test_a_truncated_or_corrupt_zip_is_refused(demo_ws, exported, tmp_path):
    data = exported.read_bytes()
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(data[: len(data) // 2])
    _refused(demo_ws, truncated, "damaged or truncated")
    corrupt = tmp_path / "corrupt.xlsx"
    middle = len(data) // 3
    corrupt.write_bytes(
        data[:middle] + bytes(b ^ 0xFF for b in data[middle : middle + 400]) + data[middle + 400 :]
    )
    _refused(demo_ws, corrupt, "damaged")


def test_a_zip_bomb_is_refused_before_it_is_expanded(demo_ws, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    _refused(demo_ws, bomb, "zip bomb")


def test_an_oversized_file_is_refused(demo_ws, exported, monkeypatch):
    monkeypatch.setattr(tracker_safety, "MAX_FILE_BYTES", 1024)
    _refused(demo_ws, exported, "too large")


def test_a_tracker_of_another_workspace_is_refused(demo_ws, tmp_path):
    other = open_workspace(tmp_path / "other.db")
    try:
        c = campaigns.create(other, name="Elsewhere")
        out = tmp_path / "other.xlsx"
        export_tracker(other, [c.id], out)
    finally:
        other.close()
    _refused(demo_ws, out, "another workspace")


def _edit_meta(src: Path, dst: Path, key: str, value: str) -> None:
    wb = load_workbook(src)
    meta = wb["_meta"]
    for row in meta.iter_rows():
        if row[0].value == key:
            row[1].value = value
    wb.save(dst)


def test_an_unknown_format_version_or_a_foreign_workbook_is_refused(demo_ws, exported, tmp_path):
    future = tmp_path / "future.xlsx"
    _edit_meta(exported, future, "version", "9")
    _refused(demo_ws, future, "format version 9")
    foreign = tmp_path / "foreign.xlsx"
    wb = Workbook()
    wb.active.append(["Date", "Moment"])
    wb.save(foreign)
    _refused(demo_ws, foreign, "not a Campaign Planner tracker")


def test_missing_required_columns_are_refused(demo_ws, exported, tmp_path):
    wb = load_workbook(exported)
    ms = Sheet(wb, "Milestones")
    ms.ws.cell(row=1, column=ms.col("ID")).value = "Identifier"
    out = tmp_path / "noid.xlsx"
    wb.save(out)
    _refused(demo_ws, out, "Milestones: required column 'ID' missing")


def test_closed_and_public_trackers_cannot_be_imported(demo_ws, tmp_path):
    out = tmp_path / "closed.xlsx"
    export_tracker(demo_ws, [sudan(demo_ws).id], out, audience="closed")
    _refused(demo_ws, out, "closed-audience tracker: names in it are described")


def test_a_cancelled_import_changes_nothing(demo_ws, exported, tmp_path):
    before = state_of(demo_ws)
    wb = load_workbook(exported)
    log = Sheet(wb, "Engagement log")
    for r in range(2, 2 + 600):
        log.set(r + 100, "Date", dt.datetime(2026, 1, 1))
        log.set(r + 100, "Summary", f"Call {r}")
    out = tmp_path / "many.xlsx"
    wb.save(out)
    plan = read_tracker(demo_ws, out)
    assert plan.counts()["created"] == 600
    with pytest.raises(TrackerCancelled):
        apply_tracker(demo_ws, plan, cancelled=lambda: True)
    assert state_of(demo_ws) == before


def test_hostile_cells_are_quoted_escaped_and_change_nothing(demo_ws, exported, tmp_path, capsys):
    """A cell may hold a right-to-left override or a line separator: the problem line
    quotes it escaped, so it cannot reorder or split the message (issue 14)."""
    wb = load_workbook(exported)
    ms = Sheet(wb, "Milestones")
    ms.set(2, "Status", "\u202eDenalp")
    st = Sheet(wb, "Stakeholders")
    st.set(2, "Influence", "3\u2028")  # int() would take it, str.strip() would drop it
    st.set(3, "Name", "Caesar Families \u2066Association\u2069")
    out = tmp_path / "hostile.xlsx"
    wb.save(out)
    before = state_of(demo_ws)
    assert main(["--db", str(demo_ws.path), "import-tracker", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "\\u202eDenalp" in err and "\u202e" not in err
    assert "\u2066" not in err and "bidi" in err and "\u2028" not in err
    assert f"Stakeholders!{_letter(st, 'Influence')}2" in err
    assert state_of(demo_ws) == before


def test_a_deleted_column_is_refused_naming_sheet_and_column(demo_ws, exported, tmp_path):
    wb = load_workbook(exported)
    people = Sheet(wb, "Stakeholders")
    people.ws.delete_cols(people.col("Stance"))
    out = tmp_path / "nostance.xlsx"
    wb.save(out)
    before = state_of(demo_ws)
    _refused(demo_ws, out, "Stakeholders: column 'Stance' missing")
    assert main(["--db", str(demo_ws.path), "import-tracker", str(out)]) == 1
    assert state_of(demo_ws) == before


@pytest.mark.parametrize("write_only", [True, False], ids=["streamed", "saved by a spreadsheet"])
def test_fast_reading_sees_the_same_sheets_and_values_as_openpyxl(tmp_path, write_only):
    # streamed sheets carry no <dimension>; a spreadsheet's save writes one, here A1:D4,
    # which openpyxl's read-only sheets honour. Text is written inline, rich text too.
    path = tmp_path / "t.xlsx"
    wb = Workbook(write_only=write_only)
    ws = wb.create_sheet("Data") if write_only else wb.active
    rich = CellRichText("Amal ", TextBlock(InlineFont(b=True), "Haddad"), " (chair)")
    rows = [
        ["ID", "Name", None, "Note"],
        ["a", "  spaced  ", None, "=1+1"],
        ["b", rich, 3, dt.date(2026, 1, 2)],
    ]
    if write_only:
        for row in rows:
            ws.append(row)
    else:
        ws.title = "Data"
        for row in rows:
            ws.append(row)
        ws["D4"] = "last"
    wb.save(path)
    original = (ReadOnlyWorksheet._get_size, WorkSheetParser.parse_cell)  # type: ignore[attr-defined]

    with fast_reading():
        fast = load_workbook(path, read_only=True, data_only=True, keep_links=False)
        fast_rows = {s.title: list(s.iter_rows(values_only=True)) for s in fast.worksheets}
        fast_bounds = [(s.min_row, s.min_column, s.max_row, s.max_column) for s in fast]
        fast.close()
    assert (ReadOnlyWorksheet._get_size, WorkSheetParser.parse_cell) == original  # type: ignore[attr-defined]
    plain = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    plain_rows = {s.title: list(s.iter_rows(values_only=True)) for s in plain.worksheets}
    plain_bounds = [(s.min_row, s.min_column, s.max_row, s.max_column) for s in plain]
    plain.close()

    assert fast_rows == plain_rows and fast_bounds == plain_bounds
    data = fast_rows["Data"]
    assert data[1][1] == "  spaced  " and data[2][1] == "Amal Haddad (chair)"
    if not write_only:
        assert fast_bounds[0] == (1, 1, 4, 4)
