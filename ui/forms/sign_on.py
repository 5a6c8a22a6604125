"""The sign-on forms: a joint letter, statement or endorsement, and one signatory of it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from planner.domain import vocabulary as v
from planner.domain.vocabulary import SIGN_ON_KINDS
from planner.services import asks, sign_ons
from ui.context import WorkspaceContext
from ui.forms.common import tr
from ui.forms.entity_dialog import EntityDialog, RecordForm, record_dialog
from ui.forms.fields import ChoiceEditor, DateEditor, LineEditor, StakeholderPicker, TextEditor
from ui.translation import QT_TRANSLATE_NOOP

KIND_LABELS = {
    "letter": QT_TRANSLATE_NOOP("Forms", "Joint letter"),
    "statement": QT_TRANSLATE_NOOP("Forms", "Joint statement"),
    "endorsement": QT_TRANSLATE_NOOP("Forms", "Endorsement of an ask"),
}


def kind_text(kind: str) -> str:
    return tr(KIND_LABELS.get(kind, kind))


def sign_on_dialog(
    ctx: WorkspaceContext,
    campaign_id: str,
    record: sign_ons.SignOnRecord | None = None,
    parent: QWidget | None = None,
) -> EntityDialog:
    ask_choices = [(a.id, a.text) for a in asks.list_asks(ctx.ws, campaign_id)]
    fields = [
        ("title", tr("Title"), LineEditor(tr("e.g. Joint letter to General Assembly delegations"))),
        ("kind", tr("Kind"), ChoiceEditor([(k, kind_text(k)) for k in SIGN_ON_KINDS])),
        ("ask_id", tr("Supports the ask"), ChoiceEditor(ask_choices, optional=tr("No ask"))),
        ("date", tr("Sent or published on"), DateEditor(optional=True)),
        ("text", tr("Text or summary"), TextEditor(tr("Optional"))),
        ("url", tr("Link"), LineEditor(tr("Optional: where it is published"))),
    ]
    titles = (tr("New sign-on"), tr("Edit sign-on"))
    form = RecordForm("sign_on", titles, tr("sign-on"), tr("Add sign-on"), {"kind": "letter"})
    return record_dialog(ctx, form, record, fields, {"campaign_id": campaign_id}, parent=parent)


def signatory_dialog(
    ctx: WorkspaceContext, sign_on: sign_ons.SignOnRecord, parent: QWidget | None = None
) -> EntityDialog:
    """Who signed, when, and how far they agreed to be named on this one."""
    fields = [
        ("stakeholder_id", tr("Signatory"), StakeholderPicker(ctx.ws, tr("Type a name"))),
        ("date", tr("Signed on"), DateEditor(optional=True)),
        (
            "name_consent",
            tr("May be named"),
            ChoiceEditor(v.NAME_CONSENTS, optional=tr("As they agreed in general")),
        ),
    ]

    def submit(values: dict[str, Any]) -> sign_ons.SignatureRecord:
        return ctx.create("signature", {"sign_on_id": sign_on.id, **values}, tr("Add signatory"))

    title = tr("Add a signatory to {title}").format(title=sign_on.title)
    return EntityDialog(title, fields, submit, parent=parent)
