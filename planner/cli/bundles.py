"""`planner bundle export|import`: share a campaign or workspace as a JSON bundle."""

from __future__ import annotations

import argparse

from planner.bundle import import_bundle_file, write_bundle
from planner.cli.context import workspace
from planner.services import campaigns


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("bundle", help="export or import a JSON bundle")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    e = actions.add_parser("export", help="write a campaign (or everything) to a bundle")
    e.add_argument("--campaign", metavar="C", help="one campaign (id or exact name)")
    e.add_argument("--out", metavar="FILE.json", required=True)
    e.set_defaults(handler=cmd_export)
    i = actions.add_parser("import", help="merge a bundle into the workspace (all or nothing)")
    i.add_argument("file", metavar="FILE.json")
    i.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        campaign_id = campaigns.find(ws, args.campaign).id if args.campaign else None
        counts = write_bundle(ws, args.out, campaign_id)
    detail = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
    print(f"Wrote {args.out}: {detail or 'empty workspace'}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with workspace(args, create=True) as ws:
        report = import_bundle_file(ws, args.file)
    print(f"Imported {args.file}: {report.summary()}")
    return 0
