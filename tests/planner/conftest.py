"""Records the core tests start from: a campaign, an organisation, a person in it (the
service tests and the unit-of-work test share them)."""

from __future__ import annotations

import pytest

from planner.services import campaigns, stakeholders
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
