"""The timeline of moments: lanes per campaign on a zoomable time axis, or an agenda list.

Milestones are points (one day; the shape says the kind) or bars (several days); the
colour says the status and, because colour alone is not enough, overdue and missed
moments also carry the words OVERDUE / MISSED. Dependencies are arrows (dashed red when
a milestone is scheduled before something it waits for). Click a milestone to open it
(``milestone_activated``); drag it sideways to reschedule (``milestone_moved``: the
shell saves it as an undoable command and calls ``apply_reschedule`` on undo).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections import defaultdict

from PySide6.QtCore import QLocale, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyleOptionGraphicsItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.planning import timeline as tl
from planner.services.milestones import is_overdue
from planner.storage.workspace import Workspace
from ui.display import label, line, qdate
from ui.translation import QT_TRANSLATE_NOOP, translator
from ui.views import palette as pal

HEADER = 46.0  # the sticky date axis at the top of the viewport
LANE_TITLE = 26.0  # each lane starts with its campaign's name
ROW = 26.0
LANE_PAD = 10.0
MIN_PX_PER_DAY, MAX_PX_PER_DAY = 0.25, 60.0
MARGIN_DAYS = 14


# planner.planning.timeline's status flags, listed for the translation extractor
FLAG_WORDS = (
    QT_TRANSLATE_NOOP("Timeline", "OVERDUE"),
    QT_TRANSLATE_NOOP("Timeline", "MISSED"),
    QT_TRANSLATE_NOOP("Timeline", "CANCELLED"),
)


tr = translator("Timeline")


def flag_text(item: tl.Item) -> str:
    """The status flag ('OVERDUE') in the interface language; empty when none."""
    return tr(item.flag) if item.flag else ""


def day_text(day: dt.date, pattern: str) -> str:
    """A date in the interface language's month and day names ('ddd d MMM yyyy')."""
    return QLocale().toString(qdate(day), pattern)


def status_key(item: tl.Item) -> str:
    return "overdue" if item.overdue else item.milestone.status


def label_text(item: tl.Item) -> str:
    """What the timeline writes beside a milestone: status word first when it matters."""
    flag = flag_text(item)
    return f"{flag} · {item.milestone.title}" if flag else item.milestone.title


