"""Records the core tests start from: a campaign, an organisation, a person in it (the
service tests and the unit-of-work test share them)."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.exchange import bundle_crypto
from planner.services import campaigns, milestones, positions, stakeholders
from planner.storage import encryption
from planner.storage.workspace import Workspace


@pytest.fixture
def campaign(ws: Workspace):
    return campaigns.create(
        ws,
        name="Humanitarian access in Sudan",
        context="Sudan",
        status="active",
        start_date="2024-01-01",
    )


@pytest.fixture
def org(ws: Workspace):
    return stakeholders.create(
        ws, name="Emergency Response Rooms", kind="organisation", category="local_civil_society"
    )


@pytest.fixture
def person(ws: Workspace, org):
    return stakeholders.create(
        ws,
        name="Amal Hassan",
        kind="person",
        organisation_id=org.id,
        category="local_civil_society",
        country="Sudan",
        sensitivity="confidential",
    )


@pytest.fixture
def vote(ws):
    campaign = campaigns.create(ws, name="Missing persons in Syria")
    return milestones.create(
        ws,
        campaign_id=campaign.id,
        title="General Assembly vote on A/77/L.79",
        kind="vote",
        date=dt.date(2023, 6, 29),
    )


@pytest.fixture
def mapped(ws):
    c = campaigns.create(ws, name="Sudan access")
    org = stakeholders.create(ws, name="Emergency Response Rooms", is_local=True)
    people = {
        "Hawa": dict(
            kind="person",
            organisation_id=org.id,
            category="local_civil_society",
            is_local=True,
            women_led=True,
            sensitivity="confidential",
        ),
        "UK mission": dict(category="member_state", sensitivity="public", name_consent="public"),
        "Sceptic": dict(category="member_state", sensitivity="public", name_consent="none"),
    }
    ids = {}
    for name, fields in people.items():
        ids[name] = stakeholders.create(ws, name=name, **fields).id
    positions.create(
        ws,
        campaign_id=c.id,
        stakeholder_id=ids["Hawa"],
        role="partner",
        stance=2,
        influence=2,
        interest=5,
    )
    positions.create(
        ws, campaign_id=c.id, stakeholder_id=ids["UK mission"], role="target", stance=1, influence=5
    )
    positions.create(
        ws, campaign_id=c.id, stakeholder_id=ids["Sceptic"], role="target", stance=-1, influence=4
    )
    return ws, c, ids, org


@pytest.fixture
def link(ws):
    campaign = campaigns.create(ws, name="Humanitarian access in Sudan")
    chad = stakeholders.create(ws, name="Permanent Mission of Chad", category="member_state")
    return positions.create(
        ws, campaign_id=campaign.id, stakeholder_id=chad.id, role="target", stance=-1, influence=3
    )


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap scrypt for tests; the cost is stored in each key file, so reading still works."""
    monkeypatch.setattr(encryption, "SCRYPT_N", 2**12)
    monkeypatch.setattr(bundle_crypto, "SCRYPT_LOG2_N", 12)
