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

import itertools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, cast

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.utils import get_column_letter

from planner import __version__
from planner.domain.audience import MARKINGS, Audience
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
from planner.publishing.exports.tracker_summary import Summary
from planner.publishing.redaction import RedactedSnapshot, require_redacted
from planner.services.snapshot import CampaignSnapshot

CHECK_EVERY = 500  # rows between progress reports and cancel checks


class _CustomProps(Protocol):
    custom_doc_props: Any  # openpyxl's CustomPropertyList


@dataclass(frozen=True)
class TrackerResult:
    path: Path
    audience: Audience
    sheets: dict[str, int]  # sheet title -> data rows

    def summary(self) -> str:
        parts = ", ".join(f"{n} {title.lower()}" for title, n in self.sheets.items())
        return f"{self.path} ({MARKINGS[self.audience].lower()}): {parts}"


def write_tracker(
    snapshots: Iterable[RedactedSnapshot],
    target: str | os.PathLike[str],
    *,
    campaigns: int | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> TrackerResult:
    """Write the workbook for already-redacted ``snapshots`` atomically to ``target``.

    ``snapshots`` may be an iterator (the gate's stream, one campaign read at a time);
    then ``campaigns`` says how many it yields. Each campaign's rows are appended to every
    sheet as it comes and the snapshot is dropped, so memory does not grow with the
    number of campaigns. With several campaigns the Summary blocks wait until the last
    one is read (their closing note names the sheets, and an optional sheet such as
    Votes is kept only if some campaign has rows for it).
    """
    if isinstance(snapshots, Sequence):
        campaigns = len(snapshots)
    if not campaigns:
        raise ValueError("a tracker needs at least one campaign")
    stream = iter(snapshots)
    first = next(stream, None)
    if first is None:
        raise ValueError("a tracker needs at least one campaign")
    require_redacted(first)
    audience = first.audience
    multi = campaigns > 1
    title = _title(first, campaigns)
    counter = _Counter(campaigns, progress, cancelled)
    specs = [spec for spec in SHEETS if audience == "internal" or not spec.internal_only]

    wb = Workbook(write_only=True)
    try:
        _set_properties(wb, first, audience, title)
        if multi:
            summary = Summary(wb, audience, title, None)
        else:  # one campaign: the sheets are known now, the Summary is written first
            ctx = RowContext(first)
            specs = [s for s in specs if not s.optional or _rows(s, ctx)]
            summary = Summary(wb, audience, title, [s.title for s in specs])
        sheets: list[_Sheet] = []
        ids: list[str] = []
        for snap in itertools.chain([first], stream):
            require_redacted(snap)
            if snap.audience != audience:
                raise ValueError(
                    "all snapshots of one tracker must be redacted for the same audience"
                )
            ctx = RowContext(snap, multi)
            summary.add(ctx)
            if not ids:  # after the first Summary block: styles are numbered as they come
                sheets = [_Sheet(wb, spec, audience, multi, title, counter) for spec in specs]
            rows = [_rows(sheet.spec, ctx) for sheet in sheets]
            counter.add(sum(len(r) for r in rows))
            for sheet, items in zip(sheets, rows, strict=True):
                sheet.write(ctx, items)
            ids.append(snap.campaign.id)
            counter.check()
        if len(ids) != campaigns:
            raise ValueError(f"expected {campaigns} campaigns, got {len(ids)}")
        kept = []
        for sheet in sheets:
            if sheet.spec.optional and not sheet.written:
                wb.remove(sheet.ws)
                _discard_sheet(sheet.ws)
            else:
                sheet.finish()
                kept.append(sheet)
        summary.close([s.spec.title for s in kept])
        counts = {s.spec.title: s.written for s in kept}
        _write_meta(wb, first, ids, audience)
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
        progress(counter.total, counter.total)
    return TrackerResult(path, audience, counts)


def _rows(spec: SheetSpec, ctx: RowContext) -> list[Any]:
    """The items of one sheet for one campaign, taken once (some are sorted)."""
    return list(spec.rows(ctx.snap))


def _discard(wb: Workbook) -> None:
    """Close the streamed sheets of an abandoned workbook and delete their temp files."""
    for sheet in wb.worksheets:
        _discard_sheet(sheet)


def _discard_sheet(sheet: Any) -> None:
    writer = getattr(sheet, "_writer", None)
    try:
        if not sheet.closed:
            sheet.close()
    finally:
        if writer is not None:
            writer.cleanup()


class _Counter:
    """Progress and cancel polling, every ``CHECK_EVERY`` rows."""

    def __init__(self, campaigns: int, progress: Progress | None, cancelled: CancelCheck | None):
        self.campaigns = campaigns
        self.read = 0  # campaigns read so far
        self.total = 0  # their rows: grows as campaigns are read
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled

    def add(self, rows: int) -> None:
        self.read += 1
        self.total += rows

    @property
    def expected(self) -> int:
        """The rows of every campaign, estimated from those read so far (exact at the end),
        so a progress bar does not fill up with the first campaign and restart at each."""
        return max(self.done, round(self.total * self.campaigns / max(1, self.read)))

    def step(self) -> None:
        self.done += 1
        if self.done % CHECK_EVERY == 0:
            self.check()
            if self.progress is not None:
                self.progress(self.done, self.expected)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise TrackerCancelled("Export cancelled; no file was written.")


def _title(first: CampaignSnapshot, campaigns: int) -> str:
    if campaigns == 1:
        return f"Campaign tracker — {first.campaign.name}"
    return f"Campaign tracker — {campaigns} campaigns"


def _set_properties(wb: Workbook, first: CampaignSnapshot, audience: str, title: str) -> None:
    """Document properties that say what the file is, and nothing about who is in it."""
    props = wb.properties
    props.creator = "Campaign Planner"
    props.lastModifiedBy = "Campaign Planner"
    props.title = title
    props.subject = MARKINGS[audience]
    props.description = f"{MARKINGS[audience]}. Generated {first.generated_on.isoformat()}."
    props.keywords = None
    props.category = "Campaign tracker"
    props.version = __version__
    # The stubs predate openpyxl's custom document properties (3.1).
    custom = cast(_CustomProps, wb).custom_doc_props
    custom.append(StringProperty(name="TrackerFormat", value=FORMAT_NAME))
    custom.append(StringProperty(name="TrackerVersion", value=str(FORMAT_VERSION)))
    custom.append(StringProperty(name="Audience", value=audience))


class _Sheet:
    """One data sheet, open while the campaigns stream in: header first, rows per campaign,
    then the filter, print area, drop-downs and colour rules sized to the rows written."""

    def __init__(
        self,
        wb: Workbook,
        spec: SheetSpec,
        audience: str,
        multi: bool,
        title: str,
        counter: _Counter,
    ) -> None:
        self.spec = spec
        self.audience = audience
        self.counter = counter
        self.columns = columns = spec.columns_for(audience, multi)
        self.ws = ws = wb.create_sheet(spec.title)
        style.set_widths(ws, columns)
        freeze_col = 1
        headers = [c.header for c in columns]
        if spec.freeze_after and spec.freeze_after in headers:
            freeze_col = headers.index(spec.freeze_after) + 2
        ws.freeze_panes = f"{get_column_letter(freeze_col)}2"
        ws.sheet_view.zoomScale = 100
        ws.row_dimensions[1].height = 30
        style.print_setup(ws, audience, title)
        ws.append(style.header_cells(ws, columns))
        style.StyledRows(ws, columns)
        self.getters = [c.get for c in columns]
        self.labels = [
            {x: enum_label(x) for x in c.choices} if c.kind == "enum" else None for c in columns
        ]
        self.wrapped = [
            (idx, style.chars_per_line(c.width))
            for idx, c in enumerate(columns)
            if c.kind in style.WRAPPED_KINDS
        ]
        self.written = 0

    def write(self, ctx: RowContext, items: Iterable[Any]) -> None:
        ws = self.ws
        dims = ws.row_dimensions
        getters, labels, wrapped = self.getters, self.labels, self.wrapped
        step = self.counter.step
        row_idx = self.written + 1
        for item in items:
            values = []
            for get, label in zip(getters, labels, strict=True):
                value = get(item, ctx)
                if label is not None and value:
                    value = label.get(value, value)
                values.append(value)
            row_idx += 1
            height = style.row_height(values, wrapped)
            if height:
                dims[row_idx].height = height
            ws.append(values)
            if height:
                del dims[row_idx]  # already written; keep memory flat
            step()
        self.written = row_idx - 1

    def finish(self) -> None:
        ws, spec, columns, audience = self.ws, self.spec, self.columns, self.audience
        last_row = self.written + 1
        last_col = get_column_letter(len(columns))
        ws.auto_filter.ref = f"A1:{last_col}{last_row}"
        headers = [c.header for c in columns]
        if spec.print_until in headers:
            last_printed = get_column_letter(headers.index(spec.print_until) + 1)
            ws.print_area = f"A1:{last_printed}{last_row}"
        editable_rows = max(2, last_row + (500 if audience == "internal" else 0))
        if audience == "internal":
            style.add_validations(ws, columns, editable_rows)
        style.add_row_rules(ws, spec.title, columns, editable_rows)


def _write_meta(
    wb: Workbook, first: CampaignSnapshot, campaign_ids: Sequence[str], audience: Audience
) -> None:
    """A hidden sheet that tells the importer which workspace and format this file is."""
    meta = TrackerMeta(
        workspace_id=first.workspace_id,
        audience=audience,
        campaign_ids=tuple(campaign_ids),
        generated_on=first.generated_on.isoformat(),
    )
    ws = wb.create_sheet(META_SHEET)
    ws.sheet_state = "hidden"
    for row in meta.rows():
        ws.append(list(row))
