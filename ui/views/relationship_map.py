"""The relationship map: who knows whom, around a stakeholder or across a campaign.

Nodes are stakeholders (colour by role in the campaign, diamond for local actors, gold
halo for women-led), links are relationships (style by kind; opposition in dashed red).
Pick a *from* and a *to* stakeholder and the shortest paths between them are
highlighted, everything else fades, and the path is spelled out in words beneath. The
layout comes from ``planner.planning.network`` (deterministic, so the picture does not jump
between refreshes).
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPointF,
    QRectF,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain import vocabulary as v
from planner.planning import network
from planner.planning.power_map import short_label
from planner.publishing.gate import Picture, Prepared
from planner.storage.workspace import Workspace
from ui.display import label, marking, plural
from ui.translation import translator
from ui.views import palette as pal
from ui.views.power_map import LegendMarker, paint_marker, scene_png

FADED = 0.45
MIN_FIT = 0.6  # fitting a wide map to a small window stops here (labels stay legible)


tr = translator("RelationshipMap")


def link_word(kind: str) -> str:
    """'works at', 'allied with': a relationship kind inside a sentence."""
    return label(kind).lower()


def describe_path(path: list[str], names: dict[str, str], edges: list[network.Edge]) -> str:
    """``network.describe_path`` with the link words in the interface language."""
    if not path:
        return ""
    parts = [names.get(path[0], path[0])]
    for step in network.steps(edges, path):
        kind = link_word(step.kind)
        arrow = f" → {kind} → " if step.forward else f" ← {kind} ← "
        parts.append(arrow + names.get(step.to_id, step.to_id))
    return "".join(parts)


LABEL_W = 250.0  # the widest a name may be drawn beside its node


class NodeItem(QGraphicsItem):
    """A stakeholder: marker plus its name as the lists show it, placed clear of others.

    The label starts as the full name (elided past ``LABEL_W``, the whole of it in the
    tooltip); ``RelationshipMapView.place_labels`` moves it above, right or left of the
    node, or falls back to the short form, so that no two names overlap.
    """

    def __init__(self, owner: RelationshipMapView, node: network.Node, radius: float) -> None:
        super().__init__()
        self.owner = owner
        self.node = node
        self.radius = radius
        self.highlighted = False
        self.endpoint = False
        self.set_label(node.name, "below")
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(10)
        tip = [f"<b>{node.name}</b>"]
        if node.organisation:
            tip.append(node.organisation)
        tip.append(label(node.category) + (f" · {label(node.role)}" if node.role else ""))
        self.setToolTip("<br>".join(tip))

    def set_label(self, text: str, side: str) -> None:
        """Show ``text`` (elided to ``LABEL_W``) on ``side`` of the node."""
        self.prepareGeometryChange()
        metrics = QFontMetricsF(self.owner.bold_font)
        self.label = metrics.elidedText(text, Qt.TextElideMode.ElideRight, LABEL_W)
        self.side = side
        self._label_w = metrics.horizontalAdvance(self.label) + 8
        self.update()

    def label_box(self) -> QRectF:
        """The label's background box, in item coordinates."""
        w, h, r = self._label_w, 16.0, self.radius * 1.25
        if self.side == "above":
            return QRectF(-w / 2, -r - 3 - h, w, h)
        if self.side == "right":
            return QRectF(r + 5, -h / 2, w, h)
        if self.side == "left":
            return QRectF(-r - 5 - w, -h / 2, w, h)
        return QRectF(-w / 2, r + 4, w, h)

    def label_rect(self) -> QRectF:
        """Where the name is drawn, in scene coordinates."""
        return self.mapRectToScene(self.label_box())

    def marker_rect(self) -> QRectF:
        r = self.radius * 1.25 + 6
        return self.mapRectToScene(QRectF(-r, -r, 2 * r, 2 * r))

    def boundingRect(self) -> QRectF:
        r = self.radius * 1.25 + 6
        return QRectF(-r, -r, 2 * r, 2 * r).united(self.label_box().adjusted(-2, -2, 2, 2))

    def shape(self) -> QPainterPath:
        p = QPainterPath()
        p.addEllipse(QPointF(0, 0), self.radius + 4, self.radius + 4)
        return p

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _w: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.endpoint:
            painter.setPen(QPen(pal.ACCENT, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), self.radius * 1.25 + 6, self.radius * 1.25 + 6)
        paint_marker(
            painter,
            pal.role_colour(self.node.role),
            self.radius,
            self.node.is_local,
            self.node.women_led,
        )
        painter.setFont(self.owner.bold_font if self.highlighted else self.owner.label_font)
        box = self.label_box()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 210))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(pal.INK)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.label)

    def mouseDoubleClickEvent(self, event: object) -> None:
        self.owner.stakeholder_activated.emit(self.node.id)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        self.owner.node_menu(self.node.id).exec(event.screenPos())


