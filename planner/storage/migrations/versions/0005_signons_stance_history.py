"""Coalition sign-ons (letters, statements, endorsements, their signatures) and stance history.

Revision ID: 0005
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0002"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "sign_on",
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ask_id", sa.String(length=36), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        *_tracked(),
        sa.CheckConstraint("kind IN ('letter', 'statement', 'endorsement')", name="ck_kind_enum"),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaign.id"]),
        sa.ForeignKeyConstraint(["ask_id"], ["ask.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sign_on_campaign", "sign_on", ["campaign_id", "date"])

    op.create_table(
        "signature",
        sa.Column("sign_on_id", sa.String(length=36), nullable=False),
        sa.Column("stakeholder_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("name_consent", sa.String(length=16), nullable=False),
        *_tracked(),
        sa.CheckConstraint(
            "name_consent IN ('none', 'closed', 'public')", name="ck_name_consent_enum"
        ),
        sa.ForeignKeyConstraint(["sign_on_id"], ["sign_on.id"]),
        sa.ForeignKeyConstraint(["stakeholder_id"], ["stakeholder.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ux_signature", "signature", ["sign_on_id", "stakeholder_id"], unique=True)
    op.create_index("ix_signature_stakeholder", "signature", ["stakeholder_id"])

    op.create_table(
        "stance_change",
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("stakeholder_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("old_stance", sa.Integer(), nullable=True),
        sa.Column("new_stance", sa.Integer(), nullable=False),
        sa.Column("old_influence", sa.Integer(), nullable=True),
        sa.Column("new_influence", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaign.id"]),
        sa.ForeignKeyConstraint(["stakeholder_id"], ["stakeholder.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_stance_change_link", "stance_change", ["campaign_id", "stakeholder_id", "date"]
    )
    op.create_index("ix_stance_change_date", "stance_change", ["date"])


def downgrade() -> None:
    op.drop_index("ix_stance_change_date", table_name="stance_change")
    op.drop_index("ix_stance_change_link", table_name="stance_change")
    op.drop_table("stance_change")
    op.drop_index("ix_signature_stakeholder", table_name="signature")
    op.drop_index("ux_signature", table_name="signature")
    op.drop_table("signature")
    op.drop_index("ix_sign_on_campaign", table_name="sign_on")
    op.drop_table("sign_on")
