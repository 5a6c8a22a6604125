"""HarfBuzz shaping for the brief's fonts, with a text layer that reads back as typed.

reportlab shapes a run of text with HarfBuzz (``uharfbuzz``) when its TrueType font is
shapable: contextual Arabic forms, lam-alef and the position of every mark (a damma
over its letter) come from the font's own GSUB/GPOS tables. What reportlab does not do
is say which *characters* a shaped glyph stands for: a medial teh or a lam-alef has no
code point of its own, so the PDF's ToUnicode map would name a presentation form or a
private-use code, and copied text comes out as neither what was typed nor searchable.

``ShapingFont`` gives each (glyph, text) pair a code of its own and writes a ToUnicode
map that sends every code to exactly the characters of its glyph's cluster; ``shape``
returns a run's glyphs with those codes and HarfBuzz's positions.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol, cast

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDocument, PDFStream
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

PRIVATE_START = 0xE000  # private-use code points: never typed text, free to name glyphs
# what a glyph that stands for no character extracts as: an empty mapping is not valid
# CMap syntax (poppler misreads the entries after it), U+0000 is one extractors drop
SILENT = ""


class FaceTables(Protocol):
    """The parts of reportlab's ``TTFontFace`` this module reads and extends.

    types-reportlab leaves out ``glyphToChar``, ``_pdfScale`` and ``_ttf_data``, which
    every face has at runtime (``reportlab.pdfbase.ttfonts.TTFontFile``); naming them here
    keeps the reliance on reportlab's internals in one place, checked by the brief tests.
    """

    charToGlyph: dict[int, int]
    glyphToChar: dict[int, list[int]]
    charWidths: dict[int, float]
    _ttf_data: bytes

    def _pdfScale(self, units: float) -> float: ...


def _tables(font: TTFont) -> FaceTables:
    return cast(FaceTables, font.face)


def face_tables(font_name: str) -> FaceTables:
    """The glyph and width tables of a registered TrueType font (every brief font is one)."""
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, TTFont):
        raise TypeError(f"{font_name} is not a TrueType font")
    return _tables(font)


class ShapingFont(TTFont):
    """A shapable TrueType font whose shaped glyphs extract as the text they stand for."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, shapable=True)
        self._texts: dict[int, str] = {}  # private code -> the characters it stands for
        self._codes: dict[tuple[int, str], int] = {}
        self._next = PRIVATE_START
        self._lock = threading.Lock()  # briefs render in worker threads
        self.hb_font = hb.Font(hb.Face(hb.Blob(_tables(self)._ttf_data)))

    def code_for(self, gid: int, text: str) -> int:
        """The code that draws glyph ``gid`` and extracts as ``text`` ("" extracts as nothing)."""
        face = _tables(self)
        if len(text) == 1 and face.charToGlyph.get(ord(text)) == gid:
            return ord(text)  # the font's own mapping already says it
        key = (gid, text)
        code = self._codes.get(key)
        if code is not None:
            return code
        with self._lock:
            code = self._codes.get(key)
            if code is None:
                code = self._next
                while code in face.charToGlyph:
                    code += 1
                self._next = code + 1
                face.charToGlyph[code] = gid
                face.glyphToChar.setdefault(gid, []).append(code)
                face.charWidths[code] = face._pdfScale(self.hb_font.get_glyph_h_advance(gid))
                self._texts[code] = text
                self._codes[key] = code
        return code

    def addObjects(self, doc: PDFDocument) -> None:
        """Write the font as reportlab does, then give shaped glyphs their real text."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            if not any(code in self._texts for code in subset):
                continue
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            name = base.decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + name]
            if not isinstance(stream, PDFStream):  # reportlab writes the CMap as a stream
                raise TypeError(f"reportlab wrote the ToUnicode map of {name} as {stream!r}")
            stream.content = to_unicode_cmap(
                name, [self._texts.get(code, chr(code)) or SILENT for code in subset]
            )


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap sending code ``i`` of a subset to ``texts[i]``."""
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({name})",
            f"/Ordering ({name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(texts) - 1:02X}>",
            "endcodespacerange",
            f"{len(texts)} beginbfchar",
            *(f"<{i:02X}> <{_utf16_hex(t)}>" for i, t in enumerate(texts)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@dataclass(frozen=True)
class ShapedGlyph:
    """One glyph of a shaped run, in display order; lengths in thousandths of the size."""

    code: int  # draws the glyph, extracts as its text
    advance: float
    x_offset: float
    y_offset: float
    width: float  # the glyph's own advance: the PDF moves by this after drawing it
    mark_code: int | None  # a combining mark: the code that extracts as the mark


def _is_mark(text: str) -> bool:
    return bool(text) and all(unicodedata.category(ch) == "Mn" for ch in text)


def _glyph_texts(
    text: str, infos: Sequence[Any], positions: Sequence[Any], rtl: bool
) -> dict[int, str]:
    """The characters each glyph stands for, from HarfBuzz's clusters.

    A cluster's letters go to its first spacing glyph in reading order and its marks to
    its zero-width glyphs, one each (HarfBuzz keeps "أُ" in one cluster of two glyphs);
    any other glyph of the cluster (a letter drawn in two pieces) stands for nothing.
    """
    starts = sorted({info.cluster for info in infos})
    ends = {c: (starts[k + 1] if k + 1 < len(starts) else len(text)) for k, c in enumerate(starts)}
    members: dict[int, list[int]] = {}
    for i in range(len(infos) - 1, -1, -1) if rtl else range(len(infos)):
        members.setdefault(infos[i].cluster, []).append(i)
    texts: dict[int, str] = {}
    for cluster, glyphs in members.items():
        chars = text[cluster : ends[cluster]]
        marks = [ch for ch in chars if unicodedata.category(ch) == "Mn"]
        letters = "".join(ch for ch in chars if unicodedata.category(ch) != "Mn")
        spacing = [i for i in glyphs if positions[i].x_advance] or glyphs[:1]
        for i in glyphs:
            texts[i] = ""
        if len(glyphs) == 1:
            texts[glyphs[0]] = chars
            continue
        for i in glyphs:
            if i not in spacing and marks:
                texts[i] = marks.pop(0)
        texts[spacing[0]] = letters + "".join(marks)
    return texts


@lru_cache(maxsize=16384)
def shape(text: str, font_name: str, rtl: bool) -> tuple[ShapedGlyph, ...]:
    """The glyphs of ``text`` (one bidi run in one font), in display order."""
    font = pdfmetrics.getFont(font_name)
    assert isinstance(font, ShapingFont), f"{font_name} is not registered for shaping"
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.direction = "rtl" if rtl else "ltr"
    buf.guess_segment_properties()
    hb.shape(font.hb_font, buf, {"kern": True, "liga": True})
    infos, positions = buf.glyph_infos, buf.glyph_positions
    texts = _glyph_texts(text, infos, positions, rtl)
    tables = _tables(font)
    scale = tables._pdfScale
    glyphs = []
    for i, (info, pos) in enumerate(zip(infos, positions, strict=True)):
        gid, own = info.codepoint, texts[i]
        mark = _is_mark(own)
        code = font.code_for(gid, "" if mark else own)
        glyphs.append(
            ShapedGlyph(
                code=code,
                advance=scale(pos.x_advance),
                x_offset=scale(pos.x_offset),
                y_offset=scale(pos.y_offset),
                width=tables.charWidths[code],
                mark_code=font.code_for(gid, own) if mark else None,
            )
        )
    return tuple(glyphs)
