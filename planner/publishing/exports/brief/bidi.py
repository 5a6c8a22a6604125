"""Right-to-left text for the brief: bidi ordering, shaping, and a paragraph that draws it.

A line is split into runs by python-bidi's reference algorithm (Unicode UAX #9: embedding
levels) and by font (Arabic letters in Naskh, the rest in Noto Sans); HarfBuzz shapes
each run (``shaping``), so letters join and every mark sits where the font's own tables
put it. Each glyph's code extracts as the characters it stands for.

The order glyphs are written in is chosen for text extraction: runs go in reading
order and, inside a run, glyphs in display order. Extractors that follow the content
stream (pypdf) reverse each right-to-left run; those that sort by position (poppler's
pdftotext) reorder the line from the glyphs' places; both get the text as typed. A
combining mark sits a little above and inside its letter, which puts it on a baseline
and at a position of its own: a position-sorting extractor would move it before its
letter. So the visible mark extracts as nothing, and an invisible copy (text render
mode 3) written on the baseline at its letter's edge carries the mark's character.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bidi import algorithm as uax9
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from planner.publishing.exports.brief.shaping import ShapedGlyph, face_tables, shape

_RTL_RANGES = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Thaana, NKo, Arabic supplement/extended
    (0xFB1D, 0xFDFF),  # Hebrew and Arabic presentation forms A
    (0xFE70, 0xFEFF),  # Arabic presentation forms B
)
_ARABIC_RANGES = ((0x0600, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFC))


_RTL_PATTERN = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _RTL_RANGES) + "]")


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds any right-to-left letter (and so needs this module)."""
    return _RTL_PATTERN.search(text) is not None


def is_arabic(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _ARABIC_RANGES)


def strip_controls(text: str) -> str:
    """Text without bidi control characters, for left-to-right paragraphs."""
    return text.translate(_CONTROLS)


