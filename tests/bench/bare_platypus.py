"""The bare side of bench_brief: reportlab alone laying out a list of flowables.

Kept apart (it imports nothing but reportlab) so that the benchmark's bare process can
load it without the project: the same code runs in process and there.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate


def bare_build(
    story: list[Flowable],
    out: Path | str,
    pagesize: tuple[float, float],
    margins: tuple[float, float, float],
) -> int:
    """The brief's page size and body frame (margins: side, top, bottom; no padding, as
    the brief's frame), and nothing else: no header, footer, outline, metadata or Page X
    of Y. Returns the page count, to show the layout is the brief's."""
    side, top, bottom = margins
    doc = BaseDocTemplate(
        str(out),
        pagesize=pagesize,
        leftMargin=side,
        rightMargin=side,
        topMargin=top,
        bottomMargin=bottom,
    )
    frame = Frame(
        side,
        bottom,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(frames=[frame])])
    doc.build(story)
    pages: int = doc.page
    return pages
