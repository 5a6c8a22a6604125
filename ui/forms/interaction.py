"""Log an engagement (meeting, call, briefing…) in a few keystrokes, from anywhere."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QWidget

from planner.domain import vocabulary as v
from planner.domain.records import InteractionRecord
from ui.context import WorkspaceContext
from ui.display import date_text
from ui.forms.common import tr
from ui.forms.entity_dialog import EntityDialog, RecordForm, record_dialog
from ui.forms.fields import ChoiceEditor, DateEditor, ParticipantsEditor, TextEditor
from ui.forms.milestone import campaign_choices


def interaction_dialog(
    ctx: WorkspaceContext,
    campaign_id: str | None = None,
    record: InteractionRecord | None = None,
    parent: QWidget | None = None,
    participants: list[str] | None = None,
) -> EntityDialog:
    fields: list[tuple[str, str, Any]] = []
    if record is None:
        fields.append(("campaign_id", tr("Campaign"), ChoiceEditor(campaign_choices(ctx))))
    fields += [
        ("summary", tr("Summary"), TextEditor(tr("What was said, in a sentence or two"))),
        ("date", tr("Date"), DateEditor()),
        ("channel", tr("Channel"), ChoiceEditor(v.CHANNELS)),
        ("stakeholder_ids", tr("Participants"), ParticipantsEditor(ctx.ws)),
        ("outcome", tr("Outcome"), TextEditor(tr("What was agreed"), 2)),
        (
            "follow_up_date",
            tr("Follow up on"),
            DateEditor(optional=True, empty_text=tr("No follow-up")),
        ),
        ("sensitivity", tr("Sensitivity"), ChoiceEditor(v.SENSITIVITIES)),
    ]
    defaults = {
        "campaign_id": campaign_id,
        "date": dt.date.today(),
        "channel": "meeting",
        "sensitivity": "internal",
        "stakeholder_ids": participants or [],
    }
    titles = (tr("Log an engagement"), tr("Edit engagement"))
    form = RecordForm("interaction", titles, tr("engagement"), tr("Log engagement"), defaults)
    subject = f"{date_text(record.date)}: {record.summary}" if record else ""
    save_text = tr("Log it") if record is None else tr("Save")
    dialog = record_dialog(
        ctx, form, record, fields, subject=subject, save_text=save_text, parent=parent
    )
    if record is None:
        dialog.editors["summary"].focus_widget.setFocus()
    return dialog
