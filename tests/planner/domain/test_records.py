"""Records: the plain, frozen copies of entities that the GUI, threads and exports hold
without a session. Read from rows or from objects, they must be the same record."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from planner.domain.models import Campaign, Interaction
from planner.domain.records import (
    RECORD_TYPES,
    CampaignRecord,
    InteractionRecord,
    domain_fields,
    field_names,
    from_row,
    record_columns,
    to_record,
)
from planner.services import campaigns, interactions

pytestmark = pytest.mark.both_backends  # on a file and on a server


def test_a_record_read_as_a_row_equals_the_one_copied_from_the_object(ws, campaign, org):
    made = interactions.create(
        ws,
        campaign_id=campaign.id,
        date="2025-03-10",
        summary="Call",
        stakeholder_ids=[org.id],
        follow_up_date="2025-03-20",
    )
    with ws.reading() as s:
        by_row = [
            from_row(r, CampaignRecord)
            for r in s.execute(select(*record_columns(Campaign, CampaignRecord)))
        ]
        by_object = [to_record(o, CampaignRecord) for o in s.scalars(select(Campaign))]
        interaction = to_record(s.get(Interaction, made.id), InteractionRecord)
    assert by_row == by_object == [campaigns.get(ws, campaign.id)]
    assert interaction == interactions.get(ws, made.id) == made
    assert interaction.follow_up_date.isoformat() == "2025-03-20"


def test_a_record_is_frozen_and_owns_its_lists(ws, campaign):
    tagged = campaigns.update(ws, campaign.id, tags=["UNGA", "access"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        tagged.name = "Renamed"  # type: ignore[misc]
    with ws.reading() as s:
        obj = s.get(Campaign, campaign.id)
        record = to_record(obj, CampaignRecord)
        assert record.tags == obj.tags and record.tags is not obj.tags
    record.tags.append("leaked")
    assert campaigns.get(ws, campaign.id).tags == ["UNGA", "access"]


def test_the_fields_a_user_edits_leave_out_the_bookkeeping():
    bookkeeping = ("id", "created_at", "updated_at", "deleted_at", "version")
    for kind, record_type in RECORD_TYPES.items():
        names = field_names(record_type)
        assert names[:5] == bookkeeping, kind
        assert domain_fields(record_type) == names[5:], kind
    assert "name" in domain_fields(CampaignRecord)
