"""A workspace's unit of work: all of it is committed, or none of it."""

from __future__ import annotations

import pytest

from tests.planner.services.shared import table_dump

pytestmark = pytest.mark.both_backends  # on a file and on a server


def test_an_error_inside_a_unit_of_work_rolls_back_every_write(ws, campaign):
    from planner.domain.models import Campaign, Stakeholder

    before = table_dump(ws)
    with pytest.raises(RuntimeError), ws.session() as s:
        s.add(Stakeholder(name="First"))
        s.get(Campaign, campaign.id).name = "Renamed"
        s.flush()
        raise RuntimeError("boom")
    assert table_dump(ws) == before
