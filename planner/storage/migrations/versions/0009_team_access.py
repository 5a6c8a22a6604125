"""Team server: access by campaign, enforced by PostgreSQL row-level security.

Revision ID: 0009_team_access
Revises: 0008_change_notify
Create Date: 2026-12-02

Members are login roles in the group ``planner_member``; ``campaign_member`` says who
is on which campaign. A member reads the campaigns they are on and what hangs from
them (asks, positions, milestones, interactions, quotes, sign-ons, votes), the
stakeholders linked to those campaigns, and unlinked stakeholders that are not
confidential (so a member can add a new contact before linking it). A confidential
stakeholder linked only to other campaigns is invisible: to the app, the CLI and plain
SQL alike. Members of ``planner_admin`` (and the owner that ran the migrations) see
all. The lookups of ``campaign_member`` are SECURITY DEFINER functions so the policies
do not recurse. SQLite (one person's file) is untouched.
"""

from __future__ import annotations

from alembic import op

revision = "0009_team_access"
down_revision = "0008_change_notify"
branch_labels = None
depends_on = None

ADMIN = "planner_admin"
MEMBER = "planner_member"
ADMIN_TEST = f"(pg_has_role(current_user, '{ADMIN}', 'MEMBER'))"


def on_mine(column: str) -> str:
    return f"({ADMIN_TEST} OR {column} IN (SELECT planner_campaigns_of(current_user)))"


STAKEHOLDER = (
    f"({ADMIN_TEST} OR id IN (SELECT planner_stakeholders_of(current_user)) "
    "OR (sensitivity <> 'confidential' AND NOT planner_stakeholder_linked(id)))"
)
POLICIES = {
    "campaign": on_mine("id"),
    "ask": on_mine("campaign_id"),
    "campaign_stakeholder": on_mine("campaign_id"),
    "milestone": on_mine("campaign_id"),
    "interaction": on_mine("campaign_id"),
    "quote": on_mine("campaign_id"),
    "sign_on": on_mine("campaign_id"),
    "stance_change": on_mine("campaign_id"),
    "stakeholder": STAKEHOLDER,
    "relationship": "(EXISTS (SELECT 1 FROM stakeholder s WHERE s.id = from_id) "
    "AND EXISTS (SELECT 1 FROM stakeholder s WHERE s.id = to_id))",
    "interaction_participant": "EXISTS (SELECT 1 FROM interaction i WHERE i.id = interaction_id)",
    "vote_position": "EXISTS (SELECT 1 FROM milestone m WHERE m.id = milestone_id)",
    "signature": "EXISTS (SELECT 1 FROM sign_on o WHERE o.id = sign_on_id)",
    "search_doc": "(CASE WHEN kind = 'stakeholder' THEN "
    "EXISTS (SELECT 1 FROM stakeholder s WHERE s.id = ref) "
    f"ELSE {on_mine('campaign_id')} END)",
    "audit_log": f'({ADMIN_TEST} OR "user" = current_user)',
}
# Written by triggers and the audit on every change: any member may add rows there.
OPEN_WRITES = {"search_doc", "audit_log"}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for role in (ADMIN, MEMBER):
        op.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') "
            f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$"
        )
    op.execute(f"GRANT {MEMBER} TO {ADMIN}")
    op.execute(
        "CREATE TABLE campaign_member (campaign_id VARCHAR(36) NOT NULL "
        "REFERENCES campaign (id), member TEXT NOT NULL, PRIMARY KEY (campaign_id, member))"
    )
    op.execute("CREATE INDEX ix_campaign_member_member ON campaign_member (member)")
    op.execute(
        "CREATE FUNCTION planner_campaigns_of(who TEXT) RETURNS SETOF VARCHAR "
        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS "
        "$$ SELECT campaign_id FROM campaign_member WHERE member = who $$"
    )
    op.execute(
        "CREATE FUNCTION planner_stakeholders_of(who TEXT) RETURNS SETOF VARCHAR "
        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS "
        "$$ SELECT cs.stakeholder_id FROM campaign_stakeholder cs JOIN campaign_member m "
        "ON m.campaign_id = cs.campaign_id WHERE m.member = who AND cs.deleted_at IS NULL $$"
    )
    op.execute(
        "CREATE FUNCTION planner_stakeholder_linked(sid VARCHAR) RETURNS boolean "
        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS "
        "$$ SELECT EXISTS (SELECT 1 FROM campaign_stakeholder WHERE stakeholder_id = sid "
        "AND deleted_at IS NULL) $$"
    )
    op.execute(f"GRANT USAGE ON SCHEMA public TO {MEMBER}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {MEMBER}")
    op.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {MEMBER}")
    op.execute(f"REVOKE INSERT, UPDATE, DELETE ON campaign_member FROM {MEMBER}")
    op.execute(f"GRANT INSERT, UPDATE, DELETE ON campaign_member TO {ADMIN}")
    for table, visible in POLICIES.items():
        check = "true" if table in OPEN_WRITES else visible
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY {table}_by_campaign ON {table} FOR ALL "
            f"USING ({visible}) WITH CHECK ({check})"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in POLICIES:
        op.execute(f"DROP POLICY IF EXISTS {table}_by_campaign ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP FUNCTION planner_stakeholder_linked(VARCHAR)")
    op.execute("DROP FUNCTION planner_stakeholders_of(TEXT)")
    op.execute("DROP FUNCTION planner_campaigns_of(TEXT)")
    op.execute("DROP TABLE campaign_member")
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {MEMBER}")
    op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {MEMBER}")
    op.execute(f"REVOKE USAGE ON SCHEMA public FROM {MEMBER}")
