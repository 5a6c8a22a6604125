"""Milestones across campaigns (or one campaign): the moments, what is due, what is late."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from planner.domain import vocabulary as v
from planner.domain.records import MilestoneRecord
from planner.services import milestones
from ui.context import WorkspaceContext
from ui.display import date_text, label
from ui.forms.milestone import milestone_dialog
from ui.models.columns import Column
from ui.models.record_table import ID_ROLE
from ui.pages.base import CampaignRecordsPage, filter_combo, tr, with_campaign_column
from ui.theme import status_colour


def status_text(m: MilestoneRecord) -> str:
    if milestones.is_overdue(m, dt.date.today()):
        return tr("Overdue")
    return label(m.status)


def status_key(m: MilestoneRecord) -> str:
    return "overdue" if milestones.is_overdue(m, dt.date.today()) else m.status


def milestone_columns(names: dict[str, str] | None) -> list[Column]:
    cols = [
        Column("date", "Date", lambda m: date_text(m.date), lambda m: m.date, width=110),
        Column("title", "Milestone", lambda m: m.title, width=320, flexible=True),
        Column("kind", "Kind", lambda m: label(m.kind), width=120),
        Column(
            "status",
            "Status",
            status_text,
            colour=lambda m: status_colour(status_key(m)),
            width=110,
        ),
        Column("location", "Location", lambda m: m.location, width=140, flexible=True),
        Column("owner", "Owner", lambda m: m.owner, width=120),
    ]
    return with_campaign_column(cols, names, 220)


class MilestonesPage(CampaignRecordsPage):
    """All milestones; inside a campaign workspace, ``campaign_id`` narrows it to one."""

    kinds = ("milestone", "campaign")

    def __init__(self, ctx: WorkspaceContext, campaign_id: str | None = None) -> None:
        super().__init__(
            ctx,
            campaign_id,
            tr("Milestones"),
            tr("The moments your campaigns are built around"),
        )
        self.add_action_button(tr("Delete"), self.delete_selected)
        self.add_action_button(tr("New milestone"), self.new_milestone, primary=True)
        self.status = filter_combo(
            tr("Any status"),
            v.MILESTONE_STATUSES,
            [(tr("Upcoming"), "upcoming"), (tr("Overdue"), "overdue")],
        )
        self.kind = filter_combo(tr("Any kind"), v.MILESTONE_KINDS)
        self.add_filter_bar(self.status, self.kind)
        self.add_table(milestone_columns(self.names if campaign_id is None else None), "milestones")
        self.model.bold_column = "title"

    def refresh(self) -> None:
        super().refresh()
        campaign_id = self.shown_campaign()
        status, kind = self.status.currentData(), self.kind.currentData()
        today = dt.date.today()
        if status == "overdue":
            rows = milestones.overdue(self.ctx.ws, today, campaign_id)
        elif status == "upcoming":
            rows = milestones.list_milestones(
                self.ctx.ws, campaign_id, start=today, status="planned"
            )
        else:
            rows = milestones.list_milestones(self.ctx.ws, campaign_id, status=status)
        if kind:
            rows = [m for m in rows if m.kind == kind]
        self.model.set_rows(rows)
        self.count.setText(tr("{n} milestones").format(n=len(rows)))
        filtered = status or kind or (self.campaign_id is None and campaign_id)
        self.stack.update_state(
            len(rows),
            tr("No milestone matches this filter.")
            if filtered
            else tr(
                "No milestones yet. Add the moments that matter: a vote, a session, a deadline."
            ),
        )

    def selected_ids(self) -> list[str]:
        return [i.data(ID_ROLE) for i in self.table.selectionModel().selectedRows()]

    def new_milestone(self) -> None:
        cid = self.campaign_id or self.campaign.currentData() or self.ctx.current_campaign_id()
        if not self.names:
            QMessageBox.information(self, tr("No campaign"), tr("Create a campaign first."))
            return
        milestone_dialog(self.ctx, cid, parent=self).exec()

    def edit(self, ident: str) -> None:
        milestone_dialog(self.ctx, record=milestones.get(self.ctx.ws, ident), parent=self).exec()

    def delete_selected(self) -> None:
        for ident in self.selected_ids():
            self.ctx.delete("milestone", ident, tr("Delete milestone"))
