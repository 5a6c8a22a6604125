"""`planner moments list|add`: the library of recurring moments, added to a campaign."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt

from planner.cli.context import UserError, add_json_option, print_json, print_table, workspace
from planner.cli.counting import count
from planner.planning import moments
from planner.services import campaigns


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("moments", help="recurring UN moments and international days")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    ls = actions.add_parser("list", help="the moments library, with dates for a year")
    ls.add_argument("--year", type=int, default=dt.date.today().year, help="default: this year")
    add_json_option(ls)
    ls.set_defaults(handler=cmd_list)
    add = actions.add_parser("add", help="add moments to a campaign as milestones")
    add.add_argument("keys", nargs="+", metavar="KEY", help="moment keys (see `moments list`)")
    add.add_argument("--campaign", metavar="C", required=True, help="campaign id or exact name")
    add.add_argument("--year", type=int, required=True)
    add.set_defaults(handler=cmd_add)


def cmd_list(args: argparse.Namespace) -> int:
    try:
        with workspace(args) as ws:
            library = moments.load_library(ws)
    except UserError:  # no workspace yet: the built-in library still answers
        library = moments.load_library(None)
    rows = []
    for m in sorted(library.values(), key=lambda m: moments.dates_for(m, args.year)[0]):
        start, end = moments.dates_for(m, args.year)
        rows.append((m, start, end))
    if args.json:
        print_json(
            [
                {
                    **dataclasses.asdict(m),
                    "title": moments.title_for(m, args.year),
                    "date": start,
                    "end_date": end,
                    "rule_text": moments.describe_rule(m),
                }
                for m, start, end in rows
            ]
        )
        return 0
    print_table(
        ["Key", "Moment", "Kind", f"Dates {args.year}", "Rule"],
        [
            (
                m.key,
                moments.title_for(m, args.year),
                m.kind,
                start.isoformat() + (f" – {end.isoformat()}" if end else ""),
                moments.describe_rule(m),
            )
            for m, start, end in rows
        ],
        max_width=60,
    )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        campaign = campaigns.find(ws, args.campaign)
        created = moments.add_moments(ws, campaign.id, args.keys, args.year)
    skipped = len(args.keys) - len(created)
    for m in created:
        span = m.date.isoformat() + (f" – {m.end_date.isoformat()}" if m.end_date else "")
        print(f"Added {m.title} ({span})")
    if skipped:
        print(f"{count(skipped, 'moment')} already in {campaign.name}; not added again.")
    return 0
