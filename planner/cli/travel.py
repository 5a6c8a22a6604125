"""`planner travel show|set|clear`: what this laptop carries when it syncs.

A travel copy holds only the chosen campaigns (and what they reference), optionally
only as one audience may see them (``--audience closed|public``), so an advocate
crossing a border carries the minimum. The next `planner sync` pulls nothing else and
removes from this laptop (never from the server) what it no longer carries.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from planner.cli.context import UserError, add_json_option, print_json, workspace

if TYPE_CHECKING:
    from planner.storage.workspace import Workspace


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "travel", help="what this laptop carries: chosen campaigns, optionally for an audience"
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="what this laptop is set to carry")
    add_json_option(show)
    show.set_defaults(handler=cmd_show)
    put = actions.add_parser("set", help="carry only these campaigns (replaces the setting)")
    put.add_argument(
        "--campaign",
        metavar="C",
        action="append",
        required=True,
        help="campaign id or exact name (repeat for several)",
    )
    put.add_argument(
        "--audience",
        choices=("closed", "public"),
        help="carry only what this audience may see (default: the full internal view)",
    )
    put.add_argument(
        "--server",
        metavar="URL",
        help="find campaigns this laptop does not hold yet on the team server",
    )
    put.add_argument("--server-password-file", metavar="FILE", help="as for sync")
    put.set_defaults(handler=cmd_set)
    clear = actions.add_parser("clear", help="carry everything the server shows again")
    clear.set_defaults(handler=cmd_clear)


def _names(ws: Workspace, ids: tuple[str, ...]) -> dict[str, str]:
    from planner.services import campaigns
    from planner.services.entity import NotFound

    out = {}
    for ident in ids:
        try:
            out[ident] = campaigns.get(ws, ident).name
        except NotFound:
            out[ident] = ""
    return out


def cmd_show(args: argparse.Namespace) -> int:
    from planner.domain.validation import printable
    from planner.sync.travel import travel_of

    with workspace(args) as ws:
        travel = travel_of(ws)
        names = _names(ws, travel.campaign_ids) if travel else {}
    if args.json:
        print_json(
            None
            if travel is None
            else {
                "campaigns": [{"id": i, "name": names[i] or None} for i in travel.campaign_ids],
                "audience": travel.audience or "internal",
            }
        )
        return 0
    if travel is None:
        print("This laptop carries everything the server shows it (no travel setting).")
        return 0
    seen = travel.audience or "internal (the full view)"
    print(f"This laptop carries {len(travel.campaign_ids)} campaign(s), audience {seen}:")
    for ident in travel.campaign_ids:
        name = printable(names[ident]) if names[ident] else "(not on this laptop yet)"
        print(f"  {name}  ({ident})")
    return 0


def _resolve(ws: Workspace, wanted: list[str], server: Workspace | None) -> list[str]:
    """Each campaign named by id or exact name: here, else on the server if given."""
    from planner.services import campaigns
    from planner.services.entity import NotFound

    ids = []
    for text in wanted:
        try:
            ids.append(campaigns.find(ws, text).id)
            continue
        except NotFound as exc:
            if server is None or "Several" in str(exc):
                hint = "" if server else " (give --server URL to choose one it does not hold yet)"
                raise UserError(f"{exc}{hint} Nothing was changed.") from None
        try:
            ids.append(campaigns.find(server, text).id)
        except NotFound as exc:
            raise UserError(f"{exc} (on {server.location}) Nothing was changed.") from None
    return ids


def cmd_set(args: argparse.Namespace) -> int:
    from planner.sync.travel import Travel, TravelError, set_travel

    with workspace(args) as ws:
        if args.server:
            from planner.cli.sync import _check_laptop, _server

            _check_laptop(args)
            with _server(args) as server:
                ids = _resolve(ws, args.campaign, server)
                here, there = _names(ws, tuple(ids)), _names(server, tuple(ids))
                names = {i: here[i] or there[i] for i in ids}
        else:
            ids = _resolve(ws, args.campaign, None)
            names = _names(ws, tuple(ids))
        try:
            leaving = set_travel(ws, Travel(tuple(ids), args.audience))
        except TravelError as exc:
            raise UserError(str(exc)) from None
    chosen = ", ".join(repr(names.get(i) or i) for i in dict.fromkeys(ids))
    seen = f"as the {args.audience} audience may see them" if args.audience else "in full"
    print(f"This laptop now carries {chosen}, {seen}.")
    if leaving:
        print(
            f"The next sync removes {len(leaving)} record(s) from this laptop (not from the "
            "server), its automatic backups with them."
        )
    else:
        print("The next sync brings down only that.")
    return 0


def cmd_clear(args: argparse.Namespace) -> int:
    from planner.sync.travel import set_travel

    with workspace(args) as ws:
        set_travel(ws, None)
    print("This laptop carries everything the server shows it again, from the next sync.")
    return 0
