"""Schema migrations: old workspaces upgrade with every row intact, newer ones are refused,
and the ORM never drifts from what the migrations build."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from planner.domain.models import Base
from planner.services import campaigns, interactions, positions, stakeholders
from planner.storage.errors import WorkspaceError
from planner.storage.search import search
from planner.storage.store import check_workspace, open_workspace
from planner.storage.workspace import head_revision, make_engine, migrate

CAMPAIGN = "c0000000-0000-4000-8000-000000000001"
ORG = "50000000-0000-4000-8000-000000000001"
PERSON = "50000000-0000-4000-8000-000000000002"
GONE = "50000000-0000-4000-8000-000000000003"
LINK = "1c000000-0000-4000-8000-000000000001"
ASK = "a0000000-0000-4000-8000-000000000001"
REL = "4e000000-0000-4000-8000-000000000001"
VOTE = "3e000000-0000-4000-8000-000000000001"
TALK = "10000000-0000-4000-8000-000000000001"
QUOTE = "90000000-0000-4000-8000-000000000001"
POSITION = "e0000000-0000-4000-8000-000000000001"
T = "2023-06-01T09:00:00.000000Z"
ORIGINAL_TABLES = (
    "campaign",
    "ask",
    "stakeholder",
    "campaign_stakeholder",
    "relationship",
    "milestone",
    "interaction",
    "interaction_participant",
    "quote",
    "vote_position",
)


def build_at_first_revision(path: Path) -> None:
    """A workspace as release 0001 left it, filled with raw SQL (no ORM, no services)."""
    engine = make_engine(path)
    migrate(engine, "0001")
    engine.dispose()
    conn = sqlite3.connect(path)
    meta = f"'{T}', '{T}', 1"
    with conn:
        conn.execute(
            "INSERT INTO campaign (id, name, context, objective, strategy, status, outcome, "
            "priority, start_date, end_date, lead, tags, created_at, updated_at, version) "
            f"VALUES ('{CAMPAIGN}', 'Personas desaparecidas en Siria', 'Syria', "
            "'An independent institution', '', 'closed', 'Voted 29 June 2023', 1, "
            f"'2022-01-01', '2023-06-29', 'Amira', '[\"UNGA\"]', {meta})"
        )
        for ident, kind, name, org, deleted in (
            (ORG, "organisation", "Caesar Families Association", None, None),
            (PERSON, "person", "Fadwa Mahmoud", ORG, None),
            (GONE, "person", "Removed Contact", None, T),
        ):
            conn.execute(
                "INSERT INTO stakeholder (id, kind, name, organisation_id, title, category, "
                "country, languages, email, phone, notes, is_local, women_led, sensitivity, "
                "name_consent, consent_note, created_at, updated_at, deleted_at, version) "
                "VALUES (?, ?, ?, ?, '', 'local_civil_society', 'Syria', '[\"ar\"]', '', '', "
                f"'', 1, 1, 'confidential', 'closed', '', '{T}', '{T}', ?, 1)",
                (ident, kind, name, org, deleted),
            )
        conn.execute(
            "INSERT INTO ask (id, campaign_id, text, target, target_id, status, achieved_on, "
            f"created_at, updated_at, version) VALUES ('{ASK}', '{CAMPAIGN}', "
            f"'Vote yes', 'Member states', NULL, 'achieved', '2023-06-29', {meta})"
        )
        conn.execute(
            "INSERT INTO campaign_stakeholder (id, campaign_id, stakeholder_id, role, "
            "influence, stance, interest, owner, next_step, source, created_at, updated_at, "
            f"version) VALUES ('{LINK}', '{CAMPAIGN}', '{ORG}', 'partner', 4, 2, 5, 'Amira', "
            f"'', 'Meeting notes', {meta})"
        )
        conn.execute(
            "INSERT INTO relationship (id, from_id, to_id, kind, note, created_at, updated_at, "
            f"version) VALUES ('{REL}', '{PERSON}', '{ORG}', 'works_at', '', {meta})"
        )
        conn.execute(
            "INSERT INTO milestone (id, campaign_id, title, kind, date, end_date, location, "
            "status, owner, depends_on, description, outcome, created_at, updated_at, version) "
            f"VALUES ('{VOTE}', '{CAMPAIGN}', 'General Assembly vote', 'vote', '2023-06-29', "
            f"NULL, 'New York', 'done', 'Amira', '[]', '', 'Adopted', {meta})"
        )
        conn.execute(
            "INSERT INTO interaction (id, campaign_id, date, channel, summary, outcome, "
            "follow_up_date, sensitivity, created_at, updated_at, version) VALUES "
            f"('{TALK}', '{CAMPAIGN}', '2023-05-10', 'meeting', 'Briefing for the Luxembourg "
            f"mission', '', '2023-05-20', 'internal', {meta})"
        )
        conn.execute(
            "INSERT INTO interaction_participant (interaction_id, stakeholder_id) "
            f"VALUES ('{TALK}', '{PERSON}')"
        )
        conn.execute(
            "INSERT INTO quote (id, campaign_id, stakeholder_id, text, translation, language, "
            "date, name_consent, created_at, updated_at, version) VALUES "
            f"('{QUOTE}', '{CAMPAIGN}', '{PERSON}', 'نريد الحقيقة', 'We want the truth', 'ar', "
            f"'2023-06-29', 'closed', {meta})"
        )
        conn.execute(
            "INSERT INTO vote_position (id, milestone_id, stakeholder_id, expected, actual, "
            f"confidence, note, created_at, updated_at, version) VALUES ('{POSITION}', "
            f"'{VOTE}', '{ORG}', 'yes', 'yes', 3, '', {meta})"
        )
    conn.close()


def dump(path: Path, tables: tuple[str, ...] = ORIGINAL_TABLES) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables}
    finally:
        conn.close()


def stored_revision(path: Path) -> str:
    """The revisions stamped in the file, joined as ``head_revision()`` joins its heads."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        return ",".join(sorted(r[0] for r in rows))
    finally:
        conn.close()


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "release-0001.db"
    build_at_first_revision(path)
    return path