class LinkItem(QGraphicsPathItem):
    """A relationship line that is easy to hit: its clickable shape is wider than the pen."""

    def __init__(self, owner: RelationshipMapView, edge: network.Edge, path: QPainterPath) -> None:
        super().__init__(path)
        self.owner = owner
        self.edge = edge
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.owner.relationship_activated.emit(self.edge.id)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        self.owner.link_menu(self.edge.id).exec(event.screenPos())


class RelationshipMapView(QWidget):
    """A network view with shortest-path highlighting between two chosen stakeholders."""

    stakeholder_activated = Signal(str)
    relationship_activated = Signal(str)
    """A link was double-clicked or 'Edit relationship…' chosen: its relationship id."""
    relationship_requested = Signal(str)
    """'Add relationship from here…' on a stakeholder: its id (empty: from nobody yet)."""
    relationship_removal_requested = Signal(str)
    paths_found = Signal(list)
    """The paths (lists of stakeholder ids) now highlighted; empty when none."""

    def __init__(
        self,
        ws: Workspace | None,
        *,
        campaign_id: str | None = None,
        stakeholder_id: str | None = None,
        depth: int = 2,
        parent: QWidget | None = None,
        graph: network.Graph | None = None,
    ) -> None:
        super().__init__(parent)
        if not campaign_id and not stakeholder_id:
            raise ValueError("a relationship map needs a campaign or a stakeholder")
        self._fixed = graph  # a picture for an audience: drawn from the gate's data only
        self.ws = ws
        self.campaign_id = campaign_id
        self.stakeholder_id = stakeholder_id
        self.link_depth = depth  # hops shown around a stakeholder (not QWidget.depth)
        self.label_font = pal.font(8.5)
        self.bold_font = pal.font(8.5, bold=True)
        self.graph: network.Graph | None = None
        self.nodes: dict[str, NodeItem] = {}
        self.links: list[tuple[network.Edge, LinkItem]] = []
        self.paths: list[list[str]] = []

        self.scene = QGraphicsScene(self)
        self.canvas = QGraphicsView(self.scene)
        self.canvas.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.canvas.setBackgroundBrush(pal.PAPER)
        self.canvas.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.canvas.setAccessibleName(tr("Relationship map canvas"))
        # Both ends start empty: defaulting to the first name alphabetically offered a
        # meaningless "from A to A" that looked like a choice already made.
        self.from_box = QComboBox()
        self.from_box.setAccessibleName(tr("Path from"))
        self.from_box.setPlaceholderText(tr("Choose…"))
        self.to_box = QComboBox()
        self.to_box.setAccessibleName(tr("Path to"))
        self.to_box.setPlaceholderText(tr("Choose…"))
        self.find_button = find = QPushButton(tr("Show paths"))
        find.clicked.connect(self._find_clicked)
        for box in (self.from_box, self.to_box):
            box.currentIndexChanged.connect(self._enable_find)
        clear = QPushButton(tr("Clear"))
        clear.clicked.connect(self.clear_highlight)
        self.path_text = QLabel()
        self.path_text.setWordWrap(True)
        self.path_text.setContentsMargins(8, 6, 8, 8)
        self.path_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("From:")))
        bar.addWidget(self.from_box, 1)
        bar.addWidget(QLabel(tr("To:")))
        bar.addWidget(self.to_box, 1)
        bar.addWidget(find)
        bar.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.path_text)
        self.setAccessibleName(tr("Relationship map"))
        # Fit the map to the space it gets (first show, window resizes), as the power map does.
        self.canvas.viewport().installEventFilter(self)
        self.refresh()

    # -- data ------------------------------------------------------------------------------
    def _live_ws(self) -> Workspace:
        """The workspace the live map reads (a picture drawn from ``graph`` has none)."""
        if self.ws is None:
            raise RuntimeError("this relationship map is a picture: it has no workspace to read")
        return self.ws

    def refresh(self) -> None:
        if self._fixed is not None:
            self.graph = self._fixed
        elif self.campaign_id:
            self.graph = network.campaign_graph(self._live_ws(), self.campaign_id)
        else:
            assert self.stakeholder_id is not None
            self.graph = network.around(self._live_ws(), self.stakeholder_id, depth=self.link_depth)
        self._fill_boxes()
        self._build()
        if self.paths:
            ends = (self.paths[0][0], self.paths[0][-1])
            self.highlight_path(*ends)

    def _fill_boxes(self) -> None:
        assert self.graph is not None
        ordered = sorted(self.graph.nodes.values(), key=lambda n: n.name.lower())
        for box in (self.from_box, self.to_box):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for n in ordered:
                box.addItem(n.name, n.id)
            if box is self.from_box and current is None and self.stakeholder_id:
                current = self.stakeholder_id  # a map around someone starts from them
            box.setCurrentIndex(box.findData(current) if current is not None else -1)
            box.blockSignals(False)
        self._enable_find()

    def _enable_find(self) -> None:
        a, b = self.from_box.currentData(), self.to_box.currentData()
        self.find_button.setEnabled(bool(a and b and a != b))

    # -- scene -----------------------------------------------------------------------------
    def _build(self) -> None:
        assert self.graph is not None
        self.scene.clear()
        self.nodes.clear()
        self.links.clear()
        g = self.graph
        layout = network.packed_layout(g, self.stakeholder_id)
        unit = 92.0
        degree: dict[str, int] = {}
        for e in g.edges:
            degree[e.from_id] = degree.get(e.from_id, 0) + 1
            degree[e.to_id] = degree.get(e.to_id, 0) + 1
        for node_id, (x, y) in layout.items():
            radius = 7.0 + min(degree.get(node_id, 0), 6) * 1.3
            item = NodeItem(self, g.nodes[node_id], radius)
            item.setPos(x * unit, y * unit * 0.8)
            self.scene.addItem(item)
            self.nodes[node_id] = item
        # stakeholders with no known link sit in a tidy grid below, not scattered around
        alone = sorted(
            (k for k in g.nodes if k not in layout), key=lambda k: g.nodes[k].name.lower()
        )
        if alone:
            top = (self.scene.itemsBoundingRect().bottom() if layout else 0) + 40
            width = max(self.scene.itemsBoundingRect().width(), 1020.0)
            caption = self.scene.addText(
                tr("No known links yet ({n})").format(n=len(alone)), pal.font(9, bold=True)
            )
            caption.setDefaultTextColor(pal.MUTED)
            caption.setPos(0, top)
            per_row = max(1, int(width // 215))
            for k, node_id in enumerate(alone):
                item = NodeItem(self, g.nodes[node_id], 6.0)
                row, col = divmod(k, per_row)
                item.setPos(105 + col * 215, top + 48 + row * 54)
                self.scene.addItem(item)
                self.nodes[node_id] = item
        for e in g.edges:
            a, b = self.nodes.get(e.from_id), self.nodes.get(e.to_id)
            if a is None or b is None:
                continue
            colour = pal.RELATION_COLOURS.get(e.kind, pal.FAINT)
            style = {
                "opposes": Qt.PenStyle.DashLine,
                "member_of": Qt.PenStyle.DotLine,
            }.get(e.kind, Qt.PenStyle.SolidLine)
            pen = QPen(colour, 1.6 if e.kind in ("allied_with", "influences") else 1.1, style)
            link = LinkItem(self, e, _link_path(a.pos(), b.pos(), b.radius, e.kind))
            link.setPen(pen)
            link.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            self.scene.addItem(link)
            link.setToolTip(
                f"{g.nodes[e.from_id].name} {link_word(e.kind)} {g.nodes[e.to_id].name}"
                + (f"<br>{e.note}" if e.note else "")
            )
            link.setZValue(1)
            self.links.append((e, link))
        self.place_labels()
        self._legend()
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-30, -30, 30, 30))
        self.fit()
        self.setAccessibleDescription(
            tr("Relationship map: {n} stakeholders, {links} links.").format(
                n=len(g.nodes), links=len(g.edges)
            )
        )

    def place_labels(self) -> None:
        """Give every node a label spot that overlaps no other label or marker.

        Busiest nodes choose first. Each tries its full name below, above, right and left
        of itself, then its short form ("Luxembourg") the same way; the last resort is the
        short form below, elided to what is free.
        """
        items = sorted(self.nodes.values(), key=lambda i: (-i.radius, i.node.name.lower()))
        markers = [i.marker_rect() for i in items]
        taken: list[QRectF] = []

        def free(item: NodeItem) -> bool:
            box = item.label_rect()
            own = item.marker_rect()
            return not any(box.intersects(t) for t in taken) and not any(
                box.intersects(m) for m in markers if m != own
            )

        for item in items:
            texts = [item.node.name]
            short = short_label(item.node.name)
            if short != item.node.name:
                texts.append(short)
            placed = False
            for text in texts:
                for side in ("below", "above", "right", "left"):
                    item.set_label(text, side)
                    if free(item):
                        placed = True
                        break
                if placed:
                    break
            if not placed:
                item.set_label(short, "below")
                while len(item.label) > 4 and not free(item):
                    item.set_label(item.label[:-2].rstrip("…") + "…", "below")
            taken.append(item.label_rect())

    def _legend(self) -> None:
        """What the lines and markers mean, above the map where it is seen first."""
        assert self.graph is not None
        rect = self.scene.itemsBoundingRect()
        self.legend_items: list[QGraphicsItem] = []
        x0, y = rect.left(), rect.top() - 64

        def text(words: str, at_x: float, at_y: float, bold: bool = False) -> float:
            t = self.scene.addText(words, pal.font(8.5, bold=bold))
            t.setDefaultTextColor(pal.INK)
            t.setPos(at_x, at_y)
            self.legend_items.append(t)
            return t.boundingRect().width()

        x = x0 + text(tr("Links:"), x0, y, bold=True) + 10
        for kind in v.RELATIONSHIP_KINDS:
            colour = pal.RELATION_COLOURS[kind]
            style = {"opposes": Qt.PenStyle.DashLine, "member_of": Qt.PenStyle.DotLine}.get(
                kind, Qt.PenStyle.SolidLine
            )
            line = self.scene.addLine(x, y + 10, x + 28, y + 10, QPen(colour, 2, style))
            self.legend_items.append(line)
            x += 44 + text(link_word(kind), x + 32, y)
        note = self.scene.addText(
            tr("Paths follow every link in either direction except “{opposes}”.").format(
                opposes=link_word("opposes")
            ),
            pal.font(8),
        )
        note.setDefaultTextColor(pal.MUTED)
        note.setPos(x + 12, y + 1)
        self.legend_items.append(note)
        y += 26
        x = x0 + text(tr("Roles:"), x0, y, bold=True) + 14
        roles = [r for r in v.ROLES if any(n.role == r for n in self.graph.nodes.values())]
        entries: list[tuple[str, QColor, bool, bool]] = [
            (label(r), pal.role_colour(r), False, False) for r in roles
        ]
        if any(n.role is None for n in self.graph.nodes.values()):
            entries.append((tr("No role in this campaign"), pal.role_colour(None), False, False))
        entries += [
            (tr("Local actor"), pal.NO_ROLE, True, False),
            (tr("Women-led"), pal.NO_ROLE, False, True),
        ]
        for words, colour, local, women in entries:
            marker = LegendMarker(colour, 6.0, local, women)
            marker.setPos(x + 6, y + 11)
            self.scene.addItem(marker)
            self.legend_items.append(marker)
            x += 26 + text(words, x + 18, y)

    # -- view ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.canvas.viewport() and event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        """Show the map's whole width, starting at its top.

        A campaign's map is usually much taller than the canvas (clusters, then the people
        with no known link, then the legend), so fitting it whole would shrink the labels
        past reading. Fitting the width (never enlarging, never below ``MIN_FIT``) keeps
        every cluster in sight side to side; the rest is a scroll down.
        """
        rect = self.scene.sceneRect()
        vp = self.canvas.viewport().size()
        if rect.isEmpty() or vp.isEmpty():
            return
        scale = max(MIN_FIT, min(1.0, (vp.width() - 4) / rect.width()))
        self.canvas.resetTransform()
        self.canvas.scale(scale, scale)
        visible_height = vp.height() / scale
        top = rect.top() + min(visible_height, rect.height()) / 2
        self.canvas.centerOn(rect.center().x(), top)

    def zoom(self) -> float:
        """The canvas's current zoom (1.0: the map at its natural size)."""
        return self.canvas.transform().m11()

    # -- editing ---------------------------------------------------------------------------
    def node_menu(self, node_id: str) -> QMenu:
        """What a right-click on a stakeholder offers; the embedding tab does the work."""
        return self._menu(
            (tr("Add relationship from here…"), self.relationship_requested, node_id),
            (tr("Open record"), self.stakeholder_activated, node_id),
        )

    def link_menu(self, relationship_id: str) -> QMenu:
        """What a right-click on a link offers: edit or remove that relationship."""
        return self._menu(
            (tr("Edit relationship…"), self.relationship_activated, relationship_id),
            (tr("Remove relationship"), self.relationship_removal_requested, relationship_id),
        )

    def _menu(self, *entries: tuple[str, SignalInstance, str]) -> QMenu:
        menu = QMenu(self)
        for text, signal, ident in entries:
            menu.addAction(text).triggered.connect(lambda _on=False, s=signal, i=ident: s.emit(i))
        return menu

    def edge_ids(self) -> set[str]:
        return {e.id for e, _link in self.links}

    # -- paths -----------------------------------------------------------------------------
    def _find_clicked(self) -> None:
        a, b = self.from_box.currentData(), self.to_box.currentData()
        if a and b:
            self.highlight_path(a, b)

    def highlight_path(self, from_id: str, to_id: str, max_hops: int = 4) -> list[list[str]]:
        """Highlight every shortest path from ``from_id`` to ``to_id``; returns them.

        Paths are searched over the whole workspace (a route may leave the campaign), and
        any stakeholder on a path who is not on the map yet is added to it.
        """
        paths = network.shortest_paths(self._live_ws(), from_id, to_id, max_hops)
        assert self.graph is not None
        missing = {x for p in paths for x in p} - set(self.graph.nodes)
        if missing:
            extra = network.around(self._live_ws(), from_id, depth=max_hops)
            nodes = dict(self.graph.nodes)
            for x in missing:
                if x in extra.nodes:
                    nodes[x] = extra.nodes[x]
            known = {e.id for e in self.graph.edges}
            edges = self.graph.edges + [
                e
                for e in extra.edges
                if e.id not in known and e.from_id in nodes and e.to_id in nodes
            ]
            self.graph = network.Graph(nodes, edges)
            self._fill_boxes()
            self._build()
        self.paths = paths
        on_path = {x for p in paths for x in p}
        pairs = {frozenset(pair) for p in paths for pair in itertools.pairwise(p)}
        for node_id, item in self.nodes.items():
            item.highlighted = node_id in on_path
            item.endpoint = node_id in (from_id, to_id) and bool(paths)
            item.setOpacity(1.0 if not paths or node_id in on_path else FADED)
            item.update()
        for e, link in self.links:
            used = frozenset((e.from_id, e.to_id)) in pairs and e.kind in network.PATH_KINDS
            pen = link.pen()
            if used:
                pen.setColor(pal.ACCENT)
                pen.setWidthF(3.2)
                pen.setStyle(Qt.PenStyle.SolidLine)
                link.setZValue(5)
            link.setPen(pen)
            link.setOpacity(1.0 if not paths or used else FADED)
        self.from_box.setCurrentIndex(self.from_box.findData(from_id))
        self.to_box.setCurrentIndex(self.to_box.findData(to_id))
        if paths:
            names = {k: n.name for k, n in self.graph.nodes.items()}
            lines = [describe_path(p, names, list(self.graph.edges)) for p in paths[:5]]
            hops = len(paths[0]) - 1
            found = (
                plural("RelationshipMap", "%n shortest paths", len(paths), "%n shortest path")
                + " "
                + plural("RelationshipMap", "(%n links)", hops, "(%n link)")
            )
            if len(paths) > 5:
                found += " " + plural(
                    "RelationshipMap", "(and %n more)", len(paths) - 5, "(and %n more)"
                )
            self.path_text.setText(f"<b>{found}:</b><br>" + "<br>".join(lines))
        else:
            self.path_text.setText(
                plural(
                    "RelationshipMap",
                    "No path within %n links (opposition links are not paths).",
                    max_hops,
                    "No path within %n link (opposition links are not paths).",
                )
            )
        self.paths_found.emit(paths)
        return paths

    def clear_highlight(self) -> None:
        self.paths = []
        self._build()
        self.path_text.clear()

    def highlighted_nodes(self) -> set[str]:
        return {k for k, item in self.nodes.items() if item.highlighted}

    def add_footer(self, audience: str) -> None:
        """The audience, visible on the picture itself: "Restricted distribution"."""
        rect = self.scene.itemsBoundingRect()
        foot = self.scene.addText(marking(audience), pal.font(9, bold=True))
        foot.setDefaultTextColor(pal.INK)
        foot.setPos(rect.left(), rect.bottom() + 8)

    def drawn_labels(self) -> list[str]:
        """Every text the picture carries (labels drawn, tooltips of what is drawn)."""
        texts: list[str] = []
        for item in self.scene.items():
            if isinstance(item, QGraphicsTextItem):
                texts.append(item.toPlainText())
            elif isinstance(item, NodeItem):
                texts += [item.label, item.toolTip()]
            elif isinstance(item, LinkItem):
                texts.append(item.toolTip())
        return [t for t in texts if t]

    def picture(self, scale: float = 2.0) -> Picture:
        rect = self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        self.scene.clearSelection()
        data = scene_png(self.scene, rect, scale, tr("Could not draw the relationship map"))
        return Picture(data, tuple(self.drawn_labels()))

    def export_png(
        self,
        path: Path | str,
        scale: float = 2.0,
        *,
        audience: str = "internal",
        force: bool = True,
    ) -> Path:
        """The campaign's map as a PNG for ``audience``, through the gate (share recorded)."""
        from planner.publishing import gate

        if self.ws is None or not self.campaign_id:
            raise ValueError("only a campaign's relationship map is exported")
        return gate.export(
            self.ws,
            "relationship-map-png",
            [self.campaign_id],
            audience,
            path,
            force=force,
            draw=lambda prepared: draw_relationship_map(prepared, scale=scale),
        ).path


def draw_relationship_map(prepared: Prepared, *, scale: float = 2.0) -> Picture:
    """The relationship map picture of a gate export: redacted data only, with footer."""
    from planner.publishing.pictures import relationship_graph_of

    snap = prepared.snapshots[0]
    view = RelationshipMapView(
        None, campaign_id=snap.campaign.id, graph=relationship_graph_of(snap)
    )
    try:
        view.add_footer(snap.audience)
        return view.picture(scale)
    finally:
        view.deleteLater()


def _link_path(a: QPointF, b: QPointF, target_radius: float, kind: str) -> QPainterPath:
    """A straight link; directed kinds (influences, works at, member of) get an arrow head."""
    path = QPainterPath(a)
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    tip = QPointF(b.x() - ux * (target_radius + 5), b.y() - uy * (target_radius + 5))
    path.lineTo(tip)
    if kind != "allied_with":
        left = QPointF(tip.x() - ux * 8 - uy * 4, tip.y() - uy * 8 + ux * 4)
        right = QPointF(tip.x() - ux * 8 + uy * 4, tip.y() - uy * 8 - ux * 4)
        path.moveTo(left)
        path.lineTo(tip)
        path.lineTo(right)
    return path
