"""`planner ics`: milestones of one campaign (or all) to an iCalendar file."""

from __future__ import annotations

import argparse

from planner import vocabulary as v
from planner.cli.context import workspace
from planner.exports.calendar import export_calendar
from planner.services import campaigns


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("ics", help="export milestones to an .ics calendar file")
    p.add_argument("--campaign", metavar="C", help="one campaign (id or exact name); default all")
    p.add_argument("--out", metavar="FILE.ics", required=True)
    p.add_argument(
        "--audience",
        choices=v.AUDIENCES,
        default="internal",
        help="who will see the calendar: closed/public leave out internal milestones and "
        "owners (default internal)",
    )
    p.set_defaults(handler=cmd_ics)


def cmd_ics(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        campaign_id = campaigns.find(ws, args.campaign).id if args.campaign else None
        count = export_calendar(ws, args.out, campaign_id, audience=args.audience)
    print(f"Wrote {args.out}: {count} milestone{'s' if count != 1 else ''} ({args.audience})")
    return 0