def test_first_revision_builds_no_search_index(old_file):
    assert stored_revision(old_file) == "0001"
    conn = sqlite3.connect(old_file)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert "campaign" in names and "search_doc" not in names


def test_upgrade_to_head_keeps_every_row_intact(old_file):
    before = dump(old_file)
    assert all(before[t] for t in ORIGINAL_TABLES)
    with open_workspace(old_file) as ws:
        assert ws.schema_revision() == head_revision()
        assert ws.workspace_id  # a workspace id was given on the first open
    assert stored_revision(old_file) == head_revision()
    assert dump(old_file) == before


def test_upgraded_rows_are_readable_through_the_services(old_file):
    with open_workspace(old_file) as ws:
        camp = campaigns.get(ws, CAMPAIGN)
        assert camp.tags == ["UNGA"] and camp.status == "closed"
        assert [p.stakeholder.id for p in positions.campaign_people(ws, CAMPAIGN)] == [ORG]
        assert interactions.get(ws, TALK).stakeholder_ids == [PERSON]
        assert {s.id for s in stakeholders.list_stakeholders(ws)} == {ORG, PERSON}
        updated = stakeholders.update(ws, PERSON, title="Co-founder")
        assert updated.version == 2


def test_upgraded_rows_are_searchable(old_file):
    with open_workspace(old_file) as ws:
        assert [h.id for h in search(ws, "siria")] == [CAMPAIGN]  # accent-free "Siria"
        assert [h.id for h in search(ws, "caesar")] == [ORG]
        assert [h.id for h in search(ws, "fadw")] == [PERSON]
        assert [h.id for h in search(ws, "luxemb")] == [TALK]
        assert [h.id for h in search(ws, "الحقيقة")] == [QUOTE]
        assert [h.id for h in search(ws, "general assembly")] == [VOTE]
        assert search(ws, "removed") == []  # soft-deleted before the upgrade
        assert check_workspace(ws)["search_index"] == "ok"


