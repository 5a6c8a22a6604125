"""The tracker's Summary sheet: what a manager reads first.

Per campaign: the campaign in brief, the asks and how far they got, key figures (who
stands where, what is overdue or due, follow-ups), a bar chart of stakeholders by stance,
the next moments and the whip count of each vote (``planner.planning.vote_count``'s tally: the
General Assembly's 193 states or the Security Council's 15 members, with any veto named).
Written row by row into a write-only sheet.
"""

from __future__ import annotations

import datetime as dt
import pickle
from collections import Counter
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.marker import DataPoint
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.pagebreak import Break

from planner.domain import vocabulary as v
from planner.domain.audience import MARKINGS
from planner.planning import vote_count
from planner.publishing.exports import tracker_style as style
from planner.publishing.exports.tracker_format import RowContext, enum_label
from planner.services.milestones import is_overdue

WIDTHS = {"A": 26, "B": 14, "C": 14, "D": 14, "E": 14, "F": 22, "G": 13, "H": 13}
LAST = "H"
UPCOMING_DAYS = 30
SHOWN_MOMENTS = 8
PRIORITIES = {1: "1 — high", 2: "2 — medium", 3: "3 — low"}
FORMULA_STARTS = style.FORMULA_STARTS


class _Out:
    """Appends styled rows to a write-only sheet, keeping count of the row number.

    With ``defer`` the rows wait and are written by ``flush``: a workbook of several
    campaigns is streamed campaign by campaign, and each block's closing note names the
    sheets, which are known only once every campaign was read. Each block waits packed
    (``pack``: values and style numbers in one bytes object), not as cell objects that
    would pin the memory of every snapshot freed around them. Merges, page breaks and
    charts are recorded at once (a write-only sheet writes them on close).
    """

    def __init__(self, ws: Any, *, defer: bool = False) -> None:
        self.ws = ws
        self.row = 0
        self.defer = defer
        self.pending: list[tuple[list[Any], float | None]] = []
        self.packed: list[bytes] = []
        self.notes: dict[int, str] = {}  # id of a note cell waiting for the sheet list -> audience

    def cell(self, value: Any, **styles: Any) -> Cell:
        cell = WriteOnlyCell(self.ws, value)
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            cell.data_type = "s"
            cell.quotePrefix = True
        cell.font = styles.pop("font", style.BODY_FONT)
        for key, val in styles.items():
            setattr(cell, key, val)
        return cell

    def append(self, cells: list[Any], *, height: float | None = None) -> int:
        self.row += 1
        if self.defer:
            self.pending.append((cells, height))
        else:
            self._write(self.row, cells, height)
        return self.row

    def _write(self, row: int, cells: list[Any], height: float | None) -> None:
        if height:
            self.ws.row_dimensions[row].height = height
        self.ws.append(cells)

    def pack(self) -> None:
        """The rows waiting since the last pack, as one bytes object."""
        if not self.pending:
            return
        rows = [([self._packed(c) for c in cells], height) for cells, height in self.pending]
        self.packed.append(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))
        self.pending = []
        self.notes = {}

    def _packed(self, cell: Any) -> Any:
        if not isinstance(cell, Cell):
            return ("value", cell)
        note = self.notes.get(id(cell))
        raw: Any = cell  # the stubs know neither _value nor _style
        return ("cell", raw._value, raw.data_type, tuple(raw._style), note)

    def _unpacked(self, packed: Any, sheet_titles: Sequence[str]) -> Any:
        if packed[0] == "value":
            return packed[1]
        _kind, value, data_type, style_ids, note = packed
        cell: Any = WriteOnlyCell(self.ws)
        cell._value = value if note is None else _sheets_note(sheet_titles, note)
        cell.data_type = data_type
        cell._style = StyleArray(list(style_ids))
        return cell

    def flush(self, sheet_titles: Sequence[str]) -> None:
        """Write the waiting rows, every deferred note naming ``sheet_titles``."""
        self.pack()
        row = 0
        for blob in self.packed:
            for cells, height in pickle.loads(blob):
                row += 1
                self._write(row, [self._unpacked(c, sheet_titles) for c in cells], height)
        self.packed = []

    def merge(self, first: str, last: str) -> None:
        self.ws.merged_cells.add(f"{first}{self.row}:{last}{self.row}")

    def blank(self) -> None:
        self.append([])


