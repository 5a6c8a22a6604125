"""`planner init`, `planner demo`, `planner check`: creating and checking workspaces."""

from __future__ import annotations

import argparse
import sys
import time

from planner.cli.context import UserError, add_json_option, print_json, workspace
from planner.cli.counting import counts as count_phrase
from planner.domain.models import Campaign


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("init", help="create an empty workspace (or upgrade an existing one)")
    p.add_argument("--name", help="a name for the workspace, shown in the title bar")
    p.set_defaults(handler=cmd_init)

    p = commands.add_parser("demo", help="fill a new workspace with demo or synthetic data")
    p.add_argument("--scale", type=int, metavar="N", help="synthetic workspace with N stakeholders")
    p.add_argument("--seed", type=int, default=1, help="random seed for --scale (default 1)")
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser("check", help="check integrity and schema version")
    add_json_option(p)
    p.set_defaults(handler=cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    with workspace(args, create=True) as ws:
        if args.name:
            ws.set_info("name", args.name)
        print(f"Workspace ready: {ws.location} (schema {ws.schema_revision()})")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from planner import demo
    from planner.storage.workspace import count_rows

    with workspace(args, create=True) as ws:
        if count_rows(ws, Campaign):
            raise UserError(
                f"{ws.location} already holds campaigns; demo data goes into a new workspace."
            )
        started = time.perf_counter()
        if args.scale is not None:
            if args.scale < 1:
                raise UserError(f"--scale must be a positive number, not {args.scale}")

            def progress(done: int, total: int) -> None:
                print(f"\r  {done:,} / {total:,} rows", end="", file=sys.stderr, flush=True)

            counts = demo.build_scale(ws, args.scale, seed=args.seed, progress=progress)
            print(file=sys.stderr)
        else:
            counts = demo.build_demo(ws)
        elapsed = time.perf_counter() - started
        detail = count_phrase(counts)
        print(f"Demo workspace {ws.location}: {detail} ({elapsed:.1f} s)")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from planner.storage.store import check_workspace

    with workspace(args) as ws:
        facts = check_workspace(ws)
    if args.json:
        print_json(facts)
    else:
        for key, value in facts.items():
            print(f"{key.replace('_', ' '):>14}: {value}")
    healthy = (
        facts["integrity"] == "ok"
        and facts["foreign_keys"] == "ok"
        and facts["search_index"] == "ok"
    )
    return 0 if healthy else 1