def test_opening_twice_is_harmless(old_file):
    with open_workspace(old_file) as ws:
        first_id = ws.workspace_id
    before = dump(old_file, (*ORIGINAL_TABLES, "search_doc", "workspace_info"))
    with open_workspace(old_file) as ws:
        assert ws.workspace_id == first_id
    assert dump(old_file, (*ORIGINAL_TABLES, "search_doc", "workspace_info")) == before


def test_open_without_upgrade_leaves_an_old_file_alone(old_file):
    with open_workspace(old_file, upgrade=False) as ws:
        assert ws.schema_revision() == "0001"
    assert stored_revision(old_file) == "0001"


def test_a_newer_schema_is_refused_with_a_clear_message(old_file):
    open_workspace(old_file).close()
    conn = sqlite3.connect(old_file)
    with conn:
        conn.execute("DELETE FROM alembic_version")
        conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.close()
    before = dump(old_file)
    with pytest.raises(WorkspaceError) as info:
        open_workspace(old_file)
    message = str(info.value)
    assert "newer version" in message
    assert "9999_from_the_future" in message
    assert old_file.name in message
    assert dump(old_file) == before
    assert stored_revision(old_file) == "9999_from_the_future"


def test_a_newer_branch_beside_known_ones_is_refused(old_file):
    open_workspace(old_file).close()
    conn = sqlite3.connect(old_file)
    with conn:
        conn.execute("INSERT INTO alembic_version VALUES ('9998_other_feature')")
    conn.close()
    with pytest.raises(WorkspaceError, match="9998_other_feature"):
        open_workspace(old_file)


def _skip_search_tables(obj, name, type_, reflected, compare_to) -> bool:
    if type_ == "table" and name and (name.startswith("search_") or name == "alembic_version"):
        return False
    table = getattr(obj, "table", None)
    return not (table is not None and table.name.startswith("search_"))


def test_orm_metadata_matches_the_migrated_schema(ws):
    with ws.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "include_object": _skip_search_tables},
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models.py and the migrations differ; add a migration: {diff}"


def test_downgrade_and_upgrade_rebuild_the_search_index(tmp_path):
    path = tmp_path / "w.db"
    build_at_first_revision(path)
    engine = make_engine(path)
    try:
        migrate(engine)
        from alembic import command

        from planner.storage.workspace import alembic_config

        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
        migrate(engine)
    finally:
        engine.dispose()
    with open_workspace(path) as ws:
        assert [h.id for h in search(ws, "caesar")] == [ORG]


def test_the_drift_check_notices_a_column_without_migration(ws):
    from sqlalchemy import Column, Index, MetaData, String

    drifted = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(drifted)
    drifted.tables["stakeholder"].append_column(Column("pronouns", String(40)))
    Index("ix_quote_language", drifted.tables["quote"].c.language)
    with ws.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _skip_search_tables}
        )
        diff = compare_metadata(context, drifted)
    kinds = sorted(d[0] for d in diff)
    assert kinds == ["add_column", "add_index"]


def test_the_listed_schema_revisions_are_exactly_the_shipped_migrations():
    """Opening reads SCHEMA_HEADS/SCHEMA_REVISIONS instead of loading Alembic; a new
    migration not listed there would leave workspaces un-upgraded (or refused)."""
    from alembic.script import ScriptDirectory

    from planner.storage.workspace import SCHEMA_HEADS, SCHEMA_REVISIONS, alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    assert set(SCHEMA_HEADS) == set(scripts.get_heads())
    assert {s.revision for s in scripts.walk_revisions()} == SCHEMA_REVISIONS


def test_opening_an_up_to_date_workspace_does_not_load_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "w.db"
    open_workspace(path).close()
    code = (
        "import sys; from planner.storage.store import open_workspace; "
        f"open_workspace({str(path)!r}).close(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
