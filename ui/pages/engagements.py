"""The engagement log: meetings, calls and briefings, newest first, with follow-ups."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from planner.domain.records import InteractionRecord
from planner.services import interactions, stakeholders
from ui.context import WorkspaceContext
from ui.display import date_text, label
from ui.forms.interaction import interaction_dialog
from ui.models.columns import Column
from ui.pages.base import CampaignRecordsPage, tr, with_campaign_column
from ui.theme import icon

LIMIT = 2000


def engagement_columns(names: dict[str, str] | None, people: dict[str, str]) -> list[Column]:
    def who(i: InteractionRecord) -> str:
        return ", ".join(people.get(s, "…") for s in i.stakeholder_ids)

    def follow(i: InteractionRecord) -> str:
        return date_text(i.follow_up_date)

    cols = [
        Column("date", "Date", lambda i: date_text(i.date), lambda i: i.date, width=105),
        Column("channel", "Channel", lambda i: label(i.channel), width=95),
        Column(
            "summary",
            "Summary",
            lambda i: i.summary,
            icon=lambda i: icon("lock") if i.sensitivity == "confidential" else None,
            tooltip=lambda i: (
                (tr("Confidential. ") if i.sensitivity == "confidential" else "") + i.summary
            ),
            width=380,
            flexible=True,
        ),
        Column("participants", "Participants", who, width=240, flexible=True),
        Column(
            "follow_up",
            "Follow up",
            follow,
            lambda i: i.follow_up_date,
            icon=lambda i: (
                icon("warning")
                if i.follow_up_date and i.follow_up_date <= dt.date.today()
                else None
            ),
            width=120,
        ),
        Column("outcome", "Outcome", lambda i: i.outcome, hidden_by_default=True, flexible=True),
        Column("sensitivity", "Sensitivity", lambda i: label(i.sensitivity), width=110),
    ]
    return with_campaign_column(cols, names, 200)


class EngagementsPage(CampaignRecordsPage):
    kinds = ("interaction", "campaign", "stakeholder")

    def __init__(self, ctx: WorkspaceContext, campaign_id: str | None = None) -> None:
        super().__init__(
            ctx,
            campaign_id,
            tr("Engagements"),
            tr("Meetings, calls and briefings, newest first"),
        )
        self.people: dict[str, str] = {}
        self.add_action_button(tr("Log engagement"), self.log, primary=True, tip="Ctrl+L")
        # Sized to the names it holds (they arrive in refresh(), after the first layout),
        # capped so a very long campaign name is elided rather than widening the window.
        self.campaign.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.campaign.setMaximumWidth(self.campaign.fontMetrics().averageCharWidth() * 60)
        self.add_filter_bar()
        names = self.names if campaign_id is None else None
        self.add_table(engagement_columns(names, self.people), "engagements")
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)

    def refresh(self) -> None:
        super().refresh()
        campaign_id = self.shown_campaign()
        rows = interactions.list_interactions(self.ctx.ws, campaign_id, limit=LIMIT)
        wanted = {s for r in rows for s in r.stakeholder_ids} - self.people.keys()
        self.people.update({s.id: s.name for s in stakeholders.get_many(self.ctx.ws, wanted)})
        self.model.set_rows(rows)
        self.count.setText(tr("{n} engagements").format(n=len(rows)))
        self.stack.update_state(
            len(rows), tr("Nothing logged yet. Press Ctrl+L after a meeting or call to log it.")
        )

    def log(self) -> None:
        cid = self.campaign_id or self.campaign.currentData() or self.ctx.current_campaign_id()
        interaction_dialog(self.ctx, cid, parent=self).exec()

    def edit(self, ident: str) -> None:
        record = interactions.get(self.ctx.ws, ident)
        interaction_dialog(self.ctx, record=record, parent=self).exec()
