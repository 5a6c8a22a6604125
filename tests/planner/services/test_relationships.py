"""Relationship rules: no link to oneself, known kinds only."""

from __future__ import annotations

import pytest

from planner.domain.validation import ValidationError
from planner.services import relationships

pytestmark = pytest.mark.both_backends  # on a file and on a server


def test_relationship_to_self_is_refused(ws, org):
    with pytest.raises(ValidationError) as info:
        relationships.create(ws, from_id=org.id, to_id=org.id, kind="allied_with")
    assert info.value.field == "to_id"


def test_relationship_kind_must_be_known(ws, org, person):
    with pytest.raises(ValidationError) as info:
        relationships.create(ws, from_id=person.id, to_id=org.id, kind="friends")
    assert info.value.field == "kind"
    rel = relationships.create(ws, from_id=person.id, to_id=org.id, kind="works_at")
    assert relationships.list_relationships(ws, org.id) == [rel]
