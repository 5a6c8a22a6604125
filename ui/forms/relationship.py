"""The relationship form: who knows whom — two stakeholders, how they are linked, a note.

A relationship reads as a sentence, "<From> works at <To>", so the form says it back
beneath the fields as the user picks, and Swap turns the direction round. The service's
own rules (both ends required and different, a kind from the vocabulary) are the only
checks: their message lands on the field it names, in the form's words, and nothing is
written. Create, edit and remove are undoable commands (``WorkspaceContext``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from planner.domain import vocabulary as v
from planner.domain.records import RelationshipRecord
from planner.domain.validation import ValidationError
from planner.services import relationships, stakeholders
from planner.services.entity import NotFound
from ui.context import WorkspaceContext
from ui.forms.common import change_text, record_values, tr
from ui.forms.entity_dialog import EntityDialog
from ui.forms.fields import ChoiceEditor, StakeholderPicker, TextEditor

# The kind as the middle of a sentence "<From> … <To>" (combo box and preview).
KIND_TEXT = {
    "works_at": "Works at",
    "member_of": "Is a member of",
    "allied_with": "Is allied with",
    "influences": "Influences",
    "opposes": "Opposes",
}
SENTENCE = {
    "works_at": "{a} works at {b}",
    "member_of": "{a} is a member of {b}",
    "allied_with": "{a} is allied with {b}",
    "influences": "{a} influences {b}",
    "opposes": "{a} opposes {b}",
}
# A link seen from one of its ends: from its *from* end, and from its *to* end.
OUTGOING = {
    "works_at": "Works at {name}",
    "member_of": "Member of {name}",
    "allied_with": "Allied with {name}",
    "influences": "Influences {name}",
    "opposes": "Opposes {name}",
}
INCOMING = {
    "works_at": "Employs {name}",
    "member_of": "Has {name} as a member",
    "allied_with": "Allied with {name}",
    "influences": "Influenced by {name}",
    "opposes": "Opposed by {name}",
}
# The service's reasons, said for someone filling in this form.
MISSING = {
    "from_id": "is required: type a name and pick the stakeholder from the list",
    "to_id": "is required: type a name and pick the stakeholder from the list",
    "kind": "is required: choose how the two are linked",
}
SAME_ENDS = "is the same stakeholder as from_id"


def describe_link(record: RelationshipRecord, seen_from: str, other_name: str) -> str:
    """The link in words from one end: 'Works at FFF' or, from FFF, 'Employs Rima'."""
    phrases = OUTGOING if record.from_id == seen_from else INCOMING
    return tr(phrases[record.kind]).format(name=other_name)


def in_words(err: ValidationError, labels: dict[str, str]) -> ValidationError:
    """The same error (field and value kept) with a reason that speaks the form's terms."""
    if err.value in (None, "") and err.field in MISSING:
        reason = tr(MISSING[err.field])
    elif err.reason == SAME_ENDS:
        reason = tr("is the same stakeholder as From: a relationship links two different ones")
    else:
        reason = err.reason
        for name, text in labels.items():
            reason = reason.replace(name, text)
    return ValidationError(err.field, err.value, reason, err.record)


class RelationshipDialog(EntityDialog):
    """The entity form with the relationship said back as a sentence (``_add_sentence``);
    like every entity form it makes room for an error shown under it."""

    sentence: QLabel  # the relationship in words (read by tests)
    swap: QPushButton


