"""The campaign form: name, context, objective, strategy, status, priority, dates, lead."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from planner.domain import vocabulary as v
from planner.domain.records import CampaignRecord
from ui.context import WorkspaceContext
from ui.display import PRIORITY_LABELS
from ui.forms.common import change_text, record_values, tr
from ui.forms.entity_dialog import EntityDialog
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
    labels = {name: text for name, text, _ in fields}

    def submit(values: dict[str, Any]) -> CampaignRecord:
        if record is None:
            return ctx.create("campaign", values, tr("Create campaign"))
        text = change_text(labels, record, values, tr("campaign"))
        return (
            ctx.update("campaign", record.id, values, text, expected_version=dialog.seen_version)
            or record
        )

    dialog = EntityDialog(
        tr("New campaign") if record is None else tr("Edit campaign"),
        fields,
        submit,
        subject=record.name if record else "",
        kind="campaign",
        parent=parent,
    )
    if record is None:
        dialog.set_values({"status": "planning", "priority": 2})
    else:
        dialog.set_values(record_values(record))
    if record is not None:
        dialog.track(ctx.ws, record)
    return dialog
