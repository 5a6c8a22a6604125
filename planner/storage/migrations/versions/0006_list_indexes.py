"""Indexes for the start page and the big lists at 100 000 stakeholders.

Revision ID: 0006
Revises: 0004, 0005 (merges the audit-log and sign-on branches into one head)
Create Date: 2026-11-25

Why each index (measured with EXPLAIN QUERY PLAN on a 100 000-stakeholder workspace):
- ``updated_at`` on every entity table: "recent changes" reads each table's newest rows
  from the index instead of sorting the whole table.
- ``interaction_participant (stakeholder_id, interaction_id)``: a stakeholder's
  interactions from the index alone (last contact, engagement log); it replaces the
  one-column ``ix_interaction_participant_stakeholder``, of which it is a superset.
- ``interaction (id, campaign_id, date, deleted_at)``: the campaign and date of an
  interaction by id without reading the row (the last-contact probe).
- ``interaction (follow_up_date, date, campaign_id, deleted_at)``: follow-ups due, in
  order and counted, from the index alone; replaces ``ix_interaction_follow_up``.
- ``campaign_stakeholder (campaign_id, role, deleted_at, stakeholder_id, influence,
  owner)``: a campaign's targets and partners without a row lookup per link; replaces
  ``ix_campaign_stakeholder_role``.
- ``stakeholder (deleted_at, id) WHERE deleted_at IS NOT NULL``: the (few) removed
  stakeholders, so a query over many links can leave them out without a lookup each.

The covering indexes carry ``deleted_at`` as a column rather than as a partial-index
condition: SQLite (3.40) does not count a column used only in a partial index's WHERE
as covered, and would read the row anyway.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = ("0004", "0005")
branch_labels = None
depends_on = None

UPDATED = (
    "campaign",
    "ask",
    "stakeholder",
    "campaign_stakeholder",
    "relationship",
    "milestone",
    "interaction",
    "quote",
    "vote_position",
)

# name, table, columns, replaces (name, columns) or None
COVERING = (
    (
        "ix_interaction_participant_stakeholder_interaction",
        "interaction_participant",
        ["stakeholder_id", "interaction_id"],
        ("ix_interaction_participant_stakeholder", ["stakeholder_id"]),
    ),
    (
        "ix_interaction_follow_up_cover",
        "interaction",
        ["follow_up_date", "date", "campaign_id", "deleted_at"],
        ("ix_interaction_follow_up", ["follow_up_date"]),
    ),
    (
        "ix_campaign_stakeholder_role_cover",
        "campaign_stakeholder",
        ["campaign_id", "role", "deleted_at", "stakeholder_id", "influence", "owner"],
        ("ix_campaign_stakeholder_role", ["campaign_id", "role"]),
    ),
    (
        "ix_interaction_contact",
        "interaction",
        ["id", "campaign_id", "date", "deleted_at"],
        None,
    ),
)


def upgrade() -> None:
    for table in UPDATED:
        op.create_index(f"ix_{table}_updated", table, ["updated_at"])
    for name, table, columns, replaces in COVERING:
        op.create_index(name, table, columns)
        if replaces:
            op.drop_index(replaces[0], table_name=table)
    op.create_index(
        "ix_stakeholder_deleted",
        "stakeholder",
        ["deleted_at", "id"],
        sqlite_where=sa.text("deleted_at IS NOT NULL"),
        postgresql_where=sa.text("deleted_at IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_stakeholder_deleted", table_name="stakeholder")
    for name, table, _columns, replaces in reversed(COVERING):
        if replaces:
            op.create_index(replaces[0], table, replaces[1])
        op.drop_index(name, table_name=table)
    for table in UPDATED:
        op.drop_index(f"ix_{table}_updated", table_name=table)
