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
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE INDEX ix_search_doc_title ON search_doc (kind, title, ref)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP INDEX IF EXISTS ix_search_doc_title")
