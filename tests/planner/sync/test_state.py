"""What a laptop remembers of each peer: the values last synced (bases), open conflicts,
and who a peer is; kept in the laptop's own file, written in the caller's transaction."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.models import new_id
from planner.services import campaigns
from planner.sync import state
from planner.sync.engine import sync
from planner.sync.merge import DELETED
from tests.planner.sync.conftest import seed

ME = state.Side("Lina", "2026-12-01T09:00:00.000000Z")
THEM = state.Side("Sam", "2026-12-02T10:00:00.000000Z")


def found(ident: str, field: str, mine: object, theirs: object, base=None) -> state.Found:
    return state.Found("campaign", ident, field, mine, theirs, base, ME, THEM)


@pytest.fixture
def laptop(laptops):
    return laptops[0]


@pytest.fixture
def camp_id(laptop) -> str:
    return campaigns.create(laptop, name="Water rights", objective="A treaty").id


def test_bases_are_kept_per_server_and_only_changed_ones_are_written(laptop, camp_id):
    server, other = new_id(), new_id()
    key = ("campaign", camp_id)
    base = {"name": "Water rights", "objective": "A treaty", DELETED: False}
    with laptop.session() as s:
        assert state.save_bases(s, server, {key: base}, {}) == 1
    with laptop.session() as s:
        assert state.load_bases(s, server) == {key: base}
        assert state.load_bases(s, other) == {}  # another server knows nothing of it
        assert state.has_base(s, *key)  # but some peer does
        assert not state.has_base(s, "campaign", new_id())
        old = state.load_bases(s, server)
        assert state.save_bases(s, server, {key: dict(base)}, old) == 0  # unchanged: no write
        gone = {**base, DELETED: True}
        assert state.save_bases(s, server, {key: gone}, old) == 1
    with laptop.reading() as s:
        assert state.load_bases(s, server) == {key: gone}
        assert state.load_bases_of(s, server, *key) == {key: gone}


def test_a_resolution_sets_one_field_of_the_base_and_keeps_the_others(laptop, camp_id):
    server = new_id()
    key = ("campaign", camp_id)
    with laptop.session() as s:
        state.save_bases(s, server, {key: {"name": "A", "objective": "B", DELETED: False}}, {})
        state.set_base_field(s, server, *key, "name", "Chosen")
    with laptop.reading() as s:
        assert state.load_bases(s, server) == {
            key: {"name": "Chosen", "objective": "B", DELETED: False}
        }


def test_bases_written_in_a_transaction_that_fails_are_not_kept(laptop, camp_id):
    server = new_id()
    with pytest.raises(RuntimeError), laptop.session() as s:
        state.save_bases(s, server, {("campaign", camp_id): {"name": "A"}}, {})
        raise RuntimeError("the local side of the sync step failed")
    with laptop.reading() as s:
        assert state.load_bases(s, server) == {}


def test_stored_conflicts_keep_both_values_the_base_and_who_changed_what(laptop, camp_id):
    server = new_id()
    with laptop.session() as s:
        state.save_conflicts(
            s,
            server,
            [
                found(camp_id, "name", "Mine", "Theirs", {"name": "Water rights"}),
                found(camp_id, "stakeholder_ids", ["a", "b"], ["a"]),  # never synced: no base
            ],
            [],
        )
    with laptop.reading() as s:
        name, people = state.load_conflicts(s)  # by kind, record and field
        assert state.load_conflicts(s, new_id()) == []  # another server's: none
    assert (name.field, name.local_value, name.server_value) == ("name", "Mine", "Theirs")
    assert name.base_value == "Water rights" and name.has_base
    assert (name.local, name.server) == (ME, THEM)
    assert isinstance(name.found_at, dt.datetime) and name.found_at.tzinfo is not None
    assert people.local_value == ["a", "b"] and people.server_value == ["a"]
    assert people.base_value is None and not people.has_base
    assert state.open_fields([name, people]) == {("campaign", camp_id): {"name", "stakeholder_ids"}}


def test_a_conflict_found_again_keeps_its_id_takes_new_values_and_goes_when_settled(
    laptop, camp_id
):
    server = new_id()
    with laptop.session() as s:
        state.save_conflicts(s, server, [found(camp_id, "name", "Mine", "Theirs")], [])
    with laptop.session() as s:
        (first,) = state.load_conflicts(s, server)
        state.save_conflicts(s, server, [found(camp_id, "name", "Mine", "Theirs")], [first])
        (same,) = state.load_conflicts(s, server)
        assert same == first  # met again unchanged: the same conflict, found when it was
        state.save_conflicts(s, server, [found(camp_id, "name", "Mine", "Newer")], [same])
        (newer,) = state.load_conflicts(s, server)
        assert (newer.id, newer.found_at) == (first.id, first.found_at)
        assert newer.server_value == "Newer"
        state.save_conflicts(s, server, [], [newer])  # the sides agree now
        assert state.load_conflicts(s, server) == []


def test_a_dropped_conflict_is_gone_and_the_others_stay(laptop, camp_id):
    server = new_id()
    with laptop.session() as s:
        state.save_conflicts(
            s, server, [found(camp_id, "name", "A", "B"), found(camp_id, "lead", "C", "D")], []
        )
    with laptop.session() as s:
        lead, name = state.load_conflicts(s, server)
        state.drop_conflict(s, lead.id)
    with laptop.reading() as s:
        assert state.load_conflicts(s) == [name]


def test_a_peer_is_remembered_by_its_id_and_renamed_when_met_again(laptop):
    sender = new_id()
    with laptop.session() as s:
        state.save_peer(s, sender, "bundle", "Geneva office")
    with laptop.session() as s:
        state.save_peer(s, sender, "bundle", "Geneva office " + "x" * 300)
    with laptop.reading() as s:
        peers = state.load_peers(s)
    assert list(peers) == [sender]
    assert peers[sender].kind == "bundle" and len(peers[sender].label) == 200
    assert peers[sender].label.startswith("Geneva office x")


def test_a_sync_leaves_one_base_per_record_and_the_conflict_it_met(server, laptops):
    a, _b = laptops
    ids = seed(server)
    sync(a, server)
    campaigns.update(a, ids["campaign"], name="Mine")
    campaigns.update(server, ids["campaign"], name="Theirs")
    sync(a, server)
    with a.reading() as s:
        bases = state.load_bases(s, server.workspace_id)
        (conflict,) = state.load_conflicts(s, server.workspace_id)
    assert len(bases) == 4 and bases["campaign", ids["campaign"]]["name"] == "Water rights"
    assert (conflict.record_id, conflict.local_value, conflict.server_value) == (
        ids["campaign"],
        "Mine",
        "Theirs",
    )
