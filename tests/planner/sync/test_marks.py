"""The quick check: a sync with nothing to do returns at once, and never hides a change.

Real SQLite laptops, a real PostgreSQL server, real login roles for access.
"""

from __future__ import annotations

from typing import Any

import pytest

from planner.services import asks, campaigns, interactions
from planner.storage.store import open_workspace
from planner.sync import engine
from planner.sync.conflicts import resolve
from planner.sync.engine import SyncError, sync
from planner.sync.travel import Travel, set_travel
from planner.team import members
from tests.planner.sync.conftest import content, offline_edits, seed
from tests.planner.team.test_access import as_login

IDLE = "pushed 0, pulled 0, merged 0, conflicts 0"


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[set[str] | None]:
    """Each read of a side by a sync: the kinds read (None: all of them)."""
    seen: list[set[str] | None] = []
    real = engine.read_side

    def counting(s: Any, kinds: Any = None) -> Any:
        seen.append(None if kinds is None else set(kinds))
        return real(s, kinds)

    monkeypatch.setattr(engine, "read_side", counting)
    return seen


def test_a_sync_with_nothing_to_do_reads_neither_workspace(server, laptops, reads):
    laptop, _ = laptops
    seed(server)
    sync(laptop, server)
    assert reads == [None, None]
    before = content(laptop)
    result = sync(laptop, server)
    assert result.summary() == IDLE
    assert len(reads) == 2  # answered from the marks alone: no read
    assert content(laptop) == before == content(server)


def test_a_change_on_either_side_after_a_quick_sync_is_still_synced(server, laptops, reads):
    laptop, _ = laptops
    ids = seed(server)
    sync(laptop, server)
    sync(laptop, server)  # the quick one
    campaigns.update(server, ids["campaign"], objective="Changed by a colleague")
    assert sync(laptop, server).pulled == {"campaign": 1}
    assert campaigns.get(laptop, ids["campaign"]).objective == "Changed by a colleague"
    ask = asks.create(laptop, campaign_id=ids["campaign"], text="Written on the road")
    assert sync(laptop, server).pushed == {"ask": 1}
    assert asks.get(server, ask.id).text == "Written on the road"
    interactions.delete(server, ids["interaction"])  # a tombstone changes no count
    assert sync(laptop, server).pulled == {"interaction": 1}
    assert interactions.get(laptop, ids["interaction"], deleted=True).deleted_at is not None
    assert sync(laptop, server).summary() == IDLE
    assert content(laptop) == content(server)


def test_open_conflicts_are_reported_again_by_a_quick_sync(server, laptops, reads):
    a, b = laptops
    ids = seed(server)
    sync(a, server)
    sync(b, server)
    offline_edits(a, b, ids)
    sync(a, server)
    first = sync(b, server)
    assert first.conflicts
    read = len(reads)
    again = sync(b, server)
    assert len(reads) == read  # nothing changed: quick
    assert again.conflicts == first.conflicts and not (again.pushed or again.pulled)


def test_resolving_for_this_laptop_is_pushed_at_the_next_sync(server, laptops):
    a, _ = laptops
    ids = seed(server)
    sync(a, server)
    campaigns.update(a, ids["campaign"], name="Mine")
    campaigns.update(server, ids["campaign"], name="Theirs")
    assert sync(a, server).conflicts == {"campaign": 1}
    sync(a, server)  # quick: the conflict stays open
    resolve(a, "local")  # changes no record here, only the sync state
    assert sync(a, server).pushed == {"campaign": 1}
    assert campaigns.get(server, ids["campaign"]).name == "Mine"


def test_a_travel_setting_made_after_a_quick_sync_applies_at_the_next(server, laptops):
    laptop, _ = laptops
    ids = seed(server)
    other = campaigns.create(server, name="Elsewhere")
    sync(laptop, server)
    sync(laptop, server)
    set_travel(laptop, Travel((ids["campaign"],)))
    result = sync(laptop, server)
    assert result.removed.get("campaign") == 1, result.summary()
    with pytest.raises(LookupError):
        campaigns.get(laptop, other.id, deleted=True)