def relationship_dialog(
    ctx: WorkspaceContext,
    record: RelationshipRecord | None = None,
    parent: QWidget | None = None,
    *,
    from_id: str | None = None,
    to_id: str | None = None,
) -> RelationshipDialog:
    """The form for a new relationship (optionally starting at ``from_id``) or ``record``."""
    from_picker = StakeholderPicker(ctx.ws, tr("Type a name…"))
    to_picker = StakeholderPicker(ctx.ws, tr("Type a name…"))
    kind = ChoiceEditor(
        [(k, tr(KIND_TEXT[k])) for k in v.RELATIONSHIP_KINDS],
        optional=tr("Choose how they are linked…"),
    )
    fields: list[tuple[str, str, Any]] = [
        ("from_id", tr("From"), from_picker),
        ("kind", tr("Link"), kind),
        ("to_id", tr("To"), to_picker),
        ("note", tr("Note"), TextEditor(tr("Optional: how they know each other, how close"), 3)),
    ]
    labels = {name: text for name, text, _ in fields}

    def submit(values: dict[str, Any]) -> RelationshipRecord:
        try:
            if record is None:
                return ctx.create("relationship", values, tr("Add relationship"))
            text = change_text(labels, record, values, tr("relationship"))
            return (
                ctx.update(
                    "relationship", record.id, values, text, expected_version=dialog.seen_version
                )
                or record
            )
        except ValidationError as err:
            raise in_words(err, labels) from err

    dialog = RelationshipDialog(
        tr("New relationship") if record is None else tr("Edit relationship"),
        fields,
        submit,
        intro=tr(
            "Who knows whom. Paths on the relationship map follow every link in either "
            "direction, except “opposes”."
        ),
        kind="relationship",
        parent=parent,
    )
    dialog.set_values(record_values(record) if record else {"from_id": from_id, "to_id": to_id})
    _add_sentence(dialog, ctx, from_picker, kind, to_picker)
    if record is None and from_id:
        (kind if to_id else to_picker).focus_widget.setFocus()
    if record is not None:
        dialog.track(ctx.ws, record)
    return dialog


def _add_sentence(
    dialog: RelationshipDialog,
    ctx: WorkspaceContext,
    from_picker: StakeholderPicker,
    kind: ChoiceEditor,
    to_picker: StakeholderPicker,
) -> None:
    """The relationship said back as a sentence, with Swap to turn its direction round."""
    sentence = QLabel()
    sentence.setObjectName("fieldHint")
    sentence.setWordWrap(True)
    sentence.setAccessibleName(tr("The relationship in words"))
    swap = QPushButton(tr("⇅ Swap From and To"))
    swap.setObjectName("link")
    swap.setToolTip(tr("Turn the direction round: To becomes From"))
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(sentence, 1)
    row.addWidget(swap, 0, Qt.AlignmentFlag.AlignTop)
    outer = dialog.layout()
    assert isinstance(outer, QBoxLayout)  # every entity form is a column (EntityDialog)
    outer.insertLayout(outer.indexOf(dialog.error), row)
    names: dict[str, str] = {}

    def name(picker: StakeholderPicker) -> str:
        ident = picker.value()
        if ident is None:
            return "…"
        if ident not in names:
            try:
                names[ident] = stakeholders.get(ctx.ws, ident).name
            except NotFound:
                return "…"
        return names[ident]

    def show(*_args: object) -> None:
        link = kind.value()
        if link is None:
            sentence.setText(tr("Pick both stakeholders and how they are linked."))
            return
        sentence.setText(tr(SENTENCE[link]).format(a=name(from_picker), b=name(to_picker)))

    def turn_round() -> None:
        a, b = from_picker.value(), to_picker.value()
        from_picker.set_value(b)
        to_picker.set_value(a)
        show()

    swap.clicked.connect(turn_round)
    kind.widget.currentIndexChanged.connect(show)
    for picker in (from_picker, to_picker):
        picker.widget.textChanged.connect(show)
        picker.completer.activated.connect(show)  # activated(QString), the default
        picker.model.modelReset.connect(show)  # the type-ahead has matched the text anew
    dialog.sentence = sentence
    dialog.swap = swap
    show()


def open_relationship_form(
    ctx: WorkspaceContext,
    parent: QWidget,
    ident: str | None = None,
    *,
    from_id: str | None = None,
    to_id: str | None = None,
) -> RelationshipDialog | None:
    """Open the form (window-modal, not blocking) on ``ident``, or for a new link."""
    record = None
    if ident is not None:
        try:
            record = relationships.get(ctx.ws, ident)
        except NotFound:
            return None
    dialog = relationship_dialog(ctx, record, parent, from_id=from_id, to_id=to_id)
    dialog.open()
    return dialog


def remove_relationship(ctx: WorkspaceContext, ident: str) -> None:
    """Soft-delete one relationship as an undoable step (Ctrl+Z brings it back)."""
    ctx.delete("relationship", ident, tr("Remove relationship"))
