"""The campaign form: name, context, objective, strategy, status, priority, dates, lead."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.domain import vocabulary as v
from planner.domain.records import CampaignRecord
from ui.context import WorkspaceContext
from ui.display import PRIORITY_LABELS
from ui.forms.common import tr
from ui.forms.entity_dialog import EntityDialog, RecordForm, record_dialog
from ui.forms.fields import ChoiceEditor, DateEditor, LineEditor, ListEditor, TextEditor


def campaign_dialog(
    ctx: WorkspaceContext, record: CampaignRecord | None = None, parent: QWidget | None = None
) -> EntityDialog:
    fields = [
        ("name", tr("Name"), LineEditor(tr("e.g. Missing persons in Syria"))),
        ("context", tr("Context"), LineEditor(tr("Country or theme"))),
        ("objective", tr("Objective"), TextEditor(tr("What will have changed when you win?"))),
        ("strategy", tr("Strategy"), TextEditor(tr("How you will get there"))),
        ("status", tr("Status"), ChoiceEditor(v.CAMPAIGN_STATUSES)),
        ("priority", tr("Priority"), ChoiceEditor(list(PRIORITY_LABELS.items()))),
        ("start_date", tr("Start date"), DateEditor(optional=True)),
        ("end_date", tr("End date"), DateEditor(optional=True)),
        ("lead", tr("Lead"), LineEditor(tr("Who leads it in the team"))),
        ("tags", tr("Tags"), ListEditor(tr("Comma-separated"))),
    ]
    titles = (tr("New campaign"), tr("Edit campaign"))
    defaults = {"status": "planning", "priority": 2}
    form = RecordForm("campaign", titles, tr("campaign"), tr("Create campaign"), defaults)
    subject = record.name if record else ""
    return record_dialog(ctx, form, record, fields, subject=subject, parent=parent)
