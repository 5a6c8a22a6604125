"""Page layout of the brief: paper, margins, header and footer, page numbers, outline.

Every layout decision lives here; the section functions only return flowables.

*Page X of Y* is drawn in one pass: each footer writes "Page X of" and places a small
form XObject for Y, which the canvas defines when it saves, once the page count is
known. Headings carry a ``bookmark`` attribute; ``afterFlowable`` turns each into a PDF
outline entry pointing at the page where the heading landed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, cast

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from planner.domain.audience import Audience
from planner.publishing.exports.brief.bidi import draw_line, has_rtl
from planner.publishing.exports.brief.labels import Labels
from planner.publishing.exports.brief.styles import BOLD, REGULAR, SANS, SANS_BOLD, Palette

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN_X = 20 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 22 * mm
HEADER_Y = 15 * mm  # from the top edge
FOOTER_Y = 12 * mm  # from the bottom edge
PAGE_TOTAL_FORM = "briefPageTotal"


def frame_width(paper: str) -> float:
    return PAPERS[paper][0] - 2 * MARGIN_X


@dataclass(frozen=True)
class PageDecor:
    """What the header and footer say; all of it already cleared for the audience."""

    labels: Labels
    org_name: str
    marking: str
    audience: Audience
    footer_title: str


def _text(
    canvas: Canvas, x: float, y: float, text: str, *, bold: bool, size: float, align: str
) -> float:
    """Draw a short label, shaping it if it is right-to-left; returns its width."""
    if has_rtl(text):
        return draw_line(canvas, x, y, text, BOLD if bold else REGULAR, size, align=align)
    font = SANS_BOLD if bold else SANS
    canvas.setFont(font, size)
    width = canvas.stringWidth(text, font, size)
    if align == "right":
        canvas.drawRightString(x, y, text)
    else:
        canvas.drawString(x, y, text)
    return width


class UtcTimeStamp:
    """The moment the brief is written, in UTC, for its creation and modification dates.

    reportlab's own stamp is either local time or, in invariant mode, 1 Jan 2000; a brief
    handed to a mission must say when it was made, the same way on every laptop.
    """

    def __init__(self) -> None:
        self.t = time.time()
        self.lt = time.gmtime(self.t)
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"


class _CanvasState(Protocol):
    """reportlab's canvas attributes the brief reads, which types-reportlab leaves out
    (they are private to reportlab; named here so an upgrade that drops them shows)."""

    _doc: Any  # the PDFDocument being written
    _pagesize: tuple[float, float]


def _state(canvas: Canvas) -> _CanvasState:
    return cast(_CanvasState, canvas)


class BriefCanvas(Canvas):
    """A canvas that defines the 'total pages' form when the document is complete.

    It starts in the brief's own embedded font: reportlab's default initial font is
    Helvetica, which it names on every page without embedding it (print shops and PDF/A
    checks reject such files).
    """

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or SANS
        super().__init__(*args, **kwargs)
        _state(self)._doc._timeStamp = UtcTimeStamp()
        self.decor = decor

    def save(self) -> None:
        total = self.getPageNumber() - 1
        self.beginForm(PAGE_TOTAL_FORM, lowerx=-40, lowery=-5, upperx=40, uppery=15)
        self.setFillColor(Palette.muted)
        self.setFont(SANS, 7.5)
        if self.decor.labels.rtl:
            self.drawRightString(0, 0, str(total))
        else:
            self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


def decorate_page(canvas: Canvas, doc: BriefDocTemplate) -> None:
    """Header (organisation, audience marking) and footer (title, Page X of Y)."""
    decor: PageDecor = doc.decor
    labels = decor.labels
    width, height = _state(canvas)._pagesize
    left, right = MARGIN_X, width - MARGIN_X
    start, end = (right, left) if labels.rtl else (left, right)
    start_align, end_align = ("right", "left") if labels.rtl else ("left", "right")
    canvas.saveState()
    # header
    y = height - HEADER_Y
    canvas.setFillColor(Palette.ink)
    if decor.org_name:
        _text(canvas, start, y, decor.org_name, bold=True, size=8, align=start_align)
    canvas.setFillColor(Palette.marking[decor.audience])
    _text(
        canvas,
        end,
        y,
        decor.marking.upper() if not labels.rtl else decor.marking,
        bold=True,
        size=7.5,
        align=end_align,
    )
    canvas.setStrokeColor(Palette.rule)
    canvas.setLineWidth(0.6)
    canvas.line(left, y - 5, right, y - 5)
    # footer
    y = FOOTER_Y
    canvas.line(left, y + 10, right, y + 10)
    canvas.setFillColor(Palette.muted)
    # "Page 3 of " (with its space, so extractors keep it), then the total as a form
    number = labels.format("page", page=canvas.getPageNumber(), pages="")
    used = _text(canvas, start, y, number, bold=False, size=7.5, align=start_align)
    canvas.saveState()
    offset = used * (-1 if labels.rtl else 1)
    canvas.translate(start + offset, y)
    canvas.doForm(PAGE_TOTAL_FORM)
    canvas.restoreState()
    title = decor.footer_title
    if title:
        max_width = (right - left) * 0.62
        title = _fit(title, max_width, canvas)
        _text(canvas, end, y, title, bold=False, size=7.5, align=end_align)
    canvas.restoreState()


def _fit(text: str, width: float, canvas: Canvas) -> str:
    if has_rtl(text) or canvas.stringWidth(text, SANS, 7.5) <= width:
        return text
    while text and canvas.stringWidth(text + "…", SANS, 7.5) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class Bookmark(Flowable):
    """A zero-size marker placed before a heading: the outline entry for that section."""

    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key, fit="XYZ", top=_state(self.canv)._pagesize[1])
        self.canv.addOutlineEntry(self.title, self.key, level=0, closed=False)


class BriefDocTemplate(BaseDocTemplate):
    """One frame per page, the decorated page template, and the brief's metadata."""

    def __init__(
        self,
        target: Path | str,
        *,
        paper: str,
        decor: PageDecor,
        title: str,
        subject: str,
        author: str,
        lang: str,
    ) -> None:
        super().__init__(
            str(target),
            pagesize=PAPERS[paper],
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            subject=subject,
            author=author,
            creator="Campaign Planner",
            producer="Campaign Planner (ReportLab)",
            keywords=[],  # none; the stubs take only a list, reportlab also a string
            lang=lang,
            invariant=0,
            initialFontName=SANS,
            displayDocTitle=1,
        )
        self.decor = decor
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate_page)])

    def build_brief(self, story: list[Flowable]) -> None:
        def canvasmaker(*args: Any, **kwargs: Any) -> BriefCanvas:
            canvas = BriefCanvas(*args, decor=self.decor, **kwargs)
            canvas.showOutline()
            return canvas

        self.build(story, canvasmaker=canvasmaker)
