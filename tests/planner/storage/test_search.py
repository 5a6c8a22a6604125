"""Full-text search: prefixes, accents and case ignored, titles first, always in step."""

from __future__ import annotations

import pytest

from planner.services import campaigns, interactions, milestones, quotes, stakeholders
from planner.services.stakeholders import StakeholderFilter
from planner.storage.search import fts_query, search
from planner.storage.store import check_workspace
from planner.storage.workspace import Workspace
from tests.raw_client import raw_sql

pytestmark = pytest.mark.both_backends  # on a file and on a server


def ids(ws: Workspace, text: str, **kw) -> list[str]:
    return [h.id for h in search(ws, text, **kw)]


@pytest.fixture
def sudan(ws: Workspace):
    return campaigns.create(ws, name="Humanitarian access in Sudan", context="Sudan")


def test_prefix_finds_the_whole_word(ws, sudan):
    assert ids(ws, "sud") == [sudan.id]
    assert ids(ws, "humanit acc") == [sudan.id]


def test_every_word_must_match(ws, sudan):
    assert ids(ws, "sudan access") == [sudan.id]
    assert ids(ws, "sudan myanmar") == []


def test_search_ignores_case(ws, sudan):
    assert ids(ws, "SUDAN") == [sudan.id]
    assert ids(ws, "sUdAn") == [sudan.id]


def test_unaccented_query_finds_accented_text(ws):
    s = stakeholders.create(ws, name="Red de Mujeres de Sudán", country="Sudán")
    assert ids(ws, "sudan") == [s.id]
    assert ids(ws, "mujeres sud") == [s.id]


def test_accented_query_finds_unaccented_text(ws, sudan):
    assert ids(ws, "Sudán") == [sudan.id]
    assert ids(ws, "HUMANITÄRIAN") == [sudan.id]


def test_search_covers_every_searchable_kind(ws, sudan):
    person = stakeholders.create(ws, name="Darfur Lawyers Group", category="legal")
    moment = milestones.create(
        ws, campaign_id=sudan.id, title="Darfur pledging conference", date="2025-04-15"
    )
    talk = interactions.create(
        ws, campaign_id=sudan.id, date="2025-01-10", summary="Darfur crossing briefing"
    )
    voice = quotes.create(ws, campaign_id=sudan.id, text="Aid must reach Darfur now.")
    hits = {h.kind: h for h in search(ws, "darf")}
    assert {k: h.id for k, h in hits.items()} == {
        "stakeholder": person.id,
        "milestone": moment.id,
        "interaction": talk.id,
        "quote": voice.id,
    }
    assert hits["milestone"].campaign_id == sudan.id
    assert hits["stakeholder"].campaign_id is None
    assert "[Darfur]" in hits["quote"].snippet
    assert ids(ws, "darf", kinds=("quote",)) == [voice.id]


def test_arabic_quote_is_searchable(ws, sudan):
    q = quotes.create(
        ws,
        campaign_id=sudan.id,
        text="نريد أن نعرف مصير أحبائنا",
        translation="We want to know the fate of our loved ones",
        language="ar",
    )
    assert ids(ws, "مصير") == [q.id]
    assert ids(ws, "loved") == [q.id]


def test_title_matches_rank_above_body_matches(ws):
    body_only = stakeholders.create(
        ws, name="Geneva Call", notes="Works with armed groups in Sudan and Sudan's neighbours."
    )
    in_title = stakeholders.create(ws, name="Sudan Doctors Union", category="medical")
    hits = search(ws, "sudan")
    assert [h.id for h in hits] == [in_title.id, body_only.id]
    assert hits[0].rank <= hits[1].rank


def test_limit_caps_the_hits(ws):
    for i in range(8):
        stakeholders.create(ws, name=f"Sudan partner {i}")
    assert len(search(ws, "sudan", limit=5)) == 5
    assert len(search(ws, "sudan")) == 8


def test_renaming_updates_the_index(ws, sudan):
    campaigns.update(ws, sudan.id, name="Humanitarian access in Chad", context="Chad")
    assert ids(ws, "sudan") == []
    assert ids(ws, "chad") == [sudan.id]


def test_soft_delete_removes_from_search_and_restore_puts_back(ws, sudan):
    campaigns.delete(ws, sudan.id)
    assert ids(ws, "sudan") == []
    campaigns.restore(ws, sudan.id)
    assert ids(ws, "sudan") == [sudan.id]


def test_hard_delete_by_raw_sql_removes_from_search(ws):
    s = stakeholders.create(ws, name="Temporary Sudan contact")
    raw_sql(ws, "DELETE FROM stakeholder WHERE id = :id", {"id": s.id})
    assert ids(ws, "temporary") == []


def test_raw_sql_insert_is_indexed_too(ws):
    raw_sql(
        ws,
        "INSERT INTO stakeholder (id, kind, name, title, category, country, languages, "
        "email, phone, notes, is_local, women_led, sensitivity, name_consent, consent_note, "
        "created_at, updated_at, version) VALUES ('11111111-1111-4111-8111-111111111111', "
        "'organisation', 'Khartoum Youth Network', '', 'youth_group', 'Sudan', '[]', '', '', "
        "'', '1', '0', 'internal', 'none', '', 'x', 'x', 1)",
    )
    assert ids(ws, "khart") == ["11111111-1111-4111-8111-111111111111"]


