"""A workspace remembers who its sync peers are: a team server, or a laptop's bundles.

Revision ID: 0012_bundle_peers
Revises: 0011_sync_state
Create Date: 2026-12-04

Bundles exchanged without a server merge by the same rules as a sync: their bases and
conflicts live in ``sync_base``/``sync_conflict`` under the sending workspace's id.
``sync_peer`` says, per peer id, whether it is a ``server`` or a ``bundle`` sender and
its name, so the conflict review can say "the bundle from Laptop B" instead of "server".
A peer without a row here is a team server (every peer before this migration).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_bundle_peers"
down_revision = "0011_sync_state"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_peer",
        sa.Column("peer_id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("seen_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sync_peer")
