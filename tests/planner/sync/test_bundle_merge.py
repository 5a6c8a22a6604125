"""Laptops (real SQLite files) that edit one campaign offline and exchange bundles, no server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from planner.exchange.bundle import BOOKKEEPING, SECTIONS, BundleError, export_bundle
from planner.exchange.bundle_crypto import load_any_bundle, write_encrypted_bundle
from planner.services import asks, campaigns, interactions, milestones
from planner.storage.workspace import Workspace
from planner.sync.bundle_merge import UNKNOWN_SENDER, import_merging
from planner.sync.conflicts import list_conflicts, resolve
from planner.sync.merge import DELETED
from tests.planner.sync.conftest import content, laptop, offline_edits, versions
from tests.planner.sync.conftest import seed as seed_campaign


@pytest.fixture
def three(empty_template: Path, tmp_path: Path):
    out = []
    for name in ("a", "b", "c"):
        ws = laptop(empty_template, tmp_path / f"{name}.db")
        ws.set_info("name", f"Laptop {name.upper()}")
        out.append(ws)
    yield out
    for ws in out:
        ws.close()


def seed(ws: Workspace) -> dict[str, str]:
    """The sync tests' campaign (a partner, their link, one engagement) and one ask."""
    ids = seed_campaign(ws)
    ids["ask"] = asks.create(ws, campaign_id=ids["campaign"], text="Open the archives").id
    return ids


def bundle_of(ws: Workspace, campaign_id: str | None = None) -> dict[str, Any]:
    """The full bundle a user exports (File ▸ Export bundle, `bundle export`), via JSON."""
    return json.loads(json.dumps(export_bundle(ws, campaign_id, for_merge=True)))


def full(ws: Workspace) -> dict[str, Any]:
    """A full export without bookkeeping (times and versions differ from laptop to laptop)."""
    data = export_bundle(ws)
    return {
        section: sorted(
            ({k: v for k, v in r.items() if k not in BOOKKEEPING} for r in data[section]),
            key=lambda r: r.get("id", ""),
        )
        for section, _kind, _spec in SECTIONS
    }


def shared(three) -> tuple[Workspace, Workspace, dict[str, str]]:
    a, b = three[0], three[1]
    ids = seed(a)
    first = import_merging(b, bundle_of(a, ids["campaign"]))
    assert sum(first.created.values()) == 5 and first.conflict_count == 0
    assert full(a) == full(b)
    return a, b, ids


def test_two_laptops_exchange_bundles_see_the_same_conflicts_and_end_identical(three):
    a, b, ids = shared(three)
    ask_id, milestone_id = offline_edits(a, b, ids)
    from_a, from_b = bundle_of(a, ids["campaign"]), bundle_of(b, ids["campaign"])

    at_a = import_merging(a, from_b)
    at_b = import_merging(b, from_a)
    for report in (at_a, at_b):
        assert report.conflicts == {"campaigns": 1, "interactions": 1}, report
        assert report.created == {"milestones": 1} or report.created == {"asks": 1}
    assert at_a.sender == "Laptop B" and at_b.sender == "Laptop A"
    for ws, peer in ((a, b), (b, a)):
        listed = list_conflicts(ws)
        assert sorted((c.conflict.kind, c.conflict.field) for c in listed) == [
            ("campaign", "name"),
            ("interaction", DELETED),
        ]
        assert {c.conflict.server_id for c in listed} == {peer.workspace_id}
        assert {c.peer for c in listed} == {peer.name} and all(c.from_bundle for c in listed)
        name = next(c.conflict for c in listed if c.conflict.field == "name")
        assert name.local_value == campaigns.get(ws, ids["campaign"]).name
        assert name.server_value == campaigns.get(peer, ids["campaign"]).name
        assert name.base_value == "Water rights" and name.server.by == peer.name
        # nothing of the conflicting fields was overwritten; everything else merged
        camp = campaigns.get(ws, ids["campaign"])
        assert camp.objective == "A binding treaty" and camp.status == "active"
        assert asks.get(ws, ask_id) and milestones.get(ws, milestone_id)
        edited = interactions.get(ws, ids["interaction"], deleted=True)
        assert edited.summary == "First meeting, notes added"

    # A keeps its values; B takes the bundle's (A's): the same choice on both laptops
    assert len(resolve(a, "local")) == 2 and len(resolve(b, "bundle")) == 2
    assert list_conflicts(a) == list_conflicts(b) == []
    assert full(a) == full(b) and content(a) == content(b)
    assert campaigns.get(b, ids["campaign"]).name == "Water rights now"
    assert interactions.get(b, ids["interaction"], deleted=True).deleted_at is not None

    # the next exchange in both directions has nothing left to do
    before = versions(a), versions(b)
    again_a = import_merging(a, bundle_of(b, ids["campaign"]))
    again_b = import_merging(b, bundle_of(a, ids["campaign"]))
    for report in (again_a, again_b):
        assert not (report.created or report.updated or report.merged or report.conflicts)
    assert (versions(a), versions(b)) == before and full(a) == full(b)


