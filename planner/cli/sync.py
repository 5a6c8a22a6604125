"""`planner sync` and `planner resolve`: a laptop's workspace and the team server meet.

Conflicts from another laptop's bundle (``planner bundle import``) are listed and
resolved here too: ``--prefer bundle`` keeps the bundle's value, as ``server`` keeps the
server's (both mean "the other side").

The laptop is ``--db`` (a file, encrypted or not: its passphrase as for every command);
the server is ``--server URL``, its password from a pgpass file, ``PGPASSWORD`` or
``--server-password-file``, never the command line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from planner.cli.context import UserError, print_json, workspace

if TYPE_CHECKING:
    from planner.storage.workspace import Workspace


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("sync", help="sync this laptop's workspace with the team server")
    p.add_argument("--server", metavar="URL", help="postgresql+psycopg://user@host/dbname")
    p.add_argument(
        "--server-password-file",
        metavar="FILE",
        help="file holding the server password (default: your pgpass file or $PGPASSWORD)",
    )
    p.add_argument(
        "--conflicts", action="store_true", help="list the open conflicts instead of syncing"
    )
    p.add_argument("--json", action="store_true", help="with --conflicts: machine-readable")
    p.set_defaults(handler=cmd_sync)

    p = commands.add_parser(
        "resolve", help="resolve conflicts: keep this side, or the server's or bundle's"
    )
    p.add_argument(
        "--prefer",
        required=True,
        choices=("local", "server", "bundle"),
        help="local: keep this workspace's value; server or bundle: take the other side's "
        "(the team server's, or the imported bundle's)",
    )
    p.add_argument("--conflict", metavar="ID", help="only this conflict (its id or a prefix)")
    p.add_argument("--server", metavar="URL", help="sync at once, to push the choice")
    p.add_argument("--server-password-file", metavar="FILE", help="as for sync")
    p.set_defaults(handler=cmd_resolve)


def _check_laptop(args: argparse.Namespace) -> None:
    import os

    from planner.storage.backends import is_server_url

    if is_server_url(getattr(args, "db", None) or os.environ.get("PLANNER_DB")):
        raise UserError(
            "sync runs from a laptop's workspace file: give it as --db, and the server as "
            "--server URL."
        )


@contextmanager
def _server(args: argparse.Namespace) -> Iterator[Workspace]:
    from planner.storage.backends import is_server_url
    from planner.storage.encryption import read_passphrase_file
    from planner.storage.errors import WorkspaceError
    from planner.storage.store import open_workspace

    if not is_server_url(args.server):
        raise UserError(
            f"--server must be a team server URL (postgresql+psycopg://user@host/dbname), "
            f"not {args.server!r}."
        )
    try:
        password = (
            read_passphrase_file(args.server_password_file) if args.server_password_file else None
        )
        server = open_workspace(args.server, create=False, passphrase=password, check="if-unclean")
    except WorkspaceError as exc:
        raise UserError(str(exc)) from None
    try:
        yield server
    finally:
        server.close()


def _run_sync(local: Workspace, args: argparse.Namespace) -> None:
    from planner.domain.validation import printable
    from planner.sync.engine import sync

    with _server(args) as server:
        result = sync(local, server, progress=lambda text: print(f"  {text}", file=sys.stderr))
        print(f"Synced {local.location} with {server.location}: {result.summary()}")
        if result.details():
            print(f"  {result.details()}")
        for line in result.travel_details():
            print(f"  {printable(line)}")
    if result.conflicts:
        print(
            "Nothing was overwritten for those fields: review them with "
            "`planner sync --conflicts`, then `planner resolve --prefer local|server`."
        )


def cmd_sync(args: argparse.Namespace) -> int:
    if args.conflicts:  # any workspace: a bundle's conflicts may be on a server's
        return _list(args)
    _check_laptop(args)
    if not args.server:
        raise UserError(
            "give the team server: sync --server postgresql+psycopg://user@host/dbname "
            "(or --conflicts to list the open conflicts)"
        )
    with workspace(args) as local:
        _run_sync(local, args)
    return 0


def _shown(field: str, value: Any) -> str:
    from planner.domain.validation import printable

    if field == "deleted":
        return "deleted" if value else "kept (not deleted)"
    text = json.dumps(value, ensure_ascii=False)
    return printable(text if len(text) <= 80 else text[:79] + "…")


def _when(at: str) -> str:
    return at[:16].replace("T", " ") + " UTC" if at else "unknown"


def _list(args: argparse.Namespace) -> int:
    from planner.domain.validation import printable
    from planner.sync.conflicts import list_conflicts

    with workspace(args) as local:
        listed = list_conflicts(local)
    if args.json:
        print_json(
            [
                {
                    "id": i.conflict.id,
                    "kind": i.conflict.kind,
                    "record_id": i.conflict.record_id,
                    "record": i.label,
                    "field": i.conflict.field,
                    "local": {
                        "value": i.conflict.local_value,
                        "by": i.conflict.local.by,
                        "at": i.conflict.local.at,
                    },
                    "server": {
                        "value": i.conflict.server_value,
                        "by": i.conflict.server.by,
                        "at": i.conflict.server.at,
                    },
                    "other_side": "bundle" if i.from_bundle else "server",
                    "peer": i.peer,
                }
                for i in listed
            ]
        )
        return 0
    if not listed:
        print("No open conflicts.")
        return 0
    for item in listed:
        c = item.conflict
        print(f"{c.id[:8]}  {printable(item.label)} ({c.record_id})  field {c.field}")
        print(
            f"  here:   {_shown(c.field, c.local_value)}  by {printable(c.local.by)} "
            f"at {_when(c.local.at)}"
        )
        if item.from_bundle:
            print(
                f"  bundle: {_shown(c.field, c.server_value)}  from {printable(item.peer)} "
                f"at {_when(c.server.at)}"
            )
        else:
            print(
                f"  server: {_shown(c.field, c.server_value)}  by {printable(c.server.by)} "
                f"at {_when(c.server.at)}"
            )
    others = sorted({"bundle" if i.from_bundle else "server" for i in listed})
    print(
        f"{len(listed)} open conflict{'s' if len(listed) != 1 else ''}: "
        f"planner resolve --prefer local|{'|'.join(others)} [--conflict ID]"
    )
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from planner.sync.conflicts import resolve

    if args.server:
        _check_laptop(args)
    with workspace(args) as local:
        servers = _server_peers(local)
        done = resolve(local, args.prefer, args.conflict)
        if not done:
            print("No open conflicts to resolve.")
            return 0
        side = {
            "local": "this laptop's values",
            "server": "the server's values",
            "bundle": "the bundle's values",
        }[args.prefer]
        print(f"Resolved {len(done)} conflict{'s' if len(done) != 1 else ''}, keeping {side}.")
        if args.server:
            _run_sync(local, args)
        elif any(c.server_id in servers for c in done):
            print("The choice reaches the server at the next `planner sync --server URL`.")
        else:
            print(
                "The choice reaches the other laptop with your next bundle "
                "(`planner bundle export`)."
            )
    return 0


def _server_peers(local: Workspace) -> set[str]:
    """The peer ids of this workspace's open conflicts that are team servers."""
    from planner.sync.conflicts import list_conflicts

    return {i.conflict.server_id for i in list_conflicts(local) if not i.from_bundle}
