"""The power map as a vector figure: who stands where, and how much they matter.

Stance runs from −2 (opposed) to +2 (champion) across, influence from 1 to 5 up; the
point's size is the stakeholder's interest and its colour their role. Many people share
a grid cell, so points are spread in a small, deterministic pattern around it (the same
brief always draws the same map). Only the most influential few are labelled, with the
name the audience may see.
"""

from __future__ import annotations

import hashlib
import math
from typing import Literal

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors

from planner.publishing.exports.brief.bidi import Fonts, glyph_string, has_rtl, text_width
from planner.publishing.exports.brief.labels import Labels
from planner.publishing.exports.brief.styles import NASKH, NASKH_BOLD, SANS, SANS_BOLD, Palette
from planner.services.snapshot import CampaignSnapshot, Person

ROLE_ORDER = ("target", "opponent", "ally", "partner", "voice", "media")
MAX_LABELS = 8


def _font(text: str, bold: bool = False) -> str:
    if has_rtl(text):
        return NASKH_BOLD if bold else NASKH
    return SANS_BOLD if bold else SANS


def _fonts(bold: bool = False) -> Fonts:
    return Fonts(SANS_BOLD, NASKH_BOLD) if bold else Fonts(SANS, NASKH)


def _shaped(text: str, bold: bool = False) -> tuple[str, str]:
    """A label as reportlab graphics draw it: one string (shaped if Arabic) and its font."""
    if not has_rtl(text):
        return text, _font(text, bold)
    return glyph_string(text, _fonts(bold))


def _width(text: str, size: float) -> float:
    return text_width(text, _fonts(), size)


def _string(
    x: float,
    y: float,
    text: str,
    *,
    size: float,
    color: colors.Color,
    anchor: Literal["start", "middle", "end"] = "start",
    bold: bool = False,
) -> String:
    shaped, font = _shaped(text, bold)
    return String(
        x,
        y,
        shaped,
        fontName=font,
        fontSize=size,
        fillColor=color,
        textAnchor=anchor,
    )


def _tint(x: float, y: float, width: float, height: float, color: colors.Color) -> Rect:
    """A filled rectangle without outline.

    Its colours are set after construction: types-reportlab 5.0 types ``Rect``'s
    keyword arguments as ``**kw: _SolidShapeKwArgs`` (without ``Unpack``), so any colour
    passed as a keyword is refused by the checker although reportlab takes it.
    """
    rect = Rect(x, y, width, height)
    rect.fillColor = color
    rect.strokeColor = None
    return rect


