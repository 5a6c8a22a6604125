"""The power map: stakeholders by stance (x) and influence (y), drag to reposition.

Stance and influence are whole numbers, so the map is a 5 × 5 grid of cells; the
stakeholders sharing a cell are listed in it (dot + name, one per row, never overlapping)
instead of being piled on one spot, and a crowded cell names the most interested and
groups the rest into one "+N more" marker that lists them all when clicked. Dropping a point in
another cell emits ``point_moved``; the shell saves it through an undoable command and
calls ``apply_move`` again on undo. Arrow keys move the selected point too, so the map
works without a mouse.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain import vocabulary as v
from planner.planning import power_map as pm
from planner.publishing import pictures
from planner.publishing.gate import Picture, Prepared
from planner.storage.workspace import Workspace
from ui.display import label, marking, plural, relative_days, stance_text
from ui.translation import QT_TRANSLATE_NOOP, translator
from ui.views import palette as pal

CELL_W = 214.0
CELL_H = 112.0
BAND = 30.0  # strip above and below the grid that holds the quadrant labels
LEFT = 70.0  # room for the influence axis
TOP = 56.0  # room for the title
ROW = 19.5  # one listed stakeholder in a cell (five to a cell)
LABEL_PT = 9.0  # names on the map; the tab never scales the map below MIN_SCALE
MIN_SCALE = 0.82  # so a name is never drawn smaller than ~7.4 pt
LEGEND_W = 190.0
STANCES = range(v.STANCE_RANGE[0], v.STANCE_RANGE[1] + 1)
INFLUENCES = range(v.SCORE_RANGE[0], v.SCORE_RANGE[1] + 1)
GRID_W = CELL_W * len(STANCES)
GRID_H = CELL_H * len(INFLUENCES)

# planner.planning.power_map.QUADRANTS, listed for the translation extractor (planner/ has no Qt)
QUADRANT_WORDS = (
    QT_TRANSLATE_NOOP("PowerMap", "Key targets to move"),
    QT_TRANSLATE_NOOP("PowerMap", "Champions to mobilise"),
    QT_TRANSLATE_NOOP("PowerMap", "Allies to strengthen"),
    QT_TRANSLATE_NOOP("PowerMap", "Monitor"),
)


tr = translator("PowerMap")


def quadrant_text(key: str) -> str:
    """A quadrant's label ('Key targets to move') in the interface language."""
    return tr(pm.QUADRANTS[key])


def cell_rect(stance: int, influence: int) -> QRectF:
    x = LEFT + (stance - STANCES[0]) * CELL_W
    y = TOP + BAND + (INFLUENCES[-1] - influence) * CELL_H
    return QRectF(x, y, CELL_W, CELL_H)


def cell_at(pos: QPointF) -> tuple[int, int]:
    """The (stance, influence) cell under a scene position, clamped to the grid."""
    col = math.floor((pos.x() - LEFT) / CELL_W)
    row = math.floor((pos.y() - TOP - BAND) / CELL_H)
    col = min(max(col, 0), len(STANCES) - 1)
    row = min(max(row, 0), len(INFLUENCES) - 1)
    return STANCES[col], INFLUENCES[-1] - row


def _radius(interest: int, dense: bool) -> float:
    return (2.5 + interest * 0.8) if dense else (3.5 + interest * 1.3)


def marker_path(radius: float, local: bool) -> QPainterPath:
    """A circle, or a diamond for a local actor (local voices stand out at a glance)."""
    path = QPainterPath()
    if local:
        r = radius * 1.25
        path.addPolygon(
            QPolygonF(
                [QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0), QPointF(0, -r)]
            )
        )
    else:
        path.addEllipse(QPointF(0, 0), radius, radius)
    return path


def paint_marker(
    painter: QPainter, colour: QColor, radius: float, local: bool, women_led: bool
) -> None:
    if women_led:  # a gold halo
        painter.setPen(QPen(QColor("#c08a1e"), 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), radius * 1.25 + 3.5, radius * 1.25 + 3.5)
    painter.setPen(QPen(colour.darker(135), 1.2))
    painter.setBrush(QBrush(colour))
    painter.drawPath(marker_path(radius, local))


