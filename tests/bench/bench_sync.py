"""Benchmark: syncing a laptop (SQLite file) with a team server (PostgreSQL on loopback).

Run: ``.venv/bin/python tests/bench/bench_sync.py [--n 2000]`` (with
``PLANNER_TEST_PG_URL`` set, or it starts the throwaway test server itself).

A laptop filled by ``build_scale`` with ``--n`` stakeholders is synced to an empty
server database (the first full sync: every record pushed), then again with nothing to
do, then after 1 000 of its stakeholders were edited. Then the travel copy: a fresh
laptop pulls everything (the baseline), another pulls only the biggest campaign, for
the full view and for a closed audience, and the full laptop narrows to that campaign
(removing the rest, rebuilding its file). Each figure is one timed run.

``--workspace FILE`` syncs a copy of an existing laptop instead of building one (a
``demo --scale 100000`` file takes minutes to build); ``--first-only`` stops after the
first full sync and the sync with nothing to do (the 100k first sync alone takes
minutes).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from sqlalchemy import select

    from planner.demo import build_scale
    from planner.domain.models import Stakeholder
    from planner.storage.store import open_workspace
    from planner.sync.engine import sync
    from tests import postgres_server

    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--workspace", type=Path, help="a laptop file to copy and sync")
    parser.add_argument("--first-only", action="store_true", help="first and idle sync only")
    args = parser.parse_args()
    server_url, started = postgres_server.start()
    try:
        with (
            tempfile.TemporaryDirectory() as tmp,
            postgres_server.fresh_database(server_url) as db_url,
        ):
            if args.workspace:
                import shutil

                from planner.domain.models import new_id

                shutil.copyfile(args.workspace, Path(tmp) / "laptop.db")
                laptop = open_workspace(Path(tmp) / "laptop.db")
                laptop.set_info("workspace_id", new_id())  # a laptop of its own
                with laptop.reading() as s:
                    args.n = len(s.scalars(select(Stakeholder.id)).all())
            else:
                laptop = open_workspace(Path(tmp) / "laptop.db")
                build_scale(laptop, args.n, seed=1)
            server = open_workspace(db_url)
            t = time.perf_counter()
            first = sync(laptop, server)
            first_s = time.perf_counter() - t
            t = time.perf_counter()
            idle = sync(laptop, server)
            idle_s = time.perf_counter() - t
            if args.first_only:
                records = sum(first.pushed.values())
                print(f"laptop of {args.n:,} stakeholders ({records:,} records)")
                print(f"  first full sync (push all): {first_s:7.2f} s  {first.summary()}")
                print(f"  sync with nothing to do:    {idle_s:7.2f} s  {idle.summary()}")
                laptop.close()
                server.close()
                return
            with laptop.session() as s:
                for i, person in enumerate(s.scalars(select(Stakeholder).limit(1000))):
                    person.notes = f"edited offline {i}"
            t = time.perf_counter()
            changed = sync(laptop, server)
            changed_s = time.perf_counter() - t
            records = sum(first.pushed.values())
            print(f"laptop of {args.n:,} stakeholders ({records:,} records)")
            print(f"  first full sync (push all): {first_s:7.2f} s  {first.summary()}")
            print(f"  sync with nothing to do:    {idle_s:7.2f} s  {idle.summary()}")
            print(f"  sync of 1 000 edited:       {changed_s:7.2f} s  {changed.summary()}")
            _travel(Path(tmp), server, laptop)
            laptop.close()
            server.close()
    finally:
        if started:
            postgres_server.stop(started)


def _travel(tmp: Path, server: object, full: object) -> None:
    from planner.domain.models import new_id
    from planner.storage.store import open_workspace
    from planner.sync.engine import sync
    from planner.sync.travel import Travel, set_travel
    from tests.bench.sql_capture import biggest_campaign

    camp = biggest_campaign(full)

    def fresh(name: str, travel: Travel | None) -> tuple[float, str]:
        ws = open_workspace(tmp / f"{name}.db")
        ws.set_info("workspace_id", new_id())
        if travel is not None:
            set_travel(ws, travel)
        t = time.perf_counter()
        result = sync(ws, server)  # type: ignore[arg-type]
        took = time.perf_counter() - t
        ws.close()
        return took, result.summary()

    base_s, base = fresh("everything", None)
    one_s, one = fresh("one", Travel((camp,)))
    closed_s, closed = fresh("closed", Travel((camp,), "closed"))
    print(f"  fresh laptop, pull all:     {base_s:7.2f} s  {base}")
    print(f"  travel copy of 1 campaign:  {one_s:7.2f} s  ({one_s / base_s:.2f}x)  {one}")
    print(f"  the same, closed audience:  {closed_s:7.2f} s  ({closed_s / base_s:.2f}x)  {closed}")
    set_travel(full, Travel((camp,)))  # type: ignore[arg-type]
    t = time.perf_counter()
    narrowed = sync(full, server)  # type: ignore[arg-type]
    narrow_s = time.perf_counter() - t
    print(
        f"  narrow the full laptop:     {narrow_s:7.2f} s  ({narrow_s / base_s:.2f}x)  "
        f"{narrowed.summary()}"
    )


if __name__ == "__main__":
    main()
