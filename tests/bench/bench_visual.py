"""Benchmark: power map and timeline with 2 000 stakeholders / 2 000 milestones in one campaign.

Run: ``.venv/bin/python tests/bench/bench_visual.py``. Prints build, paint (``grab()`` of
the whole widget to a pixmap) and drag times, each against a bare baseline measured in
the same run: a plain QGraphicsScene with the same number of ellipse items, painted the
same way. "Smooth" means a drag step (one mouse move and the repaint it causes) well
under a 16 ms frame.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsView
from sqlalchemy import insert

from planner.domain import vocabulary as v
from planner.domain.models import Campaign, CampaignStakeholder, Milestone, Stakeholder, utc_now
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace

N = 2000
SIZE = (1400, 900)


def build(ws: Workspace, seed: int = 7) -> str:
    rng = random.Random(seed)
    now = utc_now()
    today = dt.date.today()

    def base() -> dict[str, object]:
        rid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        return {"id": rid, "created_at": now, "updated_at": now, "deleted_at": None, "version": 1}

    campaign = base() | {"name": "Scale campaign", "status": "active", "priority": 1, "tags": []}
    people = [
        base()
        | {
            "name": f"Stakeholder {i:04d} {rng.choice(['Mission', 'Network', 'Group', 'Office'])}",
            "kind": rng.choice(v.STAKEHOLDER_KINDS),
            "category": rng.choice(v.CATEGORIES),
            "is_local": rng.random() < 0.3,
            "women_led": rng.random() < 0.2,
            "languages": [],
        }
        for i in range(N)
    ]
    links = [
        base()
        | {
            "campaign_id": campaign["id"],
            "stakeholder_id": p["id"],
            "role": rng.choice(v.ROLES),
            "stance": rng.randint(-2, 2),
            "influence": rng.randint(1, 5),
            "interest": rng.randint(1, 5),
        }
        for p in people
    ]
    moments: list[dict[str, object]] = []
    for i in range(N):
        start = today + dt.timedelta(days=rng.randint(-365, 365))
        moments.append(
            base()
            | {
                "campaign_id": campaign["id"],
                "title": f"Moment {i:04d}: {rng.choice(['briefing', 'vote', 'side event'])}",
                "kind": rng.choice(v.MILESTONE_KINDS),
                "date": start,
                "end_date": start + dt.timedelta(days=rng.randint(1, 10))
                if rng.random() < 0.15
                else None,
                "status": rng.choice(v.MILESTONE_STATUSES),
                "depends_on": [moments[-1]["id"]] if moments and rng.random() < 0.1 else [],
            }
        )
    with ws.session() as s:
        s.execute(insert(Campaign), [campaign])
        s.execute(insert(Stakeholder), people)
        s.execute(insert(CampaignStakeholder), links)
        s.execute(insert(Milestone), moments)
    return str(campaign["id"])


def timed(fn, repeat: int = 3) -> float:
    """Median wall time of ``fn`` in milliseconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def baseline_view(app: QApplication) -> QGraphicsView:
    rng = random.Random(1)
    scene = QGraphicsScene()
    for _ in range(N):
        dot = scene.addEllipse(
            rng.uniform(0, 1100), rng.uniform(0, 800), 12, 12, brush=QBrush(QColor("#4573a8"))
        )
        dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
    view = QGraphicsView(scene)
    view.keep = scene  # type: ignore[attr-defined]  # the view does not own its scene
    view.setRenderHints(QPainter.RenderHint.Antialiasing)
    view.resize(*SIZE)
    view.show()
    app.processEvents()
    return view


