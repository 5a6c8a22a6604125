"""The start page: what is due this week and next, what is late, who went quiet, who moved.

Everything comes from ``planner.planning.dashboard`` (one background query, counts plus the first
items of each section). Every line opens the item where it lives with a single click (or
Enter), and every status is written as a word beside its colour.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner.planning.dashboard import Change, Dashboard, Moment, dashboard
from ui import theme
from ui.context import WorkspaceContext
from ui.display import date_text, label, relative_days, stance_text
from ui.operations import Operation, run_in_background
from ui.pages.base import Page, tr
from ui.pages.cards import card_frame, card_head, scrolled_grid, stat_card
from ui.settings import positive_setting

KIND_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11
PILL_ROLE = Qt.ItemDataRole.UserRole + 12  # (word, colour name) drawn at the right
DOT_ROLE = Qt.ItemDataRole.UserRole + 13  # colour name of the leading dot

STALE_KEY = "dashboard/stale_days"
DEFAULT_STALE_DAYS = 30

# What a recent change opens: its own kind where the shell can show it, else its campaign.
OPENABLE = {"campaign", "stakeholder", "milestone", "interaction", "quote"}


def stale_days() -> int:
    """Days without contact that make a target or partner "quiet" (QSettings, default 30)."""
    return positive_setting(STALE_KEY, DEFAULT_STALE_DAYS)


Index = QModelIndex | QPersistentModelIndex  # what Qt hands a delegate


class ItemDelegate(QStyledItemDelegate):
    """Two lines per item (title, muted details), a status dot and a status pill in words.

    The details wrap onto more lines when the card is narrow: they end with what matters
    most (the date, "in 4 days"), so eliding them cut exactly that.
    """

    DOT = 17  # room the status dot takes before the text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[object, ...], int] = {}

    def detail_width(self, index: Index, full: int) -> int:
        return full - 12 - (self.DOT if index.data(DOT_ROLE) else 0)

    def detail_height(self, fm: QFontMetrics, width: int, detail: str) -> int:
        """How tall the wrapped details are at ``width``."""
        flags = int(Qt.TextFlag.TextWordWrap.value)
        return fm.boundingRect(QRect(0, 0, max(width, 40), 10_000), flags, detail).height()

    @staticmethod
    def pill_font(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setPointSizeF(font.pointSizeF() * 0.85)
        bold.setWeight(QFont.Weight.DemiBold)
        return bold

    def title_width(self, option: QStyleOptionViewItem, index: Index, full: int) -> int:
        """Room for the title: the details' width less the status pill."""
        pill = index.data(PILL_ROLE)
        used = (
            QFontMetrics(self.pill_font(option.font)).horizontalAdvance(pill[0]) + 24 if pill else 0
        )
        return self.detail_width(index, full) - used

    @staticmethod
    def title_font(option: QStyleOptionViewItem, index: Index) -> QFont:
        font = QFont(option.font)
        if index.flags() & Qt.ItemFlag.ItemIsEnabled:
            font.setWeight(QFont.Weight.DemiBold)
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        text = index.data() or ""
        if isinstance(view, ItemList) and not view.isVisible():
            # Filled while hidden (a card is filled before it is shown): the list lays
            # its items out again at its real width once shown (``ItemList.showEvent``),
            # so measuring the wrapped text at the width it has now (twice, as the card
            # settles) would be thrown away; a new dashboard's cards cost that ~270 times.
            view.laid_out_hidden = True
            return QSize(200, option.fontMetrics.height() * (1 + text.count("\n")) + 18)
        full = view.viewport().width() if isinstance(view, QListWidget) else 400
        # A list asks again on every layout pass (about twenty times an item while the
        # dashboard first shows), and wrapping text is measured each time: keep the
        # answer for what it depends on.
        key = (
            text,
            full,
            option.font.key(),
            index.data(PILL_ROLE),
            bool(index.data(DOT_ROLE)),
            bool(index.flags() & Qt.ItemFlag.ItemIsEnabled),
        )
        known = self._heights.get(key)
        if known is None:
            fm = QFontMetrics(option.font)
            title, _, detail = text.partition("\n")
            tfm = QFontMetrics(self.title_font(option, index))
            known = max(
                fm.height(), self.detail_height(tfm, self.title_width(option, index, full), title)
            )
            if detail:
                known += self.detail_height(fm, self.detail_width(index, full), detail)
            if len(self._heights) > 2000:
                self._heights.clear()
            self._heights[key] = known
        return QSize(200, known + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        c = theme.colours()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        if selected or (hovered and enabled):
            painter.fillRect(rect, QColor(c["selection"] if selected else c["hover"]))
        painter.setPen(QPen(QColor(c["border"]), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        text = index.data() or ""
        title, _, detail = text.partition("\n")
        fm = QFontMetrics(option.font)
        x = rect.left() + 6
        dot = index.data(DOT_ROLE)
        if dot:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(dot))
            painter.drawEllipse(x, rect.top() + 9 + (fm.height() - 9) // 2, 9, 9)
            x += 17
        right = rect.right() - 6
        pill = index.data(PILL_ROLE)
        if pill:
            word, colour = pill
            bold = self.pill_font(option.font)
            pfm = QFontMetrics(bold)
            w = pfm.horizontalAdvance(word) + 16
            box = QRect(right - w, rect.top() + 9, w, pfm.height() + 4)
            tint = QColor(colour)
            tint.setAlpha(28)
            painter.setBrush(tint)
            painter.setPen(QPen(QColor(colour), 1))
            painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
            painter.setFont(bold)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, word)
            right = box.left() - 8
        width = right - x
        title_font = self.title_font(option, index)
        painter.setFont(title_font)
        painter.setPen(QColor(c["text"] if enabled else c["muted"]))
        tfm = QFontMetrics(title_font)
        title_h = max(fm.height(), self.detail_height(tfm, width, title))
        painter.drawText(
            QRect(x, rect.top() + 8, width, title_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
            title,
        )
        if detail:
            painter.setFont(option.font)
            painter.setPen(QColor(c["muted"]))
            painter.drawText(
                QRect(x, rect.top() + 8 + title_h, rect.right() - 6 - x, rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                detail,
            )
        painter.restore()


class ItemList(QListWidget):
    """A list of openable items inside a card: a click (or Enter) opens one."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("itemList")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(ItemDelegate(self))
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-wrap as the card resizes
        self.setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.itemClicked.connect(self.open_item)
        self.setMinimumHeight(150)
        self.laid_out_hidden = False  # items were given estimated heights while hidden

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.laid_out_hidden:  # now measure them at the width the list has on screen
            self.laid_out_hidden = False
            self.scheduleDelayedItemsLayout()

    def add(
        self,
        kind: str,
        ident: str,
        text: str,
        *,
        pill: tuple[str, str] | None = None,
        dot: str | None = None,
        tip: str = "",
    ) -> QListWidgetItem:
        """One line: ``text`` is 'title\\ndetails'; ``pill`` is (word, colour)."""
        item = QListWidgetItem(text)
        item.setData(KIND_ROLE, kind)
        item.setData(ID_ROLE, ident)
        if pill:
            item.setData(PILL_ROLE, pill)
        if dot:
            item.setData(DOT_ROLE, dot)
        item.setToolTip(tip or text.replace("\n", " — "))
        self.addItem(item)
        return item

    def empty(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.addItem(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.open_item(self.currentItem())
            return
        super().keyPressEvent(event)

    def open_item(self, item: QListWidgetItem) -> None:
        kind = item.data(KIND_ROLE)
        if kind:
            self.ctx.open_item(kind, item.data(ID_ROLE))


def card(title: str, body: QWidget, note: str = "", extra: QWidget | None = None) -> QFrame:
    frame, box = card_frame(title, margins=(16, 12, 16, 8), spacing=4)
    head = card_head(box)
    if extra is not None:
        head.addWidget(extra)
    if note:
        count = QLabel(note)
        count.setObjectName("cardCount")
        head.addWidget(count)
    box.addWidget(body, 1)
    return frame


def status_pill(status: str, overdue: bool = False) -> tuple[str, str]:
    """A milestone's status as a word and its colour (OVERDUE wins over planned)."""
    key = "overdue" if overdue else status
    word = tr("Overdue") if overdue else label(status)
    return word, theme.status_colour(key).name()


def more_note(shown: int, total: int, noun: str) -> str:
    return (
        f"{total:,} {noun}"
        if total <= shown
        else tr("{n} of {t} {noun}").format(n=shown, t=f"{total:,}", noun=noun)
    )


class DashboardPage(Page):
    kinds = (
        "campaign",
        "milestone",
        "interaction",
        "stakeholder",
        "campaign_stakeholder",
        "ask",
        "quote",
        "relationship",
        "vote_position",
    )
    updated = Signal()  # the cards show fresh data

    def __init__(self, ctx: WorkspaceContext) -> None:
        super().__init__(ctx, tr("Dashboard"))
        scroll = QScrollArea()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid = scrolled_grid(scroll, (0, 0, 4, 0), 14)
        self.body.addWidget(scroll, 1)
        self._loading: Operation | None = None
        self.loaded: Dashboard | None = None
        self.lists: dict[str, ItemList] = {}
        self.stale = QSpinBox()
        self.stale.setRange(1, 999)
        self.stale.setSuffix(tr(" days"))
        self.stale.setAccessibleName(tr("Days without contact"))
        self.stale.setToolTip(tr("Targets and partners not contacted for more than this"))
        self.stale.setValue(stale_days())
        self.stale.setMinimumWidth(96)
        self.stale.editingFinished.connect(self._stale_changed)
        # The query starts now, not when the page is first shown: the window builds and
        # paints its shell while the worker reads (the start page of every start-up).
        self.refresh()

    def _stale_changed(self) -> None:
        if self.stale.value() != stale_days():
            QSettings().setValue(STALE_KEY, self.stale.value())
            self.refresh()

    def refresh(self) -> None:
        """Query in the background (a huge workspace may take a moment), then fill the cards."""
        super().refresh()
        ws, today, days = self.ctx.ws, dt.date.today(), stale_days()
        self.subtitle.setText(tr("Today is {day}").format(day=date_text(today, long=True)))
        self.subtitle.show()
        if self._loading is not None:
            self._loading.cancel()
        self._loading = run_in_background(
            lambda _p: dashboard(ws, today, days),
            on_success=self.show_dashboard,
            on_failure=lambda exc: self.subtitle.setText(
                tr("The dashboard could not be loaded: {error}").format(error=exc)
            ),
            owner=self,
        )

    # -- filling ------------------------------------------------------------------------
    def show_dashboard(self, d: Dashboard) -> None:
        self._loading = None
        self.loaded = d
        self.stale.setParent(None)  # kept across rebuilds
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lists = {}
        stats = QHBoxLayout()
        stats.setSpacing(14)
        stats.setContentsMargins(0, 0, 0, 0)
        for value, caption in (
            (d.active_campaigns, tr("active campaigns")),
            (d.this_week_count + d.next_week_count, tr("moments this week and next")),
            (d.overdue_count, tr("overdue milestones")),
            (d.follow_ups_late, tr("follow-ups due today or late")),
            (d.quiet_count, tr("targets and partners gone quiet")),
        ):
            stats.addWidget(stat_card(f"{value:,}", caption))
        strip = QWidget()
        strip.setLayout(stats)
        self.grid.addWidget(strip, 0, 0, 1, 2)
        # what is due first, then who needs attention, then what moved; two wide columns
        # keep each line readable (campaign names are long)
        cards = [
            self._moments_card(d),
            self._overdue_card(d),
            self._follow_ups_card(d),
            self._quiet_card(d),
            self._moved_card(d),
            self._recent_card(d),
        ]
        for k, frame in enumerate(cards):
            frame.setMinimumHeight(290)
            self.grid.addWidget(frame, 1 + k // 2, k % 2)
        self.grid.addWidget(self._campaigns_card(d), 4, 0, 1, 2)
        for col in range(2):
            self.grid.setColumnStretch(col, 1)
        self.updated.emit()

    def _list(self, key: str) -> ItemList:
        lst = ItemList(self.ctx)
        lst.setObjectName("itemList")
        lst.setAccessibleName(key)
        self.lists[key] = lst
        return lst

    def _moment_line(self, lst: ItemList, m: Moment, today: dt.date) -> None:
        r = m.milestone
        when = date_text(r.date)
        if r.end_date and r.end_date != r.date:
            when += f" – {date_text(r.end_date)}"
        when += f" ({relative_days(r.date, today)})"
        text = f"{r.title}\n{m.campaign_name} · {label(r.kind)} · {when}"
        colour = theme.status_colour("overdue" if m.overdue else r.status).name()
        lst.add("milestone", r.id, text, pill=status_pill(r.status, m.overdue), dot=colour)

    def _moments_card(self, d: Dashboard) -> QFrame:
        lst = self._list("moments")
        for heading, moments, total in (
            (tr("This week"), d.this_week, d.this_week_count),
            (tr("Next week"), d.next_week, d.next_week_count),
        ):
            head = QListWidgetItem(f"{heading.upper()}  ·  {total}")
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            font = head.font()
            font.setPointSizeF(font.pointSizeF() * 0.85)
            font.setBold(True)
            head.setFont(font)
            lst.addItem(head)
            for m in moments:
                self._moment_line(lst, m, d.today)
            if not moments:
                lst.empty(tr("Nothing planned."))
        note = more_note(
            len(d.this_week) + len(d.next_week),
            d.this_week_count + d.next_week_count,
            tr("moments"),
        )
        return card(tr("This week and next"), lst, note)

    def _overdue_card(self, d: Dashboard) -> QFrame:
        lst = self._list("overdue")
        for m in d.overdue:
            r = m.milestone
            text = (
                f"{r.title}\n{m.campaign_name} · "
                + tr("was due {d}").format(d=date_text(r.end_date or r.date))
                + f" ({relative_days(r.end_date or r.date, d.today)})"
            )
            lst.add(
                "milestone",
                r.id,
                text,
                pill=status_pill(r.status, True),
                dot=theme.status_colour("overdue").name(),
                tip=text.replace("\n", " — ") + " — " + tr("record the outcome or reschedule"),
            )
        if not d.overdue:
            lst.empty(tr("Nothing overdue."))
        return card(tr("Overdue"), lst, more_note(len(d.overdue), d.overdue_count, tr("late")))

    def _follow_ups_card(self, d: Dashboard) -> QFrame:
        lst = self._list("follow_ups")
        for f in d.follow_ups:
            i = f.interaction
            assert i.follow_up_date is not None
            who = ", ".join(f.stakeholder_names)
            where = " · ".join(x for x in (f.campaign_name, who) if x)
            text = f"{' '.join(i.summary.split())}\n{where}"
            when = relative_days(i.follow_up_date, d.today)
            if f.days_late > 0:
                pill = (tr("Late {n}d").format(n=f.days_late), theme.status_colour("missed").name())
            elif f.days_late == 0:
                pill = (tr("Today"), theme.status_colour("overdue").name())
            else:
                pill = (when.capitalize(), theme.status_colour("planned").name())
            lst.add("interaction", i.id, text, pill=pill, dot=pill[1])
        if not d.follow_ups:
            lst.empty(tr("No follow-ups due this week. Log a meeting (Ctrl+L) with a date."))
        note = tr("{late} due or late · {n} this week").format(
            late=f"{d.follow_ups_late:,}", n=f"{d.follow_ups_count:,}"
        )
        return card(tr("Follow-ups due"), lst, note)

    def _quiet_card(self, d: Dashboard) -> QFrame:
        lst = self._list("quiet")
        for q in d.quiet:
            if q.last_contact is None:
                since, colour = tr("Never"), theme.status_colour("missed").name()
            else:
                since, colour = (
                    tr("{n} days").format(n=q.days_since),
                    theme.status_colour("overdue").name(),
                )
            owner = tr("owner {o}").format(o=q.owner) if q.owner else tr("no owner")
            text = f"{q.name}\n{q.campaign_name} · {label(q.role)} · {owner}"
            lst.add("stakeholder", q.stakeholder_id, text, pill=(since, colour))
        if not d.quiet:
            lst.empty(tr("Every target and partner was contacted recently."))
        self.stale.setValue(d.stale_days)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        more = QLabel(tr("more than"))
        more.setObjectName("cardCount")
        box.addWidget(more)
        box.addWidget(self.stale)
        self.stale.show()  # reparenting hides a widget
        return card(
            tr("Targets and partners not contacted"), lst, f"· {d.quiet_count:,}", extra=row
        )

    def _moved_card(self, d: Dashboard) -> QFrame:
        lst = self._list("moved")
        for m in d.moved:
            text = (
                f"{m.stakeholder_name}\n{m.campaign_name} · {stance_text(m.before)} → "
                f"{stance_text(m.now)} · {date_text(m.last_change)}"
            )
            pill = (f"+{m.steps}", theme.STANCE_COLOURS[2])
            lst.add("stakeholder", m.stakeholder_id, text, pill=pill)
        if not d.moved:
            lst.empty(tr("No stance moved toward us in the last 30 days."))
        return card(
            tr("Moved toward us this month"), lst, more_note(len(d.moved), d.moved_count, "")
        )

    def _recent_card(self, d: Dashboard) -> QFrame:
        lst = self._list("recent")
        for ch in d.recent:
            kind, ident = self._target(ch)
            stamp = ch.updated_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") + " UTC"
            where = d.campaign_name(ch.campaign_id) if ch.campaign_id else ""
            text = f"{ch.title or label(ch.kind)}\n" + " · ".join(
                x for x in (label(ch.kind), stamp, where) if x
            )
            item = lst.add(kind, ident, text)
            if not kind:
                item.setData(KIND_ROLE, None)
        if not d.recent:
            lst.empty(tr("No changes yet."))
        return card(tr("Recent changes"), lst)

    @staticmethod
    def _target(ch: Change) -> tuple[str, str]:
        if ch.kind in OPENABLE:
            return ch.kind, ch.id
        if ch.campaign_id:
            return "campaign", ch.campaign_id
        return "page", "stakeholders"

    def _campaigns_card(self, d: Dashboard) -> QFrame:
        lst = self._list("campaigns")
        tallies = {t.campaign_id: t for t in d.asks}
        for c in d.campaigns:
            tally = tallies.get(c.id)
            if tally and tally.total:
                asks = " · ".join(f"{n} {label(s).lower()}" for s, n in tally.counts.items() if n)
                asks = tr("Asks: {a}").format(a=asks)
            else:
                asks = tr("No asks yet")
            bits = [asks]
            if c.end_date:
                bits.append(tr("until {d}").format(d=date_text(c.end_date)))
            if c.lead:
                bits.append(tr("lead {who}").format(who=c.lead))
            colour = theme.status_colour(c.status).name()
            lst.add(
                "campaign", c.id, f"{c.name}\n{' · '.join(bits)}", pill=(label(c.status), colour)
            )
        if not d.campaigns:
            lst.empty(tr("No campaigns yet. Go to Campaigns and click New campaign."))
        lst.setMinimumHeight(min(max(len(d.campaigns), 1), 6) * 50 + 6)
        return card(
            tr("Campaigns and their asks"), lst, tr("{n} in total").format(n=len(d.campaigns))
        )
