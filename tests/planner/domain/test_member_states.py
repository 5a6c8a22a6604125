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
