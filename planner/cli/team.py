"""`planner team list|add-member|remove-member|grant|revoke`: who is on a team server.

Thin over ``planner.team.members``: the server's row-level security does the enforcing,
these commands only manage its login roles and who is on which campaign. A member's
password never travels on the command line (where ``ps`` and shell history would keep
it): it comes from ``--password-file``, ``$PLANNER_MEMBER_PASSWORD``, or a prompt when
the terminal is interactive. Every mistake (a file workspace, an unknown member or
campaign, a bad name, a login that may not manage roles) is one line and exit 1, with
nothing changed: the service checks everything before its first statement.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from planner.cli.context import UserError, add_json_option, print_json, print_table, workspace
from planner.storage.workspace import Workspace
from planner.team import members

PASSWORD_ENV = "PLANNER_MEMBER_PASSWORD"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("team", help="members of a team server and their campaigns")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    ls = actions.add_parser("list", help="members, whether each is an admin, and their campaigns")
    add_json_option(ls)
    ls.set_defaults(handler=cmd_list)
    add = actions.add_parser("add-member", help="create a member's login on the server")
    add.add_argument("name", metavar="NAME", help="login name: lower-case letters, digits, _ . -")
    add.add_argument("--admin", action="store_true", help="an admin: sees every campaign")
    add.add_argument(
        "--password-file",
        metavar="FILE",
        help=f"file holding the new member's password (default: ${PASSWORD_ENV}, else a "
        "prompt); never give a password on the command line",
    )
    add.set_defaults(handler=cmd_add)
    rm = actions.add_parser("remove-member", help="drop a member's login and campaign links")
    rm.add_argument("name", metavar="NAME")
    rm.set_defaults(handler=cmd_remove)
    for action, help_text in (
        ("grant", "put a member on a campaign"),
        ("revoke", "take a member off a campaign"),
    ):
        g = actions.add_parser(action, help=help_text)
        g.add_argument("name", metavar="NAME")
        g.add_argument("campaign", metavar="CAMPAIGN", help="campaign id or exact name")
        g.set_defaults(handler=cmd_grant_or_revoke)


@contextmanager
def team_server(args: argparse.Namespace) -> Iterator[Workspace]:
    """The workspace, with the team errors a user can cause turned into one-line errors."""
    with workspace(args) as ws:
        try:
            yield ws
        except members.NotATeamServer as exc:
            raise UserError(f"{exc} {ws.location} is a file.") from None
        except members.NotAllowed as exc:
            raise UserError(str(exc)) from None


def read_password(args: argparse.Namespace) -> str:
    """The new member's password: the file, else the environment, else asked twice."""
    if args.password_file:
        from planner.storage.encryption import read_passphrase_file
        from planner.storage.errors import WorkspaceError

        try:
            return read_passphrase_file(Path(args.password_file).expanduser(), what="password")
        except WorkspaceError as exc:
            raise UserError(str(exc)) from None
    if given := os.environ.get(PASSWORD_ENV):
        return given
    if not sys.stdin.isatty():
        raise UserError(
            f"No password for the new member: give --password-file FILE or set ${PASSWORD_ENV}."
        )
    import getpass

    first = getpass.getpass(f"Password for {args.name}: ")
    if not first:
        raise UserError("The password must not be empty.")
    if getpass.getpass("Same password again: ") != first:
        raise UserError("The two passwords differ; nothing was changed.")
    return first


def cmd_list(args: argparse.Namespace) -> int:
    with team_server(args) as ws:
        found = members.members(ws)
    if args.json:
        print_json([{"name": m.name, "admin": m.admin, "campaigns": m.campaigns} for m in found])
        return 0
    if not found:
        print("No team members yet: add one with `planner team add-member NAME`.")
        return 0
    rows = [(m.name, "yes" if m.admin else "", ", ".join(m.campaigns)) for m in found]
    print_table(["Member", "Admin", "Campaigns"], rows, max_width=80)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from planner.domain.validation import ValidationError

    try:
        members.check_name(args.name)  # a bad name fails before a password is asked for
    except ValidationError as exc:
        raise UserError(str(exc)) from None
    password = read_password(args)
    with team_server(args) as ws:
        members.add_member(ws, args.name, password, admin=args.admin)
    role = "admin" if args.admin else "member"
    print(f"Added {args.name} as {'an' if args.admin else 'a'} {role}.")
    if not args.admin:
        print(f"Put them on a campaign with `planner team grant {args.name} CAMPAIGN`.")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with team_server(args) as ws:
        members.remove_member(ws, args.name)
    print(f"Removed {args.name}: they can no longer log in to this server.")
    return 0


def _campaign_name(ws: Workspace, ident: str) -> str:
    from planner.services import campaigns

    return campaigns.get(ws, ident).name


def cmd_grant_or_revoke(args: argparse.Namespace) -> int:
    """`team grant` puts a member on a campaign, `team revoke` takes them off."""
    if args.action == "grant":
        change, done = members.grant, "is on"
    else:
        change, done = members.revoke, "is no longer on"
    with team_server(args) as ws:
        name = _campaign_name(ws, change(ws, args.name, args.campaign))
    print(f"{args.name} {done} {name}.")
    return 0