class MilestoneItem(QGraphicsItem):
    """One milestone: marker or bar, with its label; draggable along the time axis."""

    def __init__(self, view: TimelineView, item: tl.Item) -> None:
        super().__init__()
        self.view = view
        self.record = item
        self.label = label_text(item)
        self.span_px = 0.0
        self._press: QPointF | None = None
        self._press_date: dt.date | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(10)
        self._measure()

    @property
    def milestone_id(self) -> str:
        return self.record.id

    @property
    def flag(self) -> str:
        return self.record.flag

    def set_data(self, item: tl.Item) -> None:
        """New facts for the same milestone (after a reschedule): label, size, tooltip."""
        self.prepareGeometryChange()
        self.record = item
        self.label = label_text(item)
        self._measure()
        self.setToolTip("")
        self.update()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        # built on first hover: 2 000 tooltips up front cost more than the whole layout
        if not self.toolTip():
            self.refresh_tooltip()
        self.view.canvas.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.view.canvas.viewport().unsetCursor()
        super().hoverLeaveEvent(event)

    def refresh_tooltip(self) -> None:
        m = self.record.milestone
        when = day_text(m.date, "ddd d MMM yyyy")
        if m.end_date and m.end_date != m.date:
            when += " – " + day_text(m.end_date, "ddd d MMM yyyy")
        bits = [f"<b>{_html(m.title)}</b>", when, f"{label(m.kind)} · {label(m.status)}"]
        if self.record.flag:
            bits.append(f"<b>{flag_text(self.record)}</b>")
        if m.location:
            bits.append(_html(m.location))
        if m.owner:
            bits.append(tr("Owner: {owner}").format(owner=_html(m.owner)))
        self.setToolTip("<br>".join(bits))

    def set_span(self, px: float) -> None:
        self.prepareGeometryChange()
        self.span_px = px

    def label_font(self) -> QFont:
        return self._font

    def text_width(self) -> float:
        return self._text_w

    def _measure(self) -> None:
        """Font and label width, computed once: boundingRect() is called very often."""
        m = self.record.milestone
        font = self.view.fonts["bold" if self.record.flag and m.status != "cancelled" else "plain"]
        if m.status == "cancelled":
            font = self.view.fonts["struck"]
        self._font = font
        self._text_w = QFontMetricsF(font).horizontalAdvance(self.label) + 8

    def boundingRect(self) -> QRectF:
        return QRectF(-9, -ROW / 2, max(self.span_px, 0) + 18 + self.text_width(), ROW)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(-9, -9, max(self.span_px, 0) + 18 + self.text_width(), 18))
        return path

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _w: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = pal.STATUS_COLOURS[status_key(self.record)]
        m = self.record.milestone
        if self.isSelected():
            painter.setPen(QPen(pal.ACCENT, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 4, 4)
        if self.record.is_span:
            painter.setPen(QPen(colour.darker(125), 1))
            fill = QColor(colour)
            fill.setAlpha(70 if m.status == "cancelled" else 150)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(-3, -6, self.span_px + 6, 12), 4, 4)
        painter.setPen(QPen(colour.darker(140), 1.2))
        painter.setBrush(QBrush(colour) if m.status != "cancelled" else Qt.BrushStyle.NoBrush)
        painter.drawPath(kind_marker(m.kind, 6.5))
        if self.record.overdue or self.record.missed:  # a ring, so status does not rely on hue
            painter.setPen(QPen(colour.darker(140), 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), 9.5, 9.5)
        painter.setFont(self.label_font())
        painter.setPen(pal.MUTED if m.status in ("done", "cancelled") else pal.INK)
        x = max(self.span_px, 0) + 12
        painter.drawText(
            QRectF(x, -ROW / 2, self.text_width(), ROW),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self.label,
        )

    # -- dragging along the time axis ------------------------------------------------------
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._press is not None:  # whole days, same row
            day = self.view.date_at(self.pos().x())
            self.setPos(self.view.x_of(day), self._press.y())
            self.view.item_moved(self)
            self.view.show_drag_date(self, day)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press = self.pos()
        self._press_date = self.record.start
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.view.show_drag_date(self, None)
        start, self._press = self._press, None
        if start is None:
            return
        new = self.view.date_at(self.pos().x())
        if (self.pos() - start).manhattanLength() < 3 or new == self._press_date:
            self.setPos(start)
            self.view.milestone_activated.emit(self.milestone_id)
            return
        self.view.drop(self, new)


def kind_marker(kind: str, r: float) -> QPainterPath:
    """A shape per kind, so kinds can be told apart without colour."""
    path = QPainterPath()
    if kind in ("vote", "deadline"):
        pts = [QPointF(0, -r * 1.2), QPointF(r * 1.2, 0), QPointF(0, r * 1.2), QPointF(-r * 1.2, 0)]
        if kind == "deadline":
            pts = [QPointF(-r, -r), QPointF(r, -r), QPointF(0, r * 1.1)]
        path.addPolygon(QPolygonF([*pts, pts[0]]))
    elif kind in ("media", "internal"):
        path.addRect(QRectF(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7))
    elif kind == "anniversary":
        pts = []
        for k in range(10):
            radius = r * 1.2 if k % 2 == 0 else r * 0.5
            angle = -math.pi / 2 + k * math.pi / 5
            pts.append(QPointF(radius * math.cos(angle), radius * math.sin(angle)))
        path.addPolygon(QPolygonF([*pts, pts[0]]))
    else:
        path.addEllipse(QPointF(0, 0), r, r)
    return path


