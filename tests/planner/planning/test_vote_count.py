"""The whip count: 193 member states, regional groups, totals, majority, expected vs actual."""

from __future__ import annotations

import pytest

from planner.domain import member_states as msd
from planner.domain.validation import ValidationError
from planner.planning import vote_count
from planner.services import milestones, positions, stakeholders, votes

# Resolution 77/301 (29 June 2023), Independent Institution on Missing Persons in the
# Syrian Arab Republic: 83 in favour, 11 against, 62 abstentions. The 11 against are
# those of the UN record as we know it; the 83 and the 62 are assigned
# *deterministically* by regional group below (not the real roll call), because the
# test is about the counting: 156 states recorded, the other 37 absent.
AGAINST = (
    "BLR", "BOL", "CHN", "CUB", "PRK", "ERI", "IRN", "NIC", "RUS", "SYR", "ZWE",
)  # fmt: skip
YES_OUTSIDE_GROUPS = ("QAT", "KWT", "JPN", "KOR")  # Asia-Pacific states voting yes


def _codes(group: str) -> list[str]:
    return sorted(s.iso3 for s in msd.member_states() if s.group == group)


def resolution_77_301() -> dict[str, str]:
    """iso3 -> actual vote for the 156 recorded states."""
    votes_by_state: dict[str, str] = {c: "no" for c in AGAINST}
    yes = [c for c in _codes("western_european_others")]  # 29, United States included
    yes += [c for c in _codes("eastern_european") if c not in AGAINST]  # 21
    yes += [c for c in _codes("latin_american_caribbean") if c not in AGAINST and c != "VEN"]
    yes += list(YES_OUTSIDE_GROUPS)  # 4
    assert len(yes) == 83
    votes_by_state.update({c: "yes" for c in yes})
    rest = [c for c in _codes("african") if c not in AGAINST]  # 52
    rest += [c for c in _codes("asia_pacific") if c not in AGAINST and c not in yes]  # 45
    votes_by_state.update({c: "abstain" for c in rest[:62]})
    assert len(votes_by_state) == 156
    return votes_by_state


def test_typed_names_find_their_state():
    assert msd.lookup("Syria").iso3 == "SYR"
    assert msd.lookup("turkiye").iso3 == "TUR"
    assert msd.lookup("Turkey").iso3 == "TUR"
    assert msd.lookup("Iran (Islamic Republic of)").iso3 == "IRN"
    assert msd.lookup("Cote d'Ivoire").iso3 == "CIV"
    assert msd.lookup("Narnia") is None


def test_seeding_creates_each_missing_state_once_as_public_and_keeps_existing_ones(ws):
    mission = stakeholders.create(
        ws, name="Permanent Mission of Luxembourg to the UN", category="member_state",
        country="Luxembourg", sensitivity="internal",
    )  # fmt: skip
    ids = vote_count.seed_member_states(ws)
    assert len(ids) == 193 and ids["LUX"] == mission.id
    created = stakeholders.get(ws, ids["IRN"])
    assert (created.name, created.category, created.sensitivity, created.name_consent) == (
        "Iran",
        "member_state",
        "public",
        "public",
    )
    assert vote_count.seed_member_states(ws) == ids  # idempotent
    flt = stakeholders.StakeholderFilter(category="member_state")
    assert stakeholders.count_stakeholders(ws, flt) == 193


