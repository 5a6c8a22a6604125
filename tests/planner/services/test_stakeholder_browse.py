"""The fast stakeholder pages give exactly what the service query gives, page by page."""

from __future__ import annotations

import pytest

from planner.services import stakeholder_browse as browse
from planner.services import stakeholders
from planner.services.stakeholders import StakeholderFilter


@pytest.fixture
def people(ws):
    names = ["Karim Haddad", "Karolina Nowak", "kamal (lower case)", "Amal Karam", "Mona Said"]
    for n in names:
        stakeholders.create(ws, name=n, kind="person", country="Syria", category="legal")
    stakeholders.create(ws, name="Kassem Deleted", kind="person")
    gone = stakeholders.find(ws, "Kassem Deleted")
    stakeholders.delete(ws, gone.id)
    return names


def names(rows):
    return [r.name for r in rows]


def test_words_page_matches_the_service_query_in_order(ws, people):
    for text in ("kar", "ka", "mona", "syria karim"):
        flt = StakeholderFilter(text=text)
        assert names(browse.page(ws, flt)) == names(stakeholders.list_stakeholders(ws, flt))
        assert browse.count(ws, flt) == stakeholders.count_stakeholders(ws, flt)


def test_words_pages_follow_on_without_gaps(ws, people):
    flt = StakeholderFilter(text="ka")
    first = browse.page(ws, flt, limit=2)
    second = browse.page(ws, flt, offset=2, limit=2)
    assert names(first + second) == names(stakeholders.list_stakeholders(ws, flt))[:4]


def test_one_letter_jumps_to_names_starting_with_it(ws, people):
    flt = StakeholderFilter(text="k")
    assert names(browse.page(ws, flt)) == ["Karim Haddad", "Karolina Nowak"]
    assert browse.count(ws, flt) == 2
    assert names(browse.page(ws, flt, descending=True)) == ["Karolina Nowak", "Karim Haddad"]


def test_other_filters_fall_back_to_the_service(ws, people):
    flt = StakeholderFilter(text="kar", category="legal")
    assert names(browse.page(ws, flt)) == names(stakeholders.list_stakeholders(ws, flt))
    flt = StakeholderFilter(text="karim")
    by_country = browse.page(ws, flt, sort="country")
    assert names(by_country) == names(stakeholders.list_stakeholders(ws, flt, sort="country"))


def test_deleted_stakeholders_never_show(ws, people):
    assert "Kassem Deleted" not in names(browse.page(ws, StakeholderFilter(text="kassem")))
    assert "Kassem Deleted" not in names(browse.page(ws, StakeholderFilter(text="k")))