def legend_html() -> str:
    """Status colours and kind shapes, in words as well as colour.

    Each sign stays glued to its word (``&nbsp;``) but entries are separated by ordinary
    spaces, so a narrow window wraps the legend between entries instead of clipping it.
    The words take the label's (theme) colour; only the status dots are coloured.
    """
    swatch = '<span style="color:{c}">&#9679;</span>&nbsp;{t}'
    statuses = [
        swatch.format(c=pal.STATUS_COLOURS[k].name(), t=t)
        for k, t in (
            ("planned", tr("planned")),
            ("done", tr("done")),
            ("overdue", tr("OVERDUE")),
            ("missed", tr("MISSED")),
            ("cancelled", tr("cancelled")),
        )
    ]
    shapes = [
        f"{glyph}&nbsp;{word}"
        for glyph, word in (
            ("&#9679;", tr("meeting")),
            ("&#9670;", tr("vote")),
            ("&#9660;", tr("deadline")),
            ("&#9632;", tr("media")),
            ("&#9733;", tr("anniversary")),
        )
    ]
    return "&nbsp; ".join(statuses) + "&nbsp;&nbsp;&nbsp; " + "&nbsp; ".join(shapes)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Canvas(QGraphicsView):
    """Paints the sticky date axis, today line and lane names; Ctrl+wheel zooms."""

    def today_label_rect(self, tx: float) -> QRectF:
        """Where 'Today' is written on the axis (viewport coordinates): in the week row,
        below the month names, so that it never runs over 'Dec 2026'."""
        metrics = QFontMetricsF(self.owner.axis_fonts[2])
        width = metrics.horizontalAdvance(tr("Today")) + 10
        return QRectF(tx + 3, 27, width, metrics.height() + 2)

    def month_label_rects(self) -> list[QRectF]:
        """Where the month names are written now (viewport coordinates), for tests."""
        owner = self.owner
        left_scene = self.mapToScene(0, 0).x()
        right_scene = self.mapToScene(self.viewport().width(), 0).x()
        metrics = QFontMetricsF(owner.axis_fonts[0])
        rects = []
        day = owner.date_at(left_scene) - dt.timedelta(days=40)
        day = dt.date(day.year, day.month, 1)
        while day <= owner.date_at(right_scene):
            nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
            width = (nxt - day).days * owner.px_per_day
            if width > 28:
                x = owner.x_of(day) - left_scene
                text = day_text(day, "MMM yyyy" if width > 70 or day.month == 1 else "MMM")
                rects.append(QRectF(x + 4, 2, metrics.horizontalAdvance(text), metrics.height()))
            day = nxt
        return rects

    def __init__(self, scene: QGraphicsScene, owner: TimelineView) -> None:
        super().__init__(scene)
        self.owner = owner
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setBackgroundBrush(pal.PAPER)
        self.setAccessibleName("Timeline canvas")

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.viewport().update()  # the sticky axis and lane names are drawn per viewport

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            anchor = self.mapToScene(event.position().toPoint()).x()
            factor = 1.25 if event.angleDelta().y() > 0 else 0.8
            self.owner.zoom(factor, anchor_x=anchor, anchor_view_x=event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        owner = self.owner
        if owner.data is None:
            return
        painter.save()
        painter.resetTransform()
        vp = self.viewport().rect()
        left_scene = self.mapToScene(0, 0).x()
        right_scene = self.mapToScene(vp.width(), 0).x()
        top_scene = self.mapToScene(0, 0).y()
        dx = -left_scene

        def vx(scene_x: float) -> float:
            return scene_x + dx

        # header band
        painter.fillRect(QRectF(0, 0, vp.width(), HEADER), QColor("#f4f6f8"))
        painter.setPen(QPen(pal.GRID, 1))
        painter.drawLine(QPointF(0, HEADER), QPointF(vp.width(), HEADER))
        first = owner.date_at(left_scene) - dt.timedelta(days=40)
        last = owner.date_at(right_scene) + dt.timedelta(days=40)
        ppd = owner.px_per_day
        month_font, week_font, today_font = owner.axis_fonts
        # months (or years when zoomed far out)
        day = dt.date(first.year, first.month, 1)
        while day <= last:
            nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
            x = vx(owner.x_of(day))
            painter.setPen(QPen(pal.GRID, 1))
            painter.drawLine(QPointF(x, 0), QPointF(x, HEADER))
            width = (nxt - day).days * ppd
            if width > 28:
                painter.setFont(month_font)
                painter.setPen(pal.INK)
                text = day_text(day, "MMM yyyy" if width > 70 or day.month == 1 else "MMM")
                painter.drawText(QRectF(x + 4, 2, width - 6, 20), Qt.AlignmentFlag.AlignLeft, text)
            elif day.month == 1:
                painter.setFont(month_font)
                painter.setPen(pal.INK)
                painter.drawText(QPointF(x + 3, 16), str(day.year))
            day = nxt
        if ppd * 7 >= 34:  # week ticks with the Monday's date
            monday = first - dt.timedelta(days=first.weekday())
            painter.setFont(week_font)
            while monday <= last:
                x = vx(owner.x_of(monday))
                painter.setPen(QPen(pal.GRID, 1))
                painter.drawLine(QPointF(x, 26), QPointF(x, HEADER))
                painter.setPen(pal.MUTED)
                painter.drawText(QPointF(x + 3, 40), monday.strftime("%d"))
                monday += dt.timedelta(days=7)
        # today marker on the axis
        tx = vx(owner.x_of(owner.today))
        painter.setPen(QPen(pal.ACCENT, 2))
        painter.drawLine(QPointF(tx, 24), QPointF(tx, HEADER))
        box = self.today_label_rect(tx)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pal.ACCENT)
        painter.drawRoundedRect(box, 3, 3)
        painter.setFont(today_font)
        painter.setPen(pal.PAPER)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, tr("Today"))
        # sticky lane names
        painter.setFont(owner.lane_font)
        for lane, (y0, _h) in owner.lane_spans.items():
            y = y0 - top_scene
            if y < HEADER - 4 or y > vp.height():
                continue
            name = owner.lane_names.get(lane, "")
            metrics = QFontMetricsF(painter.font())
            w = metrics.horizontalAdvance(name) + 14
            painter.fillRect(QRectF(0, y + 2, w, LANE_TITLE - 6), QColor(255, 255, 255, 225))
            painter.setPen(pal.INK)
            painter.drawText(
                QRectF(6, y + 2, w, LANE_TITLE - 6), Qt.AlignmentFlag.AlignVCenter, name
            )
        painter.restore()


