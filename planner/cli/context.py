"""What every CLI command shares: opening the workspace, printing tables, failing politely."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.files.atomic import OutputPathError, check_name, check_output

if TYPE_CHECKING:
    from planner.storage.workspace import Workspace


def user_errors() -> tuple[type[Exception], ...]:
    """The errors a user can cause; anything else is a bug and keeps its traceback.

    Imported when first needed, not with this module: ``planner --help`` should not load
    SQLAlchemy and the bundle code to print its help, nor `planner campaigns` the bundle
    code."""
    from planner.domain.validation import ValidationError
    from planner.services.entity import ConflictError, NotFound
    from planner.storage.errors import WorkspaceError

    errors = (WorkspaceError, ValidationError, NotFound, ConflictError, OSError)
    bundle = sys.modules.get("planner.exchange.bundle")  # not loaded: nothing can raise its error
    return errors if bundle is None else (*errors, bundle.BundleError)


def __getattr__(name: str) -> Any:
    if name == "USER_ERRORS":  # ``from planner.cli.context import USER_ERRORS``
        return user_errors()
    raise AttributeError(name)


# Commands (and actions) that only read the workspace, at most adding an audit entry.
# They skip the integrity check on open unless the last session did not end cleanly
# (``store.closed_cleanly``): the check reads every page (0.9 s at 100 000 stakeholders,
# more encrypted), which made every `planner campaigns` wait for it. Commands that
# change user data, back it up or migrate it check first, as does `planner check`.
READ_ONLY_COMMANDS = frozenset(
    {
        ("campaigns", None),
        ("stakeholders", None),
        ("search", None),
        ("votes", None),
        ("moments", "list"),
        ("ics", None),
        ("brief", None),
        ("tracker", None),
        ("backups", None),
        ("audit", None),
        ("bundle", "export"),
        ("travel", "show"),
    }
)


def integrity_check_on_open(args: argparse.Namespace) -> bool | str:
    """What ``open_workspace(check=...)`` gets for this command line."""
    command = (getattr(args, "command", None), getattr(args, "action", None))
    if command[0] == "import-tracker" and getattr(args, "dry_run", False):
        return "if-unclean"  # a preview: the rehearsal is rolled back, nothing is written
    return "if-unclean" if command in READ_ONLY_COMMANDS else True


class UserError(Exception):
    """A mistake the user can fix; printed as one line, exit code 1."""


def report_error(message: str) -> int:
    """Print a user's error: one line (or a listed few), hostile characters escaped.

    Messages quote what the user gave; a bundle or spreadsheet can carry terminal escape
    sequences or bidi overrides, which are written out as ``\\x1b`` or ``\\u202e``.
    """
    from planner.domain.validation import printable  # hostile input's control characters escaped

    print(f"planner: error: {printable(message, keep_newlines=True)}", file=sys.stderr)
    return 1


PASSPHRASE_ENV = "PLANNER_PASSPHRASE"


def passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from ``--passphrase-file`` or ``$PLANNER_PASSPHRASE``, if any."""
    from planner.storage.encryption import read_passphrase_file
    from planner.storage.errors import WorkspaceError

    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            return read_passphrase_file(path)
        except WorkspaceError as exc:
            raise UserError(str(exc)) from None
    return os.environ.get(PASSPHRASE_ENV) or None


# Commands that change the workspace (command, or command and action). They hold the
# workspace's instance lock for their whole run: never while the app has it open, and
# one after another (a second waits up to LOCK_WAIT_S for the first). Readers need no
# lock: SQLite gives them a consistent snapshot while someone writes.
WRITING_COMMANDS = frozenset(
    {
        "init",
        "demo",
        "backup",
        "import-tracker",
        "sync",
        "resolve",
        ("bundle", "import"),
        ("moments", "add"),
        ("travel", "set"),
        ("travel", "clear"),
    }
)
LOCK_WAIT_S = 30.0


