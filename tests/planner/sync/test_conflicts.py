"""Listing a laptop's open conflicts and resolving them, one by its id or all at once."""

from __future__ import annotations

import dataclasses

import pytest

from planner.services import campaigns
from planner.sync import state
from planner.sync.conflicts import choose, list_conflicts, resolve
from planner.sync.engine import SyncError, sync
from tests.planner.sync.conftest import content, seed


def two_conflicts(a, server) -> dict[str, str]:
    """The laptop and the server each set the campaign's name and objective differently."""
    ids = seed(server)
    sync(a, server)
    campaigns.update(a, ids["campaign"], name="Mine", objective="My objective")
    campaigns.update(server, ids["campaign"], name="Theirs", objective="Their objective")
    assert sync(a, server).conflicts == {"campaign": 2}
    return ids


def test_prefer_server_takes_the_servers_value_everywhere(server, laptops):
    a, _b = laptops
    ids = seed(server)
    sync(a, server)
    campaigns.update(a, ids["campaign"], name="Mine")
    campaigns.update(server, ids["campaign"], name="Theirs")
    assert sync(a, server).conflicts == {"campaign": 1}
    resolve(a, "server")
    assert campaigns.get(a, ids["campaign"]).name == "Theirs"
    result = sync(a, server)
    assert not (result.pushed or result.pulled or result.conflicts)
    assert content(a) == content(server)


def test_the_review_names_the_record_and_says_the_other_side_is_the_server(server, laptops):
    a, _b = laptops
    two_conflicts(a, server)
    listed = list_conflicts(a)
    assert [c.conflict.field for c in listed] == ["name", "objective"]  # in a stable order
    assert {c.label for c in listed} == {"campaign 'Mine'"}  # as this laptop holds it
    assert all(c.peer == "" and not c.from_bundle for c in listed)
    objective = listed[1].conflict
    assert (objective.local_value, objective.server_value) == ("My objective", "Their objective")
    assert objective.base_value == "A treaty" and objective.has_base


def test_resolving_one_conflict_by_the_start_of_its_id_leaves_the_other_open(server, laptops):
    a, _b = laptops
    ids = two_conflicts(a, server)
    name, objective = (c.conflict for c in list_conflicts(a))
    (resolved,) = resolve(a, "server", name.id[:8].upper())  # as typed: any case, a prefix
    assert resolved.id == name.id
    assert [c.conflict.id for c in list_conflicts(a)] == [objective.id]
    camp = campaigns.get(a, ids["campaign"])
    assert (camp.name, camp.objective) == ("Theirs", "My objective")

    resolve(a, "local", objective.id)
    assert list_conflicts(a) == []
    sync(a, server)
    final = campaigns.get(server, ids["campaign"])
    assert (final.name, final.objective) == ("Theirs", "My objective")
    assert content(a) == content(server)


def test_an_unknown_id_or_preference_is_refused_and_changes_nothing(server, laptops):
    a, _b = laptops
    ids = two_conflicts(a, server)
    before = (content(a), list_conflicts(a))
    with pytest.raises(SyncError, match="must be local, server or bundle"):
        resolve(a, "mine")
    with pytest.raises(SyncError, match="No open conflict with id 'ffff-none'"):
        resolve(a, "server", "ffff-none")
    with pytest.raises(SyncError, match="No open conflict"):
        resolve(a, "server", "  ")  # a blank id is no id, not "every conflict"
    assert (content(a), list_conflicts(a)) == before
    assert campaigns.get(a, ids["campaign"]).name == "Mine"


def test_a_prefix_shared_by_several_conflicts_asks_for_more_of_the_id(server, laptops):
    a, _b = laptops
    two_conflicts(a, server)
    with a.reading() as s:
        name, objective = state.load_conflicts(s)
    alike = [dataclasses.replace(name, id="abc1"), dataclasses.replace(objective, id="abc2")]
    with pytest.raises(SyncError, match="Several open conflicts start with 'abc'"):
        choose(alike, "abc")
    assert choose(alike, "abc2") == alike[1:]
    assert choose(alike, None) == alike  # no id: all of them
