"""On PostgreSQL, the search index takes each new entry at once (``fastupdate = off``).

Revision ID: 0013_search_no_pending
Revises: 0012_bundle_peers
Create Date: 2026-12-04

A GIN index normally parks new entries in a pending list and merges them later, when
autovacuum gets to it; until then every search scans that list. After a first sync or
any big import the list held some 500 pages, and a search that matched nothing took
8 ms instead of 0.3 ms (measured on 20 000 stakeholders). Search runs on every keystroke,
so a steady response matters more than the speed of bulk writes: PostgreSQL's own
advice for that case is to turn the pending list off. The entries already pending are
merged now. SQLite's FTS5 index has no such list: nothing changes there.
"""

from __future__ import annotations

from alembic import op

revision = "0013_search_no_pending"
down_revision = "0012_bundle_peers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER INDEX ix_search_doc_tsv SET (fastupdate = off)")
    op.execute("SELECT gin_clean_pending_list('ix_search_doc_tsv'::regclass)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER INDEX ix_search_doc_tsv RESET (fastupdate)")