_CONTROLS = {
    code: None for code in (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
}


def embed_ltr(text: str) -> str:
    """Mark a left-to-right value inserted into right-to-left text as one embedded run.

    Without it a value such as "Authorities (Port Sudan)" at the end of an Arabic line
    loses its closing bracket to the Arabic side (UAX #9 rule N1). The LRE/PDF controls
    are consumed by the algorithm and never drawn.
    """
    return f"\u202a{text}\u202c" if text and not has_rtl(text) else text


@dataclass(frozen=True)
class Fonts:
    """The font pair a bidi line draws with: Arabic letters in one, the rest in the other."""

    latin: str
    arabic: str

    def for_char(self, ch: str) -> str:
        return self.arabic if is_arabic(ch) else self.latin


@lru_cache(maxsize=8192)
def _levels(text: str, rtl_base: bool) -> tuple[int | None, ...]:
    """Each character's embedding level (UAX #9); None for the controls the algorithm eats."""
    storage = uax9.get_empty_storage()
    storage["base_level"] = 1 if rtl_base else 0
    storage["base_dir"] = "R" if rtl_base else "L"
    uax9.get_embedding_levels(text, storage)
    for i, ch in enumerate(storage["chars"]):
        ch["index"] = i
    uax9.explicit_embed_and_overrides(storage, False)
    uax9.resolve_weak_types(storage, False)
    uax9.resolve_neutral_types(storage, False)
    uax9.resolve_implicit_levels(storage, False)
    levels: list[int | None] = [None] * len(text)
    for ch in storage["chars"]:
        levels[ch["index"]] = ch["level"]
    return tuple(levels)


@dataclass(frozen=True)
class Run:
    """A stretch of one line in one embedding level and one font, shaped."""

    text: str
    font: str
    level: int
    glyphs: tuple[ShapedGlyph, ...]

    @property
    def advance(self) -> float:
        return sum(g.advance for g in self.glyphs)


def _neutral(ch: str) -> bool:
    """Spaces and punctuation: they take the direction of the text around them."""
    return unicodedata.bidirectional(ch) in ("WS", "ON", "CS", "ES", "ET", "S")


@lru_cache(maxsize=4096)
def _has_glyph(font_name: str, ch: str) -> bool:
    return ord(ch) in face_tables(font_name).charToGlyph


def _runs(text: str, fonts: Fonts, rtl_base: bool) -> list[Run]:
    """The line's runs in reading order. Spaces and punctuation keep the font of the
    letters before them when it has them, so an Arabic sentence is one run (one stretch
    an extractor reverses whole)."""
    levels = _levels(text, rtl_base)
    # whether a letter of the same level follows: trailing punctuation stays a run of its
    # own, which a stream-order extractor places after the words, not before them
    inner = [False] * len(text)
    ahead = False
    for i in range(len(text) - 1, -1, -1):
        if i + 1 < len(text) and levels[i + 1] is not None and levels[i + 1] != levels[i]:
            ahead = False
        inner[i] = ahead
        if not _neutral(text[i]):
            ahead = True
    pieces: list[list[Any]] = []  # [text, font, level]
    for i, (ch, level) in enumerate(zip(text, levels, strict=True)):
        if level is None or ch in "\u200e\u200f":
            continue
        font = fonts.for_char(ch)
        joins = inner[i] and _neutral(ch) and pieces and pieces[-1][2] == level
        if joins and _has_glyph(pieces[-1][1], ch):
            font = pieces[-1][1]
        if pieces and pieces[-1][1] == font and pieces[-1][2] == level:
            pieces[-1][0] += ch
        else:
            pieces.append([ch, font, level])
    return [Run(t, f, lvl, shape(t, f, lvl % 2 == 1)) for t, f, lvl in pieces]


def _display_order(levels: list[int]) -> list[int]:
    """Run indices left to right (UAX #9 rule L2: reverse every stretch at each level)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = min(lvl for lvl in levels if lvl % 2) if any(lvl % 2 for lvl in levels) else None
    if lowest_odd is None:
        return order
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


@dataclass(frozen=True)
class Glyph:
    """One glyph to write: its code, font, place on the line (points) and visibility."""

    code: int
    font: str
    x: float  # from the line's left edge
    rise: float
    visible: bool = True


def layout_line(text: str, fonts: Fonts, size: float, rtl_base: bool) -> tuple[list[Glyph], float]:
    """The glyphs of one line in the order to write them, placed; and the line's width."""
    runs = _runs(text, fonts, rtl_base)
    starts: dict[int, float] = {}
    x = 0.0
    for index in _display_order([r.level for r in runs]):
        starts[index] = x
        x += runs[index].advance * size / 1000
    out: list[Glyph] = []
    for index, run in enumerate(runs):
        pen = starts[index]
        for g in run.glyphs:
            if g.mark_code is not None:
                out.append(Glyph(g.mark_code, run.font, pen, 0.0, visible=False))
            out.append(
                Glyph(g.code, run.font, pen + g.x_offset * size / 1000, g.y_offset * size / 1000)
            )
            pen += g.advance * size / 1000
    return out, x


def text_width(text: str, fonts: Fonts, size: float, rtl_base: bool | None = None) -> float:
    """How wide ``text`` is once shaped, in points."""
    base = has_rtl(text[:1]) if rtl_base is None else rtl_base
    return sum(r.advance for r in _runs(text, fonts, base)) * size / 1000


def glyph_string(text: str, fonts: Fonts, rtl_base: bool | None = None) -> tuple[str, str]:
    """Shaped text as one plain string in display order, with its font.

    For figure labels, which reportlab's graphics draw as a single string: joined
    letters, but marks at their glyphs' default places.
    """
    base = has_rtl(text[:1]) if rtl_base is None else rtl_base
    runs = _runs(text, fonts, base)
    order = _display_order([r.level for r in runs])
    chars = "".join(
        chr(g.mark_code if g.mark_code is not None else g.code)
        for i in order
        for g in runs[i].glyphs
    )
    return chars, fonts.arabic if any(has_rtl(r.text) for r in runs) else fonts.latin


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    logical: str,
    fonts: Fonts,
    size: float,
    *,
    rtl_base: bool = True,
    align: str = "right",
    width: float = 0.0,
) -> float:
    """Draw one line of bidi text; ``x`` is the left edge, or right edge when aligned right.

    Returns the drawn width. Used by the paragraph below and for header/footer labels.
    Glyphs that follow each other at their natural advance share one text operator.
    """
    glyphs, line_width = layout_line(logical, fonts, size, rtl_base)
    if align == "right":
        left = x - line_width if not width else x + width - line_width
    elif align == "center":
        left = x + (width - line_width) / 2
    else:
        left = x
    text_object = canvas.beginText()
    font = None
    visible = True
    chunk: list[str] = []
    end: float | None = None
    rise = 0.0

    def flush() -> None:
        if chunk:
            text_object.textOut("".join(chunk))
            chunk.clear()

    for g in glyphs:
        follows = g.font == font and g.visible == visible and g.rise == rise == 0.0 and end == g.x
        if not follows:
            flush()
            if g.font != font:
                text_object.setFont(g.font, size)
                font = g.font
            if g.visible != visible:
                text_object.setTextRenderMode(0 if g.visible else 3)
                visible = g.visible
            text_object.setTextOrigin(left + g.x, y + g.rise)
            rise = g.rise
        chunk.append(chr(g.code))
        advance = _advance(g.font, g.code, size)
        end = g.x + advance if g.rise == 0.0 else None
    flush()
    if not visible:
        text_object.setTextRenderMode(0)
    canvas.drawText(text_object)
    return line_width


