"""The stakeholder list: 100 000 rows open at once and filter as you type.

Filters are pushed into the service query; typing is debounced (150 ms) so a fast
typist costs one query, and the total is counted in the background.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox

from planner.domain import vocabulary as v
from planner.domain.records import StakeholderRecord
from planner.services import stakeholders
from planner.services.stakeholders import StakeholderFilter
from ui.context import WorkspaceContext
from ui.display import label
from ui.forms.stakeholder import stakeholder_dialog
from ui.models.columns import Column
from ui.models.record_table import ID_ROLE
from ui.models.stakeholders import StakeholderListModel
from ui.operations import run_in_background
from ui.pages.base import (
    Page,
    TableOrEmpty,
    filter_combo,
    make_table,
    setup_columns,
    side_by_side,
    tr,
)
from ui.pages.stakeholder_relationships import RelationshipsPanel
from ui.theme import icon

DEBOUNCE_MS = 150


def sensitivity_text(s: StakeholderRecord) -> str:
    return label(s.sensitivity)


def flags_text(s: StakeholderRecord) -> str:
    flags = []
    if s.is_local:
        flags.append("Local")
    if s.women_led:
        flags.append("Women-led")
    return " · ".join(flags)


# Sensitivity right after the place columns: with the Relationships card open the
# table is narrower, and the word beside the lock must stay in view.
COLUMNS = [
    Column(
        "name",
        "Name",
        lambda s: s.name,
        icon=lambda s: icon("lock") if s.sensitivity == "confidential" else None,
        tooltip=lambda s: (
            "Confidential: never leaves the team" if s.sensitivity == "confidential" else None
        ),
        width=280,
        flexible=True,
        service_sort="name",
    ),
    Column("kind", "Kind", lambda s: label(s.kind), width=110, service_sort="kind"),
    Column("category", "Category", lambda s: label(s.category), width=170, service_sort="category"),
    Column("country", "Country", lambda s: s.country, width=130, service_sort="country"),
    Column(
        "sensitivity",
        "Sensitivity",
        sensitivity_text,
        icon=lambda s: icon("lock") if s.sensitivity == "confidential" else None,
        width=130,
        service_sort="sensitivity",
    ),
    Column("title", "Title", lambda s: s.title, width=200, flexible=True),
    Column("flags", "Local / women-led", flags_text, width=140),
    Column("consent", "Name consent", lambda s: label(s.name_consent), hidden_by_default=True),
    Column("email", "Email", lambda s: s.email, hidden_by_default=True),
    Column("phone", "Phone", lambda s: s.phone, hidden_by_default=True),
]


class StakeholdersPage(Page):
    kinds = ("stakeholder",)

    def __init__(self, ctx: WorkspaceContext) -> None:
        super().__init__(
            ctx, tr("Stakeholders"), tr("Everyone you work with or seek to move, across campaigns")
        )
        self.add_action_button(tr("Delete"), self.delete_selected)
        self.add_action_button(tr("Edit…"), self.edit_selected)
        self.add_action_button(tr("New stakeholder"), self.new_stakeholder, primary=True)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter by name, title, country, email…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.category = filter_combo(tr("All categories"), v.CATEGORIES)
        self.country = QComboBox()
        self.country.addItem(tr("All countries"), None)
        self.sensitivity = filter_combo(tr("Any sensitivity"), v.SENSITIVITIES)
        self.kind = filter_combo(tr("People and organisations"), v.STAKEHOLDER_KINDS)
        self.role = filter_combo(tr("Any role"), v.ROLES)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        bar.addWidget(self.search, 3)
        for combo in (self.category, self.country, self.sensitivity, self.kind, self.role):
            bar.addWidget(combo, 1)
        self.body.addLayout(bar)

        self.model = StakeholderListModel(ctx.ws, COLUMNS, self)
        self.model.countChanged.connect(self._show_count)
        self.table = make_table()
        self.table.setModel(self.model)
        setup_columns(self.table, COLUMNS, "stakeholders")
        self.table.activated.connect(lambda index: self.edit(index.data(ID_ROLE)))
        self.stack = TableOrEmpty(self.table, "")
        self.relationships = RelationshipsPanel(ctx)
        self.table.selectionModel().currentRowChanged.connect(self._show_relationships)
        self.body.addWidget(side_by_side(self.stack, self.relationships, [900, 280]), 1)
        foot = QHBoxLayout()
        foot.addWidget(self.count)
        foot.addStretch(1)
        hint = QLabel(tr("Enter opens · Ctrl+K searches everything"))
        hint.setObjectName("muted")
        foot.addWidget(hint)
        self.body.addLayout(foot)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.category, self.country, self.sensitivity, self.kind, self.role):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self._countries_loaded = False

    def current_filter(self) -> StakeholderFilter:
        return StakeholderFilter(
            text=self.search.text(),
            category=self.category.currentData(),
            country=self.country.currentData(),
            sensitivity=self.sensitivity.currentData(),
            kind=self.kind.currentData(),
            role=self.role.currentData(),
        )

    def refresh(self) -> None:
        super().refresh()
        if not self._countries_loaded:
            self._load_countries()
        self.model.filter = self.current_filter()
        self.model.refresh()
        self._update_empty()

    def _load_countries(self) -> None:
        """The country list scans every stakeholder: fill the combo in the background."""
        self._countries_loaded = True
        ws = self.ctx.ws
        run_in_background(
            lambda _p: stakeholders.countries(ws), on_success=self._fill_countries, owner=self
        )

    def _fill_countries(self, names: list[str]) -> None:
        current = self.country.currentData()
        self.country.blockSignals(True)
        while self.country.count() > 1:
            self.country.removeItem(1)
        for name in names:
            self.country.addItem(name, name)
        if current:
            self.country.setCurrentIndex(max(0, self.country.findData(current)))
        self.country.blockSignals(False)

    def apply_filter(self) -> None:
        """Run the filter now (the search box calls this after its debounce)."""
        self._debounce.stop()
        self.model.set_filter(self.current_filter())
        self._update_empty()

    def _update_empty(self) -> None:
        filtered = self.model.filter != StakeholderFilter()
        if filtered:
            text = tr("Nobody matches this filter. Try fewer words or clear a filter.")
        else:
            text = tr("No stakeholders yet. Click New stakeholder to add the first one.")
        self.stack.update_state(self.model.rowCount(), text)

    def _show_count(self, n: int | None) -> None:
        if n is None:
            self.count.setText(
                tr("Showing {n}+ stakeholders · counting…").format(n=self.model.rowCount())
            )
        else:
            self.count.setText(tr("{n} stakeholders").format(n=f"{n:,}"))

    def selected_ids(self) -> list[str]:
        return [i.data(ID_ROLE) for i in self.table.selectionModel().selectedRows()]

    def _show_relationships(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The panel follows the current row (a reload that drops it keeps the panel)."""
        if current.isValid():
            self.relationships.show_for(current.data(ID_ROLE))

    def new_stakeholder(self) -> None:
        stakeholder_dialog(self.ctx, parent=self).exec()

    def edit(self, ident: str) -> None:
        stakeholder_dialog(self.ctx, stakeholders.get(self.ctx.ws, ident), parent=self).exec()

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit(ids[0])

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            tr("Delete stakeholders"),
            tr("Delete {n} stakeholder(s)? You can undo this with Ctrl+Z.").format(n=len(ids)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            for ident in ids:
                self.ctx.delete("stakeholder", ident, tr("Delete stakeholder"))

    def select(self, ident: str) -> None:
        """Show one stakeholder (from quick search): filter to it if it is not loaded."""
        row = self.model.row_of(ident)
        if row < 0:
            record = stakeholders.get(self.ctx.ws, ident)
            self.search.setText(record.name)
            self.apply_filter()
            row = self.model.row_of(ident)
        if row >= 0:
            self.table.clearSelection()  # show this one, not this one added to the last
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
