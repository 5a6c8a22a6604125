"""The registry of entity specs walks the entities in an order a bundle can be imported in."""

from __future__ import annotations

from planner.services.specs import SPECS


def test_every_kind_comes_after_the_kinds_it_points_at():
    """A bundle is imported, and a sync writes, in this order: a record must never arrive
    before the campaign, stakeholder, ask or sign-on it refers to."""
    seen: set[str] = set()
    for kind, spec in SPECS.items():
        table = spec.model.__table__
        pointed_at = {fk.column.table.name for fk in table.foreign_keys} - {table.name}
        assert pointed_at <= seen, (kind, sorted(pointed_at - seen))
        seen.add(table.name)


def test_each_spec_is_filed_under_its_own_kind():
    assert all(spec.kind == kind for kind, spec in SPECS.items())
    assert len({spec.model for spec in SPECS.values()}) == len(SPECS)
