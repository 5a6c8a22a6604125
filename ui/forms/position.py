"""Where a stakeholder stands in a campaign: role, influence, stance, interest, owner."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from planner.domain import vocabulary as v
from planner.domain.records import CampaignStakeholderRecord
from planner.services import stakeholders
from ui.context import WorkspaceContext
from ui.display import INFLUENCE_LABELS, INTEREST_LABELS, score_text, stance_text
from ui.forms.common import change_text, record_values, tr
from ui.forms.entity_dialog import EntityDialog
from ui.forms.fields import ChoiceEditor, LineEditor, SliderEditor, StakeholderPicker, TextEditor
from ui.theme import stance_colour


def position_dialog(
    ctx: WorkspaceContext,
    campaign_id: str,
    record: CampaignStakeholderRecord | None = None,
    parent: QWidget | None = None,
) -> EntityDialog:
    fields: list[tuple[str, str, Any]] = []
    if record is None:
        fields.append(("stakeholder_id", tr("Stakeholder"), StakeholderPicker(ctx.ws)))
    fields += [
        ("role", tr("Role"), ChoiceEditor(v.ROLES)),
        (
            "influence",
            tr("Influence"),
            SliderEditor(*v.SCORE_RANGE, lambda x: score_text(x, INFLUENCE_LABELS)),
        ),
        ("stance", tr("Stance"), SliderEditor(*v.STANCE_RANGE, stance_text, stance_colour)),
        (
            "interest",
            tr("Interest"),
            SliderEditor(*v.SCORE_RANGE, lambda x: score_text(x, INTEREST_LABELS)),
        ),
        ("owner", tr("Owner"), LineEditor(tr("Who in the team keeps in touch"))),
        ("next_step", tr("Next step"), TextEditor(lines=2)),
        ("source", tr("Source"), TextEditor(tr("Where the stance assessment comes from"), 2)),
    ]
    labels = {name: text for name, text, _ in fields}

    def submit(values: dict[str, Any]) -> CampaignStakeholderRecord:
        if record is None:
            values = {"campaign_id": campaign_id, **values}
            return ctx.create("campaign_stakeholder", values, tr("Add to campaign"))
        text = change_text(labels, record, values, tr("position"))
        return (
            ctx.update(
                "campaign_stakeholder",
                record.id,
                values,
                text,
                expected_version=dialog.seen_version,
            )
            or record
        )

    dialog = EntityDialog(
        tr("Add someone to the campaign") if record is None else tr("Edit position"),
        fields,
        submit,
        subject=stakeholders.get(ctx.ws, record.stakeholder_id).name if record else "",
        kind="campaign_stakeholder",
        parent=parent,
    )
    if record is None:
        dialog.set_values({"role": "target", "influence": 3, "stance": 0, "interest": 3})
    else:
        dialog.set_values(record_values(record))
    if record is not None:
        dialog.track(ctx.ws, record)
    return dialog