def _jitter(key: str, spread: float) -> tuple[float, float]:
    digest = hashlib.blake2b(key.encode(), digest_size=4).digest()
    angle = digest[0] / 255 * 2 * math.pi
    radius = (0.25 + digest[1] / 255 * 0.75) * spread
    return radius * math.cos(angle), radius * math.sin(angle)


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def power_map_drawing(
    snapshot: CampaignSnapshot, labels: Labels, width: float, height: float = 230
) -> Drawing:
    """The figure for ``snapshot`` (already redacted), ``width`` points wide."""
    d = Drawing(width, height, initialFontName=SANS, initialFontSize=7)
    legend_h = 30
    pad_left, pad_right, pad_top, pad_bottom = 34, 10, 16, 22 + legend_h
    x0, y0 = pad_left, pad_bottom
    w, h = width - pad_left - pad_right, height - pad_top - pad_bottom
    mid_x, mid_y = x0 + w / 2, y0 + h / 2

    def px(stance: float) -> float:
        return x0 + (stance + 2.5) / 5 * w

    def py(influence: float) -> float:
        return y0 + (influence - 0.5) / 5 * h

    # quadrants: the upper half is where the effort goes, so it is tinted
    d.add(_tint(x0, mid_y, w / 2, h / 2, colors.HexColor("#FBF1EE")))
    d.add(_tint(mid_x, mid_y, w / 2, h / 2, colors.HexColor("#EEF5F1")))
    d.add(_tint(x0, y0, w, h / 2, Palette.zebra))
    for stance in range(-2, 3):
        d.add(Line(px(stance), y0, px(stance), y0 + h, strokeColor=colors.white, strokeWidth=0.8))
    for influence in range(1, 6):
        d.add(
            Line(
                x0, py(influence), x0 + w, py(influence), strokeColor=colors.white, strokeWidth=0.8
            )
        )
    d.add(Line(mid_x, y0, mid_x, y0 + h, strokeColor=Palette.rule, strokeWidth=0.8))
    d.add(Line(x0, mid_y, x0 + w, mid_y, strokeColor=Palette.rule, strokeWidth=0.8))
    q = 7.2
    # quadrant names: the upper two above the plot, the lower two in its bottom corners
    d.add(
        _string(
            x0 + 2,
            y0 + h + 5,
            labels["quadrant_persuade"],
            size=q,
            color=Palette.stance[-2],
            bold=True,
        )
    )
    d.add(
        _string(
            x0 + w - 2,
            y0 + h + 5,
            labels["quadrant_mobilise"],
            size=q,
            color=Palette.stance[2],
            anchor="end",
            bold=True,
        )
    )
    d.add(_string(x0 + 5, y0 + 4, labels["quadrant_monitor"], size=q, color=Palette.muted))
    d.add(
        _string(
            x0 + w - 5, y0 + 4, labels["quadrant_engage"], size=q, color=Palette.muted, anchor="end"
        )
    )
    # axes
    for stance in range(-2, 3):
        d.add(
            _string(
                px(stance),
                y0 - 10,
                labels.stance(stance),
                size=6.8,
                color=Palette.muted,
                anchor="middle",
            )
        )
    for influence in range(1, 6):
        d.add(
            _string(
                x0 - 8,
                py(influence) - 2.5,
                str(influence),
                size=6.8,
                color=Palette.muted,
                anchor="end",
            )
        )
    axis_text, axis_font = _shaped(labels["axis_influence"])
    axis = String(
        0,
        0,
        axis_text,
        fontName=axis_font,
        fontSize=7,
        fillColor=Palette.muted,
        textAnchor="middle",
    )
    rotated = Group(axis)
    rotated.transform = (0, 1, -1, 0, 9, mid_y)
    d.add(rotated)

    # points: largest first so small ones stay visible on top
    people = sorted(snapshot.people, key=lambda p: -p.position.interest)
    cell_count: dict[tuple[int, int], int] = {}
    for person in people:
        cell = (person.position.stance, person.position.influence)
        cell_count[cell] = cell_count.get(cell, 0) + 1
    spread_x, spread_y = w / 5 * 0.36, h / 5 * 0.36
    places: dict[str, tuple[float, float, float]] = {}
    for person in people:
        pos = person.position
        crowded = cell_count[(pos.stance, pos.influence)] > 1
        dx, dy = _jitter(person.id, 1.0) if crowded else (0.0, 0.0)
        x, y = px(pos.stance) + dx * spread_x, py(pos.influence) + dy * spread_y
        r = 1.8 + pos.interest * 0.75
        color = Palette.role.get(pos.role, Palette.muted)
        d.add(
            Circle(
                x,
                y,
                r,
                fillColor=color,
                fillOpacity=0.82,
                strokeColor=colors.white,
                strokeWidth=0.5,
            )
        )
        places[person.id] = (x, y, r)
    # labels for the most influential named people, overlapping no label and no point
    taken: list[tuple[float, float, float, float]] = [
        (x - r, y - r, x + r, y + r) for x, y, r in places.values()
    ]
    chosen = sorted(
        (p for p in snapshot.people if p.named and p.position.influence >= 4),
        key=lambda p: (-p.position.influence, -abs(p.position.stance), p.display_name),
    )
    count = 0
    for person in chosen:
        if count >= MAX_LABELS:
            break
        x, y, r = places[person.id]
        own = (x - r, y - r, x + r, y + r)
        text = _short(person.display_name)
        text_w = _width(text, 6.4)
        for right_side in (True, False):
            lx = x + r + 1.5 if right_side else x - r - 1.5
            box = (
                (lx, y - 2.5, lx + text_w, y + 5)
                if right_side
                else (lx - text_w, y - 2.5, lx, y + 5)
            )
            inside = box[0] >= x0 and box[2] <= x0 + w
            clash = any(
                t != own and not (box[2] < t[0] or box[0] > t[2] or box[3] < t[1] or box[1] > t[3])
                for t in taken
            )
            if inside and not clash:
                taken.append(box)
                d.add(
                    _string(
                        lx,
                        y - 2.2,
                        text,
                        size=6.4,
                        color=Palette.ink,
                        anchor="start" if right_side else "end",
                    )
                )
                count += 1
                break
    _legend(d, snapshot.people, labels, x0, w, legend_h)
    return d


def _legend(
    d: Drawing, people: list[Person], labels: Labels, x0: float, w: float, legend_h: float
) -> None:
    present = [r for r in ROLE_ORDER if any(p.position.role == r for p in people)]
    x = x0
    y = legend_h - 16
    for role in present:
        text = labels.role(role)
        d.add(Circle(x + 3.5, y + 2.5, 3.5, fillColor=Palette.role[role], strokeColor=None))
        d.add(_string(x + 10, y, text, size=7, color=Palette.text))
        x += 10 + _width(text, 7) + 12
    d.add(Circle(x + 2, y + 2.5, 2, fillColor=Palette.muted, strokeColor=None))
    d.add(Circle(x + 11, y + 2.5, 4.5, fillColor=Palette.muted, strokeColor=None))
    d.add(_string(x + 20, y, labels["legend_size"], size=7, color=Palette.muted))
