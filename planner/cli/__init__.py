"""The `planner` command: the same services as the GUI, for scripts and the terminal.

Each command group lives in its own module with a ``register(subparsers)`` function;
``COMMANDS_BY_MODULE`` lists each module's commands with their one-line help (``COMMANDS``
says the same by command). Only the module of the command being run is imported:
importing them all (openpyxl, reportlab, the bundle code) cost about a second before
``planner --version`` could answer. The other commands
are listed by name and help alone, so ``planner --help`` imports no command module; a
test keeps the help here equal to what each module registers.
User mistakes print one clear line to stderr and exit 1 (argparse exits 2 for usage
errors); tracebacks are kept for real bugs.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence

from planner import __version__
from planner.cli.context import PASSPHRASE_ENV, UserError, report_error

# Each command module's commands and their one-line help, in the order `planner --help`
# lists them.
COMMANDS_BY_MODULE: dict[str, dict[str, str]] = {
    "workspace": {
        "init": "create an empty workspace (or upgrade an existing one)",
        "demo": "fill a new workspace with demo or synthetic data",
        "check": "check integrity and schema version",
    },
    "listing": {
        "campaigns": "list campaigns",
        "stakeholders": "list stakeholders",
        "search": "search everything (prefixes, accents ignored)",
    },
    "bundles": {
        "bundle": "export or import a JSON bundle",
    },
    "brief": {
        "brief": "write a campaign's PDF advocacy brief",
    },
    "protection": {
        "encrypt": "encrypt the workspace in place (after a backup)",
        "decrypt": "remove encryption from the workspace (after a backup)",
        "rekey": "change the passphrase of an encrypted workspace",
        "backup": "back up the workspace now",
        "backups": "list backups, newest first",
        "restore": "replace the workspace by a backup (the current state is backed up first)",
        "audit": "show or export the audit trail",
    },
    "votes": {
        "votes": "expected and actual totals of a vote, overall and by regional group",
    },
    "moments": {
        "moments": "recurring UN moments and international days",
    },
    "calendar": {
        "ics": "export milestones to an .ics calendar file",
    },
    "tracker": {
        "tracker": "write the Excel tracker of a campaign",
        "import-tracker": "apply an edited tracker (preview, then all or nothing)",
    },
    "sign_ons": {
        "sign-ons": "joint letters, statements and endorsements of an ask, and who signed",
    },
    "team": {
        "team": "members of a team server and their campaigns",
    },
    "sync": {
        "sync": "sync this laptop's workspace with the team server",
        "resolve": "resolve conflicts: keep this side, or the server's or bundle's",
    },
    "travel": {
        "travel": "what this laptop carries: chosen campaigns, optionally for an audience",
    },
}
COMMANDS: dict[str, tuple[str, str]] = {
    name: (module, help_text)
    for module, commands in COMMANDS_BY_MODULE.items()
    for name, help_text in commands.items()
}
COMMAND_MODULES = tuple(f"planner.cli.{module}" for module in COMMANDS_BY_MODULE)
_GLOBAL_WITH_VALUE = ("--db", "--passphrase-file")


def _global_options(argv: Sequence[str]) -> tuple[dict[str, str], str | None]:
    """The global options given before the command (``--db X`` or ``--db=X``), and the
    command's word (None when there is none)."""
    given: dict[str, str] = {}
    args = iter(argv)
    for arg in args:
        name, eq, value = arg.partition("=")
        if name in _GLOBAL_WITH_VALUE:
            given[name] = value if eq else next(args, "")
        elif not arg.startswith("-"):
            return given, arg
    return given, None


def command_in(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` (after the global options), if it is one we know."""
    word = _global_options(argv)[1]
    return word if word in COMMANDS else None


def build_parser(command: str | None = None, *, every: bool = True) -> argparse.ArgumentParser:
    """The parser. With ``command``, only that command's module is imported and registered
    in full; the other commands appear by name and help alone, as all of them do with
    ``every=False`` (``--help``, ``--version``, a mistyped command). Otherwise every
    module registers its commands."""
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Campaign Planner: campaigns, stakeholders and moments for convenors.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="workspace file, or a team server as postgresql+psycopg://user@host/dbname "
        "(default: $PLANNER_DB, else the workspace in your user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="file holding the passphrase (or recovery key) of an encrypted workspace "
        "(default: $PLANNER_PASSPHRASE); never give a passphrase on the command line",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    if command is None and every:
        for name in COMMAND_MODULES:
            importlib.import_module(name).register(commands)
        return parser
    wanted = COMMANDS[command][0] if command is not None else None
    for module, helps in COMMANDS_BY_MODULE.items():
        if module == wanted:  # it registers all its commands, in the order listed above
            importlib.import_module(f"planner.cli.{module}").register(commands)
        else:
            for name, help_text in helps.items():
                commands.add_parser(name, help=help_text)
    return parser


def unlock_ahead(argv: Sequence[str]) -> None:
    """Start deriving an encrypted workspace's key before the command's code is loaded.

    The workspace and passphrase come from the same places the command will read them:
    ``--db``, else ``$PLANNER_DB``, else the default workspace; ``--passphrase-file``, else
    ``$PLANNER_PASSPHRASE``. The derivation (scrypt, ~0.4 s) then runs beside the imports
    (~0.3 s) instead of after them; the open takes its result (``encryption.unlock``).
    Only for a command that will open the workspace; never for ``--help``.
    """
    given, word = _global_options(argv)
    if word not in COMMANDS or "-h" in argv or "--help" in argv:
        return
    from planner.storage import encryption
    from planner.storage.errors import WorkspaceError
    from planner.storage.locations import default_workspace_path

    try:
        secret = (
            encryption.read_passphrase_file(given["--passphrase-file"])
            if given.get("--passphrase-file")
            else os.environ.get(PASSPHRASE_ENV)
        )
    except WorkspaceError:
        return  # the command says what is wrong with the file, when it reads it
    if secret:  # (a server's URL is no file: nothing is started for it)
        encryption.unlock_ahead(given.get("--db") or default_workspace_path(), secret)


_frozen = False  # the modules' objects are moved out of the collector's sight once


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    global _frozen
    unlock_ahead(argv)
    if _frozen:
        parser = build_parser(command_in(argv), every=False)
    else:
        # Importing the command's modules (SQLAlchemy, the models, openpyxl) makes some
        # 80 000 objects that live until exit; the cyclic collector ran over them during
        # the imports and again at every full collection of the command's own work
        # (~0.15 s of CPU, a seventh of a tracker export or import at 100k). Frozen,
        # they are kept out of every collection.
        gc.disable()
        try:
            parser = build_parser(command_in(argv), every=False)
        finally:
            gc.freeze()
            gc.enable()
            _frozen = True
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
