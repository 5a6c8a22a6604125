"""The moments library: rules give the right dates, adding moments creates milestones."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from planner.domain import vocabulary as v
from planner.domain.validation import ValidationError
from planner.planning import moments
from planner.services import campaigns, milestones

D = dt.date


@pytest.fixture
def campaign(ws):
    return campaigns.create(ws, name="Missing persons in Syria")


def test_builtin_library_loads_with_valid_kinds_and_unique_keys():
    library = moments.builtin_moments()
    keys = [m.key for m in library]
    assert len(keys) == len(set(keys)) >= 20
    assert all(m.kind in v.MILESTONE_KINDS for m in library)
    assert {"hrc-march", "hrc-june", "hrc-september", "unga-high-level-week"} <= set(keys)


@pytest.mark.parametrize(
    ("key", "year", "start", "end", "title"),
    [
        # HRC55, HRC56 (opened a day late, on Tuesday 18 June) and HRC57 as held in 2024
        ("hrc-march", 2024, D(2024, 2, 26), D(2024, 4, 5), "HRC55: Human Rights Council 55th"),
        ("hrc-june", 2024, D(2024, 6, 17), D(2024, 7, 12), "HRC56"),
        ("hrc-september", 2024, D(2024, 9, 9), D(2024, 10, 11), "HRC57"),
        ("hrc-march", 2025, D(2025, 2, 24), D(2025, 4, 4), "HRC58"),
        ("hrc-september", 2023, D(2023, 9, 11), D(2023, 10, 13), "HRC54"),
        ("unga-high-level-week", 2024, D(2024, 9, 24), D(2024, 9, 30), "UNGA79"),
        ("unga-high-level-week", 2023, D(2023, 9, 19), D(2023, 9, 25), "UNGA78"),
        ("csw", 2024, D(2024, 3, 11), D(2024, 3, 22), "CSW68"),
        ("day-enforced-disappearances", 2025, D(2025, 8, 30), None, "Enforced Disappearances"),
        ("res-1325-anniversary", 2025, D(2025, 10, 31), None, "1325"),
    ],
)
def test_rules_give_the_dates_the_un_used(key, year, start, end, title):
    m = moments.builtin_moments()
    moment = {x.key: x for x in m}[key]
    assert moments.dates_for(moment, year) == (start, end)
    assert title in moments.title_for(moment, year)


def test_adding_hrc_sessions_for_a_year_creates_milestones_with_the_right_dates(ws, campaign):
    created = moments.add_moments(ws, campaign.id, ["hrc-march", "hrc-june", "hrc-september"], 2026)
    assert [(m.date, m.end_date) for m in created] == [
        (D(2026, 2, 23), D(2026, 4, 3)),
        (D(2026, 6, 15), D(2026, 7, 10)),
        (D(2026, 9, 14), D(2026, 10, 16)),
    ]
    stored = milestones.list_milestones(ws, campaign.id)
    assert [m.title for m in stored] == [
        "HRC61: Human Rights Council 61st regular session",
        "HRC62: Human Rights Council 62nd regular session",
        "HRC63: Human Rights Council 63rd regular session",
    ]
    assert {m.kind for m in stored} == {"un_meeting"}
    assert all(m.location.startswith("Geneva") for m in stored)
    assert all("confirm" in m.description for m in stored)


def test_adding_the_same_moments_again_adds_nothing(ws, campaign):
    moments.add_moments(ws, campaign.id, ["day-humanitarian"], 2025)
    again = moments.add_moments(ws, campaign.id, ["day-humanitarian"], 2025)
    assert again == []
    assert len(milestones.list_milestones(ws, campaign.id)) == 1


def test_an_unknown_key_is_refused_and_nothing_is_added(ws, campaign):
    with pytest.raises(ValidationError) as err:
        moments.add_moments(ws, campaign.id, ["day-womens", "hrc-99"], 2025)
    assert err.value.field == "key" and err.value.value == "hrc-99"
    assert "not in the moments library" in str(err.value)
    assert milestones.list_milestones(ws, campaign.id) == []


def test_personal_moment_is_stored_in_the_workspace_and_can_be_added(ws, campaign):
    mine = {
        "key": "syria-families-day",
        "title": "Day of Syrian families of the missing ({year})",
        "kind": "anniversary",
        "rule": {"type": "fixed", "month": 3, "day": 15},
    }
    ws.set_info(moments.WORKSPACE_KEY, json.dumps([mine]))
    library = moments.load_library(ws)
    assert library["syria-families-day"].origin == "workspace"
    [m] = moments.add_moments(ws, campaign.id, ["syria-families-day"], 2025)
    assert (m.title, m.date) == ("Day of Syrian families of the missing (2025)", D(2025, 3, 15))


def test_a_user_file_adds_moments_and_a_bad_entry_names_its_field(tmp_path):
    good = tmp_path / "mine.json"
    good.write_text(
        json.dumps(
            {
                "moments": [
                    {
                        "key": "donor-conf",
                        "title": "Brussels conference",
                        "kind": "summit",
                        "rule": {"type": "nth_weekday", "month": 5, "weekday": "monday", "n": 4},
                        "duration_days": 2,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    library = moments.load_library(None, good)
    assert moments.dates_for(library["donor-conf"], 2025) == (D(2025, 5, 26), D(2025, 5, 27))
    bad = tmp_path / "bad.json"
    bad.write_text('[{"key": "x", "title": "X", "kind": "party", "rule": {}}]', encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        moments.load_library(None, bad)
    assert err.value.field == "kind" and err.value.value == "party"


def test_fixed_day_is_clamped_to_the_month_and_last_weekday_counts_back():
    """The two branches that each work out the month's last day (one as a day number,
    one as a date): 31 February falls on the 28th or 29th, "last Monday" of a month."""

    def moment(rule):
        return moments.parse_moment({"key": "k", "title": "T", "rule": rule})

    feb_31 = moment({"type": "fixed", "month": 2, "day": 31})
    assert moments.start_date(feb_31, 2027) == D(2027, 2, 28)
    assert moments.start_date(feb_31, 2028) == D(2028, 2, 29)
    last_monday = moment({"type": "nth_weekday", "month": 5, "weekday": "monday", "n": -1})
    assert moments.start_date(last_monday, 2027) == D(2027, 5, 31)
    assert moments.start_date(last_monday, 2028) == D(2028, 5, 29)
