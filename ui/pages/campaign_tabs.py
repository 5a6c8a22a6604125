"""The campaign workspace's planning tabs: Power map, Relationships, Timeline, Strategy, Votes.

Each tab wraps a standalone view from ``ui/views`` and connects it to the workspace:
gestures become undoable commands, double-clicks open items where they live, and the
change bus keeps the view current. Tabs build their view on first show (a campaign
opens at the speed of its Overview), and reload only when visible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.validation import ValidationError
from planner.planning.vote_count import StateVote
from planner.services import milestones, positions
from planner.services.entity import ConflictError, NotFound
from planner.services.stance_history import stance_history
from ui import undo_commands as uc
from ui.changes import Changes
from ui.context import WorkspaceContext
from ui.display import date_text, stance_text
from ui.forms.relationship import open_relationship_form, remove_relationship
from ui.pages.base import EmptyState, SidePanel, side_by_side
from ui.pages.campaign_workspace import register_tab
from ui.pages.timeline_page import TimelineController, edit_milestone
from ui.translation import translator
from ui.undo_moves import MovePointCommand
from ui.views.power_map import MIN_SCALE, PowerMapView
from ui.views.relationship_map import RelationshipMapView
from ui.views.strategy_view import StrategyView
from ui.views.timeline import TimelineView

tr = translator("CampaignTabs")


class LazyTab(QWidget):
    """A tab that builds its content on first show and reloads on relevant changes
    only while visible (otherwise on its next show)."""

    kinds: tuple[str, ...] = ()

    def __init__(self, ctx: WorkspaceContext, campaign_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.built = False
        self._stale = False
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 10, 0, 0)
        self.box.setSpacing(8)
        ctx.bus.changed.connect(self._on_changes)

    def ensure_built(self) -> None:
        if not self.built:
            self.built = True
            self.build()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.built:
            self.ensure_built()
        elif self._stale:
            self._stale = False
            self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if not self.built or (self.kinds and not changes.touches(*self.kinds)):
            return
        if self.isVisible():
            self.sync(changes)
        else:
            self._stale = True

    def build(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def sync(self, _changes: Changes) -> None:
        """React to a change while visible (default: reload)."""
        self.refresh()

    def toolbar(self, *buttons: QWidget, note: QWidget | None = None) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        if note is not None:
            row.addWidget(note, 1)
        else:
            row.addStretch(1)
        for b in buttons:
            row.addWidget(b)
        self.box.addLayout(row)
        return row


def _button(text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    b = QPushButton(text)
    b.clicked.connect(slot)
    if tip:
        b.setToolTip(tip)
    return b


# -- Power map -------------------------------------------------------------------------


class PowerMapTab(LazyTab):
    """Who stands where; drag a stakeholder to change stance/influence (undoable)."""

    kinds = ("campaign_stakeholder", "stakeholder", "interaction", "campaign")

    def build(self) -> None:
        hint = QLabel(
            tr(
                "Drag a stakeholder (or select one and use the arrow keys) to change stance "
                "or influence. Ctrl+Z undoes. Double-click opens the record."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.toolbar(
            _button(tr("Export PNG…"), self.export_png, tr("The whole map as an image")),
            _button(tr("Export SVG…"), self.export_svg, tr("Vector, sharp in slides and reports")),
            note=hint,
        )
        self.view = PowerMapView(self.ctx.ws, self.campaign_id)
        self.view.point_moved.connect(self.save_move)
        self.view.point_activated.connect(lambda sid: self.ctx.open_item("stakeholder", sid))
        self.view.scene.selectionChanged.connect(self.show_history)
        self.history = HistoryPanel(self.ctx, self.campaign_id)
        split = side_by_side(self.view, self.history, [900, 250])
        self.history.hide()  # shown beside the map while a stakeholder is selected
        self.box.addWidget(split, 1)
        self.view.canvas.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        """Scale the map down to the space there is (never up: labels stay crisp), but not
        below a legible size: past that the map scrolls (opening the stance history beside
        it must not shrink the names to specks)."""
        canvas = self.view.canvas
        rect = self.view.scene.sceneRect()
        vp = canvas.viewport().size()
        if rect.isEmpty() or vp.isEmpty():
            return
        scale = min(1.0, (vp.width() - 4) / rect.width(), (vp.height() - 4) / rect.height())
        canvas.resetTransform()
        canvas.scale(max(scale, MIN_SCALE), max(scale, MIN_SCALE))

    def refresh(self) -> None:
        selected = self.view.selected_id()
        self.view.refresh()
        if selected and selected in self.view.items:
            self.view.items[selected].setSelected(True)
        self.show_history()

    def sync(self, changes: Changes) -> None:
        """A move (or its undo) is shown in place; any other change reloads the map."""
        if changes.kinds == {"campaign_stakeholder"} and changes.ids and self.view.data:
            try:
                links = [positions.get(self.ctx.ws, i) for i in changes.ids]
            except NotFound:
                links = []
            ours = [x for x in links if x.campaign_id == self.campaign_id]
            shown = [self.view.data.point(x.stakeholder_id) for x in ours]
            if links and all(
                p is not None and (p.role, p.interest) == (x.role, x.interest)
                for p, x in zip(shown, ours, strict=True)
            ):
                for x in ours:
                    self.view.apply_move(x.stakeholder_id, x.stance, x.influence)
                self.show_history()
                return
        self.refresh()

    def save_move(self, stakeholder_id: str, s0: int, i0: int, s1: int, i1: int) -> None:
        point = self.view.data.point(stakeholder_id) if self.view.data else None
        name = point.short if point else ""
        command = MovePointCommand(
            self.ctx.ws,
            self.ctx.bus,
            self.campaign_id,
            stakeholder_id,
            (s0, i0),
            (s1, i1),
            tr("Move {name} on the power map").format(name=name),
        )
        try:
            uc.run(self.ctx.undo_stack, command)
        except (ValidationError, ConflictError, NotFound) as err:
            self.view.apply_move(stakeholder_id, s0, i0)
            QMessageBox.warning(self, tr("Cannot move"), str(err))

    def show_history(self) -> None:
        selected = self.view.selected_id()
        self.history.setVisible(selected is not None)
        self.history.show_for(selected)
        if selected is not None and selected in self.view.items:
            self.view.canvas.ensureVisible(self.view.items[selected], 40, 40)

    def export_png(self) -> None:
        self._export_picture("power-map-png")

    def export_svg(self) -> None:
        self._export_picture("power-map-svg")

    def _export_picture(self, name: str) -> None:
        """For an audience, through the gate, with the map's current filters."""
        from ui.dialogs.picture_export import export_picture
        from ui.views.power_map import draw_power_map

        roles, categories = set(self.view.roles), set(self.view.categories)
        fmt = name.rsplit("-", 1)[1]
        export_picture(
            self.ctx,
            self,
            name,
            self.campaign_id,
            lambda prepared: draw_power_map(prepared, fmt, roles=roles, categories=categories),
        )


