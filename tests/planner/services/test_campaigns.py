"""Campaign rules: required name, date order, tags, listing by status and priority, finding by
name."""

from __future__ import annotations

import pytest

from planner.domain.validation import ValidationError
from planner.services import campaigns
from planner.services.entity import NotFound

pytestmark = pytest.mark.both_backends  # on a file and on a server


def test_tags_accept_a_comma_separated_string(ws):
    c = campaigns.create(ws, name="Syria", tags="missing persons, UNGA ,")
    assert c.tags == ["missing persons", "UNGA"]


def test_missing_required_field_is_refused(ws):
    with pytest.raises(ValidationError) as info:
        campaigns.create(ws, context="Sudan")
    assert info.value.field == "name"


def test_end_date_before_start_date_is_refused(ws):
    with pytest.raises(ValidationError) as info:
        campaigns.create(ws, name="X", start_date="2024-05-01", end_date="2024-04-30")
    assert info.value.field == "end_date"
    assert "2024-04-30" in str(info.value)
    assert campaigns.list_campaigns(ws) == []


def test_end_date_before_the_stored_start_date_is_refused_on_update(ws, campaign):
    with pytest.raises(ValidationError) as info:
        campaigns.update(ws, campaign.id, end_date="2023-12-31")
    assert info.value.field == "end_date"
    assert campaigns.get(ws, campaign.id).end_date is None


def test_soft_deleted_campaign_leaves_the_list_and_find(ws, campaign):
    campaigns.delete(ws, campaign.id)
    assert campaigns.list_campaigns(ws) == []
    with pytest.raises(NotFound):
        campaigns.find(ws, campaign.name)
    assert [c.id for c in campaigns.list_campaigns(ws, include_deleted=True)] == [campaign.id]
    campaigns.restore(ws, campaign.id)
    assert campaigns.find(ws, "humanitarian ACCESS in sudan").id == campaign.id


def test_campaigns_list_by_status_and_priority(ws):
    campaigns.create(ws, name="B", priority=2, status="active")
    campaigns.create(ws, name="a", priority=2, status="paused")
    campaigns.create(ws, name="C", priority=1, status="active")
    assert [c.name for c in campaigns.list_campaigns(ws)] == ["C", "a", "B"]
    assert [c.name for c in campaigns.list_campaigns(ws, status="active")] == ["C", "B"]
    with pytest.raises(ValidationError):
        campaigns.list_campaigns(ws, status="done")


def test_two_campaigns_with_the_same_name_must_be_named_by_id(ws):
    a = campaigns.create(ws, name="Twin")
    campaigns.create(ws, name="twin")
    with pytest.raises(NotFound) as info:
        campaigns.find(ws, "Twin")
    assert "use the id" in str(info.value)
    assert campaigns.find(ws, a.id) == a
