"""The ask form: what the campaign wants a target to do, and how far it got."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from planner.domain import vocabulary as v
from planner.domain.records import AskRecord
from ui.context import WorkspaceContext
from ui.forms.common import change_text, record_values, tr
from ui.forms.entity_dialog import EntityDialog
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
    labels = {name: text for name, text, _ in fields}

    def submit(values: dict[str, Any]) -> AskRecord:
        if record is None:
            return ctx.create("ask", {"campaign_id": campaign_id, **values}, tr("Add ask"))
        text = change_text(labels, record, values, tr("ask"))
        return (
            ctx.update("ask", record.id, values, text, expected_version=dialog.seen_version)
            or record
        )

    dialog = EntityDialog(
        tr("New ask") if record is None else tr("Edit ask"),
        fields,
        submit,
        subject=record.text if record else "",
        kind="ask",
        parent=parent,
    )
    dialog.set_values(record_values(record) if record else {"status": "open"})
    if record is not None:
        dialog.track(ctx.ws, record)
    return dialog