def _sheets_note(sheet_titles: Sequence[str], audience: str) -> str:
    note = "Sheets: " + ", ".join(sheet_titles) + "."
    if audience == "internal":
        note += (
            " Edit the sheets and import the file back (File ▸ Import tracker, or"
            " `planner import-tracker`); write yes in Delete? to delete a row."
        )
    return note


class Summary:
    """The Summary sheet, fed one campaign at a time.

    Given the sheet titles up front (one campaign: everything is known) each block is
    written as it comes; without them the blocks wait in memory (a few hundred cells a
    campaign, never the campaign's data) until ``close`` names the sheets.
    """

    def __init__(
        self, wb: Workbook, audience: str, title: str, sheet_titles: Sequence[str] | None
    ) -> None:
        ws = wb.create_sheet("Summary")
        for letter, width in WIDTHS.items():
            ws.column_dimensions[letter].width = width
        ws.sheet_view.showGridLines = False
        style.print_setup(ws, audience, title, repeat_header=False)
        ws.page_setup.orientation = "portrait"
        self.ws = ws
        self.out = _Out(ws, defer=sheet_titles is None)
        self.sheet_titles = sheet_titles
        self.blocks = 0

    def add(self, ctx: RowContext) -> None:
        out = self.out
        if self.blocks:
            self.ws.row_breaks.append(Break(id=out.row))
        _campaign_block(out, ctx, self.sheet_titles)
        out.blank()
        out.blank()
        out.pack()
        self.blocks += 1

    def close(self, sheet_titles: Sequence[str]) -> None:
        self.out.flush(sheet_titles)


def _title_rows(out: _Out, ctx: RowContext) -> None:
    snap = ctx.snap
    out.append(
        [
            out.cell(
                snap.campaign.name,
                font=Font(name=style.FONT_NAME, size=18, bold=True, color=style.NAVY),
                alignment=Alignment(vertical="center"),
            )
        ],
        height=32,
    )
    out.merge("A", LAST)
    marking = MARKINGS[snap.audience]
    generated = f"Campaign tracker · generated {snap.generated_on:%-d %B %Y}"
    muted = Font(name=style.FONT_NAME, size=10, color=style.MUTED)
    badge = out.cell(
        marking.upper(),
        font=Font(name=style.FONT_NAME, size=10, bold=True, color="FFFFFF"),
        fill=PatternFill("solid", fgColor=style.MARKING_COLOURS[snap.audience]),
        alignment=Alignment(horizontal="center", vertical="center"),
    )
    out.append([out.cell(generated, font=muted), None, None, None, None, badge], height=20)
    out.merge("A", "E")
    out.merge("F", LAST)


def _section(out: _Out, text: str) -> None:
    out.blank()
    line = Border(bottom=Side(style="medium", color=style.NAVY))
    font = Font(name=style.FONT_NAME, size=12, bold=True, color=style.NAVY)
    out.append(
        [out.cell(text, font=font, border=line)]
        + [out.cell(None, border=line) for _ in range(len(WIDTHS) - 1)],
        height=20,
    )


def _lines(text: str, *columns: str) -> int:
    """Lines ``text`` wraps to in a cell spanning ``columns`` (letters; a range "A-H")."""
    if len(columns) == 1 and "-" in columns[0]:
        first, last = columns[0].split("-")
        columns = tuple(chr(c) for c in range(ord(first), ord(last) + 1))
    width = sum(WIDTHS[c] for c in columns)
    return style.wrapped_lines(text, style.chars_per_line(width))


def _fact(out: _Out, label: str, value: Any, *, wrap: bool = False) -> None:
    if value in (None, ""):
        return
    label_font = Font(name=style.FONT_NAME, size=10, bold=True, color=style.INK)
    top = Alignment(vertical="top", wrap_text=wrap)
    height = None
    if wrap and isinstance(value, str):
        height = max(15, 13.5 * _lines(value, "B-H"))
    out.append(
        [
            out.cell(label, font=label_font, alignment=Alignment(vertical="top")),
            out.cell(value, alignment=top),
        ],
        height=height,
    )
    out.merge("B", LAST)


