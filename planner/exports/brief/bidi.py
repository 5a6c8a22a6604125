"""Right-to-left text for the brief: shaping, visual ordering, and a paragraph that draws it.

reportlab 5 shapes Arabic only with ``uharfbuzz``, which is not installed here, so the
brief shapes with ``arabic_reshaper`` (contextual letter forms and lam-alef ligatures)
and orders with ``python-bidi``'s reference algorithm (Unicode UAX #9).

Every glyph is placed at its display position, so all viewers render the same joined
letters. The *order* in which glyphs are written makes extraction work: words in
logical order, and inside a right-to-left word the letters in display order, because
text extractors (pypdf, poppler) reverse right-to-left runs themselves. Each line is
also wrapped in an ``/ActualText`` span holding the unshaped logical text, which
Acrobat uses when copying. Extractors that sort characters by position alone
(pdfplumber's default) still return display order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import arabic_reshaper
from bidi import algorithm as uax9
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={"delete_harakat": False, "support_ligatures": True}
)

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


@lru_cache(maxsize=8192)
def shape(text: str) -> str:
    """Contextual Arabic letter forms, still in logical order."""
    return _RESHAPER.reshape(text) if has_rtl(text) else text


@lru_cache(maxsize=4096)
def visual_order(text: str, rtl_base: bool = True) -> tuple[tuple[str, int, int], ...]:
    """The characters of one *line* in display order, each with its logical index.

    Characters are mirrored where UAX #9 says so (brackets in right-to-left runs); the
    index lets the caller write glyphs in logical order at their visual places.
    """
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
    uax9.reorder_resolved_levels(storage, False)
    uax9.apply_mirroring(storage, False)
    return tuple((ch["ch"], ch["index"], ch["level"]) for ch in storage["chars"])


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


def visual_string(text: str, rtl_base: bool | None = None) -> str:
    """Shaped text in display order, for places that draw a plain string (figure labels)."""
    if not has_rtl(text):
        return text
    base = has_rtl(text[:1]) if rtl_base is None else rtl_base
    return "".join(ch for ch, _, _ in visual_order(shape(text), base))


@dataclass(frozen=True)
class Fonts:
    """The font pair a bidi line draws with: Arabic letters in one, the rest in the other."""

    latin: str
    arabic: str

    def for_char(self, ch: str) -> str:
        return self.arabic if is_arabic(ch) else self.latin


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


@dataclass(frozen=True)
class Glyph:
    text: str
    font: str
    x: float  # offset from the line's left edge


def _emission_order(text: str, levels: dict[int, int]) -> list[int]:
    """Logical indices in the order the glyphs are written to the page.

    Runs go in logical order. Inside a right-to-left stretch (odd embedding level), each
    run of letters and each run of spaces and punctuation is written in display order,
    i.e. reversed: text extractors (pypdf, poppler) reverse right-to-left runs they read
    and so get the line back in reading order.
    """
    order: list[int] = []
    run: list[int] = []
    run_kind = None
    for index in sorted(levels):
        ch = text[index]
        kind = None
        if levels[index] % 2:
            kind = "letter" if (ch.isalpha() or _is_mark(ch) or has_rtl(ch)) else "other"
        if kind != run_kind or kind is None:
            order.extend(reversed(run))
            run = []
        run_kind = kind
        if kind is None:
            order.append(index)
        else:
            run.append(index)
    order.extend(reversed(run))
    return order


def layout_line(text: str, fonts: Fonts, size: float, rtl_base: bool) -> tuple[list[Glyph], float]:
    """Glyph runs of one shaped line, in the order to write them, with x offsets; and width.

    Each glyph sits at its display position (UAX #9). A combining mark, which display
    order puts just before its base letter, is placed at the base letter's right edge:
    its zero-width glyph hangs left, over the letter. Glyphs that follow each other both
    in writing order and on the line share one text operator.
    """
    order = visual_order(text, rtl_base)
    shown: dict[int, str] = {}
    xs: dict[int, float] = {}
    widths: dict[int, float] = {}
    x = 0.0
    pending_marks: list[int] = []
    levels = {index: level for _, index, level in order}
    for position, (ch, index, _level) in enumerate(order):
        shown[index] = ch
        if _is_mark(ch) and position + 1 < len(order):
            pending_marks.append(index)
            continue
        advance = stringWidth(ch, fonts.for_char(ch), size)
        xs[index], widths[index] = x, advance
        for mark in pending_marks:
            xs[mark], widths[mark] = x + advance, 0.0
        pending_marks.clear()
        x += advance
    for mark in pending_marks:
        xs[mark], widths[mark] = x, 0.0
    runs: list[Glyph] = []
    end = None
    for index in _emission_order(text, levels):
        if index not in shown:
            continue  # an explicit bidi control removed by UAX #9
        ch, font = shown[index], fonts.for_char(shown[index])
        prev = runs[-1] if runs else None
        if prev is not None and prev.font == font and widths[index] and end == xs[index]:
            runs[-1] = Glyph(prev.text + ch, font, prev.x)
        else:
            runs.append(Glyph(ch, font, xs[index]))
        end = xs[index] + widths[index] if widths[index] else None
    return runs, x


def _actual_text(text: str) -> str:
    """A PDF hex string (UTF-16BE with BOM) for an /ActualText entry."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_line(
    canvas,
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
    """
    runs, line_width = layout_line(shape(logical), fonts, size, rtl_base)
    if align == "right":
        left = x - line_width if not width else x + width - line_width
    elif align == "center":
        left = x + (width - line_width) / 2
    else:
        left = x
    code = canvas._code
    code.append(f"/Span <</ActualText {_actual_text(logical)}>> BDC")
    text_object = canvas.beginText()
    current_font = None
    for run in runs:
        if run.font != current_font:
            text_object.setFont(run.font, size)
            current_font = run.font
        text_object.setTextOrigin(left + run.x, y)
        text_object.textOut(run.text)
    canvas.drawText(text_object)
    code.append("EMC")
    return line_width


class BidiParagraph(Flowable):
    """A plain-text paragraph for right-to-left (or mixed) text, wrapped and aligned.

    It takes the font, size, leading, colour, alignment and spacing of a ParagraphStyle;
    inline markup is not interpreted (quotes and labels do not need it).
    """

    def __init__(self, text: str, style, fonts: Fonts, *, rtl_base: bool | None = None) -> None:
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
        shaped = shape(logical)
        size = self.style.fontSize
        return sum(
            stringWidth(ch, self.fonts.for_char(ch), size)
            for ch in shaped
            if unicodedata.category(ch) != "Cf"  # bidi controls take no room
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        usable = avail_width - self.style.leftIndent - self.style.rightIndent
        words = self.text.split(" ")
        space = stringWidth(" ", self.fonts.latin, self.style.fontSize)
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
        align = {TA_RIGHT: "right", TA_CENTER: "center", TA_LEFT: "left"}.get(
            style.alignment, "right" if self.rtl_base else "left"
        )
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
