"""Team members of a server workspace: PostgreSQL login roles and the campaigns they are on.

Access is enforced by the server's row-level security (migration ``0009_team_access``),
so these functions only manage roles and the ``campaign_member`` table; they run as
an admin (a role allowed to create roles, e.g. the one that ran the migrations).
Passwords arrive as values (from a file or the environment), never on a command line.

Each change is written to the audit trail in its own transaction, like every other
change (who, when, what; never a password): a member added or removed is entity
``team_member`` (its id the login name), and a member put on or taken off a campaign
is a ``grant`` or ``revoke`` entry of that campaign (field ``member``), so it shows in
the campaign's History.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from planner.domain.validation import ValidationError
from planner.storage import audit
from planner.storage.workspace import Workspace

ADMIN = "planner_admin"
MEMBER = "planner_member"
TEAM_MEMBER = "team_member"  # the audit trail's entity for a member's login
GRANT, REVOKE = "grant", "revoke"  # the audit trail's actions on a campaign's members
_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


class NotATeamServer(ValueError):
    """Team membership exists only on a PostgreSQL workspace."""


class NotAllowed(PermissionError):
    """The server refused: this login may not manage roles or who is on a campaign."""


@contextmanager
def _allowed(ws: Workspace) -> Iterator[None]:
    """The server's "insufficient privilege" (SQLSTATE 42501, a refused role statement or
    row-level security policy) as one error that says who may do it instead."""
    try:
        yield
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42501":
            raise
        user = ws.engine.url.username or "This login"
        raise NotAllowed(
            f"{user} may not manage the team on this server: ask an admin (a login allowed "
            "to create roles, such as the one that created the workspace)."
        ) from None


@dataclass(frozen=True)
class Member:
    name: str
    admin: bool
    campaigns: tuple[str, ...]  # campaign names, sorted


def check_name(name: str) -> str:
    """A role name we create: lower-case letters, digits, ``_ . -``; why: it is a login."""
    if not isinstance(name, str) or not _NAME.match(name):
        raise ValidationError(
            "member", name, "is not a member name (lower-case letters, digits, _ . -)"
        )
    return name


def _server(ws: Workspace) -> None:
    if ws.backend.local_file:
        raise NotATeamServer("Team members exist only on a team server workspace.")


@contextmanager
def _change(ws: Workspace) -> Iterator[Connection]:
    """One transaction of team changes and their audit entries, refused as one."""
    with _allowed(ws), ws.engine.begin() as conn:
        yield conn


def _execute(conn: Connection, statements: list[tuple[str, dict[str, str]]]) -> None:
    """Run role statements with identifiers and literals quoted by psycopg."""
    from psycopg import sql

    raw = conn.connection.driver_connection
    for template, parts in statements:
        composed = sql.SQL(template).format(
            **{
                k: (sql.Literal(v[1:]) if v.startswith("=") else sql.Identifier(v))
                for k, v in parts.items()
            }
        )
        conn.exec_driver_sql(composed.as_string(raw).replace("%", "%%"))


def members(ws: Workspace) -> list[Member]:
    _server(ws)
    with ws.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT r.rolname AS name, pg_has_role(r.rolname, :admin, 'MEMBER') AS admin, "
                "coalesce(array_agg(c.name ORDER BY c.name) FILTER (WHERE c.name IS NOT NULL),"
                " '{}') AS campaigns "
                "FROM pg_roles r JOIN pg_auth_members am ON am.member = r.oid "
                "JOIN pg_roles g ON g.oid = am.roleid AND g.rolname IN (:member, :admin) "
                "LEFT JOIN campaign_member m ON m.member = r.rolname "
                "LEFT JOIN campaign c ON c.id = m.campaign_id AND c.deleted_at IS NULL "
                "WHERE r.rolcanlogin GROUP BY r.rolname ORDER BY r.rolname"
            ),
            {"admin": ADMIN, "member": MEMBER},
        ).all()
    return [Member(r.name, bool(r.admin), tuple(r.campaigns)) for r in rows]


def may_manage(ws: Workspace) -> bool:
    """Whether this login may add and remove members (so a form can say so up front)."""
    _server(ws)
    with ws.engine.connect() as conn:
        found = conn.execute(
            text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
        ).scalar()
    return bool(found)


def add_member(ws: Workspace, name: str, password: str, *, admin: bool = False) -> None:
    """Create the login role ``name`` in the members' group (and the admins' if asked)."""
    _server(ws)
    check_name(name)
    if not password:
        raise ValidationError("password", "", "must not be empty")
    with ws.engine.connect() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
        ).first()
    if exists:
        raise ValidationError("member", name, "already exists on this server")
    statements = [
        ("CREATE ROLE {n} LOGIN PASSWORD {p}", {"n": name, "p": "=" + password}),
        ("GRANT {g} TO {n}", {"g": ADMIN if admin else MEMBER, "n": name}),
    ]
    with _change(ws) as conn:
        _execute(conn, statements)
        audit.record(conn, "create", TEAM_MEMBER, name, new={"admin": admin})


def remove_member(ws: Workspace, name: str) -> None:
    """Drop the role and its campaign links; it can no longer log in or read anything."""
    _server(ws)
    _known(ws, name)
    # one transaction: a refused DROP ROLE leaves the member's campaigns as they were
    with _change(ws) as conn:
        held = conn.execute(
            text("SELECT campaign_id FROM campaign_member WHERE member = :n ORDER BY campaign_id"),
            {"n": name},
        ).scalars()
        campaigns = list(held)
        _execute(
            conn,
            [
                ("DELETE FROM campaign_member WHERE member = {p}", {"p": "=" + name}),
                ("DROP ROLE {n}", {"n": name}),
            ],
        )
        for ident in campaigns:
            audit.record(conn, REVOKE, "campaign", ident, field="member", old=name)
        audit.record(conn, "delete", TEAM_MEMBER, name, old={"campaigns": campaigns})


def _known(ws: Workspace, name: str) -> None:
    check_name(name)
    if not any(m.name == name for m in members(ws)):
        raise ValidationError("member", name, "is not a team member")


def _campaign_id(ws: Workspace, campaign: str) -> str:
    with ws.engine.connect() as conn:
        found = conn.execute(
            text("SELECT id FROM campaign WHERE (id = :c OR name = :c) AND deleted_at IS NULL"),
            {"c": campaign},
        ).all()
    if len(found) != 1:
        why = "names no campaign" if not found else "names several campaigns: use the id"
        raise ValidationError("campaign", campaign, why)
    return str(found[0].id)


def grant(ws: Workspace, name: str, campaign: str) -> str:
    """Put ``name`` on ``campaign`` (id or exact name); returns the campaign id."""
    return _change_membership(ws, name, campaign, GRANT)


def revoke(ws: Workspace, name: str, campaign: str) -> str:
    """Take ``name`` off ``campaign``: the server stops showing it at their next read."""
    return _change_membership(ws, name, campaign, REVOKE)


# What a grant or a revoke runs (``:c`` the campaign id, ``:n`` the member).
_MEMBERSHIP_STATEMENTS = {
    GRANT: "INSERT INTO campaign_member (campaign_id, member) VALUES (:c, :n) "
    "ON CONFLICT DO NOTHING",
    REVOKE: "DELETE FROM campaign_member WHERE campaign_id = :c AND member = :n",
}


def _change_membership(ws: Workspace, name: str, campaign: str, action: str) -> str:
    """Grant or revoke (``action``) once the member and the campaign are known; audited
    only when it changed something (a second grant changes nothing)."""
    _server(ws)
    _known(ws, name)
    ident = _campaign_id(ws, campaign)
    with _change(ws) as conn:
        statement = text(_MEMBERSHIP_STATEMENTS[action])
        changed = conn.execute(statement, {"c": ident, "n": name}).rowcount
        if changed:
            values = {"new": name} if action == GRANT else {"old": name}
            audit.record(conn, action, "campaign", ident, field="member", **values)
    return ident