def writes(args: argparse.Namespace) -> bool:
    command = getattr(args, "command", None)
    if command == "import-tracker" and getattr(args, "dry_run", False):
        return False
    if command == "sync" and getattr(args, "conflicts", False):
        return False
    return command in WRITING_COMMANDS or (command, getattr(args, "action", None)) in (
        WRITING_COMMANDS
    )


def workspace_path(args: argparse.Namespace) -> Path:
    """The workspace file the command names: ``--db``, else ``$PLANNER_DB``, else the default."""
    from planner.storage.locations import default_workspace_path

    given = getattr(args, "db", None)
    return Path(given).expanduser() if given else default_workspace_path()


@contextmanager
def workspace(args: argparse.Namespace, *, create: bool = False) -> Iterator[Workspace]:
    from sqlalchemy.exc import OperationalError

    from planner.storage.backends import is_server_url
    from planner.storage.errors import BUSY_TIMEOUT_MS
    from planner.storage.instance_lock import InstanceLock
    from planner.storage.store import open_workspace

    given = getattr(args, "db", None) or os.environ.get("PLANNER_DB")
    on_server = is_server_url(given)
    # A server keeps its own locks; a file gets the one writer lock beside its real path.
    lock = InstanceLock(workspace_path(args)) if writes(args) and not on_server else None
    try:
        if lock is not None:
            lock.acquire(wait=LOCK_WAIT_S)
        ws = open_workspace(
            given if on_server else workspace_path(args),
            create=create,
            passphrase=passphrase(args),
            check=integrity_check_on_open(args),
        )
        if ws.recovery_key:
            print(
                f"Created {ws.path} encrypted. Recovery key (shown only this once; write it "
                f"down and keep it apart from this computer):\n  {ws.recovery_key}",
                file=sys.stderr,
            )
        try:
            yield ws
        finally:
            ws.close()
    except OperationalError as exc:  # a write outside a unit of work (a migration)
        if "locked" not in str(exc.orig):
            raise
        raise UserError(
            f"{workspace_path(args).name} is busy: another program kept it locked for more "
            f"than {BUSY_TIMEOUT_MS / 1000:g} s; try again."
        ) from None
    except Exception as exc:  # the lock taken by the app or another command, among others
        if isinstance(exc, user_errors()):
            raise UserError(str(exc)) from None
        raise
    finally:
        if lock is not None:
            lock.release()


def output_file(raw: str, suffix: str, what: str) -> Path:
    """The path an export command will write ``what`` (e.g. "a PDF brief") to.

    A name without an extension gets ``suffix`` (``--out brief`` writes brief.pdf, and the
    command's "Wrote …" line shows it); a different extension is refused rather than
    writing a PDF named .txt. The folder must already exist and be writable: the check is
    made before any work, so a mistyped path fails at once, with nothing written.
    """
    path = Path(raw).expanduser()
    try:
        check_name(path)  # first: asking the file system about a too-long name fails
        if path.is_dir():
            raise UserError(f"Cannot write {raw}: it is a folder; give a file name in it")
        if not path.suffix:
            path = path.with_name(path.name + suffix)
        elif path.suffix.lower() != suffix:
            raise UserError(
                f"Cannot write {raw}: the file name of {what} must end in {suffix} "
                f"(for example {path.with_suffix(suffix).name})"
            )
        return check_output(path)
    except OSError as exc:  # a name too long for the file system, among others
        message = str(exc) if isinstance(exc, OutputPathError) else _os_reason(raw, exc)
        raise UserError(message) from None


def _os_reason(raw: str, exc: OSError) -> str:
    shown = raw if len(raw) <= 60 else raw[:59] + "…"
    return f"Cannot write {shown}: {exc.strerror or exc.__class__.__name__}"


def add_json_option(p: argparse.ArgumentParser) -> None:
    """--json: the command prints its answer as JSON (``print_json``) instead of a table."""
    p.add_argument("--json", action="store_true", help="machine-readable output")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], *, max_width: int = 40
) -> None:
    """A plain aligned table; long cells are cut with an ellipsis."""

    def cell(value: Any) -> str:
        text = "" if value is None else str(value)
        text = text.replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
