"""The quote form: a voice from the ground, in its own language, used as consent allows."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from planner.domain import vocabulary as v
from planner.domain.records import QuoteRecord
from ui.context import WorkspaceContext
from ui.forms.common import change_text, record_values, tr
from ui.forms.entity_dialog import EntityDialog
from ui.forms.fields import ChoiceEditor, DateEditor, LineEditor, StakeholderPicker, TextEditor
from ui.forms.stakeholder import CONSENT_TEXT


def quote_dialog(
    ctx: WorkspaceContext,
    campaign_id: str,
    record: QuoteRecord | None = None,
    parent: QWidget | None = None,
) -> EntityDialog:
    fields = [
        ("text", tr("Quote"), TextEditor(tr("In the speaker's own words"), 4)),
        ("translation", tr("Translation"), TextEditor(lines=3)),
        ("language", tr("Language"), LineEditor(tr("e.g. ar, en, fr"))),
        ("stakeholder_id", tr("Speaker"), StakeholderPicker(ctx.ws, tr("Optional"))),
        ("date", tr("Date"), DateEditor(optional=True)),
        (
            "name_consent",
            tr("Consent to be named"),
            ChoiceEditor([(s, tr(CONSENT_TEXT[s])) for s in v.NAME_CONSENTS]),
        ),
    ]
    labels = {name: text for name, text, _ in fields}

    def submit(values: dict[str, Any]) -> QuoteRecord:
        if record is None:
            return ctx.create("quote", {"campaign_id": campaign_id, **values}, tr("Add quote"))
        text = change_text(labels, record, values, tr("quote"))
        return (
            ctx.update("quote", record.id, values, text, expected_version=dialog.seen_version)
            or record
        )

    dialog = EntityDialog(
        tr("New quote") if record is None else tr("Edit quote"),
        fields,
        submit,
        subject=record.text if record else "",
        kind="quote",
        parent=parent,
    )
    dialog.set_values(record_values(record) if record else {"name_consent": "none"})
    if record is not None:
        dialog.track(ctx.ws, record)
    return dialog
