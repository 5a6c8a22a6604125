"""A campaign opened as a workspace of its own: a header and a row of tabs.

The tabs come from ``CAMPAIGN_TABS``, a list other views append to (power map,
timeline, History…): each entry is a title and a factory ``(ctx, campaign_id) -> QWidget``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.records import AskRecord
from planner.services import asks, campaigns, milestones, positions, quotes
from planner.services.entity import NotFound
from ui.changes import Changes
from ui.context import WorkspaceContext
from ui.display import (
    INFLUENCE_LABELS,
    INTEREST_LABELS,
    PRIORITY_LABELS,
    date_text,
    label,
    line,
    score_text,
    stance_text,
)
from ui.forms.ask import ask_dialog
from ui.forms.campaign import campaign_dialog
from ui.forms.position import position_dialog
from ui.forms.quote import quote_dialog
from ui.models.columns import Column
from ui.models.record_table import ID_ROLE, RecordTableModel
from ui.pages.base import TableOrEmpty, make_table, select_rows, setup_columns
from ui.pages.cards import card_frame, card_head, scrolled_grid, stat_card, text_card
from ui.pages.engagements import EngagementsPage
from ui.pages.milestones import MilestonesPage
from ui.theme import icon, stance_colour, status_colour
from ui.translation import translator

tr = translator("CampaignWorkspace")


@dataclass(frozen=True)
class CampaignTab:
    key: str
    title: str
    factory: Callable[[WorkspaceContext, str], QWidget]


CAMPAIGN_TABS: list[CampaignTab] = []


def register_tab(key: str, title: str, factory: Callable[[WorkspaceContext, str], QWidget]) -> None:
    """Add a tab to every campaign workspace (replacing one with the same key, in place)."""
    tab = CampaignTab(key, title, factory)
    for i, t in enumerate(CAMPAIGN_TABS):
        if t.key == key:
            CAMPAIGN_TABS[i] = tab
            return
    CAMPAIGN_TABS.append(tab)


class CampaignWorkspace(QWidget):
    def __init__(self, ctx: WorkspaceContext, campaign_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.campaign_id = campaign_id
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 18, 28, 16)
        outer.setSpacing(10)
        crumb = QPushButton(tr("‹ All campaigns"))
        crumb.setObjectName("link")
        crumb.clicked.connect(lambda: ctx.open_item("page", "campaigns"))
        outer.addWidget(crumb, 0, Qt.AlignmentFlag.AlignLeft)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.name = QLabel()
        self.name.setObjectName("pageTitle")
        self.facts = QLabel()
        self.facts.setObjectName("pageSubtitle")
        titles.addWidget(self.name)
        titles.addWidget(self.facts)
        head.addLayout(titles, 1)
        edit = QPushButton(tr("Edit campaign…"))
        edit.clicked.connect(self.edit_campaign)
        log = QPushButton(tr("Log engagement"))
        log.setObjectName("primary")
        log.setToolTip("Ctrl+L")
        log.clicked.connect(lambda: ctx.open_item("log", campaign_id))
        head.addWidget(edit)
        head.addWidget(log)
        outer.addLayout(head)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Every tab stays in sight: when a language's titles are longer than the window
        # is wide, the titles are shortened with "…" (full title in the tooltip) instead of
        # pushing the last tabs behind scroll arrows where nobody finds them.
        bar = self.tabs.tabBar()
        bar.setUsesScrollButtons(False)
        bar.setElideMode(Qt.TextElideMode.ElideRight)
        bar.setExpanding(False)
        for tab in CAMPAIGN_TABS:
            index = self.tabs.addTab(tab.factory(ctx, campaign_id), tr(tab.title))
            self.tabs.setTabToolTip(index, tr(tab.title))
        outer.addWidget(self.tabs, 1)
        ctx.bus.changed.connect(self._on_changes)
        self.refresh_header()

    def tab(self, key: str) -> QWidget:
        for i, t in enumerate(CAMPAIGN_TABS):
            widget = self.tabs.widget(i)
            if t.key == key and widget is not None:
                return widget
        raise KeyError(key)

    def show_tab(self, key: str) -> QWidget:
        widget = self.tab(key)
        self.tabs.setCurrentWidget(widget)
        return widget

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("campaign"):
            self.refresh_header()

    def refresh_header(self) -> None:
        try:
            c = campaigns.get(self.ctx.ws, self.campaign_id)
        except NotFound:
            self.name.setText(tr("This campaign was deleted (Ctrl+Z brings it back)"))
            return
        self.name.setText(c.name)
        bits = [label(c.status), tr("{p} priority").format(p=PRIORITY_LABELS.get(c.priority, ""))]
        if c.context:
            bits.insert(0, c.context)
        if c.start_date and c.end_date:
            bits.append(f"{date_text(c.start_date)} – {date_text(c.end_date)}")
        elif c.start_date:
            bits.append(tr("since {d}").format(d=date_text(c.start_date)))
        elif c.end_date:
            bits.append(tr("until {d}").format(d=date_text(c.end_date)))
        if c.lead:
            bits.append(tr("Lead: {lead}").format(lead=c.lead))
        self.facts.setText(line("  ·  ".join(bits)))

    def edit_campaign(self) -> None:
        campaign_dialog(self.ctx, campaigns.get(self.ctx.ws, self.campaign_id), parent=self).exec()


# -- Overview -------------------------------------------------------------------------


class OverviewTab(QScrollArea):
    """Objective, strategy, asks with their status, and the campaign's numbers."""

    def __init__(self, ctx: WorkspaceContext, campaign_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.grid = scrolled_grid(self, (0, 16, 4, 8), 16)
        ctx.bus.changed.connect(self._on_changes)
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("campaign", "ask", "milestone", "campaign_stakeholder", "interaction"):
            self.refresh()

    def refresh(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        try:
            c = campaigns.get(self.ctx.ws, self.campaign_id)
        except NotFound:
            return
        stats = QHBoxLayout()
        stats_box = QWidget()
        stats_box.setLayout(stats)
        stats.setContentsMargins(0, 0, 0, 0)
        stats.setSpacing(16)
        people = positions.campaign_people(self.ctx.ws, self.campaign_id)
        ms = milestones.list_milestones(self.ctx.ws, self.campaign_id)
        today = dt.date.today()
        upcoming = [m for m in ms if m.date >= today and m.status == "planned"]
        late = [m for m in ms if milestones.is_overdue(m, today)]
        champions = sum(1 for p in people if p.position.stance >= 1)
        for value, caption in (
            (len(people), tr("people in play")),
            (champions, tr("supportive or champions")),
            (len(upcoming), tr("upcoming moments")),
            (len(late), tr("overdue")),
        ):
            stats.addWidget(stat_card(str(value), caption))
        self.grid.addWidget(stats_box, 0, 0, 1, 2)
        self.grid.addWidget(
            text_card(
                tr("Objective"),
                c.objective or tr("No objective yet: edit the campaign to add one."),
            ),
            1,
            0,
        )
        self.grid.addWidget(text_card(tr("Strategy"), c.strategy or tr("No strategy yet.")), 1, 1)
        self.grid.addWidget(
            self._asks_card(asks.list_asks(self.ctx.ws, self.campaign_id)), 2, 0, 1, 2
        )
        if c.outcome:
            self.grid.addWidget(text_card(tr("Outcome"), c.outcome), 3, 0, 1, 2)
        self.grid.setRowStretch(4, 1)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)

    def _asks_card(self, rows: list[AskRecord]) -> QFrame:
        card, box = card_frame(tr("Asks"))
        add = QPushButton(tr("Add ask"))
        add.clicked.connect(lambda: ask_dialog(self.ctx, self.campaign_id, parent=self).exec())
        card_head(box).addWidget(add)
        if not rows:
            empty = QLabel(tr("No asks yet. What do you want decision-makers to do? Add an ask."))
            empty.setObjectName("muted")
            box.addWidget(empty)
        for a in rows:
            line = QHBoxLayout()
            badge = QLabel(label(a.status))
            badge.setObjectName("badge")
            colour = status_colour(a.status).name()
            badge.setStyleSheet(
                f"color: {colour}; border: 1px solid {colour}; background: transparent;"
            )
            badge.setFixedWidth(96)
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(a.text + (f"  —  {a.target}" if a.target else ""))
            text.setWordWrap(True)
            edit = QPushButton(tr("Edit"))
            edit.setObjectName("link")
            edit.clicked.connect(
                lambda _c=False, a=a: ask_dialog(
                    self.ctx, self.campaign_id, asks.get(self.ctx.ws, a.id), self
                ).exec()
            )
            line.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            line.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
            box.addLayout(line)
        return card


# -- People -------------------------------------------------------------------------

PEOPLE_COLUMNS = [
    Column(
        "name",
        "Name",
        lambda p: p.stakeholder.name,
        icon=lambda p: icon("lock") if p.stakeholder.sensitivity == "confidential" else None,
        tooltip=lambda p: (
            tr("Confidential: never leaves the team")
            if p.stakeholder.sensitivity == "confidential"
            else None
        ),
        width=310,
        flexible=True,
    ),
    Column("role", "Role", lambda p: label(p.position.role), width=90),
    Column(
        "influence",
        "Influence",
        lambda p: score_text(p.position.influence, INFLUENCE_LABELS),
        lambda p: p.position.influence,
        width=120,
    ),
    Column(
        "stance",
        "Stance",
        lambda p: stance_text(p.position.stance),
        lambda p: p.position.stance,
        colour=lambda p: stance_colour(p.position.stance),
        width=135,
    ),
    Column(
        "interest",
        "Interest",
        lambda p: score_text(p.position.interest, INTEREST_LABELS),
        lambda p: p.position.interest,
        width=115,
    ),
    Column("owner", "Owner", lambda p: p.position.owner, width=100),
    Column(
        "last",
        "Last contact",
        lambda p: date_text(p.last_contact),
        lambda p: p.last_contact,
        width=110,
    ),
    Column("next", "Next step", lambda p: p.position.next_step, width=260, flexible=True),
    Column("category", "Category", lambda p: label(p.stakeholder.category), hidden_by_default=True),
    Column("country", "Country", lambda p: p.stakeholder.country, hidden_by_default=True),
]

# The order ``positions.campaign_people`` returns (influence, highest first; then name).
PEOPLE_SORT_COLUMN = next(i for i, c in enumerate(PEOPLE_COLUMNS) if c.key == "influence")


class PeopleTab(QWidget):
    def __init__(self, ctx: WorkspaceContext, campaign_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.campaign_id = campaign_id
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 12, 0, 0)
        bar = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        bar.addWidget(self.count, 1)
        remove = QPushButton(tr("Remove from campaign"))
        remove.clicked.connect(self.remove_selected)
        edit = QPushButton(tr("Edit position…"))
        edit.clicked.connect(self.edit_selected)
        add = QPushButton(tr("Add someone"))
        add.setObjectName("primary")
        add.clicked.connect(self.add)
        for b in (remove, edit, add):
            bar.addWidget(b)
        box.addLayout(bar)
        self.model = RecordTableModel(PEOPLE_COLUMNS, self)
        self.model.bold_column = "name"
        self.table = make_table()
        self.table.setModel(self.model)
        setup_columns(self.table, PEOPLE_COLUMNS, "campaign-people")
        # People come most influential first (then by name): the header says so, and
        # setting the indicator also makes the model keep that order on every refresh.
        self.table.horizontalHeader().setSortIndicator(
            PEOPLE_SORT_COLUMN, Qt.SortOrder.DescendingOrder
        )
        self.table.activated.connect(lambda i: self.edit(self.model.record(i.row()).position.id))
        self.stack = TableOrEmpty(
            self.table, tr("Nobody in this campaign yet. Click Add someone to map who matters.")
        )
        box.addWidget(self.stack, 1)
        ctx.bus.changed.connect(self._on_changes)
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("campaign_stakeholder", "stakeholder", "interaction"):
            self.refresh()

    def refresh(self) -> None:
        """Reload the people; the rows that were selected stay selected (an edit saved
        from the selection must not lose the user's place)."""
        selected = set(self.selected_positions()) if self.table.selectionModel() else set()
        current = self.table.currentIndex()
        current_id = self.model.record(current.row()).position.id if current.isValid() else None
        rows = positions.campaign_people(self.ctx.ws, self.campaign_id)
        self.model.set_rows(rows)
        self.count.setText(tr("{n} people and organisations").format(n=len(rows)))
        self.stack.update_state(len(rows))
        if selected:
            select_rows(
                self.table,
                [i for i, r in enumerate(self.model.rows) if r.position.id in selected],
                next(
                    (i for i, r in enumerate(self.model.rows) if r.position.id == current_id), None
                ),
            )

    def selected_positions(self) -> list[str]:
        return [
            self.model.record(i.row()).position.id
            for i in self.table.selectionModel().selectedRows()
        ]

    def add(self) -> None:
        position_dialog(self.ctx, self.campaign_id, parent=self).exec()

    def edit(self, position_id: str) -> None:
        record = positions.get(self.ctx.ws, position_id)
        position_dialog(self.ctx, self.campaign_id, record, parent=self).exec()

    def edit_selected(self) -> None:
        ids = self.selected_positions()
        if ids:
            self.edit(ids[0])

    def remove_selected(self) -> None:
        for ident in self.selected_positions():
            self.ctx.delete("campaign_stakeholder", ident, tr("Remove from campaign"))


# -- Voices -------------------------------------------------------------------------

CONSENT_SHORT = {"none": "Team only", "closed": "Closed briefings", "public": "Public"}


class VoicesTab(QWidget):
    def __init__(self, ctx: WorkspaceContext, campaign_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.campaign_id = campaign_id
        from planner.services import stakeholders

        self._stakeholders = stakeholders
        self.names: dict[str, str] = {}
        columns = [
            Column(
                "text",
                "Quote",
                lambda q: q.text,
                tooltip=lambda q: q.translation or q.text,
                width=420,
                flexible=True,
            ),
            Column("translation", "Translation", lambda q: q.translation, width=300, flexible=True),
            Column(
                "speaker",
                "Speaker",
                lambda q: self.names.get(q.stakeholder_id or "", ""),
                width=180,
            ),
            Column("language", "Language", lambda q: q.language, width=80),
            Column("date", "Date", lambda q: date_text(q.date), lambda q: q.date, width=100),
            Column(
                "consent",
                "May be named",
                lambda q: (
                    tr(CONSENT_SHORT[q.name_consent]) if q.name_consent in CONSENT_SHORT else ""
                ),
                width=130,
            ),
        ]
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 12, 0, 0)
        bar = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        bar.addWidget(self.count, 1)
        add = QPushButton(tr("Add quote"))
        add.setObjectName("primary")
        add.clicked.connect(lambda: quote_dialog(ctx, campaign_id, parent=self).exec())
        bar.addWidget(add)
        box.addLayout(bar)
        self.model = RecordTableModel(columns, self)
        self.table = make_table()
        self.table.setModel(self.model)
        setup_columns(self.table, columns, "campaign-voices")
        self.table.activated.connect(self._edit)
        self.stack = TableOrEmpty(
            self.table,
            tr("No voices yet. Add what affected people and local partners say, in their words."),
        )
        box.addWidget(self.stack, 1)
        ctx.bus.changed.connect(lambda ch: self.refresh() if ch.touches("quote") else None)
        self.refresh()

    def refresh(self) -> None:
        rows = quotes.list_quotes(self.ctx.ws, self.campaign_id)
        ids = {q.stakeholder_id for q in rows if q.stakeholder_id}
        self.names = {s.id: s.name for s in self._stakeholders.get_many(self.ctx.ws, ids)}
        self.model.set_rows(rows)
        self.count.setText(tr("{n} quotes").format(n=len(rows)))
        self.stack.update_state(len(rows))

    def _edit(self, index) -> None:
        record = quotes.get(self.ctx.ws, index.data(ID_ROLE))
        quote_dialog(self.ctx, self.campaign_id, record, parent=self).exec()


def _milestones_tab(ctx: WorkspaceContext, campaign_id: str) -> QWidget:
    return MilestonesPage(ctx, campaign_id)


def _engagements_tab(ctx: WorkspaceContext, campaign_id: str) -> QWidget:
    return EngagementsPage(ctx, campaign_id)


register_tab("overview", "Overview", OverviewTab)
register_tab("people", "People", PeopleTab)
register_tab("milestones", "Milestones", _milestones_tab)
register_tab("engagements", "Engagement log", _engagements_tab)
register_tab("voices", "Voices", VoicesTab)
