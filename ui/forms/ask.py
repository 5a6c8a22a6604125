"""The ask form: what the campaign wants a target to do, and how far it got."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.domain import vocabulary as v
from planner.domain.records import AskRecord
from ui.context import WorkspaceContext
from ui.forms.common import tr
from ui.forms.entity_dialog import EntityDialog, RecordForm, record_dialog
from ui.forms.fields import ChoiceEditor, DateEditor, LineEditor, StakeholderPicker, TextEditor


def ask_dialog(
    ctx: WorkspaceContext,
    campaign_id: str,
    record: AskRecord | None = None,
    parent: QWidget | None = None,
) -> EntityDialog:
    fields = [
        ("text", tr("Ask"), TextEditor(tr("What should the target do?"))),
        ("target", tr("Target"), LineEditor(tr("e.g. UN General Assembly member states"))),
        ("target_id", tr("Target stakeholder"), StakeholderPicker(ctx.ws, tr("Optional"))),
        ("status", tr("Status"), ChoiceEditor(v.ASK_STATUSES)),
        ("achieved_on", tr("Achieved on"), DateEditor(optional=True)),
    ]
    form = RecordForm(
        "ask", (tr("New ask"), tr("Edit ask")), tr("ask"), tr("Add ask"), {"status": "open"}
    )
    subject = record.text if record else ""
    return record_dialog(
        ctx, form, record, fields, {"campaign_id": campaign_id}, subject=subject, parent=parent
    )