class HistoryPanel(SidePanel):
    """The selected stakeholder's stance history in this campaign, newest first."""

    def __init__(self, ctx: WorkspaceContext, campaign_id: str) -> None:
        super().__init__(tr("Stance history"))
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.stakeholder_id: str | None = None
        self.setMinimumWidth(230)
        self.now = QLabel()
        self.now.setObjectName("muted")
        self.now.setWordWrap(True)
        self.open = QPushButton(tr("Open record"))
        self.open.setObjectName("link")
        self.open.clicked.connect(self._open)
        self.box.addWidget(self.now)
        self.box.addWidget(self.list, 1)
        self.box.addWidget(self.open, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_for(None)

    def show_for(self, stakeholder_id: str | None) -> None:
        self.stakeholder_id = stakeholder_id
        self.list.clear()
        self.open.setVisible(stakeholder_id is not None)
        if stakeholder_id is None:
            self.name.setText(tr("Select a stakeholder on the map to see how they moved."))
            self.now.clear()
            return
        try:
            link = positions.find_link(self.ctx.ws, self.campaign_id, stakeholder_id)
        except NotFound:
            self.show_for(None)
            return
        from planner.services import stakeholders

        person = stakeholders.get(self.ctx.ws, stakeholder_id)
        self.name.setText(f"<b>{_html(person.name)}</b>")
        self.now.setText(
            tr("Now: {stance} · influence {inf}").format(
                stance=stance_text(link.stance), inf=link.influence
            )
        )
        rows = stance_history(self.ctx.ws, self.campaign_id, stakeholder_id)
        for change in reversed(rows):
            text = f"{date_text(change.date)}\n{change.describe() or tr('recorded')}"
            if change.source:
                text += f"\n{change.source}"
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if not rows:
            self.list.addItem(tr("No recorded change yet."))

    def history_lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _open(self) -> None:
        if self.stakeholder_id:
            self.ctx.open_item("stakeholder", self.stakeholder_id)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- Relationships ---------------------------------------------------------------------


class RelationshipsTab(LazyTab):
    """Who knows whom; pick a partner and a target to see the shortest paths."""

    kinds = ("relationship", "stakeholder", "campaign_stakeholder")

    def build(self) -> None:
        hint = QLabel(
            tr(
                "Who can get us to this target? Pick From and To, then Show paths. "
                "Right-click a stakeholder or a link to add, edit or remove relationships."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.toolbar(
            _button(tr("Add relationship…"), lambda: self.add_relationship("")),
            _button(tr("Export PNG…"), self.export_png),
            note=hint,
        )
        self.view = RelationshipMapView(self.ctx.ws, campaign_id=self.campaign_id)
        self.view.stakeholder_activated.connect(lambda sid: self.ctx.open_item("stakeholder", sid))
        self.view.relationship_requested.connect(self.add_relationship)
        self.view.relationship_activated.connect(
            lambda rid: setattr(self, "dialog", open_relationship_form(self.ctx, self, rid))
        )
        self.view.relationship_removal_requested.connect(
            lambda rid: remove_relationship(self.ctx, rid)
        )
        self.box.addWidget(self.view, 1)

    def add_relationship(self, from_id: str) -> None:
        """The relationship form, starting from ``from_id`` when a stakeholder was chosen."""
        self.dialog = open_relationship_form(self.ctx, self, from_id=from_id or None)

    def refresh(self) -> None:
        self.view.refresh()

    def export_png(self) -> None:
        """For an audience, through the gate (like the brief)."""
        from ui.dialogs.picture_export import export_picture
        from ui.views.relationship_map import draw_relationship_map

        export_picture(
            self.ctx, self, "relationship-map-png", self.campaign_id, draw_relationship_map
        )


# -- Timeline --------------------------------------------------------------------------


class TimelineTab(LazyTab):
    """This campaign's moments: click to edit, drag to reschedule (undoable)."""

    kinds = ("milestone", "campaign")

    def build(self) -> None:
        self.view = TimelineView(self.ctx.ws, self.campaign_id)
        self.controller = TimelineController(self.ctx, self.view, self)
        self.box.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.view.today = dt.date.today()
        self.view.refresh()

    def sync(self, changes: Changes) -> None:
        self.controller.sync(changes)


# -- Strategy --------------------------------------------------------------------------


class StrategyTab(LazyTab):
    """The campaign's plan on one page; names and moments are links."""

    kinds = (
        "campaign",
        "ask",
        "campaign_stakeholder",
        "relationship",
        "milestone",
        "stakeholder",
    )

    def build(self) -> None:
        self.view = StrategyView(self.ctx.ws, self.campaign_id)
        self.view.stakeholder_activated.connect(lambda sid: self.ctx.open_item("stakeholder", sid))
        self.view.milestone_activated.connect(
            lambda mid: setattr(self, "dialog", edit_milestone(self.ctx, mid, self))
        )
        self.box.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.view.refresh()


# -- Votes -----------------------------------------------------------------------------


class VotesTab(LazyTab):
    """The whip count of the campaign's votes; double-click a state to set its position."""

    kinds = ("vote_position", "milestone", "campaign_stakeholder", "stakeholder")

    def build(self) -> None:
        from ui.views.whip_count import WhipCountView

        self.picker = QComboBox()
        self.picker.setAccessibleName(tr("Vote"))
        self.picker.setMinimumWidth(380)
        self.picker.currentIndexChanged.connect(self._picked)
        self.edit_button = _button(
            tr("Set position…"), self.edit_selected, tr("Expected and actual vote of the state")
        )
        caption = QLabel(tr("Vote:"))
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.picker)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        self.box.addLayout(row)
        self.view = WhipCountView(self.ctx.ws)
        self.view.state_activated.connect(self.edit_state)
        self.view.table.doubleClicked.disconnect()
        self.view.table.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        self.empty = EmptyState(
            tr(
                "No vote in this campaign yet. Add a milestone of kind Vote to count who "
                "will vote how: the 193 member states, or the 15 members of the Security "
                "Council when its title or location names the Security Council."
            )
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.box.addWidget(self.stack, 1)
        self.dialog: QWidget | None = None
        self.refresh()

    def votes(self) -> list[tuple[str, str]]:
        rows = milestones.list_milestones(self.ctx.ws, self.campaign_id, kind="vote")
        return [(m.id, f"{m.title} — {date_text(m.date)}") for m in rows]

    def refresh(self) -> None:
        current = self.picker.currentData()
        self.picker.blockSignals(True)
        self.picker.clear()
        for ident, text in self.votes():
            self.picker.addItem(text, ident)
        index = self.picker.findData(current)
        self.picker.setCurrentIndex(index if index >= 0 else 0)
        self.picker.blockSignals(False)
        has = self.picker.count() > 0
        self.picker.setEnabled(self.picker.count() > 1)
        self.edit_button.setEnabled(has)
        self.stack.setCurrentWidget(self.view if has else self.empty)
        self._picked()

    def _picked(self) -> None:
        ident = self.picker.currentData()
        if ident:
            self.view.milestone_id = ident
            self.view.refresh()

    def edit_selected(self) -> None:
        rows = self.view.table.selectionModel().selectedRows()
        if rows:
            self.edit_row(rows[0].row())

    def edit_row(self, row: int) -> None:
        if 0 <= row < len(self.view.model.rows):
            self.dialog = self._dialog(self.view.model.rows[row])

    def edit_state(self, stakeholder_id: str) -> None:
        assert self.view.tally is not None
        for state in self.view.tally.states:
            if state.stakeholder_id == stakeholder_id:
                self.dialog = self._dialog(state)
                return

    def _dialog(self, state: StateVote) -> QWidget:
        from ui.forms.vote_position import vote_position_dialog

        assert self.view.milestone_id is not None
        dialog = vote_position_dialog(self.ctx, self.view.milestone_id, state, parent=self)
        dialog.open()
        return dialog


register_tab("power_map", "Power map", PowerMapTab)
register_tab("relationships", "Relationships", RelationshipsTab)
register_tab("timeline", "Timeline", TimelineTab)
register_tab("strategy", "Strategy", StrategyTab)
register_tab("votes", "Votes", VotesTab)