def test_importing_the_same_bundle_twice_changes_nothing_the_second_time(three):
    a, b, ids = shared(three)
    offline_edits(a, b, ids)
    data = bundle_of(a, ids["campaign"])
    first = import_merging(b, data)
    before, conflicts = versions(b), list_conflicts(b)
    second = import_merging(b, data)
    assert second.conflicts == first.conflicts
    assert not (second.created or second.updated or second.merged)
    assert versions(b) == before and list_conflicts(b) == conflicts


def test_three_laptops_merge_through_what_they_each_had_from_the_first(three):
    a, b, c = three
    ids = seed(a)
    for other in (b, c):
        import_merging(other, bundle_of(a, ids["campaign"]))
    campaigns.update(b, ids["campaign"], objective="From B")
    campaigns.update(c, ids["campaign"], status="active")
    asks.update(c, ids["ask"], text="Open every archive")
    # B and C never exchanged before: their bases from A are their common ground
    at_c = import_merging(c, bundle_of(b, ids["campaign"]))
    assert at_c.conflict_count == 0, list_conflicts(c)
    at_b = import_merging(b, bundle_of(c, ids["campaign"]))
    assert at_b.conflict_count == 0, list_conflicts(b)
    at_a = import_merging(a, bundle_of(c, ids["campaign"]))
    assert at_a.conflict_count == 0, list_conflicts(a)
    assert full(a) == full(b) == full(c)
    camp = campaigns.get(a, ids["campaign"])
    assert (camp.objective, camp.status) == ("From B", "active")


def test_a_bundle_without_a_sender_creates_new_records_and_flags_every_difference(three):
    a, b, ids = shared(three)
    campaigns.update(a, ids["campaign"], objective="Changed on A")
    extra = asks.create(a, campaign_id=ids["campaign"], text="New on A")
    data = bundle_of(a, ids["campaign"])
    del data["source"], data["sync_bases"]  # as an older planner writes it
    report = import_merging(b, data)
    assert report.created == {"asks": 1} and report.conflicts == {"campaigns": 1}
    assert asks.get(b, extra.id).text == "New on A"
    assert campaigns.get(b, ids["campaign"]).objective == "A treaty"  # never overwritten
    (listed,) = list_conflicts(b)
    assert listed.conflict.server_id == UNKNOWN_SENDER and listed.conflict.field == "objective"
    resolve(b, "bundle")
    assert campaigns.get(b, ids["campaign"]).objective == "Changed on A"


def test_an_encrypted_bundle_merges_like_a_plain_one(three, tmp_path):
    a, b, ids = shared(three)
    campaigns.update(a, ids["campaign"], objective="Sealed change")
    path = tmp_path / "x.json"
    write_encrypted_bundle(a, path, "correct horse", ids["campaign"])
    report = import_merging(b, load_any_bundle(path, "correct horse"))
    assert report.updated == {"campaigns": 1} and not report.conflicts
    assert campaigns.get(b, ids["campaign"]).objective == "Sealed change"


def test_a_redacted_bundle_still_never_touches_records_already_here(three):
    a, b, ids = shared(three)
    campaigns.update(a, ids["campaign"], objective="Changed on A")
    data = bundle_of(a, ids["campaign"])
    del data["source"], data["sync_bases"]
    data["audience"] = "closed"
    before = versions(b)
    report = import_merging(b, data)
    assert report.redacted is not None and sum(report.redacted.kept.values()) == 5
    assert versions(b) == before and list_conflicts(b) == []


