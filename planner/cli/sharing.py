"""What every export command shares: the audience option, --force, and the gate's report.

Each export command (brief, tracker, ics, bundle export) sends its file through the
gate (``planner.publishing.gate``). Before the file is written, every withheld name or
contact the gate found in free text and replaced is printed on stderr, one line each,
so the person exporting knows what the reader will not see.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from planner.cli.context import UserError, output_file
from planner.domain import vocabulary as v
from planner.domain.audience import (
    DEFAULT_AUDIENCE,
    Audience,
    audience_cli_help,
    check_audience,
)
from planner.storage.workspace import Workspace


def add_audience_options(p: argparse.ArgumentParser) -> None:
    """--audience (one default, one vocabulary) and --force, the same on every export."""
    p.add_argument("--audience", choices=v.AUDIENCES, default=None, help=audience_cli_help())
    p.add_argument("--force", action="store_true", help="replace the file if it already exists")


def audience_of(args: argparse.Namespace) -> Audience:
    """The --audience given (argparse has checked it against the choices), else the default."""
    return check_audience(args.audience or DEFAULT_AUDIENCE)


def export_target(args: argparse.Namespace, suffix: str, what: str) -> Path:
    """The --out file of an export (``what``: "a calendar"), refused at once if unusable."""
    out = output_file(args.out, suffix, what)
    check_out(out, args.force)
    return out


def check_out(out: Path, force: bool) -> None:
    """Refuse at once (before any work) a file that exists (without --force) or a symlink."""
    from planner.files.atomic import check_target

    try:
        check_target(out, force=force)
    except OSError as exc:
        raise UserError(str(exc)) from None


def publish(
    ws: Workspace,
    name: str,
    campaign_ids: Sequence[str],
    audience: Audience,
    out: Path,
    *,
    force: bool,
    options: Mapping[str, Any] | None = None,
) -> Any:
    """Prepare, report the replacements on stderr, then write: the gate's ``Published``."""
    from planner.publishing import gate

    told: set[Any] = set()

    def tell(snapshot: Any) -> None:  # as each campaign is read: a tracker streams them
        for r in snapshot.replacements:
            if r not in told:
                told.add(r)
                print(f"planner: {r.line()}", file=sys.stderr)

    prepared = gate.prepare(ws, name, campaign_ids, audience, lazy=True, on_snapshot=tell)
    try:
        return gate.publish(ws, prepared, out, options=options, force=force)
    except OSError as exc:
        raise UserError(str(exc)) from None
