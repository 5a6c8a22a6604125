"""Fonts, colours and paragraph styles of the brief, defined once.

The fonts are the Noto TTFs shipped in ``resources/fonts`` (SIL Open Font License), so
every accent, every Arabic letter and every dash renders the same on any machine and is
embedded (subset) in the PDF; they are registered for HarfBuzz shaping (``shaping``).
Colours are a calm palette that prints well in greyscale.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from planner.files.resources import resources_dir
from planner.publishing.exports.brief.bidi import Fonts
from planner.publishing.exports.brief.shaping import ShapingFont

RESOURCES = resources_dir()
FONT_DIR = RESOURCES / "fonts"
DEFAULT_LOGO = RESOURCES / "logo.png"

SANS, SANS_BOLD, SANS_ITALIC = "BriefSans", "BriefSans-Bold", "BriefSans-Italic"
NASKH, NASKH_BOLD = "BriefNaskh", "BriefNaskh-Bold"
_FONT_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    NASKH: "NotoNaskhArabic-Regular.ttf",
    NASKH_BOLD: "NotoNaskhArabic-Bold.ttf",
}

REGULAR = Fonts(SANS, NASKH)
BOLD = Fonts(SANS_BOLD, NASKH_BOLD)
ITALIC = Fonts(SANS_ITALIC, NASKH)


class Palette:
    """The brief's colours: deep ink, one teal accent, quiet greys."""

    ink = colors.HexColor("#1D2B3A")
    text = colors.HexColor("#2E3A46")
    muted = colors.HexColor("#66717D")
    accent = colors.HexColor("#1F6F78")
    accent_light = colors.HexColor("#E6F0F1")
    rule = colors.HexColor("#D3D9DF")
    zebra = colors.HexColor("#F5F7F9")
    white = colors.white
    marking = {
        "internal": colors.HexColor("#9A3B2E"),
        "closed": colors.HexColor("#8A5A12"),
        "public": colors.HexColor("#2F6B45"),
    }
    stance = {
        -2: colors.HexColor("#B04A3C"),
        -1: colors.HexColor("#D08A3A"),
        0: colors.HexColor("#8C96A3"),
        1: colors.HexColor("#5E9C72"),
        2: colors.HexColor("#2D7A55"),
    }
    role = {
        "target": colors.HexColor("#2C4A7A"),
        "ally": colors.HexColor("#1F8A8A"),
        "partner": colors.HexColor("#5E9C4A"),
        "opponent": colors.HexColor("#B04A3C"),
        "voice": colors.HexColor("#8A5BA6"),
        "media": colors.HexColor("#C7912E"),
    }


_registered = False


def register_fonts() -> None:
    """Register the shipped fonts with reportlab once per process (parsing a TTF is slow)."""
    global _registered
    if _registered:
        return
    for name, filename in _FONT_FILES.items():
        path = FONT_DIR / filename
        if not path.exists():
            raise FileNotFoundError(f"brief font missing: {path}")
        pdfmetrics.registerFont(ShapingFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD
    )
    pdfmetrics.registerFontFamily(
        NASKH, normal=NASKH, bold=NASKH_BOLD, italic=NASKH, boldItalic=NASKH_BOLD
    )
    _registered = True


@dataclass(frozen=True)
class Styles:
    """Every paragraph style of the brief; ``rtl`` right-aligns them for Arabic briefs."""

    rtl: bool
    title: ParagraphStyle
    subtitle: ParagraphStyle
    meta: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    ask: ParagraphStyle
    ask_meta: ParagraphStyle
    quote: ParagraphStyle
    quote_rtl: ParagraphStyle
    translation: ParagraphStyle
    attribution: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    small: ParagraphStyle

    def fonts_for(self, style: ParagraphStyle) -> Fonts:
        """The Latin/Arabic font pair matching a style's weight, for bidi paragraphs."""
        if style.fontName == SANS_BOLD:
            return BOLD
        if style.fontName == SANS_ITALIC:
            return ITALIC
        return REGULAR


def make_styles(rtl: bool = False) -> Styles:
    register_fonts()
    align = TA_RIGHT if rtl else TA_LEFT
    p = Palette

    def style(name: str, size: float = 9.5, leading: float = 14, **kw: Any) -> ParagraphStyle:
        """A paragraph style: font size and leading in points, the rest as reportlab takes."""
        base: dict[str, Any] = {
            "fontName": SANS,
            "fontSize": size,
            "leading": leading,
            "textColor": p.text,
            "alignment": align,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    bold, italic = SANS_BOLD, SANS_ITALIC
    return Styles(
        rtl=rtl,
        title=style("title", 22, 27, fontName=bold, textColor=p.ink, spaceAfter=4),
        subtitle=style("subtitle", 11.5, 16, textColor=p.accent, spaceAfter=2),
        meta=style("meta", 8.5, 12, textColor=p.muted),
        h1=style("h1", 13, 17, fontName=bold, textColor=p.accent, spaceBefore=16, spaceAfter=7),
        h2=style("h2", 10, 14, fontName=bold, textColor=p.ink, spaceBefore=8, spaceAfter=3),
        body=style("body", spaceAfter=5),
        lead=style("lead", 10.5, 15.5, textColor=p.ink, spaceAfter=6),
        ask=style("ask", 10, 14, fontName=bold, textColor=p.ink),
        ask_meta=style("ask_meta", 8.5, 12, textColor=p.muted, spaceBefore=1),
        quote=style("quote", 10.5, 15.5, fontName=italic, textColor=p.ink, spaceAfter=2),
        quote_rtl=style(
            "quote_rtl", 12.5, 21, fontName=NASKH, textColor=p.ink, alignment=TA_RIGHT, spaceAfter=2
        ),
        translation=style("translation", 9.5, 14, textColor=p.text, spaceAfter=2),
        attribution=style("attribution", 8.5, 12, textColor=p.muted),
        cell=style("cell", 8.5, 11.5),
        cell_bold=style("cell_bold", 8.5, 11.5, fontName=bold, textColor=p.ink),
        cell_head=style("cell_head", 7.5, 10, fontName=bold, textColor=p.muted),
        small=style("small", 8, 11, textColor=p.muted),
    )
