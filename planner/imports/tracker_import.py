"""Bring an edited tracker back: read it, preview every change, apply all or nothing.

``read_tracker`` checks the file (``tracker_safety``), reads it in openpyxl's read-only
mode, maps columns by header text (so reordered columns still work), compares every
editable cell with the workspace as it is now and returns an ``ImportPlan``: the list
of changes (sheet!cell, entity, field, old → new) and of problems (sheet!cell and
reason). Nothing is written: the plan is also tried inside a transaction that is rolled
back, so cross-field rules (an end date before a start date) are reported too.
``apply_tracker`` runs the plan in one transaction through the services' ``update_in``
and ``create_in``; any error rolls everything back.

Only internal trackers are importable: restricted and public ones show descriptions in
place of names and lack the id columns.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG, INLINE_STRING, WorkSheetParser
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.xml.functions import iterparse
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.models import Stakeholder
from planner.domain.timestamps import utc_now
from planner.domain.validation import ValidationError, parse_date, parse_whole, printable
from planner.imports.tracker_safety import TrackerFileError, check_xlsx_file
from planner.publishing.exports.tracker_format import (
    CAMPAIGN_COLUMN,
    DELETE_WORDS,
    FORMAT_NAME,
    FORMAT_VERSION,
    META_SHEET,
    SHEETS,
    CancelCheck,
    Column,
    Progress,
    RowContext,
    SheetSpec,
    TrackerCancelled,
    enum_label,
    enum_lookup,
)
from planner.services import campaigns, positions
from planner.services.entity import ConflictError, NotFound, create_in, load, update_in
from planner.services.snapshot import take_snapshot
from planner.services.specs import SPECS
from planner.storage.workspace import Workspace

CHECK_EVERY = 500
# what a damaged zip or XML part raises while openpyxl reads it (ParseError is a SyntaxError)
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, OSError, SyntaxError, ValueError)
LABEL_HEADERS = ("Moment", "Name", "Summary", "Ask", "Quote", "Vote")


class TrackerImportError(Exception):
    """The tracker is refused as a whole (wrong file, workspace, version, columns, problems)."""


@dataclass(frozen=True)
class Change:
    """One change the import would make, as the preview shows it."""

    where: str  # "Milestones!E5" (the row's first cell for a new or deleted row)
    entity: str
    ident: str | None  # None for a new record
    label: str  # what the row is ("Security Council briefing")
    field: str  # column header, "(new)" or "(delete)"
    old: str
    new: str

    def __str__(self) -> str:
        what = f'{SPECS[self.entity].label.lower()} "{_short(self.label)}"'
        if self.field == "(new)":
            return f"{self.where}: new {what}"
        if self.field == "(delete)":
            return f"{self.where}: delete {what}"
        return f"{self.where}: {what}: {self.field} {_show(self.old)} → {_show(self.new)}"


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class _Op:
    """One service call: update, create or delete, with the cells it came from."""

    action: str  # update | create | delete
    entity: str
    ident: str | None
    values: dict[str, Any]
    cells: dict[str, str]  # field -> "Sheet!C5"
    where: str
    version: int | None = None
    # a new stakeholder row also joins the campaign: (campaign_id, position values, cells)
    link: tuple[str, dict[str, Any], dict[str, str]] | None = None


@dataclass
class ImportPlan:
    path: Path
    campaign_ids: list[str]
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    ops: list[_Op] = field(default_factory=list)
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        return {
            "updated": sum(1 for o in self.ops if o.action == "update"),
            "created": sum(1 for o in self.ops if o.action == "create"),
            "deleted": sum(1 for o in self.ops if o.action == "delete"),
        }

    def summary(self) -> str:
        c = self.counts()
        if not self.ops:
            return "no changes"
        return f"{c['updated']} updated, {c['created']} new, {c['deleted']} deleted"


def _short(text: str, limit: int = 50) -> str:
    """A cell's text as a message quotes it: one line, cut short, and with control and
    bidi characters escaped (a cell may hold U+202E to reorder the message around it)."""
    text = " ".join(str(text).split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return printable(text)


def _show(value: str) -> str:
    return f'"{_short(value, 60)}"' if value != "" else "(empty)"


# ---------------------------------------------------------------------------------------
# Reading the file


def read_tracker(
    ws: Workspace,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportPlan:
    """Parse and check ``path`` against the workspace; change nothing."""
    try:
        check_xlsx_file(path)
    except TrackerFileError as exc:
        raise TrackerImportError(str(exc)) from None
    p = Path(path)
    with fast_reading():
        try:
            wb = load_workbook(p, read_only=True, data_only=True, keep_links=False)
        except (*DAMAGED, KeyError, TypeError) as exc:
            raise TrackerImportError(f"{p.name} is damaged and cannot be read ({exc}).") from None
        try:
            campaign_ids = _check_meta(ws, wb, p.name)
            plan = ImportPlan(p, campaign_ids)
            reader = _Reader(ws, plan, progress, cancelled)
            try:
                reader.read(wb)
            except DAMAGED as exc:
                raise TrackerImportError(
                    f"{p.name} is damaged and cannot be read ({exc})."
                ) from None
        finally:
            wb.close()
    if plan.ops:
        with ws.reading() as session:  # rolled back: a rehearsal of apply
            _run_ops(session, plan.ops, plan.problems, None, cancelled)
    return plan


_READING = threading.RLock()


@contextmanager
def fast_reading() -> Iterator[None]:
    """openpyxl's read-only loading and reading, without two costs of no use here.

    A read-only sheet looks for its ``<dimension>`` as it is opened, and openpyxl stops
    looking only at the *end* of ``<sheetData>``: a sheet without one (every streamed
    sheet, the tracker's own included) was parsed whole just to learn that, then again
    when read. Start tags give the same answer at the first bytes. And each text cell
    (inline strings, as the tracker writes them) was turned into a rich-text object
    only to take its text back out. Together they were half of reading the biggest
    campaign's tracker. Other threads reading with openpyxl meanwhile get the same
    values either way.
    """
    sheet_class: Any = ReadOnlyWorksheet  # the stubs leave its private methods out
    parser_class: Any = WorkSheetParser
    with _READING:
        size, parse_cell = sheet_class._get_size, parser_class.parse_cell
        sheet_class._get_size = _size_from_head
        parser_class.parse_cell = _parse_cell
        try:
            yield
        finally:
            sheet_class._get_size, parser_class.parse_cell = size, parse_cell


def _size_from_head(sheet: Any) -> None:
    """What ``ReadOnlyWorksheet._get_size`` sets, read from start tags only."""
    src = sheet._get_source()
    try:
        for _event, element in iterparse(src, events=("start",)):
            if element.tag == DIMENSION_TAG:
                dim = SheetDimension.from_tree(element)
                if dim is not None:
                    bounds = dim.boundaries
                    sheet._min_column, sheet._min_row, sheet._max_column, sheet._max_row = bounds
                return
            if element.tag == DATA_TAG:
                return
    finally:
        src.close()


_PARSE_CELL: Callable[[Any, Any], dict[str, Any]] = WorkSheetParser.parse_cell


def _parse_cell(parser: Any, element: Any) -> dict[str, Any]:
    """``WorkSheetParser.parse_cell`` with an inline string's text read directly."""
    if element.get("t") != "inlineStr" or parser.rich_text or not parser.data_only:
        return _PARSE_CELL(parser, element)
    style_id = element.get("s", 0)
    if style_id:
        style_id = int(style_id)
    coordinate = element.get("r")
    if coordinate:
        row, column = coordinate_to_tuple(coordinate)
        parser.col_counter = column
    else:
        parser.col_counter += 1
        row, column = parser.row_counter, parser.col_counter
    value, data_type = None, "inlineStr"
    child = element.find(INLINE_STRING)
    if child is not None:
        value, data_type = _inline_text(child), "s"
    return {
        "row": row,
        "column": column,
        "value": value,
        "data_type": data_type,
        "style_id": style_id,
    }


def _inline_text(node: Any) -> str:
    """``Text.from_tree(node).content``: the plain text, then each run's, by local name."""
    plain: str | None = None
    runs: list[str] = []
    for el in node:
        name = el.tag.rpartition("}")[2]
        if name == "t":
            plain = el.text
        elif name == "r":
            text = None
            for sub in el:
                if sub.tag.rpartition("}")[2] == "t":
                    text = sub.text
            if text is not None:
                runs.append(text)
    return "".join(runs if plain is None else [plain, *runs])


def _meta_values(wb: Any) -> dict[str, str]:
    if META_SHEET not in wb.sheetnames:
        return {}
    values: dict[str, str] = {}
    for row in wb[META_SHEET].iter_rows(max_col=2, values_only=True):
        if row and row[0] is not None:
            values[str(row[0])] = "" if len(row) < 2 or row[1] is None else str(row[1])
    return values


def _check_meta(ws: Workspace, wb: Any, name: str) -> list[str]:
    meta = _meta_values(wb)
    if meta.get("format") != FORMAT_NAME:
        raise TrackerImportError(
            f"{name} is not a Campaign Planner tracker (no tracker information inside); "
            "export a tracker from the planner, edit it and import that."
        )
    version = meta.get("version", "")
    if version != str(FORMAT_VERSION):
        raise TrackerImportError(
            f"{name} is a tracker of format version {version or '?'}; this app reads version "
            f"{FORMAT_VERSION}. Export a fresh tracker (or update the app)."
        )
    if meta.get("workspace_id") != ws.workspace_id:
        raise TrackerImportError(
            f"{name} was exported from another workspace; import it into the workspace it "
            "came from (or share data between workspaces with a bundle)."
        )
    audience = meta.get("audience")
    if audience != "internal":
        raise TrackerImportError(
            f"{name} is a {audience or 'unknown'}-audience tracker: names in it are "
            "described, not real, so it cannot be imported. Only internal trackers come back."
        )
    ids = [i for i in meta.get("campaign_ids", "").split(",") if i]
    if not ids:
        raise TrackerImportError(f"{name} names no campaign.")
    for cid in ids:
        try:
            campaigns.get(ws, cid)
        except NotFound:
            raise TrackerImportError(
                f"{name} is the tracker of a campaign that no longer exists ({cid})."
            ) from None
    return ids


def _text(raw: Any) -> str:
    """A cell as text, the way the tracker wrote it (numbers without '.0', dates ISO)."""
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw.replace("\r\n", "\n")
    if isinstance(raw, bool):
        return "yes" if raw else "no"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat() if raw.time() == dt.time() else raw.isoformat(" ")
    if isinstance(raw, dt.date):
        return raw.isoformat()
    return str(raw)


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; str() is the user's message."""


class _Reader:
    def __init__(
        self,
        ws: Workspace,
        plan: ImportPlan,
        progress: Progress | None,
        cancelled: CancelCheck | None,
    ) -> None:
        self.ws = ws
        self.plan = plan
        self.progress = progress
        self.cancelled = cancelled
        self.contexts = [RowContext(take_snapshot(ws, cid)) for cid in plan.campaign_ids]
        multi = len(self.contexts) > 1
        for ctx in self.contexts:
            ctx.multi = multi
        self.by_campaign_name = {c.snap.campaign.name.casefold(): c for c in self.contexts}
        self.names: dict[str, list[str]] = {}
        for ctx in self.contexts:
            for sid, name in ctx.snap.display_names.items():
                ids = self.names.setdefault(name.strip().casefold(), [])
                if sid not in ids:
                    ids.append(sid)
        self.enum_tables: dict[tuple[Any, ...], dict[str, Any]] = {}
        self.rows_done = 0
        self.rows_total = 0

    # -- sheets --------------------------------------------------------------------------

    def read(self, wb: Any) -> None:
        # rows expected (the records now): asking openpyxl for max_row would parse each
        # sheet twice, as a streamed sheet carries no dimension
        self.rows_total = sum(
            len(list(s.rows(c.snap)))
            for s in SHEETS
            if s.title in wb.sheetnames
            for c in self.contexts
        )
        for spec in SHEETS:
            if spec.title not in wb.sheetnames:
                if not spec.optional:
                    self.plan.notes.append(f"No {spec.title} sheet: nothing imported from it.")
                continue
            self.read_sheet(spec, wb[spec.title])
        self.merge_updates()
        if self.progress is not None:
            self.progress(self.rows_total, self.rows_total)

    def merge_updates(self) -> None:
        """One update per record: two sheets may edit the same engagement (Follow-ups)."""
        merged: dict[tuple[str, str], _Op] = {}
        ops: list[_Op] = []
        for op in self.plan.ops:
            if op.action != "update" or op.ident is None:
                ops.append(op)
                continue
            first = merged.get((op.entity, op.ident))
            if first is None:
                merged[(op.entity, op.ident)] = op
                ops.append(op)
                continue
            for name, value in op.values.items():
                if name in first.values and first.values[name] != value:
                    self.problem(
                        op.cells[name],
                        f"changed differently in {first.cells[name]}; keep one of the two",
                    )
                else:
                    first.values[name] = value
                    first.cells[name] = op.cells[name]
        self.plan.ops = ops

    def read_sheet(self, spec: SheetSpec, sheet: Any) -> None:
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        columns = self.map_headers(spec, header or ())
        items = self.current_items(spec)
        seen: dict[str, int] = {}
        width = len(header or ())
        for row_num, row in enumerate(rows, start=2):
            self.tick()
            if row is None or all(v is None or v == "" for v in row):
                continue
            if len(row) < width:
                row = tuple(row) + (None,) * (width - len(row))
            self.read_row(spec, columns, items, seen, row_num, row)

    def tick(self) -> None:
        self.rows_done += 1
        if self.rows_done % CHECK_EVERY == 0:
            if self.cancelled is not None and self.cancelled():
                raise TrackerCancelled("Import cancelled; nothing was changed.")
            if self.progress is not None:
                self.progress(min(self.rows_done, self.rows_total), self.rows_total)

    def map_headers(self, spec: SheetSpec, header: Sequence[Any]) -> list[tuple[int, Column]]:
        known = {c.header.casefold(): c for c in (*spec.columns, CAMPAIGN_COLUMN)}
        found: dict[str, int] = {}
        columns: list[tuple[int, Column]] = []
        for idx, raw in enumerate(header):
            key = _text(raw).strip().casefold()
            col = known.get(key)
            if col is None:
                continue  # a column of the user's own: ignored
            if key in found:
                raise TrackerImportError(
                    f"{spec.title}: the column {col.header!r} appears twice "
                    f"({_col_letter(found[key])} and {_col_letter(idx)}); keep one."
                )
            found[key] = idx
            columns.append((idx, col))
        needed = [c for c in spec.columns if c.kind == "id" or c.required]
        if len(self.contexts) > 1:
            needed.append(CAMPAIGN_COLUMN)
        missing = [c.header for c in needed if c.header.casefold() not in found]
        if missing:
            raise TrackerImportError(
                f"{spec.title}: required column{'s' if len(missing) > 1 else ''} "
                f"{', '.join(repr(m) for m in missing)} missing; the sheet cannot be matched "
                "to the planner's records. Export a fresh tracker to get them back."
            )
        # an editable column deleted whole would otherwise read as "nothing changed":
        # the user meant something by it, so say which column went and change nothing
        gone = [c.header for c in spec.columns if c.editable and c.header.casefold() not in found]
        if gone:
            raise TrackerImportError(
                f"{spec.title}: column{'s' if len(gone) > 1 else ''} "
                f"{', '.join(repr(g) for g in gone)} missing (deleted or renamed?); "
                "nothing was imported. Put the column back, or export a fresh tracker."
            )
        return columns

    def current_items(self, spec: SheetSpec) -> dict[str, tuple[Any, RowContext]]:
        id_col = next(c for c in spec.columns if c.kind == "id" and c.entity == spec.key)
        return {
            id_col.get(item, ctx): (item, ctx)
            for ctx in self.contexts
            for item in spec.rows(ctx.snap)
        }

    # -- rows ----------------------------------------------------------------------------

    def problem(self, where: str, message: str) -> None:
        self.plan.problems.append(Problem(where, message))

    def read_row(
        self,
        spec: SheetSpec,
        columns: list[tuple[int, Column]],
        items: dict[str, tuple[Any, RowContext]],
        seen: dict[str, int],
        row_num: int,
        row: Sequence[Any],
    ) -> None:
        def where(idx: int) -> str:
            return f"{spec.title}!{_col_letter(idx)}{row_num}"

        row_where = f"{spec.title}!A{row_num}"
        main_id_idx = next(i for i, c in columns if c.kind == "id" and c.entity == spec.key)
        ident = _text(row[main_id_idx]).strip()
        if not ident:
            if any(_text(row[i]).strip() for i, c in columns if c.kind == "id"):
                self.problem(where(main_id_idx), "the ID cells of this row are incomplete")
                return
            self.new_row(spec, columns, row_num, row, where)
            return
        if ident in seen:
            self.problem(
                where(main_id_idx),
                f"the same ID as row {seen[ident]} (a copied row? clear the ID cells of a new row)",
            )
            return
        seen[ident] = row_num
        current = items.get(ident)
        if current is None:
            self.problem(
                where(main_id_idx),
                f"no {SPECS[spec.key].label.lower()} with this ID in the campaign (deleted "
                "since the export, or the ID cell was edited)",
            )
            return
        item, ctx = current
        label = self.row_label(spec, item, ctx)
        # the other entity ids of the row (Link ID) must still match
        for idx, col in columns:
            mismatch = col.kind == "id" and col.entity != spec.key
            if mismatch and _text(row[idx]).strip() != col.get(item, ctx):
                self.problem(where(idx), f"{col.header} does not match the row's ID")
                return
        for idx, col in columns:
            if (
                col.kind == "delete"
                and col.entity is not None  # a delete column names what it deletes
                and _text(row[idx]).strip().casefold() in DELETE_WORDS
            ):
                target = next(c for c in spec.columns if c.kind == "id" and c.entity == col.entity)
                if not spec.can_delete:
                    self.problem(where(idx), "rows of this sheet cannot be deleted here")
                    return
                self.plan.ops.append(
                    _Op("delete", col.entity, target.get(item, ctx), {}, {}, where(idx))
                )
                self.plan.changes.append(
                    Change(row_where, col.entity, target.get(item, ctx), label, "(delete)", "", "")
                )
                return
        per_entity: dict[str, _Op] = {}
        for idx, col in columns:
            if not col.editable or col.kind in ("id", "version", "delete"):
                continue
            assert col.entity is not None and col.field is not None
            raw = row[idx]
            old = col.get(item, ctx)
            try:
                changed, new_values, shown_new = self.compare(col, raw, old, ctx)
            except CellError as exc:
                self.problem(where(idx), str(exc))
                continue
            if not changed:
                continue
            id_col = next(c for c in spec.columns if c.kind == "id" and c.entity == col.entity)
            ver_col = next(
                c for c in spec.columns if c.kind == "version" and c.entity == col.entity
            )
            ent_id = id_col.get(item, ctx)
            op = per_entity.get(col.entity)
            if op is None:
                op = _Op("update", col.entity, ent_id, {}, {}, row_where)
                op.version = ver_col.get(item, ctx)
                if not self.version_matches(columns, row, ver_col, op.version, where):
                    return
                per_entity[col.entity] = op
            for name, value in new_values.items():
                op.values[name] = value
                op.cells[name] = where(idx)
            self.plan.changes.append(
                Change(
                    where(idx),
                    col.entity,
                    ent_id,
                    label,
                    col.header,
                    self.shown(col, old),
                    shown_new,
                )
            )
        self.plan.ops.extend(per_entity.values())

    def version_matches(
        self,
        columns: list[tuple[int, Column]],
        row: Sequence[Any],
        ver_col: Column,
        current: int,
        where: Callable[[int], str],
    ) -> bool:
        for idx, col in columns:
            if col is ver_col:
                text = _text(row[idx]).strip()
                if text and text != str(current):
                    self.problem(
                        where(idx),
                        f"this row was changed in the planner since the export (version "
                        f"{current} now, {text} in the file); export a fresh tracker and "
                        "redo this edit there",
                    )
                    return False
        return True

    def row_label(self, spec: SheetSpec, item: Any, ctx: RowContext) -> str:
        for header in LABEL_HEADERS:
            if any(c.header == header for c in spec.columns):
                return _text(spec.column(header).get(item, ctx))
        return ""

    def shown(self, col: Column, value: Any) -> str:
        if value is None:
            return ""
        if col.kind == "enum":
            return enum_label(value)
        return _text(value)

    # -- cell conversion -----------------------------------------------------------------

    def compare(
        self, col: Column, raw: Any, old: Any, ctx: RowContext
    ) -> tuple[bool, dict[str, Any], str]:
        """(changed?, field values to set, the new value as shown) for one cell."""
        assert col.field is not None
        kind = col.kind
        if kind in ("names", "person", "target"):
            old_names = [n.strip().casefold() for n in _text(old).split(";") if n.strip()]
            new_text = _text(raw).strip()
            new_names = [n.strip() for n in new_text.split(";") if n.strip()]
            if [n.casefold() for n in new_names] == old_names:
                return False, {}, ""
            return True, self.resolve_names(col, new_names, new_text), new_text
        new = self.convert(col, raw)
        if kind in ("text", "wrap"):
            if new == _text(old):
                return False, {}, ""
        elif new == old:
            return False, {}, ""
        return True, {col.field: new}, self.shown(col, new)

    def convert(self, col: Column, raw: Any) -> Any:
        return cell_value(col, raw, self.enum_tables)

    def resolve_names(self, col: Column, names: list[str], text: str) -> dict[str, Any]:
        ids = [self.resolve_name(n) for n in names]
        if col.kind == "names":
            return {col.field: ids} if col.field else {}
        if col.kind == "person":
            if len(ids) > 1:
                raise CellError(f'"{_short(text)}": one name only')
            return {"stakeholder_id": ids[0] if ids else None}
        # ask target: a known stakeholder becomes target_id, anything else free text
        if len(names) == 1 and names[0].casefold() in self.names:
            return {"target_id": ids[0], "target": ""}
        return {"target": text, "target_id": None}

    def resolve_name(self, name: str) -> str:
        found = self.names.get(name.casefold(), [])
        if len(found) > 1:
            raise CellError(f'"{_short(name)}" names {len(found)} stakeholders; rename one')
        if found:
            return found[0]
        with self.ws.reading() as s:
            match = s.scalars(
                select(Stakeholder.id).where(
                    Stakeholder.name == name, Stakeholder.deleted_at.is_(None)
                )
            ).all()
        if len(match) == 1:
            return match[0]
        raise CellError(
            f'"{_short(name)}" is not a stakeholder of this workspace (names as in the '
            "Stakeholders sheet, separated by ;)"
        )

    # -- new rows ------------------------------------------------------------------------

    def new_row(
        self,
        spec: SheetSpec,
        columns: list[tuple[int, Column]],
        row_num: int,
        row: Sequence[Any],
        where: Callable[[int], str],
    ) -> None:
        row_where = f"{spec.title}!A{row_num}"
        editable = [(i, c) for i, c in columns if c.editable and c.kind not in ("id", "version")]
        if any(
            c.kind == "delete" and _text(row[i]).strip().casefold() in DELETE_WORDS
            for i, c in editable
        ):
            return  # a new row marked for deletion: nothing to do
        if not spec.can_create:
            self.problem(
                row_where,
                f"new rows cannot be added to {spec.title}; add them in the planner",
            )
            return
        ctx = self.campaign_of(columns, row, where)
        if ctx is None:
            return
        main: dict[str, Any] = {}
        main_cells: dict[str, str] = {}
        link: dict[str, Any] = {}
        link_cells: dict[str, str] = {}
        ok = True
        present = {c.header for _, c in editable}
        for col in spec.columns:
            if col.required and col.header not in present:
                ok = False
                self.problem(row_where, f"{col.header} is required for a new row")
        for idx, col in editable:
            if col.kind == "delete" or col.field is None:  # editable: the field is set
                continue
            raw = row[idx]
            if col.required and not _text(raw).strip():
                self.problem(where(idx), f"{col.header} is required for a new row")
                ok = False
                continue
            if _text(raw).strip() == "":
                continue
            try:
                if col.kind in ("names", "person", "target"):
                    text = _text(raw).strip()
                    names = [n.strip() for n in text.split(";") if n.strip()]
                    values = self.resolve_names(col, names, text)
                else:
                    values = {col.field: self.convert(col, raw)}
            except CellError as exc:
                self.problem(where(idx), str(exc))
                ok = False
                continue
            bucket, cells = (main, main_cells) if col.entity == spec.entity else (link, link_cells)
            for name, value in values.items():
                bucket[name] = value
                cells[name] = where(idx)
        if not ok:
            return
        campaign_id = ctx.snap.campaign.id
        op = _Op("create", spec.entity, None, main, main_cells, row_where)
        label = _text(main.get("name") or main.get("title") or main.get("text") or "")
        if spec.entity == "stakeholder":
            op.link = (campaign_id, link, link_cells)
            existing = self.names.get(str(main.get("name", "")).strip().casefold(), [])
            in_campaign = {p.id for c in self.contexts for p in c.snap.people}
            if existing and existing[0] in in_campaign:
                self.problem(
                    row_where,
                    f'"{_short(label)}" is already in the campaign (one row per stakeholder)',
                )
                return
        else:
            main["campaign_id"] = campaign_id
        self.plan.ops.append(op)
        self.plan.changes.append(Change(row_where, spec.entity, None, label, "(new)", "", ""))

    def campaign_of(
        self, columns: list[tuple[int, Column]], row: Sequence[Any], where: Callable[[int], str]
    ) -> RowContext | None:
        if len(self.contexts) == 1:
            return self.contexts[0]
        for idx, col in columns:
            if col.kind == "campaign":
                name = _text(row[idx]).strip()
                ctx = self.by_campaign_name.get(name.casefold())
                if ctx is None:
                    self.problem(
                        where(idx),
                        f'"{_short(name)}" is not one of this tracker\'s campaigns',
                    )
                return ctx
        return None


def cell_value(
    col: Column, raw: Any, enum_tables: dict[tuple[Any, ...], dict[str, Any]] | None = None
) -> Any:
    """A text, date, choice or number cell as the value its field's rule is given;
    CellError (a message about the cell) if it cannot be read as its column's kind."""
    kind = col.kind
    if kind in ("text", "wrap"):
        return _text(raw)
    if kind == "date":
        return _date(raw)
    if kind == "enum":
        return _choice(col, raw, {} if enum_tables is None else enum_tables)
    if kind == "int":
        return _whole(raw)
    raise AssertionError(kind)


def _choice(col: Column, raw: Any, tables: dict[tuple[Any, ...], dict[str, Any]]) -> Any:
    text = _text(raw).strip()
    if not text:
        return None
    table = tables.get(col.choices)
    if table is None:
        table = tables[col.choices] = enum_lookup(col.choices)
    value = table.get(text.casefold())
    if value is None:
        allowed = ", ".join(enum_label(c) for c in col.choices)
        raise CellError(f'"{_short(text)}" is not one of: {allowed}')
    return value


def _col_letter(idx: int) -> str:
    return get_column_letter(idx + 1)


def _date(raw: Any) -> dt.date | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, (dt.date, dt.datetime)):
        return parse_date(raw)
    if isinstance(raw, str):
        try:
            return parse_date(raw)
        except ValueError:
            raise CellError(
                f'"{_short(raw)}" is not a date (use a date cell, or 2026-06-29)'
            ) from None
    raise CellError(f'"{_text(raw)}" is not a date (use a date cell, or 2026-06-29)')


