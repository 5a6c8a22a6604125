"""An entity's fields are declared once, by its record in ``planner.domain.records``.

Everything else that names a field either derives from the record (the bundle format,
the snapshot's row reads through ``record_columns``) or is checked against it here: the
ORM table (and so the migrations, which ``test_migrations`` holds to the tables), the
service's field rules, the tracker's editable columns and their closed choices. Adding
a field is then one edit to the record and the table, a rule, and a migration; a
forgotten place fails here by name instead of silently dropping the field.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import pytest

import planner.services
from planner.domain import vocabulary as v
from planner.domain.edge_models import EDGE_MODELS
from planner.domain.models import ENTITY_MODELS
from planner.domain.records import domain_fields, field_names
from planner.domain.validation import ValidationError
from planner.publishing.exports.tracker_format import SHEETS
from planner.services.entity import EntitySpec


def _all_specs() -> list[EntitySpec[Any]]:
    specs: list[EntitySpec[Any]] = []
    for module in pkgutil.iter_modules(planner.services.__path__):
        mod = importlib.import_module(f"planner.services.{module.name}")
        for value in vars(mod).values():
            if isinstance(value, EntitySpec) and value not in specs:
                specs.append(value)
    return specs


SPECS = {spec.kind: spec for spec in _all_specs()}


def test_every_entity_table_has_exactly_one_spec():
    assert set(SPECS) == set(ENTITY_MODELS) | set(EDGE_MODELS)


def test_the_spec_registry_holds_every_spec_so_bundles_and_sync_carry_every_entity():
    from planner.services.specs import SPECS as REGISTRY

    assert REGISTRY == SPECS


@pytest.mark.parametrize("kind", sorted(SPECS))
def test_the_table_holds_every_field_of_the_record_and_nothing_else(kind):
    spec = SPECS[kind]
    columns = {c.name for c in spec.model.__table__.c}
    fields = set(field_names(spec.record))
    # A field that is not a column is stored elsewhere by the spec's own code
    # (an engagement's participants live in their own table).
    assert fields - columns == set(spec.apply_special), f"{kind}: record fields with no column"
    assert columns - fields == set(), f"{kind}: columns that no record carries"


@pytest.mark.parametrize("kind", sorted(SPECS))
def test_the_service_has_a_rule_for_every_field_a_user_edits(kind):
    spec = SPECS[kind]
    rules = [r.name for r in spec.rules]
    assert len(rules) == len(set(rules)), f"{kind}: a field with two rules"
    assert set(rules) == set(domain_fields(spec.record))


EDITABLE = [
    (sheet.title, col.header, col)
    for sheet in SHEETS
    for col in sheet.columns
    if col.editable and col.kind not in ("id", "version", "delete")
]


@pytest.mark.parametrize(
    ("sheet", "header", "col"), EDITABLE, ids=[f"{s}:{h}" for s, h, _ in EDITABLE]
)
def test_every_editable_tracker_column_edits_a_declared_field(sheet, header, col):
    spec = SPECS.get(col.entity)
    assert spec is not None, f"{sheet} / {header}: no entity {col.entity!r}"
    assert col.field in domain_fields(spec.record), f"{sheet} / {header}: no field {col.field}"


CLOSED = [(s, h, c) for s, h, c in EDITABLE if c.kind == "enum" and c.choices]


@pytest.mark.parametrize(("sheet", "header", "col"), CLOSED, ids=[f"{s}:{h}" for s, h, _ in CLOSED])
def test_a_tracker_drop_down_offers_exactly_what_the_service_accepts(sheet, header, col):
    """The drop-down and the rule come from one vocabulary: every offered value is
    accepted, and a value just outside it is refused."""
    rule = SPECS[col.entity].rule(col.field)
    assert rule is not None
    for choice in col.choices:
        assert rule.rule(col.field, choice) == choice
    with pytest.raises(ValidationError):
        rule.rule(col.field, "not-a-" + col.field)


def test_every_vocabulary_a_tracker_offers_is_one_the_domain_defines():
    defined = {
        name: value
        for name, value in vars(v).items()
        if name.isupper() and isinstance(value, tuple) and value and isinstance(value[0], str)
    }
    for _, header, col in CLOSED:
        if isinstance(col.choices[0], str):
            assert tuple(col.choices) in defined.values(), f"{header}: a vocabulary of its own"


def test_the_search_index_reads_only_declared_fields():
    """The search triggers (a migration, so written out as SQL) name fields by hand."""
    import importlib.util
    import re
    from pathlib import Path

    import planner.storage

    versions = Path(planner.storage.__file__).parent / "migrations" / "versions"
    path = versions / "0002_search_index.py"
    spec = importlib.util.spec_from_file_location("search_index_migration", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    for kind, expressions in migration.INDEXED.items():
        named = set(re.findall(r"new\.(\w+)", " ".join(expressions)))
        assert named <= set(field_names(SPECS[kind].record)), kind
