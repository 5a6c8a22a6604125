"""Log an engagement (meeting, call, briefing…) in a few keystrokes, from anywhere."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QWidget

from planner.domain import vocabulary as v
from planner.domain.records import InteractionRecord
from ui.context import WorkspaceContext
from ui.display import date_text
from ui.forms.common import change_text, record_values, tr
from ui.forms.entity_dialog import EntityDialog
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
    labels = {name: text for name, text, _ in fields}

    def submit(values: dict[str, Any]) -> InteractionRecord:
        if record is None:
            return ctx.create("interaction", values, tr("Log engagement"))
        text = change_text(labels, record, values, tr("engagement"))
        return (
            ctx.update("interaction", record.id, values, text, expected_version=dialog.seen_version)
            or record
        )

    dialog = EntityDialog(
        tr("Log an engagement") if record is None else tr("Edit engagement"),
        fields,
        submit,
        save_text=tr("Log it") if record is None else tr("Save"),
        subject=f"{date_text(record.date)}: {record.summary}" if record else "",
        kind="interaction",
        parent=parent,
    )
    if record is None:
        dialog.set_values(
            {
                "campaign_id": campaign_id,
                "date": dt.date.today(),
                "channel": "meeting",
                "sensitivity": "internal",
                "stakeholder_ids": participants or [],
            }
        )
        dialog.editors["summary"].focus_widget.setFocus()
    else:
        dialog.set_values(record_values(record))
    if record is not None:
        dialog.track(ctx.ws, record)
    return dialog