def test_revoked_access_removes_the_campaign_though_the_laptop_changed_nothing(
    ws_pg, team, laptops
):
    alice = team["alice"]
    laptop, _ = laptops
    c = campaigns.create(ws_pg, name="Campaign C")
    members.grant(ws_pg, alice, c.id)
    login = as_login(ws_pg, alice)
    with open_workspace(login, create=False, passphrase=f"pw-{alice}") as server:
        sync(laptop, server)
        assert sync(laptop, server).summary() == IDLE
    assert set(content(laptop)["campaign"]) == {team["a"], c.id}
    members.revoke(ws_pg, alice, "Campaign A")  # the laptop itself changed nothing
    with open_workspace(login, create=False, passphrase=f"pw-{alice}") as server:
        result = sync(laptop, server)
    assert result.removed.get("campaign") == 1, result.summary()
    held = content(laptop)
    assert set(held["campaign"]) == {c.id}
    assert team["secret_a"] not in held["stakeholder"]
    assert campaigns.get(ws_pg, team["a"])  # nothing deleted on the server


def test_a_colleagues_commit_during_a_sync_is_taken_by_the_next(server, laptops):
    laptop, _ = laptops
    ids = seed(server)
    other = campaigns.create(server, name="Another campaign")
    sync(laptop, server)
    asks.create(laptop, campaign_id=ids["campaign"], text="To push")

    def colleague(text: str) -> None:  # commits after this sync read the server
        if text.endswith("records to the server"):
            campaigns.update(server, other.id, objective="Saved meanwhile")

    assert sync(laptop, server, colleague).pushed == {"ask": 1}
    assert sync(laptop, server).pulled == {"campaign": 1}
    assert campaigns.get(laptop, other.id).objective == "Saved meanwhile"
    assert content(laptop) == content(server)


def test_a_colleague_saving_the_same_record_during_a_sync_is_a_clear_retry(server, laptops):
    laptop, _ = laptops
    ids = seed(server)
    sync(laptop, server)
    campaigns.update(laptop, ids["campaign"], objective="From the road")

    def colleague(text: str) -> None:  # saves the same campaign once this sync read it
        if text.endswith("records to the server"):
            campaigns.update(server, ids["campaign"], status="active")

    with pytest.raises(SyncError, match="sync again to merge their changes"):
        sync(laptop, server, colleague)
    assert campaigns.get(laptop, ids["campaign"]).status != "active"
    assert sync(laptop, server).merged == {"campaign": 1}  # both edits kept
    for ws in (laptop, server):
        camp = campaigns.get(ws, ids["campaign"])
        assert (camp.objective, camp.status) == ("From the road", "active")
    assert content(laptop) == content(server)


def test_a_sync_reads_only_the_kinds_changed_since_the_last(server, laptops, reads):
    laptop, _ = laptops
    ids = seed(server)
    sync(laptop, server)
    campaigns.update(server, ids["campaign"], objective="Changed by a colleague")
    del reads[:]
    assert sync(laptop, server).pulled == {"campaign": 1}
    assert reads == [{"campaign"}, {"campaign"}]
    interactions.update(laptop, ids["interaction"], stakeholder_ids=[])  # its people only
    del reads[:]
    assert sync(laptop, server).pushed == {"interaction": 1}
    assert reads == [{"interaction"}, {"interaction"}]
    assert interactions.get(server, ids["interaction"]).stakeholder_ids == []
    assert content(laptop) == content(server)


def test_open_conflicts_of_kinds_not_read_stay_open(server, laptops, reads):
    from planner.sync.conflicts import list_conflicts

    laptop, _ = laptops
    ids = seed(server)
    sync(laptop, server)
    campaigns.update(laptop, ids["campaign"], name="Mine")
    campaigns.update(server, ids["campaign"], name="Theirs")
    assert sync(laptop, server).conflicts == {"campaign": 1}
    asks.create(laptop, campaign_id=ids["campaign"], text="Another ask")
    del reads[:]
    result = sync(laptop, server)
    assert reads == [{"ask"}, {"ask"}]
    assert result.pushed == {"ask": 1} and result.conflicts == {"campaign": 1}
    assert [c.conflict.field for c in list_conflicts(laptop)] == ["name"]
    resolve(laptop, "server")  # the sync state changed: everything is read
    del reads[:]
    assert sync(laptop, server).summary() == IDLE
    assert reads == [None, None]
    assert content(laptop) == content(server)
