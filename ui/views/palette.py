"""Colours and fonts the visual views share, so the maps and the timeline read as one app.

A calm palette: muted, distinguishable for common colour-vision deficiencies (no pure
red/green pairs carry meaning alone; every status also has a word or a shape).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

INK = QColor("#1f2933")
MUTED = QColor("#52606d")
FAINT = QColor("#9aa5b1")
GRID = QColor("#d9dee3")
PAPER = QColor("#ffffff")
ACCENT = QColor("#c2410c")  # paths, today line, drop target

ROLE_COLOURS: dict[str, QColor] = {
    "partner": QColor("#2f7d6d"),  # teal
    "target": QColor("#b4533a"),  # brick
    "ally": QColor("#4573a8"),  # blue
    "opponent": QColor("#6b4c8a"),  # plum
    "voice": QColor("#c08a1e"),  # ochre
    "media": QColor("#6b7280"),  # slate
}
NO_ROLE = QColor("#8795a1")

QUADRANT_TINTS: dict[str, QColor] = {
    "move": QColor("#fbf0ea"),
    "mobilise": QColor("#eaf4ef"),
    "strengthen": QColor("#ebf1f8"),
    "monitor": QColor("#f4f5f6"),
}
QUADRANT_INK: dict[str, QColor] = {
    "move": QColor("#9a3f24"),
    "mobilise": QColor("#25624f"),
    "strengthen": QColor("#365d8a"),
    "monitor": QColor("#52606d"),
}

STATUS_COLOURS: dict[str, QColor] = {
    "planned": QColor("#3b6ea5"),
    "done": QColor("#3c8d5a"),
    "missed": QColor("#a3362f"),
    "cancelled": QColor("#a0a7ae"),
    "overdue": QColor("#d9822b"),
}

RELATION_COLOURS: dict[str, QColor] = {
    "works_at": QColor("#9aa5b1"),
    "member_of": QColor("#9aa5b1"),
    "allied_with": QColor("#2f7d6d"),
    "influences": QColor("#4573a8"),
    "opposes": QColor("#a3362f"),
}

LANE_TINTS = (QColor("#f7f9fb"), QColor("#ffffff"))


def font(point_size: float = 9.0, *, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(point_size)
    f.setBold(bold)
    return f


def role_colour(role: str | None) -> QColor:
    return ROLE_COLOURS.get(role or "", NO_ROLE)
