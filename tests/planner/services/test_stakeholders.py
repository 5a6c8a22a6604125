"""Stakeholder rules and lists: soft delete, filters, sorting and paging, finding,
organisations without circles."""

from __future__ import annotations

import pytest

from planner.domain.validation import ValidationError
from planner.services import positions, stakeholders
from planner.services.entity import NotFound
from planner.services.stakeholders import StakeholderFilter
from tests.planner.services.shared import table_dump

pytestmark = pytest.mark.both_backends  # on a file and on a server


def test_soft_delete_hides_from_lists_and_restore_brings_back(ws, campaign, org, person):
    stakeholders.delete(ws, person.id)
    assert [s.id for s in stakeholders.list_stakeholders(ws)] == [org.id]
    assert stakeholders.count_stakeholders(ws) == 1
    with pytest.raises(NotFound):
        stakeholders.get(ws, person.id)
    assert stakeholders.get(ws, person.id, deleted=True).deleted_at is not None
    everyone = stakeholders.list_stakeholders(ws, StakeholderFilter(include_deleted=True))
    assert {s.id for s in everyone} == {org.id, person.id}

    restored = stakeholders.restore(ws, person.id)
    assert restored.deleted_at is None
    assert {s.id for s in stakeholders.list_stakeholders(ws)} == {org.id, person.id}


def test_stakeholder_filters_narrow_the_list(ws, campaign, org, person):
    other = stakeholders.create(
        ws, name="Permanent Mission of Norway", category="member_state", country="Norway"
    )
    positions.create(ws, campaign_id=campaign.id, stakeholder_id=person.id, role="voice")
    positions.create(ws, campaign_id=campaign.id, stakeholder_id=other.id, role="target")

    def names(**kw):
        return [s.name for s in stakeholders.list_stakeholders(ws, StakeholderFilter(**kw))]

    assert names(category="member_state") == [other.name]
    assert names(country="Sudan") == [person.name]
    assert names(sensitivity="confidential") == [person.name]
    assert names(kind="person") == [person.name]
    assert names(campaign_id=campaign.id) == sorted([person.name, other.name])
    assert names(campaign_id=campaign.id, role="target") == [other.name]
    assert names(text="emerg") == [org.name]
    assert names(text="norw", category="member_state") == [other.name]
    assert stakeholders.count_stakeholders(ws, StakeholderFilter(campaign_id=campaign.id)) == 2
    assert stakeholders.countries(ws) == ["Norway", "Sudan"]
    with pytest.raises(ValidationError):
        names(category="bank")


def test_stakeholder_list_sorts_and_pages(ws):
    for name in ["Charlie", "alpha", "Bravo", "Delta"]:
        stakeholders.create(ws, name=name)
    page = stakeholders.list_stakeholders(ws, sort="name", offset=1, limit=2)
    assert len(page) == 2
    everyone = stakeholders.list_stakeholders(ws, sort="name", descending=True)
    assert len(everyone) == 4
    with pytest.raises(ValidationError) as info:
        stakeholders.list_stakeholders(ws, sort="email")
    assert info.value.field == "sort"


def test_a_list_sorted_by_country_lists_each_country_by_name(ws):
    """Sorting by a column keeps the people of one country (category, kind...) in name
    order, both ways; it used to put them in the order of their random ids."""
    for name, country in [
        ("Zaid Haddad", "Sudan"),
        ("Amira Osman", "Sudan"),
        ("Musa Adam", "Sudan"),
        ("Lina Khoury", "Lebanon"),
        ("Bassam Aoun", "Lebanon"),
    ]:
        stakeholders.create(ws, name=name, country=country)

    def by_country(descending: bool) -> list[tuple[str, str]]:
        people = stakeholders.list_stakeholders(ws, sort="country", descending=descending)
        return [(p.country, p.name) for p in people]

    lebanon = [("Lebanon", "Bassam Aoun"), ("Lebanon", "Lina Khoury")]
    sudan = [("Sudan", "Amira Osman"), ("Sudan", "Musa Adam"), ("Sudan", "Zaid Haddad")]
    assert by_country(False) == lebanon + sudan
    assert by_country(True) == sudan + lebanon
    # a page further on continues the same order
    assert [p.name for p in stakeholders.list_stakeholders(ws, sort="country", offset=2)] == [
        "Amira Osman",
        "Musa Adam",
        "Zaid Haddad",
    ]


def test_find_stakeholder_by_id_or_name(ws, org):
    assert stakeholders.find(ws, org.id) == org
    assert stakeholders.find(ws, "emergency response rooms") == org
    with pytest.raises(NotFound):
        stakeholders.find(ws, "Nobody")


def test_a_stakeholder_cannot_be_its_own_organisation(ws, org):
    before = table_dump(ws)
    with pytest.raises(ValidationError, match="itself") as info:
        stakeholders.update(ws, org.id, organisation_id=org.id)
    assert info.value.field == "organisation_id"
    assert table_dump(ws) == before


def test_organisations_cannot_belong_to_each_other_in_a_circle(ws, org, person):
    network = stakeholders.create(ws, name="Sudan Civil Society Network")
    stakeholders.update(ws, org.id, organisation_id=network.id)  # person → org → network
    before = table_dump(ws)
    with pytest.raises(ValidationError, match="circle") as info:
        stakeholders.update(ws, network.id, organisation_id=person.id)
    assert "Amal Hassan" in str(info.value) and "Emergency Response Rooms" in str(info.value)
    assert table_dump(ws) == before
    stakeholders.update(ws, network.id, organisation_id=None)  # leaving is always allowed
