"""The quote form: a voice from the ground, in its own language, used as consent allows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.domain import vocabulary as v
from planner.domain.records import QuoteRecord
from ui.context import WorkspaceContext
from ui.forms.common import tr
from ui.forms.entity_dialog import EntityDialog, RecordForm, record_dialog
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
    titles = (tr("New quote"), tr("Edit quote"))
    form = RecordForm("quote", titles, tr("quote"), tr("Add quote"), {"name_consent": "none"})
    subject = record.text if record else ""
    return record_dialog(
        ctx, form, record, fields, {"campaign_id": campaign_id}, subject=subject, parent=parent
    )
