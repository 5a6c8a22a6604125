"""The ask form: what the campaign wants a target to do, and how far it got."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from planner.domain import vocabulary as v
from planner.domain.records import AskRecord
from ui.context import WorkspaceContext
from ui.forms.common import tr
from ui.forms.entity_dialog import EntityDialog, record_dialog
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

    def create(values: dict[str, Any]) -> AskRecord:
        return ctx.create("ask", {"campaign_id": campaign_id, **values}, tr("Add ask"))

    return record_dialog(
        ctx,
        "ask",
        record,
        fields,
        create,
        titles=(tr("New ask"), tr("Edit ask")),
        noun=tr("ask"),
        defaults={"status": "open"},
        subject=record.text if record else "",
        parent=parent,
    )