def _whole(raw: Any) -> int | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool):
        raise CellError(f'"{_text(raw)}" is not a whole number')
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    text = _text(raw).replace("−", "-")
    try:
        return parse_whole(text)
    except ValueError:
        raise CellError(f'"{_short(text)}" is not a whole number') from None


# ---------------------------------------------------------------------------------------
# Applying


def _run_ops(
    session: Session,
    ops: Iterable[_Op],
    problems: list[Problem],
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> None:
    """Run every op in ``session``; record each failure as a problem at its cell."""
    ops = list(ops)
    for done, op in enumerate(ops, 1):
        if done % CHECK_EVERY == 0:
            if cancelled is not None and cancelled():
                raise TrackerCancelled("Import cancelled; nothing was changed.")
            if progress is not None:
                progress(done, len(ops))
        try:
            _run_op(session, op)
        except ValidationError as exc:
            cell = op.cells.get(exc.field, op.where)
            if op.link is not None and exc.field in op.link[2]:
                cell = op.link[2][exc.field]
            problems.append(Problem(cell, f"{_show(_text(exc.value))} {exc.reason}"))
        except (NotFound, ConflictError) as exc:
            problems.append(Problem(op.where, str(exc)))
    if progress is not None:
        progress(len(ops), len(ops))


def _run_op(session: Session, op: _Op) -> None:
    spec = SPECS[op.entity]
    if op.action == "update":
        assert op.ident is not None
        update_in(session, spec, op.ident, op.values, expected_version=op.version)
    elif op.action == "delete":
        assert op.ident is not None
        obj = load(session, spec, op.ident)
        obj.deleted_at = utc_now()
        session.flush()
    else:
        if op.link is not None:
            campaign_id, link_values, _cells = op.link
            existing = session.scalars(
                select(Stakeholder.id).where(
                    Stakeholder.name == op.values.get("name"), Stakeholder.deleted_at.is_(None)
                )
            ).first()
            sid = existing or create_in(session, spec, op.values).id
            create_in(
                session,
                positions.SPEC,
                {"campaign_id": campaign_id, "stakeholder_id": sid, **link_values},
            )
        else:
            create_in(session, spec, op.values)


def apply_tracker(
    ws: Workspace,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportPlan:
    """Apply a plan from ``read_tracker`` in one transaction: all of it or nothing."""
    if plan.problems:
        raise TrackerImportError(_problem_text(plan))
    if plan.applied:
        raise TrackerImportError("This tracker was already imported.")
    problems: list[Problem] = []
    try:
        with ws.session() as session:
            _run_ops(session, plan.ops, problems, progress, cancelled)
            if problems:
                raise _Abort
    except _Abort:
        plan.problems.extend(problems)
        raise TrackerImportError(_problem_text(plan)) from None
    plan.applied = True
    return plan


class _Abort(Exception):
    """Rolls the apply transaction back when an op failed."""


def _problem_text(plan: ImportPlan, limit: int = 20) -> str:
    lines = [f"{plan.path.name}: {len(plan.problems)} problem(s); nothing was changed."]
    lines += [f"  {p}" for p in plan.problems[:limit]]
    if len(plan.problems) > limit:
        lines.append(f"  … and {len(plan.problems) - limit} more")
    return "\n".join(lines)


def import_tracker(
    ws: Workspace,
    path: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportPlan:
    """Read, check and (unless ``dry_run`` or there are problems) apply a tracker."""
    plan = read_tracker(ws, path, progress=progress, cancelled=cancelled)
    if dry_run or not plan.ops:
        return plan
    if plan.problems:
        raise TrackerImportError(_problem_text(plan))
    return apply_tracker(ws, plan, progress=progress, cancelled=cancelled)
