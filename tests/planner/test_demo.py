"""The demo workspace and the synthetic benchmark data, on real SQLite files."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from planner.demo import MYANMAR, SUDAN, SYRIA, build_demo, build_scale
from planner.domain import vocabulary as v
from planner.domain.models import (
    Campaign,
    CampaignStakeholder,
    Interaction,
    Milestone,
    Quote,
    Relationship,
    Stakeholder,
    VotePosition,
)
from planner.planning import vote_count
from planner.services.milestones import list_milestones
from planner.services.sign_ons import list_sign_ons, signatory_list
from planner.services.stance_history import moved_towards_us
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "demo.db")
    yield workspace
    workspace.close()


@pytest.fixture
def demo(ws: Workspace) -> Workspace:
    build_demo(ws, today=TODAY)
    return ws


def test_demo_counts_match_rows_and_mark_the_workspace_as_demo(ws: Workspace) -> None:
    counts = build_demo(ws, today=TODAY)
    with ws.reading() as s:
        for model, key in (
            (Campaign, "campaign"),
            (Stakeholder, "stakeholder"),
            (Milestone, "milestone"),
            (Quote, "quote"),
            (VotePosition, "vote_position"),
        ):
            assert s.scalar(select(func.count()).select_from(model)) == counts[key]
    assert counts["campaign"] >= 3
    assert ws.info("demo") == "yes"
    assert ws.name == "Demo workspace"


def test_demo_refuses_a_workspace_that_already_holds_data(demo: Workspace) -> None:
    with pytest.raises(ValueError, match="empty workspace"):
        build_demo(demo, today=TODAY)


def test_each_demo_campaign_links_at_least_fifteen_stakeholders_in_every_role(
    demo: Workspace,
) -> None:
    with demo.reading() as s:
        campaigns = s.scalars(select(Campaign)).all()
        assert {c.context for c in campaigns} >= {"Syria", "Sudan", "Myanmar"}
        for c in campaigns:
            links = s.scalars(
                select(CampaignStakeholder).where(CampaignStakeholder.campaign_id == c.id)
            ).all()
            assert len(links) >= 15, c.name
            assert {link.role for link in links} >= {"partner", "target", "voice", "ally"}
            assert {link.stance for link in links} >= {-2, 0, 2} or c.context != "Syria"


def test_demo_covers_every_sensitivity_and_consent_level(demo: Workspace) -> None:
    with demo.reading() as s:
        sensitivities = set(s.scalars(select(Stakeholder.sensitivity)))
        consents = set(s.scalars(select(Stakeholder.name_consent)))
        quote_consents = set(s.scalars(select(Quote.name_consent)))
        interaction_sens = set(s.scalars(select(Interaction.sensitivity)))
        confidential = s.execute(
            select(Stakeholder.email, Stakeholder.phone).where(
                Stakeholder.sensitivity == "confidential"
            )
        ).all()
        people = s.execute(
            select(Stakeholder.organisation_id).where(Stakeholder.kind == "person")
        ).all()
        categories = set(s.scalars(select(Stakeholder.category)))
        assert s.scalar(select(func.count()).where(Stakeholder.women_led.is_(True))) > 0
    assert sensitivities == set(v.SENSITIVITIES)
    assert consents == set(v.NAME_CONSENTS)
    assert quote_consents == set(v.NAME_CONSENTS)
    assert interaction_sens == set(v.SENSITIVITIES)
    assert len(confidential) >= 5
    assert any(email and phone for email, phone in confidential)
    assert people and all(org for (org,) in people)
    assert len(categories) >= 14


def test_demo_has_an_arabic_quote_with_an_english_translation(demo: Workspace) -> None:
    with demo.reading() as s:
        arabic = s.execute(
            select(Quote.text, Quote.translation).where(Quote.language == "ar")
        ).all()
        languages = set(s.scalars(select(Quote.language)))
        total = s.scalar(select(func.count()).select_from(Quote))
    assert total >= 6
    assert arabic
    assert any("\u0600" <= ch <= "\u06ff" for ch in arabic[0].text)
    assert all(q.translation for q in arabic)
    assert languages & {"fr", "my"}


def test_demo_has_past_future_and_overdue_milestones_and_follow_ups_due(
    demo: Workspace,
) -> None:
    week = TODAY + dt.timedelta(days=7)
    with demo.reading() as s:
        milestones = s.execute(
            select(
                Milestone.id, Milestone.date, Milestone.status, Milestone.kind, Milestone.depends_on
            )
        ).all()
        follow_ups = [d for d in s.scalars(select(Interaction.follow_up_date)) if d]
    assert any(m.date < TODAY for m in milestones)
    assert any(m.date > TODAY for m in milestones)
    assert any(m.date < TODAY and m.status == "planned" for m in milestones), "overdue"
    assert {m.kind for m in milestones} >= {
        "un_meeting",
        "vote",
        "hearing",
        "deadline",
        "media",
        "anniversary",
        "internal",
    }
    assert {m.status for m in milestones} == set(v.MILESTONE_STATUSES)
    assert any(m.depends_on for m in milestones)
    ids = {m.id for m in milestones}
    assert all(set(m.depends_on) <= ids for m in milestones)
    assert TODAY in follow_ups
    assert any(TODAY < d <= week for d in follow_ups)
    assert any(d < TODAY for d in follow_ups)


def test_demo_milestones_move_with_today_but_history_keeps_its_dates(tmp_path: Path) -> None:
    later = TODAY + dt.timedelta(days=100)
    with open_workspace(tmp_path / "later.db") as ws:
        build_demo(ws, today=later)
        with ws.reading() as s:
            follow_ups = set(s.scalars(select(Interaction.follow_up_date)))
            outcome = s.scalar(
                select(Milestone.outcome).where(
                    Milestone.kind == "vote", Milestone.date == dt.date(2023, 6, 29)
                )
            )
    assert later in follow_ups
    assert outcome and "77/301" in outcome


def test_syria_vote_records_expected_and_actual_member_state_positions(
    demo: Workspace,
) -> None:
    with demo.reading() as s:
        vote = s.execute(
            select(Milestone.id, Milestone.kind, Milestone.outcome).where(
                Milestone.date == dt.date(2023, 6, 29)
            )
        ).one()
        rows = s.execute(
            select(
                Stakeholder.name, Stakeholder.category, VotePosition.expected, VotePosition.actual
            )
            .join(VotePosition, VotePosition.stakeholder_id == Stakeholder.id)
            .where(VotePosition.milestone_id == vote.id)
        ).all()
    assert vote.kind == "vote"
    assert "83 in favour, 11 against, 62 abstentions" in vote.outcome
    assert len(rows) >= 5
    assert all(r.category == "member_state" for r in rows)
    # the UN record lists yes, no and abstain; the team marked the absent it expected
    assert {r.actual for r in rows} == {"yes", "no", "abstain", "absent"}
    assert any("Luxembourg" in r.name and r.actual == "yes" for r in rows)


def test_resolution_77_301_carries_the_recorded_result_of_all_193_states(
    demo: Workspace,
) -> None:
    [vote] = [m for m in list_milestones(demo, kind="vote") if "A/77/L.79" in m.title]
    result = vote_count.tally(demo, vote.id)
    assert result.actual is not None
    assert (result.actual.yes, result.actual.no, result.actual.abstain) == (83, 11, 62)
    assert result.actual.absent == 193 - 83 - 11 - 62
    assert result.actual.passes and result.unmatched == []
    against = {s.state.iso3 for s in result.states if s.actual == "no"}
    assert against == {
        "BLR", "BOL", "CHN", "CUB", "PRK", "ERI", "IRN", "NIC", "RUS", "SYR", "ZWE",
    }  # fmt: skip


def test_demo_whip_count_projected_the_vote_with_undecided_states_assigned(
    demo: Workspace,
) -> None:
    [vote] = [m for m in list_milestones(demo, kind="vote") if "A/77/L.79" in m.title]
    result = vote_count.tally(demo, vote.id)
    assert result.expected.total == 193
    assert result.expected.passes  # the projection called it
    assert 10 <= len(result.undecided) <= 30
    assert all(s.assigned_to for s in result.undecided)
    assert {s.confidence for s in result.states if s.expected != "unknown"} == {1, 2, 3}
    assert 0 < len(result.surprises) < 15  # a realistic count is right, not perfect
    qatar = next(s for s in result.states if s.state.iso3 == "QAT")
    assert (qatar.expected, qatar.actual) == ("abstain", "yes") and qatar.note


def test_demo_has_stances_that_moved_toward_us_this_month(demo: Workspace) -> None:
    moved = moved_towards_us(demo, TODAY - dt.timedelta(days=30))
    assert len(moved) >= 3
    assert {m.campaign_name for m in moved} >= {c["name"] for c in (SYRIA, SUDAN, MYANMAR)}
    assert all(TODAY - dt.timedelta(days=30) <= m.last_change <= TODAY for m in moved)
    egypt = next(m for m in moved if "Egypt" in m.stakeholder_name)
    assert (egypt.before, egypt.now) == (-1, 0)


def test_demo_sign_ons_name_only_the_signatories_who_agreed(demo: Workspace) -> None:
    with demo.reading() as s:
        campaign_ids = list(s.scalars(select(Campaign.id)))
    letters = [x for cid in campaign_ids for x, _n in list_sign_ons(demo, cid)]
    assert len(letters) >= 2
    for letter in letters:
        internal = signatory_list(demo, letter.id, "internal")
        closed = signatory_list(demo, letter.id, "closed")
        public = signatory_list(demo, letter.id, "public")
        assert internal.withheld == 0 and internal.total >= 5
        assert closed.total == public.total == internal.total
        assert 0 < len(public.names) < len(closed.names) < len(internal.names)
    assert any(letter.ask_id for letter in letters)


def test_demo_relationships_lead_from_a_local_partner_to_a_target_diplomat(
    demo: Workspace,
) -> None:
    with demo.reading() as s:
        edges = s.execute(select(Relationship.from_id, Relationship.to_id)).all()
        local = {
            sid
            for (sid,) in s.execute(
                select(Stakeholder.id).where(
                    Stakeholder.is_local.is_(True), Stakeholder.kind == "person"
                )
            )
        }
        diplomats = {
            sid
            for (sid,) in s.execute(
                select(Stakeholder.id)
                .join(CampaignStakeholder, CampaignStakeholder.stakeholder_id == Stakeholder.id)
                .where(
                    Stakeholder.kind == "person",
                    Stakeholder.category == "member_state",
                    CampaignStakeholder.role == "target",
                )
            )
        }
    graph: dict[str, set[str]] = defaultdict(set)
    for a, b in edges:
        graph[a].add(b)
        graph[b].add(a)

    def hops(start: str) -> dict[str, int]:
        seen, queue = {start: 0}, deque([start])
        while queue:
            node = queue.popleft()
            for nxt in graph[node] - seen.keys():
                seen[nxt] = seen[node] + 1
                queue.append(nxt)
        return seen

    reachable = [d for src in local for d, n in hops(src).items() if d in diplomats and n <= 3]
    assert len(set(reachable)) >= 2


def test_demo_keeps_foreign_keys_valid_and_is_found_by_search(demo: Workspace) -> None:
    with demo.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        n = conn.execute(text("SELECT count(*) FROM search_doc WHERE kind='stakeholder'")).scalar()
        hits = conn.execute(
            text("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'sednaya'")
        ).scalar()
    assert n and n > 0
    assert hits and hits > 0


def test_scale_builds_the_requested_stakeholders_and_proportional_rows(ws: Workspace) -> None:
    calls: list[tuple[int, int]] = []
    counts = build_scale(ws, 2000, progress=lambda done, total: calls.append((done, total)))
    with ws.engine.connect() as conn:

        def n(table: str) -> int:
            return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0

        assert n("stakeholder") == counts["stakeholder"] == 2000
        assert n("campaign_stakeholder") == 2000
        assert n("campaign") >= 3
        assert 80 <= n("milestone") <= 120
        assert 800 <= n("interaction") <= 1200
        assert n("interaction_participant") >= n("interaction")
        assert 300 <= n("relationship") <= 500
        assert 15 <= n("quote") <= 30
        assert n("search_doc WHERE kind = 'stakeholder'") == 2000
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
        levels = {r[0] for r in conn.execute(text("SELECT DISTINCT sensitivity FROM stakeholder"))}
    assert levels == set(v.SENSITIVITIES)
    assert calls and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_scale_rows_load_through_the_orm(ws: Workspace) -> None:
    build_scale(ws, 300)
    with ws.reading() as s:
        interaction = s.scalars(select(Interaction).limit(1)).one()
        milestone = s.scalars(select(Milestone).where(Milestone.depends_on != "[]").limit(1)).one()
        person = s.scalars(select(Stakeholder).limit(1)).one()
        assert isinstance(interaction.date, dt.date)
        assert 1 <= len(interaction.participants) <= 3
        assert isinstance(milestone.depends_on, list) and milestone.depends_on
        assert isinstance(person.languages, list) and person.languages


def test_scale_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    def snapshot(path: Path, seed: int) -> list[tuple[str, str]]:
        with open_workspace(path) as ws:
            build_scale(ws, 200, seed=seed)
            with ws.reading() as s:
                return sorted(s.execute(select(Stakeholder.id, Stakeholder.name)).all())

    first = snapshot(tmp_path / "a.db", 7)
    assert first == snapshot(tmp_path / "b.db", 7)
    assert first != snapshot(tmp_path / "c.db", 8)


def test_a_scale_workspace_imports_back_from_its_own_bundle(tmp_path: Path) -> None:
    """Seed 6 at 1 000 stakeholders once generated a follow-up before its engagement, and
    the workspace's own export could not be imported back (issue 14)."""
    from planner.exchange.bundle import SECTIONS, export_bundle, import_bundle

    with open_workspace(tmp_path / "scale.db") as source:
        build_scale(source, 1000, seed=6)
        bundle = export_bundle(source)
    with open_workspace(tmp_path / "copy.db") as copy:
        report = import_bundle(copy, bundle)
    assert sum(report.created.values()) == sum(len(bundle[s]) for s, _k, _p in SECTIONS)


@pytest.mark.parametrize("seed", [1, 4, 5])
def test_scale_data_passes_every_rule_of_the_import(tmp_path: Path, seed: int) -> None:
    """What the generator writes, the services and the importer accept: the same rules
    (bundle_check) on every record, for seeds that once broke them."""
    from planner.exchange.bundle import export_bundle
    from planner.exchange.bundle_check import check_bundle

    with open_workspace(tmp_path / "scale.db") as source:
        build_scale(source, 2000, seed=seed)
        bundle = export_bundle(source)
    with open_workspace(tmp_path / "empty.db") as empty, empty.reading() as s:
        assert len(check_bundle(s, bundle)) == sum(
            len(v) for v in bundle.values() if isinstance(v, list)
        )


def test_the_demo_passes_every_rule_of_the_import(demo: Workspace) -> None:
    from planner.exchange.bundle import export_bundle
    from planner.exchange.bundle_check import check_bundle

    bundle = export_bundle(demo)
    with demo.reading() as s:
        check_bundle(s, bundle)
