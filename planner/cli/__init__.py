"""The `planner` command: the same services as the GUI, for scripts and the terminal.

Each command group lives in its own module with a ``register(subparsers)`` function;
``COMMAND_MODULES`` lists them. User mistakes print one clear line to stderr and exit 1
(argparse exits 2 for usage errors); tracebacks are kept for real bugs.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from planner import __version__
from planner.cli.context import UserError, report_error

COMMAND_MODULES = (
    "planner.cli.workspace",
    "planner.cli.listing",
    "planner.cli.bundles",
    "planner.cli.brief",
    "planner.cli.protection",
    "planner.cli.votes",
    "planner.cli.moments",
    "planner.cli.calendar",
    "planner.cli.tracker",
    "planner.cli.sign_ons",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Campaign Planner: campaigns, stakeholders and moments for convenors.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="workspace file (default: $PLANNER_DB, else the workspace in your user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="file holding the passphrase (or recovery key) of an encrypted workspace "
        "(default: $PLANNER_PASSPHRASE); never give a passphrase on the command line",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except UserError as exc:
        return report_error(str(exc))
    except KeyboardInterrupt:
        return report_error("interrupted")
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
