"""The whole-bundle check: every service rule has its counterpart at the bundle's door."""

from __future__ import annotations

from planner.exchange import bundle_check
from planner.exchange.bundle_format import SECTIONS


def test_every_database_rule_of_a_service_has_a_bundle_wide_counterpart():
    """A rule added to a service's EntitySpec.checks (one that needs the database) must
    also be applied to whole bundles before they are written; list it here."""
    rules = {kind: {check.__name__ for check in spec.checks} for _section, kind, spec in SECTIONS}
    covered = {kind: set(names) for kind, names in bundle_check.CROSS_RECORD_CHECKS.items()}
    assert {k: v for k, v in rules.items() if v} == covered
    for names in bundle_check.CROSS_RECORD_CHECKS.values():
        for how in names.values():
            assert how.startswith("matched by") or hasattr(bundle_check, how), how


def test_the_in_memory_check_needs_no_workspace_and_keeps_bundle_order(demo_ws):
    from planner.exchange.bundle import export_bundle

    bundle = export_bundle(demo_ws)
    planned = bundle_check.check_records(bundle)
    assert [p.section for p in planned] == [
        section for section, _k, _s in SECTIONS for _ in bundle[section]
    ]
    assert all(p.clean for p in planned)
