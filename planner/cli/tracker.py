"""`planner tracker` and `planner import-tracker`: the Excel tracker, out and back in."""

from __future__ import annotations

import argparse
import sys

from planner.cli.context import UserError, workspace
from planner.cli.counting import counts
from planner.cli.sharing import add_audience_options, audience_of, export_target, publish
from planner.domain.audience import MARKINGS
from planner.services import campaigns


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    e = commands.add_parser("tracker", help="write the Excel tracker of a campaign")
    which = e.add_mutually_exclusive_group(required=True)
    which.add_argument("--campaign", metavar="C", help="campaign id or exact name")
    which.add_argument("--all", action="store_true", help="every campaign in one workbook")
    e.add_argument("--out", metavar="FILE.xlsx", required=True, help="where to write (.xlsx)")
    add_audience_options(e)
    e.set_defaults(handler=cmd_export)
    i = commands.add_parser(
        "import-tracker", help="apply an edited tracker (preview, then all or nothing)"
    )
    i.add_argument("file", metavar="FILE.xlsx")
    i.add_argument("--dry-run", action="store_true", help="show the changes, apply nothing")
    i.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    out = export_target(args, ".xlsx", "the tracker")
    with workspace(args) as ws:
        if args.all:
            ids = [c.id for c in campaigns.list_campaigns(ws)]
            if not ids:
                raise UserError("the workspace has no campaigns")
        else:
            ids = [campaigns.find(ws, args.campaign).id]
        published = publish(ws, "tracker", ids, audience_of(args), out, force=args.force)
    marking = MARKINGS[published.audience].lower()
    print(f"Wrote {published.path} ({marking}): {counts(published.detail.sheets)}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    # here, not at the top: writing a tracker needs none of the importer (~0.1 s to load)
    from planner.imports.tracker_import import TrackerImportError, apply_tracker, read_tracker
    from planner.publishing.exports.tracker_format import TrackerCancelled

    with workspace(args) as ws:
        try:
            plan = read_tracker(ws, args.file)
            for note in plan.notes:
                print(f"note: {note}")
            for change in plan.changes:
                print(change)
            if plan.problems:
                for problem in plan.problems:
                    print(f"problem: {problem}", file=sys.stderr)
                raise UserError(
                    f"{len(plan.problems)} problem(s) in {args.file}; fix them and import "
                    "again. Nothing was changed."
                )
            if not plan.ops:
                print(f"{args.file}: no changes.")
                return 0
            if args.dry_run:
                print(f"Dry run: would apply {plan.summary()}. Nothing was changed.")
                return 0
            apply_tracker(ws, plan)
        except (TrackerImportError, TrackerCancelled) as exc:
            raise UserError(str(exc)) from None
    print(f"Imported {args.file}: {plan.summary()}.")
    return 0
