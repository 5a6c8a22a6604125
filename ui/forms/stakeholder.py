"""The stakeholder form: who they are, how to reach them, and how far they may be named."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from planner.domain import vocabulary as v
from planner.domain.audience import SENSITIVITY_HELP
from planner.domain.records import StakeholderRecord
from planner.services import stakeholders
from planner.services.stakeholders import StakeholderFilter
from ui.context import WorkspaceContext
from ui.display import label, vocabulary_text
from ui.forms.common import tr
from ui.forms.entity_dialog import (
    ConfirmBySavingAgain,
    EntityDialog,
    RecordForm,
    record_dialog,
)
from ui.forms.fields import (
    CheckEditor,
    ChoiceEditor,
    LineEditor,
    ListEditor,
    StakeholderPicker,
    TextEditor,
)

SENSITIVITY_TEXT = SENSITIVITY_HELP  # in the audience words of every export dialog
CONSENT_TEXT = {
    "none": "Not to be named outside the team",
    "closed": "May be named in closed-door briefings",
    "public": "May be named publicly",
}


def namesakes(ctx: WorkspaceContext, name: str) -> list[StakeholderRecord]:
    """Stakeholders already called ``name`` (case and spacing aside)."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        return []
    found = stakeholders.list_stakeholders(ctx.ws, StakeholderFilter(text=name), limit=50)
    return [s for s in found if " ".join(s.name.split()).casefold() == wanted]


def warn_of_namesake(ctx: WorkspaceContext, name: str, confirmed: set[str]) -> None:
    """Before a second stakeholder of the same name is added, say who exists: usually the
    user meant the existing one; Save again adds the second one all the same."""
    key = "name:" + " ".join(name.split()).casefold()
    if key in confirmed:
        return
    same = namesakes(ctx, name)
    if not same:
        return
    first = same[0]
    where = ", ".join(x for x in (label(first.category), first.country) if x)
    raise ConfirmBySavingAgain(
        "name",
        key,
        tr(
            "There is already a stakeholder named “{name}”{where}. Save again to add a "
            "second one, or Cancel and use the existing one."
        ).format(name=first.name, where=f" ({where})" if where else ""),
    )


def stakeholder_dialog(
    ctx: WorkspaceContext, record: StakeholderRecord | None = None, parent: QWidget | None = None
) -> EntityDialog:
    fields = [
        ("name", tr("Name"), LineEditor(tr("Person or organisation"))),
        ("kind", tr("Kind"), ChoiceEditor(v.STAKEHOLDER_KINDS)),
        (
            "organisation_id",
            tr("Organisation"),
            StakeholderPicker(ctx.ws, tr("Works at… (optional)")),
        ),
        ("title", tr("Title"), LineEditor(tr("e.g. Deputy Permanent Representative"))),
        ("category", tr("Category"), ChoiceEditor(v.CATEGORIES)),
        ("country", tr("Country"), LineEditor()),
        ("languages", tr("Languages"), ListEditor(tr("e.g. ar, en"))),
        ("email", tr("Email"), LineEditor()),
        ("phone", tr("Phone"), LineEditor()),
        ("is_local", "", CheckEditor(tr("Local actor (from the affected community)"))),
        ("women_led", "", CheckEditor(tr("Women-led"))),
        (
            "sensitivity",
            tr("Sensitivity"),
            ChoiceEditor([(s, vocabulary_text(SENSITIVITY_TEXT[s])) for s in v.SENSITIVITIES]),
        ),
        (
            "name_consent",
            tr("Consent to be named"),
            ChoiceEditor([(s, tr(CONSENT_TEXT[s])) for s in v.NAME_CONSENTS]),
        ),
        ("notes", tr("Notes"), TextEditor()),
    ]

    def check(values: dict[str, Any], dialog: EntityDialog) -> None:
        warn_of_namesake(ctx, values.get("name") or "", dialog.confirmed)

    titles = (tr("New stakeholder"), tr("Edit stakeholder"))
    defaults = {"kind": "organisation", "category": "other", "sensitivity": "internal"}
    form = RecordForm("stakeholder", titles, tr("stakeholder"), tr("Add stakeholder"), defaults)
    subject = record.name if record else ""
    return record_dialog(ctx, form, record, fields, subject=subject, check=check, parent=parent)
