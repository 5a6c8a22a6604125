"""The ``campaign-planner`` entry point: arguments, the QApplication, the first window.

campaign-planner            the last workspace (the welcome screen on first run)
campaign-planner --demo     the demo workspace (built on first use)
campaign-planner PATH       a workspace file anywhere (created if missing)
campaign-planner --version
campaign-planner --self-test   check this build offscreen (CI runs it on the frozen app)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ui.application import make_app, version


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="campaign-planner", description=__doc__.splitlines()[0])
    parser.add_argument(
        "path",
        nargs="?",
        help="workspace file to open, or a team server: postgresql+psycopg://user@host/dbname",
    )
    parser.add_argument("--demo", action="store_true", help="open the demo workspace")
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open a demo workspace offscreen, render the views, write a tracker and a brief",
    )
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def build_window(args: argparse.Namespace):
    """The main window on the workspace the arguments ask for."""
    from planner.storage.backends import is_server_url
    from ui import workspace_files as files
    from ui.main_window import MainWindow

    window = MainWindow()
    if args.demo:
        window.open_demo()
    elif args.path is not None and is_server_url(args.path):
        window.open_server(args.path)
    elif args.path is not None:
        window.open_path(Path(args.path), create=True)
    else:
        last = files.last_workspace()
        if last is not None and last.exists():
            window.open_path(last)
    return window


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from ui import self_test

        return self_test.main()
    from ui import xcb_libraries

    missing = xcb_libraries.problem()
    if missing is not None:  # instead of Qt's abort, which names the wrong library
        print(missing, file=sys.stderr)
        return 1
    app = make_app()
    window = build_window(args)
    window.show()
    code = app.exec()
    from ui import operations

    operations.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
