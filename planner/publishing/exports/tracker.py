"""The Excel tracker: one workbook per campaign (or several) that staff share and edit.

``documents.export_tracker`` sends the tracker through the gate (``planner.publishing.gate``:
snapshot, redaction, free-text check, write, share recorded), which hands the
``RedactedSnapshot``s to ``write_tracker``. That never sees a session: it streams every
sheet with openpyxl's write-only mode (memory stays flat as rows grow) into a temporary
file that replaces the target only when complete. Sheets and columns come from
``tracker_format``; how they look from ``tracker_style``; the Summary sheet from
``tracker_summary``.

For the GUI worker: ``progress(done, total)`` is called as rows are written and
``cancelled()`` is polled; a cancel raises ``TrackerCancelled`` and leaves no file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.utils import get_column_letter

from planner import __version__
from planner.domain.audience import MARKINGS
from planner.files.atomic import atomic_path
from planner.publishing.exports import tracker_style as style
from planner.publishing.exports.tracker_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    META_SHEET,
    SHEETS,
    CancelCheck,
    Progress,
    RowContext,
    SheetSpec,
    TrackerCancelled,
    TrackerMeta,
    enum_label,
)
from planner.publishing.exports.tracker_summary import write_summary
from planner.publishing.redaction import RedactedSnapshot, require_redacted
from planner.services.snapshot import CampaignSnapshot

CHECK_EVERY = 500  # rows between progress reports and cancel checks


@dataclass(frozen=True)
class TrackerResult:
    path: Path
    audience: str
    sheets: dict[str, int]  # sheet title -> data rows

    def summary(self) -> str:
        parts = ", ".join(f"{n} {title.lower()}" for title, n in self.sheets.items())
        return f"{self.path} ({MARKINGS[self.audience].lower()}): {parts}"


def _sheet_rows(spec: SheetSpec, contexts: Sequence[RowContext]) -> int:
    return sum(len(list(spec.rows(c.snap))) for c in contexts)


def write_tracker(
    snapshots: Sequence[RedactedSnapshot],
    target: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> TrackerResult:
    """Write the workbook for already-redacted ``snapshots`` atomically to ``target``."""
    if not snapshots:
        raise ValueError("a tracker needs at least one campaign")
    for snap in snapshots:
        require_redacted(snap)
    audiences = {s.audience for s in snapshots}
    if len(audiences) != 1:
        raise ValueError("all snapshots of one tracker must be redacted for the same audience")
    audience = audiences.pop()
    multi = len(snapshots) > 1
    contexts = [RowContext(s, multi) for s in snapshots]
    specs = [
        spec
        for spec in SHEETS
        if (audience == "internal" or not spec.internal_only)
        and (not spec.optional or _sheet_rows(spec, contexts))
    ]
    total = sum(_sheet_rows(spec, contexts) for spec in specs)
    counter = _Counter(total, progress, cancelled)
    title = _title(snapshots)

    wb = Workbook(write_only=True)
    try:
        _set_properties(wb, snapshots, audience, title)
        write_summary(wb, contexts, [s.title for s in specs], title)
        counts: dict[str, int] = {}
        for spec in specs:
            counts[spec.title] = _write_sheet(wb, spec, contexts, audience, title, counter)
        _write_meta(wb, snapshots, audience)
        counter.check()
    except BaseException:
        _discard(wb)
        raise
    path = Path(target)
    try:
        with atomic_path(path) as tmp:
            wb.save(tmp)
    except BaseException:
        _discard(wb)  # else openpyxl's half-written sheets complain when collected
        raise
    if progress is not None:
        progress(total, total)
    return TrackerResult(path, audience, counts)


def _discard(wb: Workbook) -> None:
    """Close the streamed sheets of an abandoned workbook and delete their temp files."""
    for sheet in wb.worksheets:
        writer = getattr(sheet, "_writer", None)
        try:
            if not sheet.closed:
                sheet.close()
        finally:
            if writer is not None:
                writer.cleanup()


class _Counter:
    """Progress and cancel polling, every ``CHECK_EVERY`` rows."""

    def __init__(self, total: int, progress: Progress | None, cancelled: CancelCheck | None):
        self.total = total
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled

    def step(self) -> None:
        self.done += 1
        if self.done % CHECK_EVERY == 0:
            self.check()
            if self.progress is not None:
                self.progress(self.done, self.total)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise TrackerCancelled("Export cancelled; no file was written.")


def _title(snapshots: Sequence[CampaignSnapshot]) -> str:
    if len(snapshots) == 1:
        return f"Campaign tracker — {snapshots[0].campaign.name}"
    return f"Campaign tracker — {len(snapshots)} campaigns"


def _set_properties(
    wb: Workbook, snapshots: Sequence[CampaignSnapshot], audience: str, title: str
) -> None:
    """Document properties that say what the file is, and nothing about who is in it."""
    props = wb.properties
    props.creator = "Campaign Planner"
    props.lastModifiedBy = "Campaign Planner"
    props.title = title
    props.subject = MARKINGS[audience]
    props.description = f"{MARKINGS[audience]}. Generated {snapshots[0].generated_on.isoformat()}."
    props.keywords = None
    props.category = "Campaign tracker"
    props.version = __version__
    wb.custom_doc_props.append(StringProperty(name="TrackerFormat", value=FORMAT_NAME))
    wb.custom_doc_props.append(StringProperty(name="TrackerVersion", value=str(FORMAT_VERSION)))
    wb.custom_doc_props.append(StringProperty(name="Audience", value=audience))


def _write_sheet(
    wb: Workbook,
    spec: SheetSpec,
    contexts: Sequence[RowContext],
    audience: str,
    title: str,
    counter: _Counter,
) -> int:
    columns = spec.columns_for(audience, contexts[0].multi)
    ws = wb.create_sheet(spec.title)
    style.set_widths(ws, columns)
    freeze_col = 1
    if spec.freeze_after:
        headers = [c.header for c in columns]
        if spec.freeze_after in headers:
            freeze_col = headers.index(spec.freeze_after) + 2
    ws.freeze_panes = f"{get_column_letter(freeze_col)}2"
    ws.sheet_view.zoomScale = 100
    ws.row_dimensions[1].height = 30
    style.print_setup(ws, audience, title)
    ws.append(style.header_cells(ws, columns))
    style.StyledRows(ws, columns)

    getters = [c.get for c in columns]
    labels = [{x: enum_label(x) for x in c.choices} if c.kind == "enum" else None for c in columns]
    wrapped = [
        (idx, style.chars_per_line(c.width))
        for idx, c in enumerate(columns)
        if c.kind in style.WRAPPED_KINDS
    ]
    dims = ws.row_dimensions
    written = 0
    for ctx in contexts:
        for item in spec.rows(ctx.snap):
            values = []
            for get, label in zip(getters, labels, strict=True):
                value = get(item, ctx)
                if label is not None and value:
                    value = label.get(value, value)
                values.append(value)
            row_idx = written + 2
            height = style.row_height(values, wrapped)
            if height:
                dims[row_idx].height = height
            ws.append(values)
            if height:
                del dims[row_idx]  # already written; keep memory flat
            written += 1
            counter.step()

    last_row = written + 1
    last_col = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last_col}{last_row}"
    headers = [c.header for c in columns]
    if spec.print_until in headers:
        ws.print_area = f"A1:{get_column_letter(headers.index(spec.print_until) + 1)}{last_row}"
    editable_rows = max(2, last_row + (500 if audience == "internal" else 0))
    if audience == "internal":
        style.add_validations(ws, columns, editable_rows)
    style.add_row_rules(ws, spec.title, columns, editable_rows)
    return written


def _write_meta(wb: Workbook, snapshots: Sequence[CampaignSnapshot], audience: str) -> None:
    """A hidden sheet that tells the importer which workspace and format this file is."""
    meta = TrackerMeta(
        workspace_id=snapshots[0].workspace_id,
        audience=audience,
        campaign_ids=tuple(s.campaign.id for s in snapshots),
        generated_on=snapshots[0].generated_on.isoformat(),
    )
    ws = wb.create_sheet(META_SHEET)
    ws.sheet_state = "hidden"
    for row in meta.rows():
        ws.append(list(row))