def _advance(font_name: str, code: int, size: float) -> float:
    """How far a PDF viewer moves after drawing ``code``: the font's width for it."""
    return face_tables(font_name).charWidths.get(code, 0) * size / 1000


class BidiParagraph(Flowable):
    """A plain-text paragraph for right-to-left (or mixed) text, wrapped and aligned.

    It takes the font, size, leading, colour, alignment and spacing of a ParagraphStyle;
    inline markup is not interpreted (quotes and labels do not need it).
    """

    def __init__(
        self, text: str, style: ParagraphStyle, fonts: Fonts, *, rtl_base: bool | None = None
    ) -> None:
        super().__init__()
        self.text = " ".join(text.split())
        self.style = style
        self.fonts = fonts
        if rtl_base is None:
            rtl_base = uax9.get_base_level(self.text) == 1
        self.rtl_base = rtl_base
        self.lines: list[str] = []
        self.width = 0.0
        self.height = 0.0

    def _measure(self, logical: str) -> float:
        return text_width(logical, self.fonts, self.style.fontSize, self.rtl_base)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        usable = avail_width - self.style.leftIndent - self.style.rightIndent
        words = self.text.split(" ")
        space = self._measure(" ")
        lines: list[str] = []
        current: list[str] = []
        current_width = 0.0
        for word in words:
            w = self._measure(word)
            extra = w if not current else current_width + space + w
            if current and extra > usable:
                lines.append(" ".join(current))
                current, current_width = [word], w
            else:
                current.append(word)
                current_width = extra
        if current:
            lines.append(" ".join(current))
        self.lines = lines
        self.width = avail_width
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fit = int(avail_height // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return [] if fit <= 0 else [self]
        first = BidiParagraph(
            " ".join(self.lines[:fit]), self.style, self.fonts, rtl_base=self.rtl_base
        )
        rest = BidiParagraph(
            " ".join(self.lines[fit:]), self.style, self.fonts, rtl_base=self.rtl_base
        )
        return [first, rest]

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        left = style.leftIndent
        width = self.width - style.leftIndent - style.rightIndent
        aligns: dict[int | str, str] = {TA_RIGHT: "right", TA_CENTER: "center", TA_LEFT: "left"}
        align = aligns.get(style.alignment, "right" if self.rtl_base else "left")
        if self.rtl_base and style.alignment == TA_LEFT:
            align = "right"  # a right-to-left paragraph starts at the right margin
        y = self.height - style.fontSize
        for line in self.lines:
            draw_line(
                canvas,
                left,
                y,
                line,
                self.fonts,
                style.fontSize,
                rtl_base=self.rtl_base,
                align=align,
                width=width,
            )
            y -= style.leading
        canvas.restoreState()
