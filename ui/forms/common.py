"""Small pieces the entity forms share: translation, record values, undo texts."""

from __future__ import annotations

import dataclasses
from typing import Any

from ui.translation import translator

tr = translator("Forms")


def record_values(record: Any) -> dict[str, Any]:
    return dataclasses.asdict(record) if record is not None else {}


def change_text(labels: dict[str, str], record: Any, values: dict[str, Any], noun: str) -> str:
    """'Change stance' when one field changed, else 'Edit <noun>': what Undo will say."""
    changed = [k for k, v in values.items() if getattr(record, k, None) != v]
    if len(changed) == 1:
        return tr("Change {field}").format(field=labels.get(changed[0], changed[0]).lower())
    return tr("Edit {noun}").format(noun=noun)
