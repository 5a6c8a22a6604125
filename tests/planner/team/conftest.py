"""The team the row-level-security and member tests start from: alice on A, bob on B."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from planner.services import campaigns, positions, stakeholders
from planner.storage.workspace import Workspace
from planner.team import members


@pytest.fixture
def team(ws_pg: Workspace) -> Iterator[dict]:
    """Campaigns A and B, each with a confidential partner; alice on A, bob on B."""
    suffix = uuid.uuid4().hex[:6]
    alice, bob = f"alice_{suffix}", f"bob_{suffix}"
    a = campaigns.create(ws_pg, name="Campaign A").id
    b = campaigns.create(ws_pg, name="Campaign B").id
    secret_a = stakeholders.create(
        ws_pg, kind="person", name="Partner of A", sensitivity="confidential"
    ).id
    secret_b = stakeholders.create(
        ws_pg, kind="person", name="Hidden partner of B", sensitivity="confidential"
    ).id
    positions.create(ws_pg, campaign_id=a, stakeholder_id=secret_a, role="partner")
    positions.create(ws_pg, campaign_id=b, stakeholder_id=secret_b, role="partner")
    for name in (alice, bob):
        members.add_member(ws_pg, name, password=f"pw-{name}")
    members.grant(ws_pg, alice, "Campaign A")
    members.grant(ws_pg, bob, b)
    yield {"alice": alice, "bob": bob, "a": a, "b": b, "secret_a": secret_a, "secret_b": secret_b}
    for name in (alice, bob):
        if any(m.name == name for m in members.members(ws_pg)):
            members.remove_member(ws_pg, name)
