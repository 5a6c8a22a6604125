"""Benchmark: syncing a laptop (SQLite file) with a team server (PostgreSQL on loopback).

Run: ``.venv/bin/python tests/bench/bench_sync.py [--n 2000]`` (with
``PLANNER_TEST_PG_URL`` set, or it starts the throwaway test server itself).

A laptop filled by ``build_scale`` with ``--n`` stakeholders is synced to an empty
server database (the first full sync: every record pushed), then again with nothing to
do, then after 1 000 of its stakeholders were edited. Each figure is one timed run.
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
    args = parser.parse_args()
    server_url, started = postgres_server.start()
    try:
        with (
            tempfile.TemporaryDirectory() as tmp,
            postgres_server.fresh_database(server_url) as db_url,
        ):
            laptop = open_workspace(Path(tmp) / "laptop.db")
            server = open_workspace(db_url)
            build_scale(laptop, args.n, seed=1)
            t = time.perf_counter()
            first = sync(laptop, server)
            first_s = time.perf_counter() - t
            t = time.perf_counter()
            idle = sync(laptop, server)
            idle_s = time.perf_counter() - t
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
            laptop.close()
            server.close()
    finally:
        if started:
            postgres_server.stop(started)


if __name__ == "__main__":
    main()