def tooltip(p: pm.Point, today: dt.date) -> str:
    lines = [f"<b>{_html(p.name)}</b>"]
    if p.organisation:
        lines.append(_html(p.organisation))
    lines.append(f"{label(p.role)} · {label(p.category)}")
    lines.append(
        tr("Stance: {stance} · Influence {influence} · Interest {interest}").format(
            stance=stance_text(p.stance), influence=p.influence, interest=p.interest
        )
    )
    if p.last_contact:
        lines.append(
            tr("Last contact: {date} ({ago})").format(
                date=p.last_contact.isoformat(), ago=relative_days(p.last_contact, today)
            )
        )
    else:
        lines.append(tr("Last contact: none recorded"))
    flags = [w for w, on in ((tr("Local"), p.is_local), (tr("Women-led"), p.women_led)) if on]
    if flags:
        lines.append(" · ".join(flags))
    lines.append(f"<i>{quadrant_text(p.quadrant)}</i>")
    return "<br>".join(lines)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PointItem(QGraphicsItem):
    """One stakeholder: marker plus (when the cell has room) an elided name."""

    def __init__(self, view: PowerMapView, point: pm.Point) -> None:
        super().__init__()
        self.view = view
        self.point = point
        self.dense = False
        self.label = ""
        self.width = CELL_W
        self._press: QPointF | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.base_z = 10.0
        self.setZValue(self.base_z)

    @property
    def stakeholder_id(self) -> str:
        return self.point.stakeholder_id

    def radius(self) -> float:
        return _radius(self.point.interest, self.dense)

    def set_layout(self, dense: bool, label: str, width: float) -> None:
        self.prepareGeometryChange()
        self.dense = dense
        self.label = label
        self.width = width
        self.setToolTip(tooltip(self.point, self.view.today))
        self.update()

    def label_rect(self) -> QRectF:
        """Where the name is drawn, in scene coordinates (empty when unnamed)."""
        if not self.label or not self.isVisible():
            return QRectF()
        x = self.radius() * 1.25 + 7
        text_w = QFontMetricsF(self.view.label_font).horizontalAdvance(self.label)
        height = QFontMetricsF(self.view.label_font).height()
        return self.mapRectToScene(QRectF(x, -height / 2, text_w, height))

    def boundingRect(self) -> QRectF:
        r = self.radius() * 1.25 + 6
        width = r + (self.width - 20 if self.label else r)
        return QRectF(-r, -max(r, ROW / 2), width + 2, max(2 * r, ROW))

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        r = self.radius() * 1.25 + 4
        path.addEllipse(QPointF(0, 0), r, r)
        if self.label:
            path.addRect(QRectF(r, -ROW / 2 + 2, self.width - 22 - r, ROW - 4))
        return path

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _w: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        p = self.point
        colour = pal.role_colour(p.role)
        if self.isSelected():
            painter.setPen(QPen(pal.ACCENT, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 4, 4)
        paint_marker(painter, colour, self.radius(), p.is_local, p.women_led)
        if self.label:
            painter.setFont(self.view.label_font)
            painter.setPen(pal.INK)
            x = self.radius() * 1.25 + 7
            painter.drawText(
                QRectF(x, -ROW / 2, self.width - 20 - x, ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.label,
            )

    # -- dragging ------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press = self.pos()
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.setZValue(20)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self.view.show_drop_target(cell_at(self.pos()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(self.base_z)
        self.view.show_drop_target(None)
        start, self._press = self._press, None
        if start is not None and (self.pos() - start).manhattanLength() >= 3:
            self.view.drop(self, cell_at(self.pos()))


class PowerMapView(QWidget):
    """A campaign's power map with role/category filters, PNG and SVG export."""

    point_moved = Signal(str, int, int, int, int)
    """stakeholder_id, old_stance, old_influence, new_stance, new_influence"""
    point_activated = Signal(str)
    """A stakeholder was double-clicked (the shell opens its record)."""

    def __init__(
        self,
        ws: Workspace | None,
        campaign_id: str,
        parent: QWidget | None = None,
        *,
        audience: str = "internal",
        today: dt.date | None = None,
        data: pm.PowerMap | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.campaign_id = campaign_id
        self.audience = data.audience if data is not None else audience
        self._fixed = data  # a picture for an audience: drawn from the gate's data only
        self.today = today or dt.date.today()
        self.label_font = pal.font(LABEL_PT)
        self.roles: set[str] = set()
        self.categories: set[str] = set()
        self.data: pm.PowerMap | None = None
        self.items: dict[str, PointItem] = {}
        self._chrome: list[QGraphicsItem] = []
        self._drop: QGraphicsItem | None = None
        self.clusters: dict[tuple[int, int], ClusterItem] = {}
        self._panels: dict[tuple[int, int], QGraphicsItem] = {}
        self.expanded: set[tuple[int, int]] = set()

        self.scene = QGraphicsScene(self)
        self.canvas = _Canvas(self.scene, self)
        self.role_box = QComboBox()
        self.role_box.setAccessibleName(tr("Filter by role"))
        self.category_box = QComboBox()
        self.category_box.setAccessibleName(tr("Filter by category"))
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Role:")))
        bar.addWidget(self.role_box)
        bar.addWidget(QLabel(tr("Category:")))
        bar.addWidget(self.category_box)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.setAccessibleName(tr("Power map"))
        self.role_box.currentIndexChanged.connect(self._filters_changed)
        self.category_box.currentIndexChanged.connect(self._filters_changed)
        self.refresh()

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the campaign's positions and redraw (keeps the filters)."""
        if self._fixed is not None:
            self.data = dataclasses.replace(self._fixed, points=list(self._fixed.points))
        else:
            assert self.ws is not None
            self.data = pictures.power_map_for(self.ws, self.campaign_id, self.audience)
        self._fill_filters()
        self._rebuild()

    def set_filter(self, roles: set[str] | None = None, categories: set[str] | None = None) -> None:
        self.roles = set(roles or ())
        self.categories = set(categories or ())
        for box, chosen in ((self.role_box, self.roles), (self.category_box, self.categories)):
            box.blockSignals(True)
            wanted = next(iter(chosen)) if len(chosen) == 1 else None
            box.setCurrentIndex(max(box.findData(wanted), 0))
            box.blockSignals(False)
        self._rebuild()

    def visible_points(self) -> list[pm.Point]:
        assert self.data is not None
        return [
            p
            for p in self.data.points
            if (not self.roles or p.role in self.roles)
            and (not self.categories or p.category in self.categories)
        ]

    def apply_move(self, stakeholder_id: str, stance: int, influence: int) -> None:
        """Show a stakeholder at a new position (after a drop, an undo or a redo)."""
        item = self.items.get(stakeholder_id)
        if self.data is None:
            return
        old = self.data.point(stakeholder_id)
        if old is None:
            return
        moved = dataclasses.replace(old, stance=stance, influence=influence)
        self.data.points[self.data.points.index(old)] = moved
        if item is None:
            return
        item.point = moved
        affected = {(old.stance, old.influence), (stance, influence)}
        self._layout_cells(affected)
        self._update_labels()

    # -- building the scene --------------------------------------------------------------
    def _fill_filters(self) -> None:
        assert self.data is not None
        for box, values, current, every in (
            (self.role_box, [r for r in v.ROLES], self.roles, tr("All roles")),
            (
                self.category_box,
                sorted({p.category for p in self.data.points}, key=label),
                self.categories,
                tr("All categories"),
            ),
        ):
            box.blockSignals(True)
            box.clear()
            box.addItem(every, None)
            for value in values:
                box.addItem(label(value), value)
            wanted = next(iter(current)) if len(current) == 1 else None
            box.setCurrentIndex(max(box.findData(wanted), 0))
            box.blockSignals(False)

    def _filters_changed(self) -> None:
        role = self.role_box.currentData()
        category = self.category_box.currentData()
        self.roles = {role} if role else set()
        self.categories = {category} if category else set()
        self._rebuild()

    def _rebuild(self) -> None:
        self.scene.clear()
        self.items.clear()
        self.clusters.clear()
        self._panels.clear()
        self._chrome = []
        self._drop = None
        self._draw_grid()
        for p in self.visible_points():
            item = PointItem(self, p)
            self.scene.addItem(item)
            self.items[p.stakeholder_id] = item
        self._layout_cells({(s, i) for s in STANCES for i in INFLUENCES})
        self._draw_legend()
        self._update_labels()
        self.scene.setSceneRect(
            QRectF(0, 0, LEFT + GRID_W + LEGEND_W + 30, TOP + GRID_H + 2 * BAND + 58)
        )

    def _layout_cells(self, cells: set[tuple[int, int]]) -> None:
        """Place the points of ``cells``: a named list, one per row, that never overlaps.

        A cell with more stakeholders than rows names the most interested ones and groups
        the rest into one "+N more" marker; clicking it lists them all in a panel over the
        map (click again, or Esc, to fold it).
        """
        members: dict[tuple[int, int], list[PointItem]] = defaultdict(list)
        for item in self.items.values():
            key = (item.point.stance, item.point.influence)
            if key in cells:
                members[key].append(item)
        metrics = QFontMetricsF(self.label_font)
        rows = int((CELL_H - 8) // ROW)
        for key in cells:
            self._clear_cluster(key)
            group = sorted(
                members.get(key, []),
                key=lambda i: (-i.point.interest, i.point.name.lower()),
            )
            rect = cell_rect(*key)
            named = group if len(group) <= rows else group[: rows - 1]
            for row, item in enumerate(named):
                self._place(item, rect.left() + 14, rect.top() + 4 + ROW / 2 + row * ROW, metrics)
            rest = group[len(named) :]
            if not rest:
                self.expanded.discard(key)
                continue
            cluster = ClusterItem(self, key, rest)
            cluster.setPos(rect.left() + 14, rect.top() + 4 + ROW / 2 + len(named) * ROW)
            self.scene.addItem(cluster)
            self.clusters[key] = cluster
            if key in self.expanded:
                self._open_panel(key, rest, cluster, metrics)
            else:
                for item in rest:
                    item.setVisible(False)

    def _place(
        self, item: PointItem, x: float, y: float, metrics: QFontMetricsF, width: float = CELL_W
    ) -> None:
        label = metrics.elidedText(item.point.short, Qt.TextElideMode.ElideRight, width - 34)
        item.set_layout(False, label, width)
        item.setVisible(True)
        item.base_z = 10.0
        item.setZValue(item.base_z)
        item.setPos(x, y)

    def _clear_cluster(self, key: tuple[int, int]) -> None:
        old: QGraphicsItem | None
        for old in (self.clusters.pop(key, None), self._panels.pop(key, None)):
            if old is not None and old.scene() is self.scene:
                self.scene.removeItem(old)

    def _open_panel(
        self,
        key: tuple[int, int],
        rest: list[PointItem],
        cluster: ClusterItem,
        metrics: QFontMetricsF,
    ) -> None:
        """List a crowded cell's other stakeholders, whole names, in a panel over the map."""
        widest = max(metrics.horizontalAdvance(i.point.short) for i in rest)
        width = max(CELL_W, min(widest + 48, 2 * CELL_W))
        height = ROW * len(rest) + 12
        anchor = cluster.scenePos()
        left = min(anchor.x() - 10, LEFT + GRID_W - width)
        top = anchor.y() + ROW / 2 + 2
        if top + height > TOP + BAND + GRID_H:
            top = max(TOP, anchor.y() - ROW / 2 - 2 - height)
        panel = self.scene.addRect(
            QRectF(left, top, width, height), QPen(pal.GRID.darker(130), 1), QBrush(pal.PAPER)
        )
        panel.setZValue(30)
        self._panels[key] = panel
        for row, item in enumerate(rest):
            self._place(item, left + 14, top + 6 + ROW / 2 + row * ROW, metrics, width)
            item.base_z = 31.0
            item.setZValue(item.base_z)

    def toggle_cluster(self, key: tuple[int, int]) -> None:
        """Open or fold the list of a crowded cell's other stakeholders."""
        if key in self.expanded:
            self.expanded.discard(key)
        else:
            self.expanded.add(key)
        self._layout_cells({key})

    def fold_clusters(self) -> bool:
        """Fold every open list (Esc); whether there was one."""
        if not self.expanded:
            return False
        opened, self.expanded = self.expanded, set()
        self._layout_cells(opened)
        return True

    def _draw_grid(self) -> None:
        title = self.data.campaign_name if self.data else ""
        s = self.scene
        heading = s.addText(tr("Power map — {title}").format(title=title), pal.font(13, bold=True))
        heading.setDefaultTextColor(pal.INK)
        heading.setPos(LEFT - 4, 8)
        if self.audience != "internal":
            mark = s.addText(marking(self.audience), pal.font(8.5, bold=True))
            mark.setDefaultTextColor(pal.MUTED)
            mark.setPos(LEFT + GRID_W - mark.boundingRect().width(), 16)
        # quadrant backgrounds, with the label strips above and below the grid
        split_x = cell_rect(1, 1).left()
        split_y = cell_rect(1, pm.HIGH_INFLUENCE).bottom()
        left, right = LEFT, LEFT + GRID_W
        top, bottom = TOP, TOP + GRID_H + 2 * BAND
        self._quadrants = {
            "move": QRectF(QPointF(left, top), QPointF(split_x, split_y)),
            "mobilise": QRectF(QPointF(split_x, top), QPointF(right, split_y)),
            "monitor": QRectF(QPointF(left, split_y), QPointF(split_x, bottom)),
            "strengthen": QRectF(QPointF(split_x, split_y), QPointF(right, bottom)),
        }
        for key, rect in self._quadrants.items():
            s.addRect(rect, QPen(Qt.PenStyle.NoPen), QBrush(pal.QUADRANT_TINTS[key])).setZValue(-10)
        grid_pen = QPen(pal.GRID, 1)
        for st in STANCES:
            for inf in INFLUENCES:
                s.addRect(cell_rect(st, inf), grid_pen).setZValue(-5)
        divider = QPen(pal.MUTED, 1.6, Qt.PenStyle.DashLine)
        s.addLine(split_x, top, split_x, bottom, divider).setZValue(-4)
        s.addLine(left, split_y, right, split_y, divider).setZValue(-4)
        # axes
        axis_font = pal.font(8.5)
        for st in STANCES:
            rect = cell_rect(st, INFLUENCES[0])
            t = s.addText(stance_text(st), axis_font)
            t.setDefaultTextColor(pal.MUTED)
            w = t.boundingRect().width()
            t.setPos(rect.center().x() - w / 2, bottom + 4)
        stance_title = s.addText(tr("Stance  →  more supportive"), pal.font(9, bold=True))
        stance_title.setDefaultTextColor(pal.INK)
        stance_title.setPos(
            LEFT + GRID_W / 2 - stance_title.boundingRect().width() / 2, bottom + 24
        )
        for inf in INFLUENCES:
            rect = cell_rect(STANCES[0], inf)
            t = s.addText(str(inf), pal.font(10, bold=True))
            t.setDefaultTextColor(pal.MUTED)
            t.setPos(LEFT - 24, rect.center().y() - t.boundingRect().height() / 2)
        inf_title = s.addText(tr("Influence  →"), pal.font(9, bold=True))
        inf_title.setDefaultTextColor(pal.INK)
        inf_title.setRotation(-90)
        inf_title.setPos(LEFT - 58, TOP + BAND + GRID_H / 2 + inf_title.boundingRect().width() / 2)

    def _update_labels(self) -> None:
        """Quadrant labels with live counts (they change as points move)."""
        for item in self._chrome:
            self.scene.removeItem(item)
        self._chrome = []
        counts = {k: 0 for k in pm.QUADRANTS}
        for item in self.items.values():
            counts[item.point.quadrant] += 1
        for key, rect in self._quadrants.items():
            text = self.scene.addText(
                f"{quadrant_text(key)} · {counts[key]}", pal.font(10, bold=True)
            )
            text.setDefaultTextColor(pal.QUADRANT_INK[key])
            h = text.boundingRect().height()
            y = (
                rect.top() + (BAND - h) / 2
                if key in ("move", "mobilise")
                else (rect.bottom() - BAND + (BAND - h) / 2)
            )
            if key in ("move", "monitor"):
                x = rect.left() + 8
            else:
                x = rect.right() - 8 - text.boundingRect().width()
            text.setPos(x, y)
            self._chrome.append(text)
        total = len(self.items)
        shown = ", ".join(f"{counts[k]} {quadrant_text(k).lower()}" for k in pm.QUADRANTS)
        withheld = self.data.withheld if self.data else 0
        summary = plural("PowerMap", "%n stakeholders", total, "%n stakeholder")
        if withheld:
            summary += " " + plural(
                "PowerMap",
                "(%n withheld for this audience)",
                withheld,
                "(%n withheld for this audience)",
            )
        self.summary.setText(summary)
        self.setAccessibleDescription(
            tr(
                "Power map of {campaign}: {total} stakeholders: {shown}. Select a stakeholder "
                "and use the arrow keys to change stance (left, right) or influence (up, down)."
            ).format(
                campaign=self.data.campaign_name if self.data else "", total=total, shown=shown
            )
        )

    def _legend_text(self, text: str, size: float, x: float, y: float, bold: bool = False) -> None:
        item = self.scene.addText(text, pal.font(size, bold=bold))
        item.setDefaultTextColor(pal.INK)
        item.setPos(x, y)

    def _draw_legend(self) -> None:
        s = self.scene
        x = LEFT + GRID_W + 26
        y = TOP + BAND
        self._legend_text(tr("Role"), 9.5, x - 4, y - 4, bold=True)
        y += 24
        present = {i.point.role for i in self.items.values()}
        for role in v.ROLES:
            if present and role not in present:
                continue
            s.addItem(LegendMarker(pal.role_colour(role), 6.5, False, False, QPointF(x + 8, y + 9)))
            self._legend_text(label(role), 9, x + 20, y)
            y += 22
        y += 12
        self._legend_text(tr("Markers"), 9.5, x - 4, y - 4, bold=True)
        y += 24
        for text, local, women in (
            (tr("Local actor"), True, False),
            (tr("Women-led"), False, True),
        ):
            s.addItem(LegendMarker(pal.NO_ROLE, 6.0, local, women, QPointF(x + 8, y + 9)))
            self._legend_text(text, 9, x + 24, y)
            y += 24
        y += 10
        self._legend_text(tr("Size = interest"), 9.5, x - 4, y - 4, bold=True)
        y += 26
        for k, interest in enumerate((1, 3, 5)):
            s.addItem(
                LegendMarker(
                    pal.NO_ROLE,
                    _radius(interest, False),
                    False,
                    False,
                    QPointF(x + 8 + k * 34, y + 6),
                )
            )
        y += 30
        hint = s.addText(tr("Drag a stakeholder to\nchange stance or influence."), pal.font(8))
        hint.setDefaultTextColor(pal.MUTED)
        hint.setPos(x - 4, y)

    # -- gestures ------------------------------------------------------------------------
    def show_drop_target(self, cell: tuple[int, int] | None) -> None:
        if self._drop is not None:
            self.scene.removeItem(self._drop)
            self._drop = None
        if cell is not None:
            self._drop = self.scene.addRect(
                cell_rect(*cell).adjusted(1.5, 1.5, -1.5, -1.5), QPen(pal.ACCENT, 2.5)
            )
            self._drop.setZValue(-3)

    def drop(self, item: PointItem, cell: tuple[int, int]) -> None:
        """A point was dropped: show it in its new cell and tell the shell."""
        old = item.point
        stance, influence = cell
        if (stance, influence) == (old.stance, old.influence):
            self._layout_cells({cell})  # back into its slot
            return
        self.apply_move(old.stakeholder_id, stance, influence)
        self.point_moved.emit(old.stakeholder_id, old.stance, old.influence, stance, influence)

    def nudge(self, stakeholder_id: str, d_stance: int, d_influence: int) -> None:
        """The keyboard path: move the selected point one step."""
        item = self.items.get(stakeholder_id)
        if item is None:
            return
        p = item.point
        stance = min(max(p.stance + d_stance, STANCES[0]), STANCES[-1])
        influence = min(max(p.influence + d_influence, INFLUENCES[0]), INFLUENCES[-1])
        if (stance, influence) != (p.stance, p.influence):
            self.drop(item, (stance, influence))
            item.setSelected(True)

    def selected_id(self) -> str | None:
        for item in self.scene.selectedItems():
            if isinstance(item, PointItem):
                return item.stakeholder_id
        return None

    # -- export --------------------------------------------------------------------------
    def _export_rect(self) -> QRectF:
        return self.scene.itemsBoundingRect().adjusted(-16, -12, 16, 16)

    def add_footer(self) -> None:
        """The audience, visible on the picture itself: "Restricted distribution"."""
        rect = self.scene.itemsBoundingRect()
        text = marking(self.audience)
        withheld = self.data.withheld if self.data else 0
        if withheld:
            text += " · " + plural(
                "PowerMap", "%n stakeholders not shown", withheld, "%n stakeholder not shown"
            )
        foot = self.scene.addText(text, pal.font(9, bold=True))
        foot.setDefaultTextColor(pal.INK)
        foot.setPos(rect.left() + 4, rect.bottom() + 6)

    def drawn_labels(self) -> list[str]:
        """Every text the picture carries: what a reader of the file could see or select."""
        texts = [self.accessibleDescription()]
        for item in self.scene.items():
            if isinstance(item, QGraphicsTextItem):
                texts.append(item.toPlainText())
            elif isinstance(item, PointItem):
                texts += [item.label, item.toolTip()]
            elif isinstance(item, ClusterItem):  # "+3 more", and the names it lists
                texts += [item.text, item.toolTip()]
        return [t for t in texts if t]

    def picture(self, fmt: str, scale: float = 2.0) -> Picture:
        """The whole map (not just the visible part) as PNG (``scale`` × screen) or SVG bytes."""
        self.show_drop_target(None)
        self.scene.clearSelection()
        rect = self._export_rect()
        for item in self.items.values():  # cached labels would reach an SVG as bitmaps
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        try:
            data = self._picture_bytes(fmt, rect, scale)
        finally:
            for item in self.items.values():
                item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        return Picture(data, tuple(self.drawn_labels()))

    def _picture_bytes(self, fmt: str, rect: QRectF, scale: float) -> bytes:
        if fmt == "svg":
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            gen = QSvgGenerator()
            gen.setOutputDevice(buffer)
            gen.setSize(QSize(int(rect.width()), int(rect.height())))
            gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
            gen.setTitle(
                tr("Power map — {title}").format(title=self.data.campaign_name if self.data else "")
            )
            gen.setDescription(self.accessibleDescription())
            painter = QPainter(gen)
            painter.fillRect(QRectF(0, 0, rect.width(), rect.height()), pal.PAPER)
            self.scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
            painter.end()
            data = bytes(buffer.data().data())
        else:
            data = scene_png(self.scene, rect, scale, tr("Could not draw the power map"))
        return data

    def export_png(self, path: Path | str, scale: float = 2.0, *, force: bool = True) -> Path:
        """This map as a PNG, through the gate (audience of the view, share recorded)."""
        return self._export("power-map-png", path, force, scale)

    def export_svg(self, path: Path | str, *, force: bool = True) -> Path:
        """The map as an SVG (vector: sharp in reports and slides), through the gate."""
        return self._export("power-map-svg", path, force)

    def _export(self, name: str, path: Path | str, force: bool, scale: float = 2.0) -> Path:
        from planner.publishing import gate

        assert self.ws is not None
        roles, categories = set(self.roles), set(self.categories)
        published = gate.export(
            self.ws,
            name,
            [self.campaign_id],
            self.audience,
            path,
            force=force,
            draw=lambda prepared: draw_power_map(
                prepared, name.rsplit("-", 1)[1], roles=roles, categories=categories, scale=scale
            ),
        )
        return published.path


def draw_power_map(
    prepared: Prepared,
    fmt: str,
    *,
    roles: set[str] | None = None,
    categories: set[str] | None = None,
    scale: float = 2.0,
    today: dt.date | None = None,
) -> Picture:
    """The power map picture of a gate export: drawn from the redacted data, with footer."""
    snap = prepared.snapshots[0]
    view = PowerMapView(None, snap.campaign.id, data=pictures.power_map_of(snap), today=today)
    try:
        if roles or categories:
            view.set_filter(roles, categories)
        view.add_footer()
        return view.picture(fmt, scale)
    finally:
        view.deleteLater()


class ClusterItem(QGraphicsItem):
    """'+N more' in a crowded cell: one marker with a count; a click lists them all."""

    def __init__(self, view: PowerMapView, cell: tuple[int, int], members: list[PointItem]):
        super().__init__()
        self.view = view
        self.cell = cell
        self.members = members
        opened = cell in view.expanded
        self.text = (
            tr("Close the list")
            if opened
            else plural("PowerMap", "+%n more", len(members), "+%n more")
        )
        names = "<br>".join(_html(m.point.name) for m in members)
        self.setToolTip(f"{names}<br><i>{_html(tr('Click to list them on the map'))}</i>")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setZValue(12)

    def _width(self) -> float:
        return QFontMetricsF(self.view.label_font).horizontalAdvance(self.text) + 30

    def boundingRect(self) -> QRectF:
        return QRectF(-9, -ROW / 2 + 2, self._width(), ROW - 4)

    def label_rect(self) -> QRectF:
        return self.mapRectToScene(self.boundingRect())

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _w: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.boundingRect()
        painter.setPen(QPen(pal.MUTED, 1))
        painter.setBrush(QBrush(pal.PAPER))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setFont(self.view.label_font)
        painter.setPen(pal.INK)
        painter.drawText(
            rect.adjusted(9, 0, -6, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self.text,
        )

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.boundingRect().contains(event.pos()):
            self.view.toggle_cluster(self.cell)


def scene_png(scene: QGraphicsScene, rect: QRectF, scale: float, failed: str) -> bytes:
    """``rect`` of ``scene`` as PNG bytes on the map paper, ``scale`` times its size.

    The power and relationship maps export their pictures alike; ``failed`` is the error
    each says if Qt cannot encode the image.
    """
    image = QImage(
        QSize(int(rect.width() * scale), int(rect.height() * scale)),
        QImage.Format.Format_ARGB32,
    )
    image.fill(pal.PAPER)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub types format as bytes; PySide6 accepts only str here at run time.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError(failed)
    return bytes(buffer.data().data())


class LegendMarker(QGraphicsItem):
    """A legend sample of a node marker (the power and relationship maps share it)."""

    def __init__(
        self, colour: QColor, radius: float, local: bool, women: bool, pos: QPointF | None = None
    ) -> None:
        super().__init__()
        self.colour, self.radius, self.local, self.women = colour, radius, local, women
        if pos is not None:
            self.setPos(pos)

    def boundingRect(self) -> QRectF:
        r = self.radius * 1.25 + 7
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _w: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_marker(painter, self.colour, self.radius, self.local, self.women)


class _Canvas(QGraphicsView):
    """The graphics view: antialiased, fits the map, arrow keys move the selection."""

    def __init__(self, scene: QGraphicsScene, owner: PowerMapView) -> None:
        super().__init__(scene)
        self.owner = owner
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(pal.PAPER)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Power map canvas"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        sid = self.owner.selected_id()
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }
        if sid and event.key() in steps:
            self.owner.nudge(sid, *steps[Qt.Key(event.key())])
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.owner.fold_clusters():
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, PointItem):
            self.owner.point_activated.emit(item.stakeholder_id)
            return
        super().mouseDoubleClickEvent(event)
