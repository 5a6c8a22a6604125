"""The campaigns list: every campaign with its status, priority, dates and lead."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMessageBox

from planner.domain import vocabulary as v
from planner.services import campaigns
from ui.context import WorkspaceContext
from ui.display import PRIORITY_LABELS, date_text, label
from ui.forms.campaign import campaign_dialog
from ui.models.columns import Column
from ui.models.record_table import ID_ROLE, RecordTableModel
from ui.pages.base import Page, TableOrEmpty, filter_combo, make_table, setup_columns, tr
from ui.theme import status_colour

COLUMNS = [
    Column("name", "Campaign", lambda c: c.name, width=300, flexible=True),
    Column("context", "Context", lambda c: c.context, width=160, flexible=True),
    Column(
        "status",
        "Status",
        lambda c: label(c.status),
        colour=lambda c: status_colour(c.status),
        sort_key=lambda c: v.CAMPAIGN_STATUSES.index(c.status),
        width=110,
    ),
    Column(
        "priority",
        "Priority",
        lambda c: PRIORITY_LABELS.get(c.priority, ""),
        sort_key=lambda c: c.priority,
        width=90,
    ),
    Column("start", "Start", lambda c: date_text(c.start_date), lambda c: c.start_date, width=110),
    Column("end", "End", lambda c: date_text(c.end_date), lambda c: c.end_date, width=110),
    Column("lead", "Lead", lambda c: c.lead, width=140),
    Column("tags", "Tags", lambda c: ", ".join(c.tags), hidden_by_default=True),
]


class CampaignsPage(Page):
    kinds = ("campaign",)

    def __init__(self, ctx: WorkspaceContext) -> None:
        super().__init__(
            ctx, tr("Campaigns"), tr("Open a campaign to plan its people, moments and asks")
        )
        self.add_action_button(tr("Delete"), self.delete_selected)
        self.add_action_button(
            tr("New campaign"), self.new_campaign, primary=True, tip="Ctrl+Shift+N"
        )
        # Ctrl+N is File ▸ New workspace; a new campaign gets its own shortcut on this page.
        new_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_campaign)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter by name, context or lead"))
        self.search.setClearButtonEnabled(True)
        self.status = filter_combo(tr("Any status"), v.CAMPAIGN_STATUSES)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.count)
        self.body.addLayout(bar)

        self.model = RecordTableModel(COLUMNS, self)
        self.model.bold_column = "name"
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = make_table()
        self.table.setModel(self.proxy)
        setup_columns(self.table, COLUMNS, "campaigns")
        self.table.activated.connect(self._open)
        self.stack = TableOrEmpty(self.table, "")
        self.body.addWidget(self.stack, 1)
        self.search.textChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        super().refresh()
        rows = campaigns.list_campaigns(self.ctx.ws, status=self.status.currentData())
        self.model.set_rows(rows)
        self._filter()

    def _filter(self) -> None:
        self.proxy.setFilterFixedString(self.search.text())
        shown = self.proxy.rowCount()
        self.count.setText(
            tr("{n} of {total} campaigns").format(n=shown, total=self.model.rowCount())
        )
        if self.model.rowCount() == 0 and self.status.currentData() is None:
            text = tr("No campaigns yet. Click New campaign (Ctrl+Shift+N) to start one.")
        else:
            text = tr("No campaign matches this filter. Clear the filter to see them all.")
        self.stack.update_state(shown, text)

    def selected_ids(self) -> list[str]:
        return [i.data(ID_ROLE) for i in self.table.selectionModel().selectedRows()]

    def _open(self, index) -> None:
        self.ctx.open_item("campaign", index.data(ID_ROLE))

    def new_campaign(self) -> None:
        dialog = campaign_dialog(self.ctx, parent=self)
        if dialog.exec() and dialog.result_record is not None:
            self.ctx.open_item("campaign", dialog.result_record.id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = ", ".join(campaigns.get(self.ctx.ws, i).name for i in ids)
        answer = QMessageBox.question(
            self,
            tr("Delete campaign"),
            tr("Delete {names}? You can undo this with Ctrl+Z.").format(names=names),
        )
        if answer == QMessageBox.StandardButton.Yes:
            for i in ids:
                self.ctx.delete("campaign", i, tr("Delete campaign"))
