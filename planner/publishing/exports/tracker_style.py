"""How the tracker looks: palette, cell styles, drop-downs, colour rules and print setup.

Styles are built once per column as openpyxl ``StyleArray`` templates and streamed with
``StyledRows``, so a 100 000-row sheet costs little more than a bare dump of its values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol, cast

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.formatting import rule as _rules
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from planner.domain.audience import MARKINGS
from planner.publishing.exports.tracker_format import Column, enum_label

# openpyxl's rule factories are untyped in its stubs; they build a ``Rule``.
FormulaRule: Callable[..., Rule] = _rules.FormulaRule
ColorScaleRule: Callable[..., Rule] = _rules.ColorScaleRule


class _Styled(Protocol):
    """A cell's style array: openpyxl keeps it private, the stubs leave it out, and
    copying it is what lets one style be computed once per column."""

    _style: StyleArray


NAVY = "1F3864"
INK = "1F2937"
MUTED = "6B7280"
BAND = "F3F6FB"
GRID = "D6DCE5"
RED_FILL, RED_INK = "FDE2E1", "9B1C1C"
AMBER_FILL, AMBER_INK = "FEF3C7", "92400E"
GREEN_FILL, GREEN_INK = "DCFCE7", "166534"
STANCE_COLOURS = {-2: "D9534F", -1: "F0AD4E", 0: "BFC5CC", 1: "8BC34A", 2: "2E7D32"}
MARKING_COLOURS = {"internal": "9B1C1C", "closed": "B45309", "public": "166534"}
DATE_FORMAT = "d mmm yyyy"
FONT_NAME = "Calibri"

# A text starting with one of these is a formula to Excel or LibreOffice once edited;
# such cells are written as strings *and* marked quotePrefix so they stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

HEADER_FONT = Font(name=FONT_NAME, bold=True, color="FFFFFF", size=11)
HEADER_FILL = PatternFill("solid", fgColor=NAVY)
HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
THIN = Side(style="thin", color=GRID)
CELL_BORDER = Border(bottom=THIN)
BODY_FONT = Font(name=FONT_NAME, size=10, color=INK)


WRAPPED_KINDS = ("wrap", "names", "target", "campaign")
LINE_HEIGHT = 12.75  # points per line of 10-point text


# Calibri's average letter is about 1.1 column units wide, but LibreOffice on a machine
# without Calibri draws a wider substitute (DejaVu Sans): estimate for the wider one, so
# wrapped text is never cut, at worst a row has a little air.
CHARS_PER_WIDTH = 0.85


def chars_per_line(width: float) -> int:
    """About how many characters of 10-point text fit on a line of a column of ``width``."""
    return max(4, int(width * CHARS_PER_WIDTH))


def wrapped_lines(text: str, per_line: int) -> int:
    """Lines ``text`` takes when wrapped at word boundaries, ``per_line`` characters each.

    Counting whole words matters: a spreadsheet moves a word that does not fit to the
    next line, so a line holds fewer characters than its width.
    """
    count = 0
    for part in text.split("\n"):
        lines, used = 1, 0
        for word in part.split(" "):
            size = len(word)
            if used and used + 1 + size > per_line:
                lines, used = lines + 1, 0
            used = size if not used else used + 1 + size
            while used > per_line:  # a word longer than the line is broken
                lines, used = lines + 1, used - per_line
        count += lines
    return count


def row_height(values: Sequence[Any], wrapped: Sequence[tuple[int, int]]) -> float | None:
    """A row height that shows all wrapped text (None: one line, the default height).

    Excel and LibreOffice do not grow rows for wrapped text in a file they open, so
    the height is estimated here from text length and column width.
    """
    lines = 1
    for idx, per_line in wrapped:
        text = values[idx]
        if not text or not isinstance(text, str) or (len(text) <= per_line and "\n" not in text):
            continue
        lines = max(lines, wrapped_lines(text, per_line))
    return min(409.0, LINE_HEIGHT * lines + 3) if lines > 1 else None


def _template(ws: Worksheet, column: Column, *, quote_prefix: bool = False) -> StyleArray:
    """The style every data cell of ``column`` shares, made once."""
    cell = WriteOnlyCell(ws)
    cell.font = BODY_FONT
    cell.border = CELL_BORDER
    wrap = column.kind in WRAPPED_KINDS
    centred = column.kind in ("int", "delete", "version")
    cell.alignment = Alignment(
        vertical="top", wrap_text=wrap, horizontal="center" if centred else None
    )
    if column.kind == "date":
        cell.number_format = DATE_FORMAT
    elif column.kind in ("id", "version"):
        cell.font = Font(name=FONT_NAME, size=8, color=MUTED)
    if quote_prefix:
        cell.quotePrefix = True
    return StyleArray(cast(_Styled, cell)._style)


class _ColumnCell(Cell):
    """A reusable cell whose style is fixed: its style id is looked up once, not per value."""

    __slots__ = ("_sid",)
    _sid: int
    _style: StyleArray

    @property
    def style_id(self) -> int:
        return self._sid

    @property
    def has_style(self) -> bool:
        return True


def _column_cell(ws: Any, style_array: StyleArray) -> _ColumnCell:
    cell = _ColumnCell(ws, row=1, column=1)
    cell._style = style_array
    cell._sid = ws.parent._cell_styles.add(style_array)
    return cell


class StyledRows:
    """Turns plain value rows into styled cells, one reusable cell per column.

    openpyxl's write-only sheet builds a new cell (and raises and catches an exception)
    for every styled value; with one template cell per column the cost per cell is the
    same as for a bare value. Text that a spreadsheet would evaluate (``=…``, ``+…``,
    ``@…``) is forced to a plain string with the quotePrefix flag.
    """

    def __init__(self, ws: Any, columns: Sequence[Column]) -> None:
        self._cells = []
        self._quoted = []
        for col in columns:
            self._cells.append(_column_cell(ws, _template(ws, col)))
            self._quoted.append(_column_cell(ws, _template(ws, col, quote_prefix=True)))
        ws._values_to_row = self  # openpyxl calls ws._values_to_row(values, row_idx)

    def __call__(self, values: Sequence[Any], row_idx: int) -> Iterator[Cell]:
        quoted = self._quoted
        for idx, (cell, value) in enumerate(zip(self._cells, values, strict=False)):
            if value is None or value == "":
                continue
            if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                cell = quoted[idx]
                cell.value = value
                cell.data_type = "s"  # never a formula
            else:
                cell.value = value
            cell.row = row_idx
            cell.column = idx + 1
            yield cell


def header_cells(ws: Any, columns: Sequence[Column]) -> list[Cell]:
    cells = []
    for col in columns:
        cell = WriteOnlyCell(ws, col.header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGN
        cells.append(cell)
    return cells


def set_widths(ws: Any, columns: Sequence[Column]) -> None:
    for idx, col in enumerate(columns, 1):
        dim = ws.column_dimensions[get_column_letter(idx)]
        dim.width = col.width
        if col.hidden:
            dim.hidden = True


def add_validations(ws: Any, columns: Sequence[Column], last_row: int) -> None:
    """Drop-downs for enum and score columns; a prompt says what the column means."""
    for idx, col in enumerate(columns, 1):
        if not col.choices or not col.editable:
            continue
        letter = get_column_letter(idx)
        items = ",".join(enum_label(c) for c in col.choices)
        dv = DataValidation(
            type="list",
            formula1=f'"{items}"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=col.header,
            error=f"Choose one of: {items}",
            errorStyle="stop",
        )
        if col.prompt:
            dv.promptTitle = col.header
            dv.prompt = col.prompt
            dv.showInputMessage = True
        dv.add(f"{letter}2:{letter}{last_row}")
        ws.data_validations.append(dv)


def letter_of(columns: Sequence[Column], header: str) -> str | None:
    for idx, col in enumerate(columns, 1):
        if col.header == header:
            return get_column_letter(idx)
    return None


def add_row_rules(ws: Any, sheet: str, columns: Sequence[Column], last_row: int) -> None:
    """Conditional formats: overdue in red, due soon in amber, stance colour scale, bands."""
    last = get_column_letter(len(columns))
    rows = f"A2:{last}{last_row}"

    def col(header: str) -> str | None:
        return letter_of(columns, header)

    red = dict(fill=PatternFill("solid", bgColor=RED_FILL), font=Font(color=RED_INK, bold=True))
    amber = dict(fill=PatternFill("solid", bgColor=AMBER_FILL), font=Font(color=AMBER_INK))
    green = dict(fill=PatternFill("solid", bgColor=GREEN_FILL), font=Font(color=GREEN_INK))
    grey = dict(font=Font(color=MUTED))
    if sheet == "Milestones" and col("Status") and col("Date"):
        status, date, end = col("Status"), col("Date"), col("End date") or col("Date")
        when = f'IF(${end}2<>"",${end}2,${date}2)'
        planned = f'${status}2="Planned"'
        ws.conditional_formatting.add(
            rows, FormulaRule(formula=[f"AND({planned},{when}<TODAY())"], stopIfTrue=True, **red)
        )
        ws.conditional_formatting.add(
            rows,
            FormulaRule(
                formula=[f"AND({planned},${date}2>=TODAY(),${date}2<=TODAY()+7)"],
                stopIfTrue=True,
                **amber,
            ),
        )
        ws.conditional_formatting.add(
            rows,
            FormulaRule(formula=[f'OR(${status}2="Cancelled",${status}2="Missed")'], **grey),
        )
    if sheet in ("Engagement log", "Follow-ups") and col("Follow-up"):
        fu = col("Follow-up")
        target = f"{fu}2:{fu}{last_row}" if sheet == "Engagement log" else rows
        ws.conditional_formatting.add(
            target,
            FormulaRule(formula=[f'AND(${fu}2<>"",${fu}2<=TODAY())'], stopIfTrue=True, **red),
        )
    if sheet == "Asks" and col("Status"):
        st = col("Status")
        ws.conditional_formatting.add(
            f"{st}2:{st}{last_row}", FormulaRule(formula=[f'${st}2="Achieved"'], **green)
        )
        ws.conditional_formatting.add(rows, FormulaRule(formula=[f'${st}2="Dropped"'], **grey))
    for header, stops in COLOUR_SCALES.items():
        if col(header):
            c = col(header)
            ws.conditional_formatting.add(f"{c}2:{c}{last_row}", _colour_scale(stops))
    ws.conditional_formatting.add(
        rows,
        FormulaRule(
            formula=[f"AND(MOD(ROW(),2)=0,COUNTA($A2:${last}2)>0)"],
            fill=PatternFill("solid", bgColor=BAND),
        ),
    )


# Numeric columns shaded by value: (value, colour) at the start, [middle,] end of the scale.
COLOUR_SCALES: dict[str, tuple[tuple[int, str], ...]] = {
    "Stance": ((-2, "F8696B"), (0, "FFEB84"), (2, "63BE7B")),  # opposed red … champion green
    "Influence": ((1, "FFFFFF"), (5, "9DC3E6")),
    "Interest": ((1, "FFFFFF"), (5, "9DC3E6")),
}


def _colour_scale(stops: tuple[tuple[int, str], ...]) -> Rule:
    points = ("start", "mid", "end") if len(stops) == 3 else ("start", "end")
    options: dict[str, Any] = {}
    for point, (value, colour) in zip(points, stops, strict=True):
        options |= {f"{point}_type": "num", f"{point}_value": value, f"{point}_color": colour}
    return ColorScaleRule(**options)


def print_setup(ws: Any, audience: str, title: str, *, repeat_header: bool = True) -> None:
    """Landscape A4, fit to page width, header row on every page, marking top and bottom.

    Call it before the first row is appended: a write-only sheet writes its page-setup
    properties at the top of the file.
    """
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    ws.print_options.gridLines = False
    if repeat_header:
        ws.print_title_rows = "1:1"
    safe_title = title.replace("&", "&&")
    safe_marking = MARKINGS[audience].replace("&", "&&")
    ws.oddHeader.left.text = safe_title
    ws.oddHeader.left.size = 8
    ws.oddHeader.right.text = f"&B{safe_marking}"
    ws.oddHeader.right.size = 9
    ws.oddHeader.right.color = MARKING_COLOURS[audience]
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.left.size = 8
    ws.oddFooter.center.text = safe_marking
    ws.oddFooter.center.size = 8
    ws.oddFooter.right.text = "Page &P of &N"
    ws.oddFooter.right.size = 8