def _table_header(out: _Out, headers: list[tuple[str, str]]) -> None:
    """headers: (column letter, text); cells between are left for merges."""
    letters = list(WIDTHS)
    row: list[Any] = [None] * len(letters)
    for letter, text in headers:
        row[letters.index(letter)] = text
    cells = [
        out.cell(
            text or None,
            font=style.HEADER_FONT,
            fill=style.HEADER_FILL,
            alignment=style.HEADER_ALIGN,
        )
        for text in row
    ]
    out.append(cells, height=18)


def _campaign_block(out: _Out, ctx: RowContext, sheet_titles: Sequence[str] | None) -> None:
    snap = ctx.snap
    c = snap.campaign
    today = snap.generated_on
    _title_rows(out, ctx)
    _section(out, "The campaign")
    _fact(out, "Context", c.context)
    _fact(out, "Objective", c.objective, wrap=True)
    _fact(out, "Status", v.label(c.status))
    _fact(out, "Priority", PRIORITIES.get(c.priority, str(c.priority)))
    if c.start_date or c.end_date:
        start = f"{c.start_date:%-d %b %Y}" if c.start_date else "…"
        end = f"{c.end_date:%-d %b %Y}" if c.end_date else "ongoing"
        _fact(out, "Period", f"{start} – {end}")
    _fact(out, "Lead", c.lead)
    _fact(out, "Strategy", c.strategy, wrap=True)
    _fact(out, "Outcome", c.outcome, wrap=True)

    _asks(out, ctx)
    _figures(out, ctx, today)
    _stance(out, ctx)
    _moments(out, ctx, today)
    _votes(out, ctx)
    out.blank()
    note = out.cell(
        _sheets_note(sheet_titles, snap.audience) if sheet_titles is not None else "",
        font=Font(name=style.FONT_NAME, size=9, italic=True, color=style.MUTED),
        alignment=Alignment(wrap_text=True, vertical="top"),
    )
    if sheet_titles is None:
        out.notes[id(note)] = snap.audience
    out.append([note], height=26)
    out.merge("A", LAST)


def _asks(out: _Out, ctx: RowContext) -> None:
    snap = ctx.snap
    if not snap.asks:
        return
    _section(out, "Asks")
    _table_header(out, [("A", "Ask"), ("F", "Target"), ("G", "Status"), ("H", "Achieved")])
    out.merge("A", "E")
    colours = {"achieved": style.GREEN_INK, "dropped": style.MUTED, "progressing": style.NAVY}
    for a in snap.asks:
        target = a.target or snap.name_of(a.target_id)
        status_font = Font(
            name=style.FONT_NAME, size=10, bold=True, color=colours.get(a.status, style.INK)
        )
        top = Alignment(vertical="top", wrap_text=True)
        out.append(
            [
                out.cell(a.text, alignment=top),
                None,
                None,
                None,
                None,
                out.cell(target or None, alignment=top),
                out.cell(v.label(a.status), font=status_font, alignment=top),
                out.cell(a.achieved_on, number_format=style.DATE_FORMAT, alignment=top),
            ],
            height=max(15, 13.5 * max(_lines(a.text, "A-E"), _lines(target, "F"))),
        )
        out.merge("A", "E")


