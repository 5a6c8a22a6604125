"""On a team server, every committed change of a record is announced on a channel.

Revision ID: 0008_change_notify
Revises: 0007
Create Date: 2026-12-02

Colleagues' windows on one server listen (PostgreSQL LISTEN/NOTIFY) and refresh what
changed within a second, instead of showing a stale view until reopened. A trigger
rather than a NOTIFY in the app's write path: the CLI, an import, or a colleague's
older client are heard too. PostgreSQL delivers a notification only when its
transaction commits (a rolled-back change is never announced) and drops duplicates
within one transaction. SQLite has one writer per file and no channel: nothing there.
"""

from __future__ import annotations

from alembic import op

revision = "0008_change_notify"
down_revision = "0007"
branch_labels = None
depends_on = None

CHANNEL = "planner_changes"
TABLES = (
    "campaign",
    "ask",
    "stakeholder",
    "campaign_stakeholder",
    "relationship",
    "milestone",
    "interaction",
    "quote",
    "vote_position",
    "sign_on",
    "signature",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION planner_notify_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            -- payload "<kind>:<id>": the kind is the table, the same word as the app's
            PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':' ||
                CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
            RETURN NULL;
        END $$
        """
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_notify_change AFTER INSERT OR UPDATE OR DELETE "
            f"ON {table} FOR EACH ROW EXECUTE FUNCTION planner_notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify_change ON {table}")
    op.execute("DROP FUNCTION IF EXISTS planner_notify_change()")
