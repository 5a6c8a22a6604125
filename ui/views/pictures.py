"""The app's drawers for the gate's picture exporters, by exporter name.

``planner.publishing.gate`` lists the map pictures among its exporters but cannot draw
them (no Qt in ``planner/``); this is where each is drawn from the gate's redacted data.
A picture exporter without a drawer here fails the exporter test, so none is forgotten.
"""

from __future__ import annotations

from collections.abc import Callable

from planner.publishing.gate import Picture, Prepared
from ui.views.power_map import draw_power_map
from ui.views.relationship_map import draw_relationship_map

DRAWERS: dict[str, Callable[[Prepared], Picture]] = {
    "power-map-png": lambda prepared: draw_power_map(prepared, "png"),
    "power-map-svg": lambda prepared: draw_power_map(prepared, "svg"),
    "relationship-map-png": lambda prepared: draw_relationship_map(prepared),
}