class TimelineView(QWidget):
    """Milestones of one or all campaigns; timeline or agenda mode."""

    milestone_activated = Signal(str)
    milestone_moved = Signal(str, object, object)
    """milestone_id, old_date (datetime.date), new_date (datetime.date)"""

    def __init__(
        self,
        ws: Workspace,
        campaign_id: str | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.campaign_id = campaign_id
        self.today = today or dt.date.today()
        self.date_range = (start, end)  # the dates asked for (None: the data's own)
        self.px_per_day = 6.0
        self.origin = self.today
        self.label_font = pal.font(8.5)
        struck = pal.font(8.5)
        struck.setStrikeOut(True)
        self.fonts = {"plain": self.label_font, "bold": pal.font(8.5, bold=True), "struck": struck}
        self.axis_fonts = (pal.font(9, bold=True), pal.font(7.5), pal.font(8, bold=True))
        self.lane_font = pal.font(9.5, bold=True)
        self.data: tl.Timeline | None = None
        self.items: dict[str, MilestoneItem] = {}
        self.arrows: list[tuple[str, str, QGraphicsPathItem]] = []
        self.lane_spans: dict[int, tuple[float, float]] = {}
        self.lane_names: dict[int, str] = {}
        self._chrome: list[QGraphicsItem] = []
        self._agenda_dirty = True
        self._drag_label: QGraphicsRectItem | None = None

        self.scene = QGraphicsScene(self)
        self.canvas = _Canvas(self.scene, self)
        # time runs left to right in every language: an Arabic layout would mirror the
        # scroll bar and put today off screen
        self.canvas.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.agenda = QTreeWidget()
        self.agenda.setHeaderLabels(
            [tr("Date"), tr("Moment"), tr("Campaign"), tr("Kind"), tr("Status")]
        )
        self.agenda.setRootIsDecorated(True)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.setAccessibleName(tr("Agenda of milestones"))
        self.agenda.setUniformRowHeights(True)
        for col, w in enumerate((190, 380, 260, 110, 110)):
            self.agenda.setColumnWidth(col, w)
        self.agenda.itemActivated.connect(self._agenda_activated)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.agenda)

        bar = QHBoxLayout()
        self.timeline_button = QPushButton(tr("Timeline"))
        self.agenda_button = QPushButton(tr("Agenda"))
        modes = QButtonGroup(self)
        for k, b in enumerate((self.timeline_button, self.agenda_button)):
            b.setCheckable(True)
            modes.addButton(b, k)
            bar.addWidget(b)
        self.timeline_button.setChecked(True)
        modes.idClicked.connect(self.set_mode)
        bar.addSpacing(16)
        for text, tip, slot in (
            ("−", tr("Zoom out (Ctrl + mouse wheel)"), lambda: self.zoom(0.8)),
            ("+", tr("Zoom in (Ctrl + mouse wheel)"), lambda: self.zoom(1.25)),
            (tr("Today"), tr("Scroll to today"), self.scroll_to_today),
        ):
            b = QPushButton(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.clicked.connect(slot)
            bar.addWidget(b)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        bar.addWidget(self.summary)
        # The legend has a line of its own under the controls: sharing the bar, it was
        # squeezed under the summary when the window (or the language) left no room.
        self.legend = QLabel(legend_html())
        self.legend.setObjectName("timelineLegend")
        self.legend.setAccessibleName(tr("Legend"))
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.stack, 1)
        self.setAccessibleName(tr("Timeline of milestones"))
        self.refresh()

    # -- geometry --------------------------------------------------------------------------
    def x_of(self, day: dt.date) -> float:
        return (day - self.origin).days * self.px_per_day

    def date_at(self, x: float) -> dt.date:
        return self.origin + dt.timedelta(days=round(x / self.px_per_day))

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        start, end = self.date_range
        self.data = tl.timeline(self.ws, self.campaign_id, today=self.today, start=start, end=end)
        self.origin = min(self.data.start, self.today) - dt.timedelta(days=MARGIN_DAYS)
        self.lane_names = {lane.index: lane.name for lane in self.data.lanes}
        self.scene.clear()
        self._drag_label = None
        self.items = {}
        self._chrome = []
        for i in self.data.items:
            item = MilestoneItem(self, i)
            self.scene.addItem(item)
            self.items[i.id] = item
        self._layout()
        self._agenda_dirty = True
        if self.stack.currentIndex() == 1:
            self._fill_agenda()

    def item_flag(self, milestone_id: str) -> str:
        return self.items[milestone_id].flag

    def apply_reschedule(self, milestone_id: str, new_date: dt.date) -> None:
        """Show a milestone on ``new_date`` (after a drop, an undo or a redo).

        Only that milestone and its arrows move (same row); rows are re-packed on the
        next zoom or refresh, so a drop costs the same with 20 or 20 000 milestones.
        """
        if self.data is None or milestone_id not in self.items:
            return
        old = self.data.item(milestone_id)
        assert old is not None
        m = old.milestone
        end = new_date + (m.end_date - m.date) if m.end_date else None
        moved_m = dataclasses.replace(m, date=new_date, end_date=end)
        moved = dataclasses.replace(old, milestone=moved_m, overdue=is_overdue(moved_m, self.today))
        items = [moved if i.id == milestone_id else i for i in self.data.items]
        by_id = {i.id: i for i in items}
        deps = [
            dataclasses.replace(d, conflict=by_id[d.before].end > by_id[d.after].start)
            if milestone_id in (d.before, d.after)
            else d
            for d in self.data.dependencies
        ]
        self.data = dataclasses.replace(self.data, items=items, dependencies=deps)
        item = self.items[milestone_id]
        item.set_data(moved)
        item.setPos(self.x_of(new_date), item.pos().y())
        self._restyle_arrows(milestone_id)
        self._agenda_dirty = True
        if self.stack.currentIndex() == 1:
            self._fill_agenda()
        self._summarise()

    # -- gestures --------------------------------------------------------------------------
    def drop(self, item: MilestoneItem, new_date: dt.date) -> None:
        old = item.record.start
        self.apply_reschedule(item.milestone_id, new_date)
        self.milestone_moved.emit(item.milestone_id, old, new_date)

    def show_drag_date(self, item: MilestoneItem, day: dt.date | None) -> None:
        """While a milestone is dragged, the date it would land on, just above it."""
        if day is None:
            if self._drag_label is not None:
                self._drag_label.hide()
            return
        if self._drag_label is None:
            box = QGraphicsRectItem()
            box.setPen(QPen(pal.ACCENT, 1))
            box.setBrush(QBrush(pal.PAPER))
            box.setZValue(50)
            caption = QGraphicsSimpleTextItem(box)
            caption.setFont(self.fonts["bold"])
            caption.setBrush(QBrush(pal.ACCENT))
            caption.setPos(6, 2)
            self.scene.addItem(box)
            self._drag_label = box
        box = self._drag_label
        text = box.childItems()[0]
        assert isinstance(text, QGraphicsSimpleTextItem)
        text.setText(day_text(day, "ddd d MMM yyyy"))
        rect = text.boundingRect()
        box.setRect(QRectF(0, 0, rect.width() + 12, rect.height() + 4))
        box.setPos(item.pos().x() - 6, item.pos().y() - ROW / 2 - rect.height() - 8)
        box.show()

    def drag_date_text(self) -> str:
        """What the drag label says now ('' when no drag is under way)."""
        box = self._drag_label
        if box is None or not box.isVisible():
            return ""
        text = box.childItems()[0]
        return text.text() if isinstance(text, QGraphicsSimpleTextItem) else ""

    def item_moved(self, item: MilestoneItem) -> None:
        """Keep dependency arrows attached while an item is dragged."""
        for before, after, arrow in self.arrows:
            if item.milestone_id in (before, after):
                arrow.setPath(self._arrow_path(before, after))

    def set_mode(self, mode: int | str) -> None:
        index = {"timeline": 0, "agenda": 1}.get(mode, mode) if isinstance(mode, str) else mode
        if index == 1 and self._agenda_dirty:
            self._fill_agenda()
        self.stack.setCurrentIndex(int(index))
        self.timeline_button.setChecked(index == 0)
        self.agenda_button.setChecked(index == 1)

    def zoom(
        self,
        factor: float,
        *,
        anchor_x: float | None = None,
        anchor_view_x: float | None = None,
    ) -> None:
        bar = self.canvas.horizontalScrollBar()
        if anchor_x is None:
            anchor_view_x = self.canvas.viewport().width() / 2
            anchor_x = self.canvas.mapToScene(int(anchor_view_x), 0).x()
        anchor_day = anchor_x / self.px_per_day
        self.px_per_day = min(max(self.px_per_day * factor, MIN_PX_PER_DAY), MAX_PX_PER_DAY)
        self._layout(keep_scroll=True)
        bar.setValue(int(anchor_day * self.px_per_day - (anchor_view_x or 0)))

    def scroll_to_today(self) -> None:
        bar = self.canvas.horizontalScrollBar()
        bar.setValue(int(self.x_of(self.today) - self.canvas.viewport().width() / 3))

    # -- building --------------------------------------------------------------------------
    def _layout(self, *, keep_scroll: bool = False) -> None:
        """Place every milestone (rows packed per lane so labels never overlap) and redraw
        lanes, grid and arrows. Items are reused, so zooming does not rebuild them."""
        assert self.data is not None
        hbar, vbar = self.canvas.horizontalScrollBar(), self.canvas.verticalScrollBar()
        scroll = (hbar.value(), vbar.value())
        for extra in self._chrome:
            self.scene.removeItem(extra)
        self._chrome = []
        self.arrows.clear()
        self.lane_spans.clear()
        end_day = max(self.data.end, self.today) + dt.timedelta(days=MARGIN_DAYS)
        width = self.x_of(end_day) + 300
        by_lane: dict[int, list[tl.Item]] = defaultdict(list)
        for i in self.data.items:
            by_lane[i.lane].append(i)
        y = HEADER + 6
        for lane in self.data.lanes:
            rows_end: list[float] = []
            placed: list[tuple[tl.Item, int]] = []
            for i in sorted(
                by_lane.get(lane.index, []), key=lambda i: (i.start, i.milestone.title)
            ):
                x0 = self.x_of(i.start) - 10
                x1 = self.x_of(i.end) + 24 + self.items[i.id].text_width()
                for r, taken in enumerate(rows_end):
                    if taken < x0:
                        rows_end[r] = x1
                        placed.append((i, r))
                        break
                else:
                    rows_end.append(x1)
                    placed.append((i, len(rows_end) - 1))
            height = LANE_TITLE + max(len(rows_end), 1) * ROW + LANE_PAD
            self.lane_spans[lane.index] = (y, height)
            band = self.scene.addRect(
                QRectF(-200, y, width + 400, height),
                QPen(Qt.PenStyle.NoPen),
                QBrush(pal.LANE_TINTS[lane.index % 2]),
            )
            band.setZValue(-20)
            line = self.scene.addLine(-200, y + height, width + 200, y + height, QPen(pal.GRID, 1))
            self._chrome += [band, line]
            for i, r in placed:
                item = self.items[i.id]
                item.set_span(self.x_of(i.end) - self.x_of(i.start))
                item.setPos(self.x_of(i.start), y + LANE_TITLE + r * ROW + ROW / 2)
            y += height
        total_h = max(y, HEADER + 80)
        self._draw_grid(width, total_h)
        for dep in self.data.dependencies:
            if dep.before in self.items and dep.after in self.items:
                arrow = self.scene.addPath(
                    self._arrow_path(dep.before, dep.after),
                    self._arrow_pen(dep.conflict),
                    QBrush(Qt.BrushStyle.NoBrush),
                )
                arrow.setZValue(5)
                self.arrows.append((dep.before, dep.after, arrow))
                self._chrome.append(arrow)
        self.scene.setSceneRect(QRectF(-40, 0, width + 80, total_h + 20))
        if keep_scroll:
            hbar.setValue(scroll[0])
            vbar.setValue(scroll[1])
        else:
            self.scroll_to_today()
        self.canvas.viewport().update()
        self._summarise()

    @staticmethod
    def _arrow_pen(conflict: bool) -> QPen:
        colour = pal.STATUS_COLOURS["missed"] if conflict else pal.FAINT
        return QPen(colour, 1.4, Qt.PenStyle.DashLine if conflict else Qt.PenStyle.SolidLine)

    def _restyle_arrows(self, milestone_id: str) -> None:
        assert self.data is not None
        conflicts = {(d.before, d.after): d.conflict for d in self.data.dependencies}
        for before, after, arrow in self.arrows:
            if milestone_id in (before, after):
                arrow.setPath(self._arrow_path(before, after))
                arrow.setPen(self._arrow_pen(conflicts.get((before, after), False)))

    def _draw_grid(self, width: float, height: float) -> None:
        day = dt.date(self.origin.year, self.origin.month, 1)
        end = self.origin + dt.timedelta(days=int(width / self.px_per_day) + 1)
        pen = QPen(QColor("#e6eaee"), 1)
        while day <= end:
            x = self.x_of(day)
            line = self.scene.addLine(x, HEADER, x, height, pen)
            line.setZValue(-15)
            self._chrome.append(line)
            day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        x = self.x_of(self.today) + self.px_per_day / 2
        today = self.scene.addLine(x, 0, x, height, QPen(pal.ACCENT, 1.6))
        today.setZValue(-1)
        self._chrome.append(today)

    def _arrow_path(self, before: str, after: str) -> QPainterPath:
        a, b = self.items[before], self.items[after]
        start = a.pos() + QPointF(a.span_px + 8, 0)
        end = b.pos() + QPointF(-9, 0)
        path = QPainterPath(start)
        mid = (start.x() + end.x()) / 2
        if end.x() - start.x() < 30:  # backwards or tight: loop around
            path.cubicTo(start + QPointF(40, 0), end + QPointF(-40, 0), end)
        else:
            path.cubicTo(QPointF(mid, start.y()), QPointF(mid, end.y()), end)
        # an open arrow head, drawn with the same pen
        path.moveTo(end + QPointF(-7, -4))
        path.lineTo(end)
        path.lineTo(end + QPointF(-7, 4))
        return path

    def _summarise(self) -> None:
        assert self.data is not None
        n = len(self.data.items)
        late = sum(1 for i in self.data.items if i.overdue)
        missed = sum(1 for i in self.data.items if i.missed)
        text = tr("{n} milestones · {late} overdue · {missed} missed").format(
            n=n, late=late, missed=missed
        )
        self.summary.setText(text)
        self.setAccessibleDescription(
            tr(
                "Timeline: {summary}. Click a milestone to open it; drag it sideways to move it."
            ).format(summary=text)
        )

    def _fill_agenda(self) -> None:
        assert self.data is not None
        self.agenda.clear()
        names = {lane.index: lane.name for lane in self.data.lanes}
        current: QTreeWidgetItem | None = None
        for monday, items in self.data.agenda():
            week = tr("Week of {date}").format(date=day_text(monday, "d MMM yyyy"))
            if monday <= self.today < monday + dt.timedelta(days=7):
                week += " " + tr("(this week)")
            current = QTreeWidgetItem([line(week)])
            font = current.font(0)
            font.setBold(True)
            current.setFont(0, font)
            current.setFirstColumnSpanned(False)
            self.agenda.addTopLevelItem(current)
            for i in items:
                m = i.milestone
                status = flag_text(i) or label(m.status)
                row = QTreeWidgetItem(
                    [
                        day_text(m.date, "ddd d MMM"),
                        m.title,
                        names.get(i.lane, ""),
                        label(m.kind),
                        status,
                    ]
                )
                row.setData(0, Qt.ItemDataRole.UserRole, m.id)
                row.setForeground(4, pal.STATUS_COLOURS[status_key(i)].darker(120))
                current.addChild(row)
            current.setExpanded(monday + dt.timedelta(days=7) > self.today - dt.timedelta(days=28))
        self._agenda_dirty = False

    def _agenda_activated(self, row: QTreeWidgetItem, _column: int) -> None:
        ident = row.data(0, Qt.ItemDataRole.UserRole)
        if ident:
            self.milestone_activated.emit(ident)
