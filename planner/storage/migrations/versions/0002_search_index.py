"""Full-text search index over campaigns, stakeholders, milestones, interactions, quotes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Triggers keep the index in step with every write, whichever path made it (services,
bundle import, tracker import, raw SQL), so search can never show stale rows. The
documents live in ``search_doc`` (an INTEGER primary key, stable across VACUUM) and an
external-content FTS5 table indexes them; ``remove_diacritics 2`` makes "Sudan" match
"sudán" and prefix indexes make "sud" cheap.

On PostgreSQL the same documents carry a ``tsvector`` (title weighted A, body B) kept by a
trigger and indexed with GIN; the text is passed through ``unaccent`` and the ``simple``
configuration (no stemming, as FTS5's unicode61), with the punctuation that PostgreSQL's
parser would glue into e-mail, host or path tokens turned into spaces first, so that
words split exactly where FTS5 splits them. ``planner_tsquery`` turns the app's FTS5
query (``"sud"* "acc"*``) into ``'sud':* & 'acc':*``.
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
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
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
    if op.get_bind().dialect.name == "postgresql":
        for table in INDEXED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_search()")
        op.execute("DROP TABLE IF EXISTS search_doc")
        op.execute("DROP FUNCTION IF EXISTS search_doc_vector()")
        for signature in PG_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {signature}")
        return
    for table in INDEXED:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DROP TABLE IF EXISTS search_doc")


# Characters PostgreSQL's default parser joins words with (e-mail, host, URL, path, version
# and hyphenated-word tokens); FTS5's unicode61 splits at each of them.
PG_JOINERS = "@./-_:+&=?#%~|\\"
PG_FUNCTIONS = (
    "planner_tsquery(text)",
    "planner_search_vector(text, text)",
    "planner_search_text(text)",
)


def _upgrade_postgresql() -> None:
    joiners = PG_JOINERS.replace("'", "''")
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute(
        f"""
        CREATE FUNCTION planner_search_text(raw text) RETURNS text
        LANGUAGE sql STABLE PARALLEL SAFE AS $$
            SELECT translate(unaccent('unaccent', coalesce(raw, '')),
                             '{joiners}', '{" " * len(PG_JOINERS)}')
        $$
        """
    )
    op.execute(
        """
        CREATE FUNCTION planner_search_vector(title text, body text) RETURNS tsvector
        LANGUAGE sql STABLE PARALLEL SAFE AS $$
            SELECT setweight(to_tsvector('simple', planner_search_text(title)), 'A')
                || setweight(to_tsvector('simple', planner_search_text(body)), 'B')
        $$
        """
    )
    op.execute(
        """
        CREATE FUNCTION planner_tsquery(fts text) RETURNS tsquery
        LANGUAGE sql STABLE PARALLEL SAFE AS $$
            SELECT to_tsquery('simple', coalesce(string_agg(quote_literal(w) || ':*', ' & '), ''))
            FROM regexp_matches(fts, '"([^"]*)"', 'g') AS m,
                 regexp_split_to_table(planner_search_text(m[1]), '\\s+') AS w
            WHERE w <> ''
        $$
        """
    )
    op.execute(
        """
        CREATE TABLE search_doc (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            kind TEXT NOT NULL,
            ref TEXT NOT NULL,
            campaign_id TEXT,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            tsv TSVECTOR NOT NULL,
            UNIQUE (kind, ref)
        )
        """
    )
    op.execute("CREATE INDEX ix_search_doc_tsv ON search_doc USING gin (tsv)")
    op.execute(
        """
        CREATE FUNCTION search_doc_vector() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.tsv := planner_search_vector(NEW.title, NEW.body);
            RETURN NEW;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER search_doc_tsv BEFORE INSERT OR UPDATE ON search_doc "
        "FOR EACH ROW EXECUTE FUNCTION search_doc_vector()"
    )
    for table, (campaign, title, body) in INDEXED.items():
        op.execute(
            f"""
            CREATE FUNCTION {table}_search() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    DELETE FROM search_doc WHERE kind = '{table}' AND ref = old.id;
                END IF;
                IF TG_OP <> 'DELETE' AND new.deleted_at IS NULL THEN
                    INSERT INTO search_doc (kind, ref, campaign_id, title, body)
                    VALUES ('{table}', new.id, {campaign}, {title}, coalesce({body}, ''));
                END IF;
                RETURN NULL;
            END $$
            """
        )
        op.execute(
            f"CREATE TRIGGER {table}_search AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_search()"
        )
        backfill = _insert_doc(table).replace("new.", "t.").rstrip(";")
        backfill = backfill.replace("WHERE t.deleted_at", f"FROM {table} AS t WHERE t.deleted_at")
        op.execute(backfill)
