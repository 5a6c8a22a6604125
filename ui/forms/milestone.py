"""The milestone form: a moment the campaign is built around."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from planner.domain import vocabulary as v
from planner.domain.records import MilestoneRecord
from planner.services import campaigns
from ui.context import WorkspaceContext
from ui.forms.common import tr
from ui.forms.entity_dialog import EntityDialog, RecordForm, record_dialog
from ui.forms.fields import ChoiceEditor, DateEditor, LineEditor, TextEditor


def campaign_choices(ctx: WorkspaceContext) -> list[tuple[str, str]]:
    return [(c.id, c.name) for c in campaigns.list_campaigns(ctx.ws)]


def milestone_dialog(
    ctx: WorkspaceContext,
    campaign_id: str | None = None,
    record: MilestoneRecord | None = None,
    parent: QWidget | None = None,
) -> EntityDialog:
    fields: list[tuple[str, str, Any]] = []
    if record is None:
        fields.append(("campaign_id", tr("Campaign"), ChoiceEditor(campaign_choices(ctx))))
    fields += [
        ("title", tr("Title"), LineEditor(tr("e.g. Security Council open debate"))),
        ("kind", tr("Kind"), ChoiceEditor(v.MILESTONE_KINDS)),
        ("date", tr("Date"), DateEditor()),
        ("end_date", tr("Ends"), DateEditor(optional=True, empty_text=tr("Same day"))),
        ("location", tr("Location"), LineEditor(tr("e.g. New York, Geneva, online"))),
        ("status", tr("Status"), ChoiceEditor(v.MILESTONE_STATUSES)),
        ("owner", tr("Owner"), LineEditor()),
        ("description", tr("Description"), TextEditor()),
        ("outcome", tr("Outcome"), TextEditor(tr("What happened (after the date)"), 2)),
    ]
    titles = (tr("New milestone"), tr("Edit milestone"))
    defaults = {"campaign_id": campaign_id, "kind": "un_meeting", "status": "planned"}
    form = RecordForm("milestone", titles, tr("milestone"), tr("Add milestone"), defaults)
    subject = record.title if record else ""
    return record_dialog(ctx, form, record, fields, subject=subject, parent=parent)
