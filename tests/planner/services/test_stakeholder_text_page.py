"""A stakeholder list filtered by typed text is cut from the search index; it must give
exactly the rows and order of the plain query (match set joined, sorted by name then id),
on both of its plans: fetch-and-sort for few matches, a walk of the title index for many.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func

from planner.demo import build_scale
from planner.domain.models import Stakeholder
from planner.domain.records import StakeholderRecord, field_names
from planner.services import stakeholders
from planner.services.stakeholders import StakeholderFilter, filtered_query
from planner.storage import search

pytestmark = pytest.mark.both_backends  # on a file and on a server

TEXTS = ("coord", "a", "sud", "al", "coordinator mali", "zzq", "SUDÁN", '"quoted" AND *', "-")
PAGES = ((0, 200), (0, 7), (13, 50), (900, 200), (0, None))


def reference(ws, flt, *, descending=False, offset=0, limit=None):
    """The plain query: every match joined to its stakeholder, all sorted."""
    columns = [getattr(Stakeholder, name) for name in field_names(StakeholderRecord)]
    order = (
        (Stakeholder.name.desc(), Stakeholder.id.desc())
        if descending
        else (
            Stakeholder.name,
            Stakeholder.id,
        )
    )
    query = filtered_query(ws, flt).order_by(*order).offset(offset).limit(limit)
    with ws.reading() as s:
        return [StakeholderRecord(*row) for row in s.execute(query.with_only_columns(*columns))]


@pytest.fixture
def crowd(ws):
    build_scale(ws, 1200, seed=7)
    return ws


@pytest.fixture(params=["sort the matches", "walk the title index"])
def plan(request, monkeypatch):
    budget = 0 if request.param == "sort the matches" else 10**9
    monkeypatch.setattr(search, "WALK_MIN_BUDGET", budget)
    monkeypatch.setattr(search, "WALK_ROWS_PER_HIT", 0 if budget == 0 else 10**6)
    return request.param


def test_text_pages_equal_the_plain_query_on_both_plans(crowd, plan):
    for typed in TEXTS:
        flt = StakeholderFilter(text=typed)
        for descending in (False, True):
            for offset, limit in PAGES:
                got = stakeholders.list_stakeholders(
                    crowd, flt, descending=descending, offset=offset, limit=limit
                )
                want = reference(crowd, flt, descending=descending, offset=offset, limit=limit)
                assert got == want, (typed, descending, offset, limit)
        assert stakeholders.count_stakeholders(crowd, flt) == len(reference(crowd, flt))


def test_renamed_and_removed_stakeholders_move_in_the_text_list(crowd, plan):
    flt = StakeholderFilter(text="coord")
    first = stakeholders.list_stakeholders(crowd, flt, limit=3)
    stakeholders.update(crowd, first[0].id, name="Zzyzx Coordination Desk")
    stakeholders.delete(crowd, first[1].id)
    page = stakeholders.list_stakeholders(crowd, flt)
    ids = [p.id for p in page]
    assert first[0].id not in ids  # renamed to the end of the alphabet
    assert first[1].id not in ids  # removed
    assert ids[0] == first[2].id
    last = stakeholders.list_stakeholders(crowd, flt, descending=True, limit=1)
    assert last[0].name == "Zzyzx Coordination Desk"
    both = StakeholderFilter(text="coord", include_deleted=True)
    assert stakeholders.list_stakeholders(crowd, both) == reference(crowd, both, limit=200)


def test_text_with_other_filters_equals_the_plain_query_on_both_plans(crowd, plan):
    campaign = crowd_campaign(crowd)
    for extra in (
        {"category": "legal"},
        {"country": "Sudan"},
        {"sensitivity": "confidential"},
        {"kind": "organisation"},
        {"campaign_id": campaign},
        {"campaign_id": campaign, "role": "target"},
        {"category": "human_rights", "include_deleted": True},
    ):
        for typed in ("coord", "a", "sud", "zzq"):
            flt = StakeholderFilter(text=typed, **extra)
            for descending in (False, True):
                for offset, limit in ((0, 200), (3, 9), (0, None)):
                    got = stakeholders.list_stakeholders(
                        crowd, flt, descending=descending, offset=offset, limit=limit
                    )
                    want = reference(crowd, flt, descending=descending, offset=offset, limit=limit)
                    assert got == want, (extra, typed, descending, offset, limit)
            assert stakeholders.count_stakeholders(crowd, flt) == len(reference(crowd, flt))


def test_text_sorted_by_another_column_keeps_that_order(crowd):
    by_country = stakeholders.list_stakeholders(
        crowd, StakeholderFilter(text="sud"), sort="country"
    )
    countries = [p.country for p in by_country]
    assert countries == sorted(countries)


def test_text_sorted_by_another_column_equals_the_plain_query_on_both_plans(crowd, plan):
    """Text with a sort by country, kind, ... is walked in that order (or the matches are
    joined and sorted): the same rows, in the same order, either way."""
    for sort in ("country", "kind", "category", "sensitivity", "updated_at"):
        for extra in ({}, {"category": "legal"}, {"country": "Sudan"}):
            for typed in ("coord", "a", "zzq"):
                flt = StakeholderFilter(text=typed, **extra)
                for descending in (False, True):
                    for offset, limit in ((0, 200), (3, 9)):
                        got = stakeholders.list_stakeholders(
                            crowd, flt, sort=sort, descending=descending, offset=offset, limit=limit
                        )
                        column = getattr(Stakeholder, sort)
                        order = (column.desc() if descending else column, Stakeholder.name)
                        query = (
                            filtered_query(crowd, flt)
                            .order_by(*order, Stakeholder.id)
                            .offset(offset)
                            .limit(limit)
                        )
                        with crowd.reading() as s:
                            want = [p.id for p in s.scalars(query)]
                        assert [p.id for p in got] == want, (sort, extra, typed, descending)


def crowd_campaign(ws):
    from planner.services.campaigns import list_campaigns

    return list_campaigns(ws)[0].id


def test_the_text_plan_reads_only_live_search_documents(crowd):
    """Every stakeholder the index walk can return exists and is not removed."""
    with crowd.reading() as s:
        live = s.scalar(filtered_query(crowd, StakeholderFilter()).with_only_columns(func.count()))
    assert stakeholders.count_stakeholders(crowd, StakeholderFilter(text="example")) <= live
