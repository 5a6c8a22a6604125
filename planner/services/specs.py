"""Every entity's ``EntitySpec`` by kind, for the code that walks all of them (the bundle
format, the tracker import, sync).

The order is the import order: everything a record points at comes before it.
"""

from __future__ import annotations

from typing import Any

from planner.services import (
    asks,
    campaigns,
    interactions,
    milestones,
    positions,
    quotes,
    relationships,
    stakeholders,
    votes,
)
from planner.services.entity import EntitySpec
from planner.services.sign_ons import SIGN_ON_SPEC, SIGNATURE_SPEC
from planner.services.stance_history import STANCE_CHANGE_SPEC

SPECS: dict[str, EntitySpec[Any]] = {
    spec.kind: spec
    for spec in (
        campaigns.SPEC,
        stakeholders.SPEC,
        asks.SPEC,
        positions.SPEC,
        relationships.SPEC,
        milestones.SPEC,
        interactions.SPEC,
        quotes.SPEC,
        votes.SPEC,
        SIGN_ON_SPEC,
        SIGNATURE_SPEC,
        STANCE_CHANGE_SPEC,
    )
}
