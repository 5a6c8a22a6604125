"""Search documents in title order, so a text-filtered list is cut from an index.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

Typing in the stakeholder list's filter box asks for "the first 200 stakeholders,
by name, whose words start with what I typed". A stakeholder's search document has its
name as the title, so with ``(kind, title, ref)`` indexed the page can be read in name
order straight from this index, keeping the rows whose document is in the full-text
match set, and stopping after 200. Before, every match (60 000 for ``coord`` on
100 000 stakeholders) was joined to its stakeholder and sorted: 0.4 s a keystroke.

Text with a category or country filter walks that filter's rows in name order and
keeps the matches; carrying ``id`` and ``deleted_at`` in the category and country
indexes lets that walk (and the plain category/country pages) run on the index alone,
without reading a row per candidate (22 ms to 11 ms for "legal" + "ka").
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


COVERED = {
    "ix_stakeholder_category": (["category", "name"], ["category", "name", "id", "deleted_at"]),
    "ix_stakeholder_country": (["country", "name"], ["country", "name", "id", "deleted_at"]),
}


def upgrade() -> None:
    for name, (_before, after) in COVERED.items():
        op.drop_index(name, table_name="stakeholder")
        op.create_index(name, "stakeholder", after)
    # both dialects: a text-filtered list is cut from this index in name order
    op.execute("CREATE INDEX ix_search_doc_title ON search_doc (kind, title, ref)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_search_doc_title")
    for name, (before, _after) in COVERED.items():
        op.drop_index(name, table_name="stakeholder")
        op.create_index(name, "stakeholder", before)
