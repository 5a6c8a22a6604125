"""A member's laptop syncs only what the server lets that member see."""

from __future__ import annotations

from planner.services import asks, campaigns
from planner.storage.store import open_workspace
from planner.sync.engine import sync
from tests.planner.sync.conftest import content
from tests.planner.team.test_access import as_login


def test_a_members_laptop_holds_only_their_campaigns_and_pushes_their_edits(
    ws_pg,
    team,
    laptops,
):
    alice = team["alice"]
    laptop, _other = laptops
    with open_workspace(as_login(ws_pg, alice), create=False, passphrase=f"pw-{alice}") as server:
        sync(laptop, server)
        held = content(laptop)
        assert set(held["campaign"]) == {team["a"]}
        assert team["secret_a"] in held["stakeholder"]
        assert team["secret_b"] not in held["stakeholder"]
        campaigns.update(laptop, team["a"], objective="Alice's objective")
        ask = asks.create(laptop, campaign_id=team["a"], text="Alice's ask")
        result = sync(laptop, server)
        assert result.pushed == {"ask": 1, "campaign": 1}, result.summary()
        assert content(laptop) == content(server)
    assert campaigns.get(ws_pg, team["a"]).objective == "Alice's objective"
    assert asks.get(ws_pg, ask.id).text == "Alice's ask"


def test_what_the_server_refuses_a_member_is_one_clear_error_and_the_laptop_keeps_all(
    ws_pg, team, laptops
):
    import pytest

    from planner.sync.engine import SyncError

    alice = team["alice"]
    laptop, _other = laptops
    sync(laptop, ws_pg)  # this laptop was synced by an admin once: it holds campaign B
    ask = asks.create(laptop, campaign_id=team["b"], text="An ask on B, as Alice")
    before = content(laptop)
    member = open_workspace(as_login(ws_pg, alice), create=False, passphrase=f"pw-{alice}")
    with member as server, pytest.raises(SyncError, match="points to no campaign"):
        sync(laptop, server)  # campaign B does not exist for Alice
    assert content(laptop) == before
    with pytest.raises(LookupError):
        asks.get(ws_pg, ask.id)