def test_index_stays_consistent_after_many_edits(ws):
    people = [stakeholders.create(ws, name=f"Partner {i} Sudan") for i in range(5)]
    for p in people[:3]:
        stakeholders.update(ws, p.id, name=p.name.replace("Sudan", "Chad"))
    stakeholders.delete(ws, people[3].id)
    assert ids(ws, "sudan") == [people[4].id]
    assert len(ids(ws, "chad")) == 3
    assert check_workspace(ws)["search_index"] == "ok"
    docs = raw_sql(ws, "SELECT count(*) FROM search_doc WHERE kind = 'stakeholder'")
    assert docs[0][0] == 4


@pytest.mark.parametrize(
    "text",
    [
        'AND "',
        "*",
        "-x",
        "sudan AND",
        "OR sudan",
        "NOT",
        "NEAR(sudan, 2)",
        '"unbalanced',
        "title:sudan",
        "sud*",
        "^sudan",
        "(sudan",
        "{title body}: x",
        "a + b",
        "'; DROP TABLE campaign; --",
        "",
        "   ",
        "\u0000",
        "ü" * 500,
    ],
)
def test_fts_syntax_in_user_input_never_errors(ws, sudan, text):
    hits = search(ws, text)
    assert isinstance(hits, list)
    assert stakeholders.list_stakeholders(ws, StakeholderFilter(text=text)) == []
    assert campaigns.get(ws, sudan.id).name == sudan.name


def test_operators_are_searched_as_plain_words(ws, sudan):
    assert ids(ws, "sudan AND") == []  # "and" is a word, not an operator; no record has it
    assert ids(ws, "sud*") == [sudan.id]
    assert ids(ws, "-sudan") == [sudan.id]
    assert ids(ws, "title:sudan") == []  # "title" must also match as a word


def test_query_with_no_words_finds_nothing(ws, sudan):
    assert fts_query("*-\"'") is None
    assert search(ws, "*") == []


def test_stakeholder_list_text_filter_uses_the_index(ws):
    a = stakeholders.create(ws, name="Syrian Families Association", country="Syria")
    stakeholders.create(ws, name="Caesar Families", country="Türkiye")
    assert [s.id for s in stakeholders.list_stakeholders(ws, StakeholderFilter(text="syr"))] == [
        a.id
    ]
    assert stakeholders.count_stakeholders(ws, StakeholderFilter(text="famil")) == 2
    assert stakeholders.count_stakeholders(ws, StakeholderFilter(text="turkiye")) == 1


def test_demo_workspace_search(demo_ws):
    hits = search(demo_ws, "sud")
    assert hits
    assert any("Sudan" in h.title for h in hits)
    kinds = {h.kind for h in search(demo_ws, "syria", limit=200)}
    assert {"campaign", "stakeholder"} <= kinds


def test_a_prefix_matching_more_than_can_be_ranked_still_puts_title_matches_first(ws, monkeypatch):
    import planner.storage.search

    monkeypatch.setattr(planner.storage.search, "RANK_CAP", 3)
    oldest = stakeholders.create(ws, name="Coordination Sud", category="humanitarian")
    body = [
        stakeholders.create(ws, name=f"Partner {i}", notes="Coordinator of the network")
        for i in range(6)
    ]
    hits = search(ws, "coord", limit=4)
    assert hits[0].id == oldest.id  # older than the ranked window, found as a title match
    assert len(hits) == 4
    assert {h.id for h in hits[1:]} <= {b.id for b in body[-3:]}  # the newest of the rest
    only_people = search(ws, "coord", kinds=("stakeholder",), limit=2)
    assert only_people[0].id == oldest.id


def test_above_the_rank_cap_an_older_strong_body_match_gives_way_to_the_newest(ws, monkeypatch):
    """The same contract on both backends: past ``RANK_CAP`` matches, title matches first,
    then the best of the newest ``RANK_CAP``, even over an older document that would
    outrank them (uncapped, "Coordinator" five times in its notes ranks second)."""
    import planner.storage.search

    title = stakeholders.create(ws, name="Coordination Sud")
    strong = stakeholders.create(ws, name="Old partner", notes="Coordinator " * 5)
    body = [
        stakeholders.create(ws, name=f"Partner {i}", notes="Coordinator of the network")
        for i in range(6)
    ]
    uncapped = ids(ws, "coord", limit=4)
    assert uncapped[:2] == [title.id, strong.id]
    monkeypatch.setattr(planner.storage.search, "RANK_CAP", 3)
    capped = ids(ws, "coord", limit=4)
    assert capped[0] == title.id
    assert strong.id not in capped
    assert set(capped[1:]) == {b.id for b in body[-3:]}
    newest_title = stakeholders.create(ws, name="Coordination Nord", notes="coord coord")
    assert set(ids(ws, "coord", limit=2)) == {newest_title.id, title.id}  # both titles first
    assert ids(ws, "coord", limit=10, kinds=("campaign",)) == []