def _figures(out: _Out, ctx: RowContext, today: dt.date) -> None:
    snap = ctx.snap
    _section(out, "Key figures")
    soon = today + dt.timedelta(days=UPCOMING_DAYS)
    overdue = [m for m in snap.milestones if is_overdue(m, today)]
    upcoming = [m for m in snap.milestones if m.status == "planned" and today <= m.date <= soon]
    stances = Counter(p.position.stance for p in snap.people)
    figures: list[tuple[str, int, str | None]] = [
        ("Stakeholders in the campaign", len(snap.people), None),
        ("Champions and supporters", stances[2] + stances[1], style.GREEN_INK),
        ("Sceptical or opposed", stances[-1] + stances[-2], style.RED_INK),
        (f"Moments in the next {UPCOMING_DAYS} days", len(upcoming), None),
        ("Overdue moments", len(overdue), style.RED_INK if overdue else None),
    ]
    if snap.audience == "internal":
        due = [i for i in snap.interactions if i.follow_up_date and i.follow_up_date <= today]
        figures.append(("Follow-ups due", len(due), style.RED_INK if due else None))
        figures.append(("Engagements logged", len(snap.interactions), None))
    if snap.vote_positions:
        figures.append(("Vote positions tracked", len(snap.vote_positions), None))
    label_font = Font(name=style.FONT_NAME, size=10, color=style.INK)
    for label, count, colour in figures:
        font = Font(name=style.FONT_NAME, size=11, bold=True, color=colour or style.NAVY)
        out.append(
            [
                out.cell(label, font=label_font),
                out.cell(count, font=font, alignment=Alignment(horizontal="center")),
            ]
        )
    if snap.withheld:
        parts = ", ".join(f"{n} {v.label(cat).lower()}" for cat, n in sorted(snap.withheld.items()))
        text = (
            f"Also engaged but not listed in this {MARKINGS[snap.audience].lower()} "
            f"document: {snap.withheld_total} ({parts})."
        )
        out.append(
            [
                out.cell(
                    text,
                    font=Font(name=style.FONT_NAME, size=9, italic=True, color=style.MUTED),
                    alignment=Alignment(wrap_text=True, vertical="top"),
                )
            ],
            height=26,
        )
        out.merge("A", LAST)


def _stance(out: _Out, ctx: RowContext) -> None:
    snap = ctx.snap
    _section(out, "Who stands where")
    _table_header(
        out, [("A", "Stance"), ("B", "Stakeholders"), ("C", "Role"), ("D", "Stakeholders")]
    )
    first = out.row + 1
    stances = Counter(p.position.stance for p in snap.people)
    roles = Counter(p.position.role for p in snap.people)
    order = sorted(v.STANCE_LABELS, reverse=True)
    role_rows = [(v.label(r), roles[r]) for r in v.ROLES]
    centre = Alignment(horizontal="center")
    for i, stance in enumerate(order):
        swatch = Font(name=style.FONT_NAME, size=10, bold=True, color=style.STANCE_COLOURS[stance])
        label = f"{stance:+d} {v.STANCE_LABELS[stance]}" if stance else "0 Neutral"
        role, count = role_rows[i] if i < len(role_rows) else ("", None)
        out.append(
            [
                out.cell(label, font=swatch),
                out.cell(stances[stance], alignment=centre),
                out.cell(role or None),
                out.cell(count, alignment=centre),
            ]
        )
    for role, count in role_rows[len(order) :]:
        out.append([None, None, out.cell(role), out.cell(count, alignment=centre)])
    last = first + len(order) - 1

    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = "Stakeholders by stance"
    chart.legend = None
    chart.height = 6.2
    chart.width = 11.5  # type: ignore[assignment]  # cm: the stub says int, Excel takes any
    data = Reference(out.ws, min_col=2, min_row=first, max_row=last)
    cats = Reference(out.ws, min_col=1, min_row=first, max_row=last)
    chart.add_data(data, titles_from_data=False)
    chart.set_categories(cats)
    series = chart.series[0]
    for idx, stance in enumerate(order):
        point = DataPoint(idx=idx)
        point.graphicalProperties.solidFill = style.STANCE_COLOURS[stance]
        point.graphicalProperties.line.solidFill = style.STANCE_COLOURS[stance]
        series.dPt.append(point)
    series.dLbls = DataLabelList()
    series.dLbls.showVal = True
    series.dLbls.showSerName = False
    series.dLbls.showCatName = False
    series.dLbls.showLegendKey = False
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # Champion on top, as in the table
    chart.y_axis.majorGridlines = None
    chart.y_axis.numFmt = "0"
    chart.gapWidth = 60
    out.ws.add_chart(chart, f"E{first - 1}")
    # leave room for the chart below the tables
    while out.row < first + 10:
        out.blank()


