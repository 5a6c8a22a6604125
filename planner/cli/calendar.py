"""`planner ics`: milestones of one campaign (or all) to an iCalendar file."""

from __future__ import annotations

import argparse

from planner import vocabulary as v
from planner.cli.context import output_file, workspace
from planner.cli.counting import count
from planner.exports.calendar import export_calendar
from planner.services import campaigns


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("ics", help="export milestones to an .ics calendar file")
    p.add_argument("--campaign", metavar="C", help="one campaign (id or exact name); default all")
    p.add_argument("--out", metavar="FILE.ics", required=True, help="where to write (.ics)")
    p.add_argument(
        "--audience",
        choices=v.AUDIENCES,
        default="internal",
        help="who will see the calendar: closed/public leave out internal milestones and "
        "owners (default internal)",
    )
    p.set_defaults(handler=cmd_ics)


def cmd_ics(args: argparse.Namespace) -> int:
    out = output_file(args.out, ".ics", "a calendar")
    with workspace(args) as ws:
        campaign_id = campaigns.find(ws, args.campaign).id if args.campaign else None
        written = export_calendar(ws, out, campaign_id, audience=args.audience)
    print(f"Wrote {out}: {count(written, 'milestone')} ({args.audience})")
    return 0
