"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaign",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("context", sa.Text(), nullable=False),
        sa.Column("objective", sa.Text(), nullable=False),
        sa.Column("strategy", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("lead", sa.String(length=200), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('planning', 'active', 'paused', 'closed')", name="ck_status_enum"
        ),
        sa.CheckConstraint("priority BETWEEN 1 AND 3", name="ck_priority_range"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.create_index("ix_campaign_name", ["name"], unique=False)
        batch_op.create_index("ix_campaign_status", ["status"], unique=False)

    op.create_table(
        "stakeholder",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("is_local", sa.Boolean(), nullable=False),
        sa.Column("women_led", sa.Boolean(), nullable=False),
        sa.Column("sensitivity", sa.String(length=16), nullable=False),
        sa.Column("name_consent", sa.String(length=16), nullable=False),
        sa.Column("consent_note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "category IN ('local_civil_society', 'womens_group', 'youth_group', 'faith_based', 'think_tank', 'human_rights', 'humanitarian', 'legal', 'media', 'medical', 'academic', 'student', 'member_state', 'un_entity', 'regional_body', 'government', 'donor', 'other')",
            name="ck_category_enum",
        ),
        sa.CheckConstraint("kind IN ('person', 'organisation')", name="ck_kind_enum"),
        sa.CheckConstraint(
            "name_consent IN ('none', 'closed', 'public')", name="ck_name_consent_enum"
        ),
        sa.CheckConstraint(
            "sensitivity IN ('public', 'internal', 'confidential')", name="ck_sensitivity_enum"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["stakeholder.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.create_index("ix_stakeholder_category", ["category", "name"], unique=False)
        batch_op.create_index("ix_stakeholder_country", ["country", "name"], unique=False)
        batch_op.create_index("ix_stakeholder_name", ["name"], unique=False)
        batch_op.create_index("ix_stakeholder_organisation", ["organisation_id"], unique=False)
        batch_op.create_index("ix_stakeholder_sensitivity", ["sensitivity"], unique=False)

    op.create_table(
        "workspace_info",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "ask",
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("target_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("achieved_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'progressing', 'achieved', 'dropped')", name="ck_status_enum"
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["stakeholder.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ask", schema=None) as batch_op:
        batch_op.create_index("ix_ask_campaign", ["campaign_id"], unique=False)

    op.create_table(
        "campaign_stakeholder",
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("stakeholder_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("influence", sa.Integer(), nullable=False),
        sa.Column("stance", sa.Integer(), nullable=False),
        sa.Column("interest", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("next_step", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "role IN ('partner', 'target', 'ally', 'opponent', 'voice', 'media')",
            name="ck_role_enum",
        ),
        sa.CheckConstraint("influence BETWEEN 1 AND 5", name="ck_influence_range"),
        sa.CheckConstraint("interest BETWEEN 1 AND 5", name="ck_interest_range"),
        sa.CheckConstraint("stance BETWEEN -2 AND 2", name="ck_stance_range"),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("campaign_stakeholder", schema=None) as batch_op:
        batch_op.create_index("ix_campaign_stakeholder_role", ["campaign_id", "role"], unique=False)
        batch_op.create_index(
            "ix_campaign_stakeholder_stakeholder", ["stakeholder_id"], unique=False
        )
        batch_op.create_index(
            "ux_campaign_stakeholder", ["campaign_id", "stakeholder_id"], unique=True
        )

    op.create_table(
        "interaction",
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("follow_up_date", sa.Date(), nullable=True),
        sa.Column("sensitivity", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "channel IN ('meeting', 'call', 'email', 'briefing', 'event', 'message', 'other')",
            name="ck_channel_enum",
        ),
        sa.CheckConstraint(
            "sensitivity IN ('public', 'internal', 'confidential')", name="ck_sensitivity_enum"
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index("ix_interaction_campaign_date", ["campaign_id", "date"], unique=False)
        batch_op.create_index("ix_interaction_follow_up", ["follow_up_date"], unique=False)

    op.create_table(
        "milestone",
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("depends_on", sa.JSON(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('un_meeting', 'vote', 'summit', 'hearing', 'deadline', 'media', 'anniversary', 'internal', 'other')",
            name="ck_kind_enum",
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'done', 'missed', 'cancelled')", name="ck_status_enum"
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.create_index("ix_milestone_campaign_date", ["campaign_id", "date"], unique=False)
        batch_op.create_index("ix_milestone_date", ["date"], unique=False)

    op.create_table(
        "quote",
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("stakeholder_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("translation", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("name_consent", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "name_consent IN ('none', 'closed', 'public')", name="ck_name_consent_enum"
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.create_index("ix_quote_campaign", ["campaign_id"], unique=False)

    op.create_table(
        "relationship",
        sa.Column("from_id", sa.String(length=36), nullable=False),
        sa.Column("to_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('works_at', 'member_of', 'allied_with', 'influences', 'opposes')",
            name="ck_kind_enum",
        ),
        sa.ForeignKeyConstraint(
            ["from_id"],
            ["stakeholder.id"],
        ),
        sa.ForeignKeyConstraint(
            ["to_id"],
            ["stakeholder.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("relationship", schema=None) as batch_op:
        batch_op.create_index("ix_relationship_from", ["from_id"], unique=False)
        batch_op.create_index("ix_relationship_to", ["to_id"], unique=False)

    op.create_table(
        "interaction_participant",
        sa.Column("interaction_id", sa.String(length=36), nullable=False),
        sa.Column("stakeholder_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
        ),
        sa.PrimaryKeyConstraint("interaction_id", "stakeholder_id"),
    )
    with op.batch_alter_table("interaction_participant", schema=None) as batch_op:
        batch_op.create_index(
            "ix_interaction_participant_stakeholder", ["stakeholder_id"], unique=False
        )

    op.create_table(
        "vote_position",
        sa.Column("milestone_id", sa.String(length=36), nullable=False),
        sa.Column("stakeholder_id", sa.String(length=36), nullable=False),
        sa.Column("expected", sa.String(length=16), nullable=False),
        sa.Column("actual", sa.String(length=16), nullable=True),
        sa.Column("confidence", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "actual IS NULL OR actual IN ('yes', 'no', 'abstain', 'absent', 'unknown')",
            name="ck_actual_enum",
        ),
        sa.CheckConstraint(
            "expected IN ('yes', 'no', 'abstain', 'absent', 'unknown')", name="ck_expected_enum"
        ),
        sa.CheckConstraint("confidence BETWEEN 1 AND 3", name="ck_confidence_range"),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["milestone.id"],
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("vote_position", schema=None) as batch_op:
        batch_op.create_index("ux_vote_position", ["milestone_id", "stakeholder_id"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("vote_position", schema=None) as batch_op:
        batch_op.drop_index("ux_vote_position")

    op.drop_table("vote_position")
    with op.batch_alter_table("interaction_participant", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_participant_stakeholder")

    op.drop_table("interaction_participant")
    with op.batch_alter_table("relationship", schema=None) as batch_op:
        batch_op.drop_index("ix_relationship_to")
        batch_op.drop_index("ix_relationship_from")

    op.drop_table("relationship")
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.drop_index("ix_quote_campaign")

    op.drop_table("quote")
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.drop_index("ix_milestone_date")
        batch_op.drop_index("ix_milestone_campaign_date")

    op.drop_table("milestone")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_follow_up")
        batch_op.drop_index("ix_interaction_campaign_date")

    op.drop_table("interaction")
    with op.batch_alter_table("campaign_stakeholder", schema=None) as batch_op:
        batch_op.drop_index("ux_campaign_stakeholder")
        batch_op.drop_index("ix_campaign_stakeholder_stakeholder")
        batch_op.drop_index("ix_campaign_stakeholder_role")

    op.drop_table("campaign_stakeholder")
    with op.batch_alter_table("ask", schema=None) as batch_op:
        batch_op.drop_index("ix_ask_campaign")

    op.drop_table("ask")
    op.drop_table("workspace_info")
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.drop_index("ix_stakeholder_sensitivity")
        batch_op.drop_index("ix_stakeholder_organisation")
        batch_op.drop_index("ix_stakeholder_name")
        batch_op.drop_index("ix_stakeholder_country")
        batch_op.drop_index("ix_stakeholder_category")

    op.drop_table("stakeholder")
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.drop_index("ix_campaign_status")
        batch_op.drop_index("ix_campaign_name")

    op.drop_table("campaign")