def _moments(out: _Out, ctx: RowContext, today: dt.date) -> None:
    snap = ctx.snap
    overdue = [m for m in snap.milestones if is_overdue(m, today)]
    upcoming = [m for m in snap.milestones if m.status == "planned" and m.date >= today]
    shown = overdue[-3:] + upcoming[: SHOWN_MOMENTS - len(overdue[-3:])]
    if not shown:
        return
    _section(out, "Coming up")
    _table_header(
        out, [("A", "Date"), ("B", "Moment"), ("F", "Kind"), ("G", "Status"), ("H", "Where")]
    )
    out.merge("B", "E")
    for m in shown:
        late = is_overdue(m, today)
        colour = style.RED_INK if late else style.INK
        font = Font(name=style.FONT_NAME, size=10, color=colour, bold=late)
        top = Alignment(vertical="top", wrap_text=True)
        status = "Overdue" if late else v.label(m.status)
        out.append(
            [
                out.cell(
                    m.date,
                    number_format=style.DATE_FORMAT,
                    font=font,
                    alignment=Alignment(vertical="top", horizontal="left"),
                ),
                out.cell(m.title, font=font, alignment=top),
                None,
                None,
                None,
                out.cell(enum_label(m.kind), font=font, alignment=top),
                out.cell(status, font=font, alignment=top),
                out.cell(m.location or None, font=font, alignment=top),
            ],
            height=max(
                15,
                13.5
                * max(
                    _lines(m.title, "B-E"),
                    _lines(enum_label(m.kind), "F"),
                    _lines(status, "G"),
                    _lines(m.location or "", "H"),
                ),
            ),
        )
        out.merge("B", "E")


def _votes(out: _Out, ctx: RowContext) -> None:
    """Each vote's whip count: rule, expected and actual totals, outcome (veto named)."""
    tallies = list(ctx.tallies.values())  # in date order
    if not tallies:
        return
    _section(out, "Votes")
    muted = Font(name=style.FONT_NAME, size=9, italic=True, color=style.MUTED)
    bold = Font(name=style.FONT_NAME, size=10, bold=True, color=style.INK)
    wrap = Alignment(vertical="top", wrap_text=True)
    centre = Alignment(horizontal="center", vertical="top")
    for t in tallies:
        day = ctx.milestone_dates.get(t.milestone_id)
        title = f"{t.milestone_title} ({day:%-d %b %Y})" if day else t.milestone_title
        out.append(
            [out.cell(title, font=bold, alignment=wrap)],
            height=max(15, 13.5 * _lines(title, "A-H")),
        )
        out.merge("A", LAST)
        rule = vote_count.rule_text(t)
        out.append([out.cell(rule, font=muted, alignment=wrap)], height=13 * _lines(rule, "A-H"))
        out.merge("A", LAST)
        _table_header(
            out,
            [
                ("A", ""),
                ("B", "Yes"),
                ("C", "No"),
                ("D", "Abstain"),
                ("E", "Absent"),
                ("F", "Unknown"),
                ("G", "Outcome"),
            ],
        )
        out.merge("G", "H")
        rows = [("Expected", t.projection)]
        if t.result is not None:
            rows.append(("Result", t.result))
        for label, verdict in rows:
            c = verdict.counts
            text = vote_count.verdict_text(verdict)
            colour = style.GREEN_INK if verdict.passes else style.RED_INK
            outcome = Font(name=style.FONT_NAME, size=10, bold=verdict.vetoed, color=colour)
            out.append(
                [
                    out.cell(label, font=bold, alignment=Alignment(vertical="top")),
                    *(out.cell(getattr(c, k), alignment=centre) for k in vote_count.VALUES),
                    out.cell(text, font=outcome, alignment=wrap),
                ],
                height=max(15, 13.5 * _lines(text, "G", "H")),
            )
            out.merge("G", "H")
        if t.outside:
            note = f"Not counted (not on the Council in {t.year}): {', '.join(t.outside)}."
            out.append([out.cell(note, font=muted, alignment=wrap)])
            out.merge("A", LAST)
