"""Full-text search index over campaigns, stakeholders, milestones, interactions, quotes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Triggers keep the index in step with every write, whichever path made it (services,
bundle import, tracker import, raw SQL), so search can never show stale rows. The
documents live in ``search_doc`` (an INTEGER primary key, stable across VACUUM) and an
external-content FTS5 table indexes them; ``remove_diacritics 2`` makes "Sudan" match
"sudán" and prefix indexes make "sud" cheap.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# entity table -> (campaign id expression, title expression, body expression)
INDEXED = {
    "campaign": (
        "new.id",
        "new.name",
        "new.context || ' ' || new.objective || ' ' || new.strategy || ' ' || new.lead"
        " || ' ' || new.tags",
    ),
    "stakeholder": (
        "NULL",
        "new.name",
        "new.title || ' ' || new.country || ' ' || new.category || ' ' || new.email"
        " || ' ' || new.notes",
    ),
    "milestone": (
        "new.campaign_id",
        "new.title",
        "new.location || ' ' || new.kind || ' ' || new.description || ' ' || new.outcome",
    ),
    "interaction": ("new.campaign_id", "new.summary", "new.outcome"),
    "quote": ("new.campaign_id", "new.text", "new.translation"),
}


def _insert_doc(table: str) -> str:
    campaign, title, body = INDEXED[table]
    return (
        "INSERT INTO search_doc (kind, ref, campaign_id, title, body) "
        f"SELECT '{table}', new.id, {campaign}, {title}, coalesce({body}, '') "
        "WHERE new.deleted_at IS NULL;"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        """
        CREATE TABLE search_doc (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            ref TEXT NOT NULL,
            campaign_id TEXT,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            UNIQUE (kind, ref)
        )
        """
    )
    op.execute(
        """
        CREATE VIRTUAL TABLE search_fts USING fts5(
            title, body,
            content='search_doc', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2',
            prefix='2 3'
        )
        """
    )
    op.execute(
        "CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN "
        "INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body); END"
    )
    op.execute(
        "CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN "
        "INSERT INTO search_fts (search_fts, rowid, title, body) "
        "VALUES ('delete', old.id, old.title, old.body); END"
    )
    for table in INDEXED:
        op.execute(
            f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN {_insert_doc(table)} END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN "
            f"DELETE FROM search_doc WHERE kind = '{table}' AND ref = old.id; {_insert_doc(table)} END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_doc WHERE kind = '{table}' AND ref = old.id; END"
        )
        # Index what the workspace already holds.
        backfill = _insert_doc(table).replace("new.", "t.").rstrip(";")
        backfill = backfill.replace("WHERE t.deleted_at", f"FROM {table} AS t WHERE t.deleted_at")
        op.execute(backfill)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in INDEXED:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DROP TABLE IF EXISTS search_doc")
