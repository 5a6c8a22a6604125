"""Render the power map, relationship map and timeline of the demo workspace into docs/.

Run: ``.venv/bin/python tests/bench/shoot_visual.py`` (builds a fresh demo workspace in a
temporary folder; nothing else is touched).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from planner.demo import build_demo  # noqa: E402
from planner.services import campaigns, stakeholders  # noqa: E402
from planner.storage.store import open_workspace  # noqa: E402

SYRIA = "Missing persons in Syria: an independent institution"


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from ui.views.power_map import PowerMapView
    from ui.views.relationship_map import RelationshipMapView
    from ui.views.timeline import TimelineView

    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(Path(tmp) / "demo.db")
        build_demo(ws)
        syria = campaigns.find(ws, SYRIA)

        pm = PowerMapView(ws, syria.id)
        pm.export_png(docs / "power-map.png", scale=1.5)

        rm = RelationshipMapView(ws, campaign_id=syria.id)
        rm.resize(1400, 980)
        rm.show()
        rm.highlight_path(
            stakeholders.find(ws, "Caesar Families Association").id,
            stakeholders.find(ws, "Claire Weber").id,
        )
        app.processEvents()
        rm.canvas.fitInView(rm.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        app.processEvents()
        rm.grab().save(str(docs / "relationship-map.png"))

        today = dt.date.today()
        tl = TimelineView(
            ws, start=today - dt.timedelta(days=120), end=today + dt.timedelta(days=300)
        )
        tl.resize(1500, 760)
        tl.show()
        app.processEvents()
        tl.scroll_to_today()
        app.processEvents()
        tl.grab().save(str(docs / "timeline.png"))
        ws.close()
    for name in ("power-map.png", "relationship-map.png", "timeline.png"):
        print(docs / name)


if __name__ == "__main__":
    main()
