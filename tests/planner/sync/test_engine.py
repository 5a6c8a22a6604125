"""Two laptops and one server edit one campaign offline and sync, in both orders."""

from __future__ import annotations

import pytest

from planner.services import asks, campaigns, interactions, milestones
from planner.sync.conflicts import list_conflicts, resolve
from planner.sync.engine import SyncError, sync
from planner.sync.merge import DELETED
from tests.planner.sync.conftest import content, offline_edits, seed, versions


@pytest.mark.parametrize("order", ["a-first", "b-first"])
def test_offline_edits_merge_conflict_once_and_end_identical(server, laptops, order):
    a, b = laptops
    ids = seed(server)
    for lap in (a, b):
        first = sync(lap, server)
        assert sum(first.pulled.values()) == 4 and not first.conflicts
    assert content(a) == content(b) == content(server)

    ask_id, milestone_id = offline_edits(a, b, ids)
    first, second = (a, b) if order == "a-first" else (b, a)
    one = sync(first, server)
    assert not one.conflicts, one.summary()
    two = sync(second, server)
    assert two.conflicts == {"campaign": 1, "interaction": 1}, two.summary()
    listed = list_conflicts(second)
    assert sorted((c.conflict.kind, c.conflict.field) for c in listed) == [
        ("campaign", "name"),
        ("interaction", DELETED),
    ]
    name = next(c.conflict for c in listed if c.conflict.field == "name")
    assert name.local_value == campaigns.get(second, ids["campaign"]).name
    assert name.server_value == campaigns.get(server, ids["campaign"]).name
    assert name.base_value == "Water rights"
    assert name.local.by and name.local.at and name.server.by and name.server.at

    # nothing was overwritten for the conflicting fields; everything else merged
    camp = campaigns.get(server, ids["campaign"])
    assert camp.objective == "A binding treaty" and camp.status == "active"
    assert campaigns.get(second, ids["campaign"]).status == "active"
    assert asks.get(second, ask_id) and milestones.get(server, milestone_id)
    edited = interactions.get(server, ids["interaction"], deleted=True)
    assert edited.summary == "First meeting, notes added"  # the edit is kept on the server

    # a rerun keeps the same two conflicts and changes nothing
    again = sync(second, server)
    assert again.conflicts == two.conflicts and not (again.pushed or again.pulled or again.merged)

    resolved = resolve(second, "local")
    assert len(resolved) == 2 and list_conflicts(second) == []
    sync(second, server)
    sync(first, server)
    assert content(a) == content(b) == content(server)
    final = campaigns.get(server, ids["campaign"])
    assert final.name == campaigns.get(second, ids["campaign"]).name
    assert final.objective == "A binding treaty" and final.status == "active"
    # the second laptop's choice for the engagement holds everywhere
    kept_deleted = second is a
    for ws in (a, b, server):
        row = interactions.get(ws, ids["interaction"], deleted=True)
        assert (row.deleted_at is not None) == kept_deleted
        assert row.summary == "First meeting, notes added"


def test_second_sync_changes_nothing(server, laptops):
    a, b = laptops
    ids = seed(server)
    sync(a, server)
    sync(b, server)
    offline_edits(a, b, ids)
    sync(a, server)
    sync(b, server)
    resolve(b, "server")
    sync(b, server)
    sync(a, server)
    before = [versions(ws) for ws in (a, b, server)]
    for lap in (a, b):
        result = sync(lap, server)
        assert result.summary() == "pushed 0, pulled 0, merged 0, conflicts 0"
    assert [versions(ws) for ws in (a, b, server)] == before
    assert content(a) == content(b) == content(server)


def test_a_deletion_alone_propagates(server, laptops):
    a, b = laptops
    ids = seed(server)
    sync(a, server)
    sync(b, server)
    interactions.delete(a, ids["interaction"])
    assert sync(a, server).pushed == {"interaction": 1}
    assert sync(b, server).pulled == {"interaction": 1}
    assert interactions.get(b, ids["interaction"], deleted=True).deleted_at is not None


def test_syncing_a_workspace_with_itself_is_refused(server):
    with pytest.raises(SyncError, match="same workspace"):
        sync(server, server)


def test_edits_valid_alone_but_not_together_become_conflicts_not_a_stuck_sync(server, laptops):
    a, _b = laptops
    ids = seed(server)
    campaigns.update(server, ids["campaign"], start_date="2026-01-01", end_date="2026-06-30")
    sync(a, server)
    campaigns.update(a, ids["campaign"], start_date="2026-05-01", lead="Lina")
    campaigns.update(server, ids["campaign"], end_date="2026-03-01")
    result = sync(a, server)
    # every field the refused merge would have moved waits for the user, on both sides
    assert result.conflicts == {"campaign": 3}, result.summary()
    fields = sorted(c.conflict.field for c in list_conflicts(a))
    assert fields == ["end_date", "lead", "start_date"]
    on_server = campaigns.get(server, ids["campaign"])
    assert (str(on_server.start_date), str(on_server.end_date)) == ("2026-01-01", "2026-03-01")
    resolve(a, "local")
    sync(a, server)
    assert content(a) == content(server)
    final = campaigns.get(server, ids["campaign"])
    assert (str(final.start_date), str(final.end_date)) == ("2026-05-01", "2026-06-30")


def test_synced_changes_are_searchable_and_audited_on_the_side_they_reach(server, laptops):
    from planner.services.audit_trail import history
    from planner.storage.search import search

    a, _b = laptops
    ids = seed(server)
    sync(a, server)
    assert ids["campaign"] in {h.id for h in search(a, "water")}
    campaigns.update(a, ids["campaign"], name="Groundwater justice")
    campaigns.update(server, ids["campaign"], objective="A binding treaty")
    sync(a, server)
    assert ids["campaign"] in {h.id for h in search(server, "groundwat")}
    assert ids["campaign"] not in {h.id for h in search(server, "rights")}
    assert ids["campaign"] in {h.id for h in search(a, "groundwat")}
    pushed = [e for e in history(server, ids["campaign"]) if e.field == "name"]
    assert any(e.new == "Groundwater justice" for e in pushed)
    pulled = [e for e in history(a, ids["campaign"]) if e.field == "objective"]
    assert any(e.new == "A binding treaty" for e in pulled)


def test_people_added_to_one_engagement_on_two_laptops_are_all_kept(server, laptops):
    from planner.services import stakeholders

    a, b = laptops
    ids = seed(server)
    met_by_a = stakeholders.create(server, name="Nadia Osman")
    met_by_b = stakeholders.create(server, name="Omar Idris")
    for lap in (a, b):
        sync(lap, server)
    interactions.update(a, ids["interaction"], stakeholder_ids=[ids["person"], met_by_a.id])
    interactions.update(b, ids["interaction"], stakeholder_ids=[met_by_b.id])  # Amal removed
    for lap in (a, b, a):
        assert not sync(lap, server).conflicts
    expected = sorted([met_by_a.id, met_by_b.id])
    for side in (a, b, server):
        assert sorted(interactions.get(side, ids["interaction"]).stakeholder_ids) == expected
    assert content(a) == content(b) == content(server)
