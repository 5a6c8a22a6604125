"""`planner bundle export|import`: share a campaign or workspace as a JSON bundle.

Bundles of an encrypted workspace are encrypted (``--encrypt`` for others), with the
passphrase from ``--bundle-passphrase-file`` or else the workspace's own; import
recognises an encrypted bundle and asks for its passphrase the same way. Importing a
full bundle merges the records already here by the sync's rules
(``planner.sync.bundle_merge``): changes on both sides to one field become conflicts,
reviewed with ``planner sync --conflicts`` and settled with ``planner resolve``.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from planner.cli.context import UserError, output_file, passphrase, workspace
from planner.cli.counting import count, counts
from planner.cli.sharing import add_audience_options, audience_of, check_out, publish
from planner.exchange.bundle import ImportReport
from planner.exchange.bundle_crypto import is_encrypted_bundle, load_any_bundle
from planner.services import campaigns
from planner.storage.encryption import read_passphrase_file
from planner.storage.errors import WorkspaceError

if TYPE_CHECKING:
    from planner.sync.bundle_merge import BundleMerge


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("bundle", help="export or import a JSON bundle")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    e = actions.add_parser("export", help="write a campaign (or everything) to a bundle")
    e.add_argument("--campaign", metavar="C", help="one campaign (id or exact name)")
    e.add_argument("--out", metavar="FILE.json", required=True, help="where to write (.json)")
    enc = e.add_mutually_exclusive_group()
    enc.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the bundle (always done for an encrypted workspace)",
    )
    enc.add_argument(
        "--plaintext",
        action="store_true",
        help="write a readable bundle even from an encrypted workspace (handle with care)",
    )
    e.add_argument("--bundle-passphrase-file", metavar="FILE", help="passphrase for the bundle")
    add_audience_options(e)
    e.set_defaults(handler=cmd_export)
    i = actions.add_parser(
        "import",
        help="merge a bundle into the workspace (all or nothing; same-field edits on both "
        "sides become conflicts to resolve)",
    )
    i.add_argument("file", metavar="FILE.json")
    i.add_argument("--bundle-passphrase-file", metavar="FILE", help="passphrase of the bundle")
    i.set_defaults(handler=cmd_import)


def _bundle_passphrase(args: argparse.Namespace) -> str | None:
    if args.bundle_passphrase_file:
        try:
            return read_passphrase_file(args.bundle_passphrase_file)
        except WorkspaceError as exc:
            raise UserError(str(exc)) from None
    return passphrase(args)


def cmd_export(args: argparse.Namespace) -> int:
    out = output_file(args.out, ".json", "a bundle")
    check_out(out, args.force)
    audience = audience_of(args)
    with workspace(args) as ws:
        ids = [campaigns.find(ws, args.campaign).id] if args.campaign else []
        secret = None
        if (args.encrypt or ws.encrypted) and not args.plaintext:
            secret = _bundle_passphrase(args)
            if not secret:
                raise UserError(
                    "An encrypted bundle needs a passphrase (--bundle-passphrase-file)."
                )
            kind = "encrypted bundle"
        else:
            if ws.encrypted:
                print(
                    "warning: writing a readable bundle of an encrypted workspace", file=sys.stderr
                )
            kind = "bundle"
        written = publish(
            ws, "bundle", ids, audience, out, force=args.force, options={"passphrase": secret}
        ).detail
    detail = counts(written, skip_zero=True)
    print(f"Wrote {kind} {out} for audience {audience}: {detail or 'empty workspace'}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    secret = _bundle_passphrase(args) if is_encrypted_bundle(args.file) else None
    from planner.sync.bundle_merge import import_merging

    with workspace(args, create=True) as ws:
        report = import_merging(ws, load_any_bundle(args.file, secret))
    if report.redacted is not None:
        print(f"Imported {args.file}: {_import_summary(report.redacted)}")
        return 0
    print(f"Imported {args.file} from {report.sender}: {_merge_summary(report)}")
    if report.conflict_count:
        print(
            "Nothing was overwritten for those fields: they stay open until you choose. "
            "List them with `planner sync --conflicts`, then keep yours or the bundle's "
            "with `planner resolve --prefer local|bundle [--conflict ID]`."
        )
    return 0


def _counted(groups: tuple[tuple[str, dict[str, int]], ...]) -> list[str]:
    """'created 3 (1 campaign, 2 asks)' for each group with a count, each noun agreeing."""
    parts = []
    for label, numbers in groups:
        total = sum(numbers.values())
        if total:
            parts.append(f"{label} {total:,} ({counts(numbers, skip_zero=True)})")
    return parts


def _merge_summary(report: BundleMerge) -> str:
    """'created 2 (…); updated 1 (…); merged 1 (…); 4 unchanged; 2 conflicts waiting for
    your review (…)': a conflict is open, never settled by the import."""
    parts = _counted(
        (
            ("created", report.created),
            ("updated from the bundle", report.updated),
            ("merged (changes of both sides)", report.merged),
            ("kept as changed here", report.kept),
        )
    )
    unchanged = sum(report.unchanged.values())
    if unchanged:
        parts.append(f"{unchanged:,} unchanged")
    if report.conflict_count:
        parts.append(
            f"{count(report.conflict_count, 'conflict', 'conflicts')} waiting for your review "
            f"({counts(report.conflicts, skip_zero=True)})"
        )
    else:
        parts.append("no conflicts")
    return "; ".join(parts)


def _import_summary(report: ImportReport) -> str:
    """'created 3 (1 campaign, 2 asks); deleted 1 (1 stakeholder); 4 unchanged', each noun
    agreeing with its count: every record of the bundle is in exactly one of the counts."""
    parts = _counted(
        (("created", report.created), ("updated", report.updated), ("deleted", report.deleted))
    )
    unchanged = sum(report.unchanged.values())
    if unchanged:
        parts.append(f"{unchanged:,} unchanged")
    kept = sum(report.kept.values())
    if kept:
        parts.append(f"{kept:,} already here kept as they are (a redacted bundle never overwrites)")
    return "; ".join(parts) or "nothing to import"
