"""`planner ics`: milestones of one campaign (or all) to an iCalendar file."""

from __future__ import annotations

import argparse

from planner.cli.context import workspace
from planner.cli.counting import count
from planner.cli.sharing import add_audience_options, audience_of, export_target, publish
from planner.services import campaigns


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("ics", help="export milestones to an .ics calendar file")
    p.add_argument("--campaign", metavar="C", help="one campaign (id or exact name); default all")
    p.add_argument("--out", metavar="FILE.ics", required=True, help="where to write (.ics)")
    add_audience_options(p)
    p.set_defaults(handler=cmd_ics)


def cmd_ics(args: argparse.Namespace) -> int:
    out = export_target(args, ".ics", "a calendar")
    audience = audience_of(args)
    with workspace(args) as ws:
        ids = [campaigns.find(ws, args.campaign).id] if args.campaign else []
        written = publish(ws, "ics", ids, audience, out, force=args.force).detail
    print(f"Wrote {out}: {count(written, 'milestone')} ({audience})")
    return 0
