"""The vote position form: how a member state is expected to vote, and how it voted.

Saving goes through ``planner.services.votes`` as one undoable step. A state the
workspace does not hold yet is created first (a public member-state organisation, as
``planner.planning.vote_count.seed_member_states`` would) inside the same undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from planner.domain.member_states import GROUP_SHORT
from planner.planning.vote_count import StateVote
from planner.services import votes
from ui.context import WorkspaceContext
from ui.forms.common import tr
from ui.forms.entity_dialog import EntityDialog
from ui.forms.fields import ChoiceEditor, SliderEditor, TextEditor

CONFIDENCE = {1: "Guess", 2: "Likely", 3: "Confirmed"}
VOTE_WORDS = {"yes": "Yes", "no": "No", "abstain": "Abstain", "absent": "Absent"}


def vote_position_dialog(
    ctx: WorkspaceContext, milestone_id: str, state: StateVote, parent: QWidget | None = None
) -> EntityDialog:
    existing = None
    if state.stakeholder_id:
        existing = next(
            (
                p
                for p in votes.list_positions(ctx.ws, milestone_id)
                if p.stakeholder_id == state.stakeholder_id
            ),
            None,
        )
    fields: list[tuple[str, str, Any]] = [
        (
            "expected",
            tr("Expected vote"),
            ChoiceEditor([*VOTE_WORDS.items(), ("unknown", tr("Unknown (undecided)"))]),
        ),
        (
            "confidence",
            tr("Confidence"),
            SliderEditor(1, 3, lambda n: f"{n} · {CONFIDENCE.get(n, '')}"),
        ),
        (
            "actual",
            tr("Actual vote"),
            ChoiceEditor(list(VOTE_WORDS.items()), optional=tr("Not voted yet")),
        ),
        ("note", tr("Note"), TextEditor(tr("Who said what, and when"), 2)),
    ]

    def save_position(stakeholder_id: str, values: dict[str, Any]) -> Any:
        if existing is None:
            return ctx.create(
                "vote_position",
                {"milestone_id": milestone_id, "stakeholder_id": stakeholder_id, **values},
                tr("Set vote of {state}").format(state=state.state.short_name),
            )
        text = tr("Change vote of {state}").format(state=state.state.short_name)
        return (
            ctx.update(
                "vote_position", existing.id, values, text, expected_version=dialog.seen_version
            )
            or existing
        )

    def submit(values: dict[str, Any]) -> Any:
        if state.stakeholder_id is not None:
            return save_position(state.stakeholder_id, values)
        # a state the workspace does not hold yet: create it and its vote as one step
        stack = ctx.undo_stack
        stack.beginMacro(tr("Set vote of {state}").format(state=state.state.short_name))
        try:
            made = ctx.create(
                "stakeholder",
                {
                    "kind": "organisation",
                    "name": state.state.short_name,
                    "category": "member_state",
                    "country": state.state.short_name,
                    "sensitivity": "public",
                    "name_consent": "public",
                    "notes": f"UN member state ({state.state.name}, {state.state.iso3}).",
                },
                tr("Add member state"),
            )
            return save_position(made.id, values)
        finally:
            stack.endMacro()

    dialog = EntityDialog(
        tr("Vote of {state}").format(state=state.state.short_name),
        fields,
        submit,
        intro=tr("{name} · {group}. The actual vote is entered after the vote.").format(
            name=state.state.name, group=GROUP_SHORT.get(state.group, state.group)
        ),
        kind="vote_position",
        parent=parent,
    )
    dialog.set_values(
        {
            "expected": state.expected,
            "confidence": state.confidence,
            "actual": state.actual,
            "note": state.note,
        }
    )
    if existing is not None:
        dialog.track(ctx.ws, existing)
    return dialog
