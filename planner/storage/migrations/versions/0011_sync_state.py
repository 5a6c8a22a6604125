"""A laptop remembers what it last synced with a team server, and the open conflicts.

Revision ID: 0011_sync_state
Revises: 0010_member_campaigns
Create Date: 2026-12-03

``sync_base`` holds, per server, record and kind, the domain fields both sides held at
the last sync (JSON) and its tombstone flag: the base of the three-way merge.
``sync_conflict`` holds each field changed differently on both sides, with both values,
the base's, and who changed each side and when, until the user resolves it. Plain
tables on both dialects (a server workspace has them too, empty).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_sync_state"
down_revision = "0010_member_campaigns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_base",
        sa.Column("server_id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(40), primary_key=True),
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("synced_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("server_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("local_value", sa.Text()),
        sa.Column("server_value", sa.Text()),
        sa.Column("base_value", sa.Text()),
        sa.Column("local_by", sa.String(200), nullable=False),
        sa.Column("local_at", sa.String(32), nullable=False),
        sa.Column("server_by", sa.String(200), nullable=False),
        sa.Column("server_at", sa.String(32), nullable=False),
        sa.Column("found_at", sa.String(32), nullable=False),
    )
    op.create_index(
        "ux_sync_conflict_field",
        "sync_conflict",
        ["server_id", "kind", "record_id", "field"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_index("ux_sync_conflict_field", table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_base")
