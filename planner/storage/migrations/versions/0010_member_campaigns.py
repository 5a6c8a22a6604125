"""Team server: a member may create a campaign, and is put on it by the server.

Revision ID: 0010_member_campaigns
Revises: 0009_team_access
Create Date: 2026-12-03

Under 0009's policies a member's new campaign failed its own row check (it is on no
one's list yet), so only admins could start one. Members may now insert a campaign;
an AFTER INSERT trigger, running as the owner, puts the login that inserted it on it
(``campaign_member`` stays closed to members' own writes, so nobody can add themselves
to a colleague's campaign). Admins see every campaign and are not added. SQLite is
untouched.
"""

from __future__ import annotations

from alembic import op

revision = "0010_member_campaigns"
down_revision = "0009_team_access"
branch_labels = None
depends_on = None

ADMIN = "planner_admin"
MEMBER = "planner_member"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"CREATE POLICY campaign_created_by_member ON campaign FOR INSERT TO {MEMBER} "
        "WITH CHECK (true)"
    )
    # session_user: inside a SECURITY DEFINER function current_user is the owner. Team
    # members log in as themselves, which is what the policies compare against.
    op.execute(
        "CREATE FUNCTION planner_join_new_campaign() RETURNS trigger "
        "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN "
        f"IF pg_has_role(session_user, '{MEMBER}', 'MEMBER') "
        f"AND NOT pg_has_role(session_user, '{ADMIN}', 'MEMBER') THEN "
        "INSERT INTO campaign_member (campaign_id, member) VALUES (NEW.id, session_user) "
        "ON CONFLICT DO NOTHING; END IF; RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER campaign_creator_joins AFTER INSERT ON campaign "
        "FOR EACH ROW EXECUTE FUNCTION planner_join_new_campaign()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS campaign_creator_joins ON campaign")
    op.execute("DROP FUNCTION IF EXISTS planner_join_new_campaign()")
    op.execute("DROP POLICY IF EXISTS campaign_created_by_member ON campaign")