def test_tally_of_resolution_77_301_matches_the_hand_count(ws, vote):
    ids = vote_count.seed_member_states(ws)
    record = {ids[iso3]: actual for iso3, actual in resolution_77_301().items()}
    assert vote_count.set_positions(ws, vote.id, record, field="actual") == 156
    result = vote_count.tally(ws, vote.id)
    assert result.results_entered == 156
    assert result.actual == vote_count.Counts(yes=83, no=11, abstain=62, absent=37, unknown=0)
    assert result.actual.passes and result.actual.needed == 0
    by_group = {g.group: g.actual.as_dict() for g in result.by_group}
    assert by_group == {
        "african": {"yes": 0, "no": 2, "abstain": 52, "absent": 0, "unknown": 0},
        "asia_pacific": {"yes": 4, "no": 4, "abstain": 10, "absent": 35, "unknown": 0},
        "eastern_european": {"yes": 21, "no": 2, "abstain": 0, "absent": 0, "unknown": 0},
        "latin_american_caribbean": {"yes": 29, "no": 3, "abstain": 0, "absent": 1, "unknown": 0},
        "western_european_others": {"yes": 29, "no": 0, "abstain": 0, "absent": 0, "unknown": 0},
        "none": {"yes": 0, "no": 0, "abstain": 0, "absent": 1, "unknown": 0},
    }
    # nothing was expected, so nothing can have surprised
    assert result.expected.unknown == 193
    assert result.surprises == [] and result.accuracy is None


def test_projection_needed_to_pass_and_undecided_with_their_owner(ws, vote):
    ids = vote_count.seed_member_states(ws)
    expected = {"LUX": "yes", "DEU": "yes", "RUS": "no", "CHN": "no", "SYR": "no", "EGY": "abstain"}
    for iso3, value in expected.items():
        votes.create(
            ws, milestone_id=vote.id, stakeholder_id=ids[iso3], expected=value, confidence=3
        )
    positions.create(
        ws, campaign_id=vote.campaign_id, stakeholder_id=ids["QAT"], role="target", owner="Amira"
    )
    result = vote_count.tally(ws, vote.id)
    assert result.expected == vote_count.Counts(yes=2, no=3, abstain=1, absent=0, unknown=187)
    assert not result.expected.passes
    assert result.expected.needed == 2  # 4 yes against 3 no
    assert result.actual is None and not result.voted
    qatar = next(s for s in result.undecided if s.state.iso3 == "QAT")
    assert qatar.assigned_to == "Amira"
    assert len(result.undecided) == 187


def test_expected_against_actual_after_the_vote(ws, vote):
    ids = vote_count.seed_member_states(ws)
    for iso3, exp, act in (("LUX", "yes", "yes"), ("QAT", "abstain", "yes"), ("SYR", "no", "no")):
        votes.create(ws, milestone_id=vote.id, stakeholder_id=ids[iso3], expected=exp, actual=act)
    result = vote_count.tally(ws, vote.id)
    assert result.actual == vote_count.Counts(yes=2, no=1, abstain=0, absent=190, unknown=0)
    assert [s.state.iso3 for s in result.surprises] == ["QAT"]
    assert result.accuracy == pytest.approx(2 / 3)


def test_a_mission_named_by_country_counts_for_its_state(ws, vote):
    mission = stakeholders.create(
        ws, name="Permanent Mission of the Syrian Arab Republic", category="member_state",
        country="Syria",
    )  # fmt: skip
    votes.create(ws, milestone_id=vote.id, stakeholder_id=mission.id, expected="no")
    eu = stakeholders.create(ws, name="EU Delegation", category="regional_body")
    votes.create(ws, milestone_id=vote.id, stakeholder_id=eu.id, expected="yes")
    result = vote_count.tally(ws, vote.id)
    syria = next(s for s in result.states if s.state.iso3 == "SYR")
    assert (syria.stakeholder_id, syria.expected) == (mission.id, "no")
    assert result.expected.no == 1 and result.expected.yes == 0
    assert result.unmatched == [eu.id]


def test_a_milestone_that_is_not_a_vote_is_refused(ws, vote):
    other = milestones.create(
        ws, campaign_id=vote.campaign_id, title="Briefing", kind="hearing", date="2023-06-01"
    )
    with pytest.raises(ValidationError, match="not a vote"):
        vote_count.tally(ws, other.id)


def test_demo_vote_counts_the_demo_missions(demo_ws):
    [vote] = [m for m in milestones.list_milestones(demo_ws, kind="vote") if "A/77/L.79" in m.title]
    result = vote_count.tally(demo_ws, vote.id)
    assert result.unmatched == []
    assert result.expected.total == 193
    # the demo's whip count: nine of the eleven no votes were called (not Zimbabwe, Eritrea)
    assert result.expected.no == 9