def test_a_redacted_bundle_carrying_sync_bases_is_refused_with_nothing_changed(three):
    a, b, ids = shared(three)
    data = bundle_of(b, ids["campaign"])
    data["audience"] = "public"
    before = versions(a)
    with pytest.raises(BundleError, match="audience public cannot carry 'source'"):
        import_merging(a, data)
    assert versions(a) == before


def test_a_malformed_sync_base_is_refused_naming_it(three):
    a, b, ids = shared(three)
    data = bundle_of(b, ids["campaign"])
    data["sync_bases"] = {a.workspace_id: {"campaign": {"not-an-id": {}}}}
    before = versions(a)
    with pytest.raises(BundleError, match="'not-an-id' is not a record id"):
        import_merging(a, data)
    assert versions(a) == before and list_conflicts(a) == []


def test_a_bundle_carries_its_sender_and_only_the_bases_of_its_records(three):
    a, b, ids = shared(three)
    other = campaigns.create(b, name="Elsewhere")
    data = bundle_of(b, ids["campaign"])
    assert data["source"] == {"workspace_id": b.workspace_id, "name": "Laptop B"}
    carried = data["sync_bases"][a.workspace_id]
    assert set(carried["campaign"]) == {ids["campaign"]} and other.id not in carried["campaign"]
    assert carried["campaign"][ids["campaign"]]["name"] == "Water rights"


def test_a_team_server_takes_new_records_but_leaves_merging_to_the_laptops(three, ws_pg):
    a = three[0]
    ids = seed(a)
    report = import_merging(ws_pg, bundle_of(a, ids["campaign"]))
    assert sum(report.created.values()) == 5
    again = import_merging(ws_pg, bundle_of(a, ids["campaign"]))  # the same: harmless
    assert not again.created
    campaigns.update(a, ids["campaign"], objective="Changed on the laptop")
    before = versions(ws_pg)
    with pytest.raises(BundleError, match="merge the bundle on a laptop"):
        import_merging(ws_pg, bundle_of(a, ids["campaign"]))
    assert versions(ws_pg) == before
    assert campaigns.get(ws_pg, ids["campaign"]).objective == "A treaty"


def test_edits_valid_alone_but_not_together_become_conflicts_not_a_failed_import(three):
    a, b = three[0], three[1]
    ids = seed(a)
    campaigns.update(a, ids["campaign"], start_date="2026-01-01", end_date="2026-12-31")
    import_merging(b, bundle_of(a, ids["campaign"]))
    campaigns.update(a, ids["campaign"], end_date="2026-03-01")
    campaigns.update(b, ids["campaign"], start_date="2026-06-01")
    asks.update(b, ids["ask"], text="Open every archive")
    report = import_merging(a, bundle_of(b, ids["campaign"]))
    assert report.conflicts == {"campaigns": 1} and report.updated == {"asks": 1}
    (listed,) = list_conflicts(a)
    assert (listed.conflict.field, listed.conflict.server_value) == ("start_date", "2026-06-01")
    camp = campaigns.get(a, ids["campaign"])
    assert (str(camp.start_date), str(camp.end_date)) == ("2026-01-01", "2026-03-01")


def test_one_partner_put_on_the_campaign_on_both_laptops_ends_as_one_record_under_one_id(three):
    from planner.services import positions, stakeholders

    a, b = three[0], three[1]
    ids = seed(a)
    newcomer = stakeholders.create(a, name="Nadia Osman")
    import_merging(b, bundle_of(a))
    # both laptops, offline, put her on the campaign: one record by its pair, two ids
    place = {"campaign_id": ids["campaign"], "stakeholder_id": newcomer.id}
    on_a = positions.create(a, **place, owner="Sam")
    on_b = positions.create(b, **place, owner="Lina")
    assert on_a.id != on_b.id
    from_a, from_b = bundle_of(a), bundle_of(b)
    at_a, at_b = import_merging(a, from_b), import_merging(b, from_a)
    for ws, report in ((a, at_a), (b, at_b)):
        assert report.conflicts == {"campaign_stakeholders": 1}, report
        (conflict,) = [c.conflict for c in list_conflicts(ws)]
        assert conflict.field == "owner" and conflict.record_id == min(on_a.id, on_b.id)
    resolve(a, "local")  # Sam, A's choice, on both
    resolve(b, "bundle")
    assert full(a) == full(b)
    kept = min(on_a.id, on_b.id)
    assert positions.get(a, kept).owner == positions.get(b, kept).owner == "Sam"
