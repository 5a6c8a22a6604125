"""Security Council votes: which body votes, who sits on the Council, 9 votes and the veto."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from planner.cli import main
from planner.domain import security_council as sc
from planner.domain.member_states import lookup, member_states
from planner.files.resources import resource_path
from planner.planning import vote_count
from planner.publishing.documents import export_tracker
from planner.services import campaigns, milestones
from planner.services.snapshot import take_snapshot

P5 = ("CHN", "FRA", "RUS", "GBR", "USA")
# Elected members by year, as the UN lists them (names as in member_states.json).
ELECTED = {
    2022: "Albania, Brazil, Gabon, Ghana, India, Ireland, Kenya, Mexico, Norway, "
    "United Arab Emirates",
    2023: "Albania, Brazil, Ecuador, Gabon, Ghana, Japan, Malta, Mozambique, Switzerland, "
    "United Arab Emirates",
    2024: "Algeria, Ecuador, Guyana, Japan, Malta, Mozambique, Republic of Korea, Sierra Leone, "
    "Slovenia, Switzerland",
    2025: "Algeria, Denmark, Greece, Guyana, Pakistan, Panama, Republic of Korea, Sierra Leone, "
    "Slovenia, Somalia",
    2026: "Bahrain, Colombia, Democratic Republic of the Congo, Denmark, Greece, Latvia, Liberia, "
    "Pakistan, Panama, Somalia",
}


# --- which body ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "location", "body"),
    [
        ("Security Council resolution 2736 on El Fasher", "New York", sc.SECURITY_COUNCIL),
        ("Security Council adopts resolution 2669 on Myanmar", "", sc.SECURITY_COUNCIL),
        ("Vote on S/RES/2736 (2024)", "", sc.SECURITY_COUNCIL),
        ("UNSC vote on the Sudan sanctions renewal", "", sc.SECURITY_COUNCIL),
        ("Vote au Conseil de sécurité sur le Soudan", "", sc.SECURITY_COUNCIL),
        ("تصويت مجلس الأمن على السودان", "", sc.SECURITY_COUNCIL),
        ("Panel of experts renewal", "New York, Security Council Chamber", sc.SECURITY_COUNCIL),
        ("General Assembly vote on the institution (A/77/L.79)", "New York", sc.GENERAL_ASSEMBLY),
        ("Vote on A/77/L.79", "", sc.GENERAL_ASSEMBLY),
        # the title names the Assembly first: an Assembly vote about the Council
        ("General Assembly vote on Security Council reform", "", sc.GENERAL_ASSEMBLY),
        # the title decides before the location
        ("General Assembly vote", "New York, Security Council Chamber", sc.GENERAL_ASSEMBLY),
        # the African Union's council is not the UN Security Council
        ("AU Peace and Security Council communiqué vote", "Addis Ababa", sc.GENERAL_ASSEMBLY),
        # naming no body: the Assembly, as before the rule existed
        ("Vote on the draft resolution", "New York", sc.GENERAL_ASSEMBLY),
        ("Third Committee vote", "", sc.GENERAL_ASSEMBLY),
    ],
)
def test_voting_body_is_read_from_the_title_then_the_location(title, location, body):
    assert sc.voting_body({"title": title, "location": location}) == body


def test_voting_body_reads_orm_milestones_and_records(ws):
    c = campaigns.create(ws, name="Sudan")
    m = milestones.create(
        ws, campaign_id=c.id, title="Council vote", kind="vote", date=dt.date(2024, 6, 13),
        location="New York, Security Council Chamber",
    )  # fmt: skip
    assert sc.voting_body(m) == sc.SECURITY_COUNCIL
    assert sc.voting_body(vote_count.find_vote(ws, m.id)) == sc.SECURITY_COUNCIL


def test_the_moments_library_places_council_meetings_in_the_council_chamber():
    """A Council moment turned into a vote milestone keeps a location the rule reads."""
    data = json.loads(resource_path("moments.json").read_text(encoding="utf-8"))
    council = [m for m in data["moments"] if m["key"].startswith("unsc-")]
    assert council
    assert all(sc.voting_body(m) == sc.SECURITY_COUNCIL for m in council)


# --- who sits on the Council ---------------------------------------------------------------


def test_permanent_members_are_the_five_of_the_charter():
    assert tuple(s.iso3 for s in sc.permanent_members()) == P5
    assert [sc.council_name(s) for s in sc.permanent_members()] == [
        "China", "France", "Russian Federation", "United Kingdom", "United States",
    ]  # fmt: skip


@pytest.mark.parametrize("year", sorted(ELECTED))
def test_elected_members_of_each_year_match_the_un_list(year):
    council = sc.council(year)
    assert council.complete and len(council.members) == 15
    assert sorted(sc.council_name(s) for s in council.elected) == ELECTED[year].split(", ")
    # every name in the data file is the member state's UN name
    assert all(sc.council_name(s) == s.name for s in council.elected)


def test_the_data_file_names_only_member_states_by_their_codes():
    data = json.loads(sc.DATA_FILE.read_text(encoding="utf-8"))
    codes = {s.iso3: s for s in member_states()}
    for term in data["terms"]:
        assert term["to"] == term["from"] + 1
        for code, name in term["states"]:
            assert code in codes and lookup(name) is codes[code]
    assert all(sc.council(year).complete for year in range(2022, 2027))


def test_a_year_not_covered_is_marked_incomplete_rather_than_guessed():
    assert not sc.council(2027).complete  # only the five elected in 2025 are known
    assert len(sc.council(2027).elected) == 5
    assert sc.council(1990).elected == ()
    assert sc.council_on(dt.date(2024, 12, 31)) == sc.council(2024)
    assert sc.council_on(dt.date(2025, 1, 1)) == sc.council(2025)


# --- the rule: 9 votes and no veto ---------------------------------------------------------


def test_nine_yes_and_no_veto_passes_and_an_abstaining_permanent_member_is_no_veto():
    v = vote_count.council_verdict(vote_count.Counts(yes=9, abstain=6))
    assert v.passes and v.needed == 0 and not v.vetoed
    v = vote_count.council_verdict(vote_count.Counts(yes=14, abstain=1))
    assert v.passes


def test_eight_yes_fails_one_short():
    v = vote_count.council_verdict(vote_count.Counts(yes=8, no=0, abstain=7))
    assert not v.passes and v.needed == 1 and not v.vetoed
    assert (
        vote_count.verdict_text(v) == "fails (8 yes, 0 no, 7 abstain): 1 more yes needed to reach 9"
    )


def test_a_permanent_members_no_vetoes_even_with_nine_yes():
    v = vote_count.council_verdict(vote_count.Counts(yes=13, no=1, abstain=1), ["China"])
    assert not v.passes and v.vetoed_by == ("China",) and v.needed == 0
    assert "VETO by China" in vote_count.verdict_text(v)


# --- counting a Council vote in a workspace -----------------------------------------------


@pytest.fixture
def council_vote(ws):
    c = campaigns.create(ws, name="Humanitarian access in Sudan")
    m = milestones.create(
        ws, campaign_id=c.id, title="Security Council vote on a Sudan draft", kind="vote",
        date=dt.date(2024, 6, 13), location="New York",
    )  # fmt: skip
    return m, vote_count.seed_member_states(ws)


def _members(year: int) -> list[str]:
    return [s.iso3 for s in sc.council(year).members]


def test_a_council_vote_counts_the_fifteen_members_of_its_year_only(ws, council_vote):
    m, ids = council_vote
    vote_count.set_positions(ws, m.id, {ids["GBR"]: "yes", ids["DZA"]: "yes", ids["LUX"]: "yes"})
    t = vote_count.tally(ws, m.id)
    assert t.council and t.members == 15 and t.year == 2024
    assert [s.state.iso3 for s in t.states[:5]] == ["CHN", "FRA", "RUS", "GBR", "USA"]
    assert all(s.permanent for s in t.states[:5]) and not any(s.permanent for s in t.states[5:])
    assert len(t.undecided) == 13  # undecided Council members, not 190 states
    assert t.expected.yes == 2
    # Luxembourg is not on the 2024 Council: its position is kept, not counted, and named
    assert t.outside == ["Luxembourg"]
    assert [(g.group, g.expected.total) for g in t.by_group] == [("permanent", 5), ("elected", 10)]
    assert t.projection.required == 9 and t.projection.needed == 7


def test_nine_yes_with_a_permanent_no_is_vetoed_and_named(ws, council_vote):
    m, ids = council_vote
    members = _members(2024)
    record = {ids[c]: "yes" for c in members[5:14]}  # nine elected members in favour
    record |= {ids["RUS"]: "no", ids["CHN"]: "abstain", ids["GBR"]: "yes", ids["FRA"]: "yes"}
    vote_count.set_positions(ws, m.id, record, field="expected")
    vote_count.set_positions(ws, m.id, record, field="actual")
    t = vote_count.tally(ws, m.id)
    assert t.projection.counts.yes == 11 and t.projection.counts.no == 1
    assert not t.projection.passes and t.projection.vetoed_by == ("Russian Federation",)
    assert not t.result.passes and t.result.vetoed_by == ("Russian Federation",)
    data = t.as_json()
    assert data["body"] == "security_council" and data["members"] == 15
    assert data["actual"]["vetoed_by"] == ["Russian Federation"]
    assert data["actual"]["passes"] is False


def test_an_elected_members_no_is_not_a_veto(ws, council_vote):
    m, ids = council_vote
    record = {ids[c]: "yes" for c in _members(2024)}
    record[ids["MLT"]] = "no"
    vote_count.set_positions(ws, m.id, record, field="actual")
    t = vote_count.tally(ws, m.id)
    assert t.result.passes and t.result.counts.as_dict()["no"] == 1 and not t.result.vetoed


def test_eight_yes_on_the_council_fails(ws, council_vote):
    m, ids = council_vote
    members = _members(2024)
    record = {ids[c]: "yes" for c in members[:8]} | {ids[c]: "abstain" for c in members[8:]}
    vote_count.set_positions(ws, m.id, record, field="actual")
    t = vote_count.tally(ws, m.id)
    assert not t.result.passes and t.result.needed == 1 and not t.result.vetoed


def test_a_vote_in_a_year_not_covered_counts_the_known_members_and_those_with_a_position(ws):
    c = campaigns.create(ws, name="Later")
    m = milestones.create(
        ws, campaign_id=c.id, title="Security Council vote", kind="vote", date=dt.date(2028, 3, 1)
    )
    ids = vote_count.seed_member_states(ws)
    vote_count.set_positions(ws, m.id, {ids["BRA"]: "yes"})
    t = vote_count.tally(ws, m.id)
    assert not t.council_complete
    assert {s.state.iso3 for s in t.states} == {*P5, "BRA"}
    assert "not in the shipped list" in vote_count.rule_text(t)


# --- the demo's resolution 2736 -------------------------------------------------------------


def _demo_vote(ws, needle):
    [m] = [m for m in milestones.list_milestones(ws, kind="vote") if needle in m.title]
    return m


def test_demo_resolution_2736_is_the_recorded_14_0_1_with_russia_abstaining(demo_ws):
    m = _demo_vote(demo_ws, "2736")
    t = vote_count.tally(demo_ws, m.id)
    assert t.council and t.members == 15 and t.unmatched == [] and t.outside == []
    assert t.actual.as_dict() == {"yes": 14, "no": 0, "abstain": 1, "absent": 0, "unknown": 0}
    [abstained] = [s for s in t.states if s.actual == "abstain"]
    assert abstained.display_name == "Russian Federation" and abstained.permanent
    assert {s.state.iso3 for s in t.states} == set(_members(2024))
    assert t.result.passes and not t.result.vetoed
    # the team's projection: plausible, no veto expected, one member still undecided
    assert t.projection.passes and len(t.undecided) == 1
    assert t.expected.yes >= 9


def test_demo_resolution_2669_projected_a_russian_veto_that_did_not_come(demo_ws):
    t = vote_count.tally(demo_ws, _demo_vote(demo_ws, "2669").id)
    assert t.year == 2022 and t.members == 15
    assert t.projection.vetoed_by == ("Russian Federation",)
    assert t.actual.as_dict() == {"yes": 12, "no": 0, "abstain": 3, "absent": 0, "unknown": 0}
    assert sorted(s.display_name for s in t.states if s.actual == "abstain") == [
        "China", "India", "Russian Federation",
    ]  # fmt: skip
    assert t.result.passes


def test_demo_general_assembly_vote_is_unchanged_by_the_council_rule(demo_ws):
    t = vote_count.tally(demo_ws, _demo_vote(demo_ws, "A/77/L.79").id)
    assert not t.council and t.members == 193
    assert t.result.passes == t.actual.passes and t.result.needed == t.actual.needed
    assert t.actual.yes == 83 and t.actual.no == 11 and t.actual.abstain == 62
    assert "body" in t.as_json() and "vetoed_by" not in t.as_json()["actual"]


# --- everywhere the whip count appears ------------------------------------------------------


def test_cli_prints_the_council_rule_members_and_result(demo_ws, capsys):
    m = _demo_vote(demo_ws, "2736")
    assert main(["--db", str(demo_ws.path), "votes", "--milestone", m.title]) == 0
    out = capsys.readouterr().out
    assert "Security Council in 2024: 15 members (5 permanent)" in out
    assert "Result:     passes (14 yes, 0 no, 1 abstain; 9 needed, no veto)" in out
    assert "Russian Federation  permanent  abstain   abstain" in out
    assert "193" not in out and "1 undecided member." in out
    assert main(["--db", str(demo_ws.path), "votes", "--milestone", m.id, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["members"] == 15 and data["council_year"] == 2024
    assert data["actual"]["yes"] == 14 and data["actual"]["passes"] is True


def test_cli_names_a_projected_veto(demo_ws, capsys):
    m = _demo_vote(demo_ws, "2669")
    assert main(["--db", str(demo_ws.path), "votes", "--milestone", m.id]) == 0
    out = capsys.readouterr().out
    assert "Projection: fails: VETO by Russian Federation (12 yes, 1 no, 2 abstain)" in out


def test_tracker_shows_each_votes_tally_and_how_each_position_counts(demo_ws, tmp_path):
    from openpyxl import load_workbook

    sudan = campaigns.find(demo_ws, "Humanitarian access in Sudan")
    snap = take_snapshot(demo_ws, sudan.id)
    [t] = vote_count.snapshot_tallies(snap)
    assert t.as_json() == vote_count.tally(demo_ws, t.milestone_id).as_json()
    path = export_tracker(demo_ws, [sudan.id], tmp_path / "t.xlsx").path
    wb = load_workbook(path, read_only=True)
    summary = [
        [c for c in row if c is not None] for row in wb["Summary"].iter_rows(values_only=True)
    ]
    start = summary.index(["Votes"])
    block = summary[start : start + 6]
    assert block[1] == ["Security Council resolution 2736 on El Fasher (13 Jun 2024)"]
    assert block[2][0].startswith("Security Council in 2024: 15 members")
    assert block[5] == [
        "Result",
        14,
        0,
        1,
        0,
        0,
        "passes (14 yes, 0 no, 1 abstain; 9 needed, no veto)",
    ]
    votes = list(wb["Votes"].iter_rows(values_only=True))
    col = votes[0].index("Counted as")
    counted = [r[col] for r in votes[1:]]
    assert len(counted) == 15
    assert counted.count("Security Council, permanent member") == 5
    assert counted.count("Security Council, elected member") == 10
