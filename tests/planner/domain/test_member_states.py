"""The shipped list of UN member states: 193 states in their regional groups, found by any
name a team may type."""

from __future__ import annotations

from collections import Counter

from planner.domain import member_states as msd


def test_member_state_list_has_193_unique_states_in_the_known_groups():
    states = msd.member_states()
    assert len(states) == 193
    assert len({s.name for s in states}) == 193
    assert len({s.iso3 for s in states}) == 193
    assert all(len(s.iso3) == 3 and s.iso3.isupper() for s in states)
    groups = Counter(s.group for s in states)
    # Kiribati in no group; WEOG = 28 members + the United States (observer, counted with it)
    assert groups == {
        "african": 54,
        "asia_pacific": 53,
        "eastern_european": 23,
        "latin_american_caribbean": 33,
        "western_european_others": 29,
        "none": 1,
    }
    assert msd.by_iso3("KIR").group == "none"
    assert msd.by_iso3("USA").group == "western_european_others"
    assert msd.by_iso3("CYP").group == "asia_pacific"
    assert msd.by_iso3("TUR").group == "western_european_others"


def test_a_state_is_found_by_any_of_its_names_whatever_the_case_accents_or_apostrophe():
    ivory = msd.by_iso3("CIV")
    for typed in ["Côte d'Ivoire", "cote d'ivoire", "COTE D’IVOIRE", "  Ivory Coast "]:
        assert msd.lookup(typed) is ivory, typed
    assert msd.lookup("Turkey") is msd.lookup("Türkiye") is msd.by_iso3("TUR")
    assert msd.lookup("North Korea") is msd.lookup("DPRK") is msd.by_iso3("PRK")


def test_a_name_that_is_no_member_state_is_not_guessed():
    assert msd.lookup("Palestine") is None  # an observer state, not a member
    assert msd.lookup("Republic of Korea") is not msd.lookup("North Korea")
    assert msd.lookup("") is None
    assert msd.by_iso3("XXX") is None


def test_codes_are_read_in_either_case_and_every_group_has_a_short_label():
    assert msd.by_iso3("syr") is msd.by_iso3("SYR")
    assert msd.by_iso3("SYR").short_name == "Syria"
    assert {s.group for s in msd.member_states()} == set(msd.GROUP_ORDER)
    assert set(msd.GROUP_SHORT) == set(msd.GROUP_ORDER)