def drag_steps(app: QApplication, viewport, start: QPoint, end: QPoint, steps: int = 20):
    """Press, ``steps`` moves each followed by the repaint it causes, release.

    Only the regions the move dirtied are repainted (as on screen), not the whole view.

    Returns (median ms per step, ms for the release, i.e. the drop and re-layout)."""
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    per_step = []
    for k in range(1, steps + 1):
        t = time.perf_counter()
        QTest.mouseMove(viewport, start + (end - start) * k / steps)
        app.processEvents()
        per_step.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    app.processEvents()
    return statistics.median(per_step), (time.perf_counter() - t) * 1000


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from ui.views.power_map import PowerMapView, cell_rect
    from ui.views.timeline import TimelineView

    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(Path(tmp) / "bench.db")
        t = time.perf_counter()
        cid = build(ws)
        print(
            f"data: {N} stakeholders + {N} milestones in one campaign "
            f"({(time.perf_counter() - t) * 1000:.0f} ms to insert)"
        )

        base = baseline_view(app)
        base_paint = timed(lambda: base.grab())
        print(f"\nbaseline: bare QGraphicsScene, {N} ellipses: paint {base_paint:.1f} ms")
        item = base.scene().items()[0]  # the topmost dot, so the press lands on it
        b_step, _ = drag_steps(
            app,
            base.viewport(),
            base.mapFromScene(item.sceneBoundingRect().center()),
            base.mapFromScene(item.sceneBoundingRect().center() + QPointF(200, 100)),
        )
        print(f"          drag step (move + repaint of one movable dot): {b_step:.2f} ms")

        # power map ---------------------------------------------------------------------
        t = time.perf_counter()
        pm_view = PowerMapView(ws, cid)
        pm_view.resize(*SIZE)
        pm_view.show()
        app.processEvents()
        build_ms = (time.perf_counter() - t) * 1000
        paint = timed(lambda: pm_view.grab())
        sid, pitem = next(iter(pm_view.items.items()))
        start = pm_view.canvas.mapFromScene(pitem.scenePos())
        p = pitem.point
        target = (2 if p.stance < 2 else -2, 5 if p.influence < 5 else 1)
        end = pm_view.canvas.mapFromScene(cell_rect(*target).center())
        moved = []
        pm_view.point_moved.connect(lambda *a: moved.append(a))
        step, drop = drag_steps(app, pm_view.canvas.viewport(), start, end)
        assert moved and moved[0][0] == sid, "the drag did not move the point"
        print(f"\npower map ({len(pm_view.items)} points):")
        print(f"  build + first show  {build_ms:8.1f} ms")
        print(f"  paint (grab)        {paint:8.1f} ms   ({paint / base_paint:.1f}x baseline)")
        print(f"  drag step           {step:8.2f} ms   ({step / b_step:.1f}x baseline)")
        print(f"  drop + re-layout    {drop:8.1f} ms")

        # timeline ----------------------------------------------------------------------
        t = time.perf_counter()
        tl_view = TimelineView(ws, cid)
        tl_view.resize(*SIZE)
        tl_view.show()
        app.processEvents()
        build_ms = (time.perf_counter() - t) * 1000
        paint = timed(lambda: tl_view.grab())
        visible = tl_view.canvas.mapToScene(tl_view.canvas.viewport().rect()).boundingRect()
        mid = next(
            i for i in tl_view.items.values() if visible.contains(i.scenePos() + QPointF(4, 0))
        )
        start = tl_view.canvas.mapFromScene(mid.scenePos())
        end = start + QPoint(round(14 * tl_view.px_per_day), 0)
        moved = []
        tl_view.milestone_moved.connect(lambda *a: moved.append(a))
        step, drop = drag_steps(app, tl_view.canvas.viewport(), start, end)
        assert moved, "the drag did not move the milestone"
        zoom = timed(lambda: tl_view.zoom(1.25), repeat=3)
        print(f"\ntimeline ({len(tl_view.items)} milestones, {len(tl_view.arrows)} dependencies):")
        print(f"  build + first show  {build_ms:8.1f} ms")
        print(f"  paint (grab)        {paint:8.1f} ms   ({paint / base_paint:.1f}x baseline)")
        print(f"  drag step           {step:8.2f} ms   ({step / b_step:.1f}x baseline)")
        print(f"  drop + re-layout    {drop:8.1f} ms")
        print(f"  zoom step           {zoom:8.1f} ms")
        ws.close()


if __name__ == "__main__":
    main()
