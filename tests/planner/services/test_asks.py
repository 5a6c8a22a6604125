"""Asks: what a campaign wants a target to do. Listed in the order they were made, one
campaign's only, and a target named by id must be a stakeholder of the workspace."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.validation import ValidationError
from planner.services import asks, campaigns, stakeholders
from tests.planner.services.shared import MISSING_ID, table_dump

pytestmark = pytest.mark.both_backends  # on a file and on a server


def test_a_campaigns_asks_are_listed_in_the_order_made_without_deleted_or_other_ones(
    ws, campaign, org
):
    first = asks.create(ws, campaign_id=campaign.id, text="Open the Adre crossing")
    second = asks.create(
        ws, campaign_id=campaign.id, text="Fund local responders", target_id=org.id
    )
    gone = asks.create(ws, campaign_id=campaign.id, text="Withdrawn ask")
    other = campaigns.create(ws, name="Elsewhere")
    asks.create(ws, campaign_id=other.id, text="Not this campaign's")
    asks.delete(ws, gone.id)
    assert [a.id for a in asks.list_asks(ws, campaign.id)] == [first.id, second.id]
    assert asks.get(ws, second.id).target_id == org.id


def test_an_ask_achieved_records_its_status_and_day(ws, campaign):
    made = asks.create(ws, campaign_id=campaign.id, text="Open the Adre crossing")
    done = asks.update(ws, made.id, status="achieved", achieved_on="2025-02-14")
    assert (done.status, done.achieved_on, done.version) == ("achieved", dt.date(2025, 2, 14), 2)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": "Open it", "status": "promised"}, "status"),
        ({"text": "Open it", "target_id": MISSING_ID}, "target_id"),
        ({"text": "Open it", "achieved_on": "14/02/2025"}, "achieved_on"),
    ],
)
def test_a_bad_ask_is_refused_naming_the_field_and_changes_nothing(ws, campaign, fields, field):
    before = table_dump(ws)
    with pytest.raises(ValidationError) as info:
        asks.create(ws, campaign_id=campaign.id, **fields)
    assert info.value.field == field
    assert table_dump(ws) == before


def test_an_ask_may_not_target_a_deleted_stakeholder(ws, campaign, org):
    stakeholders.delete(ws, org.id)
    with pytest.raises(ValidationError) as info:
        asks.create(ws, campaign_id=campaign.id, text="Fund them", target_id=org.id)
    assert info.value.field == "target_id"
    assert asks.list_asks(ws, campaign.id) == []
