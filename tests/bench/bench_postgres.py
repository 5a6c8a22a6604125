"""Benchmark: a team server (PostgreSQL) next to a file (SQLite) on the same data.

Run: ``.venv/bin/python tests/bench/bench_postgres.py [--n 20000]`` (with
``PLANNER_TEST_PG_URL`` set, or it starts the throwaway test server itself).

Both workspaces are filled by ``build_scale`` with the same seed, so they hold the same
records; each operation is timed as the median of several runs after a warm-up, and
reported with the server's time as a multiple of the file's. The server runs on this
machine (loopback), so the ratio is the cost of the server's protocol and planner, not
of a network.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

RUNS = 7


def timed(fn: Callable[[], object]) -> float:
    fn()  # warm caches and the statement cache
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def operations(ws) -> dict[str, Callable[[], object]]:  # type: ignore[no-untyped-def]
    from planner.planning.dashboard import dashboard
    from planner.services import stakeholders
    from planner.services.stakeholders import StakeholderFilter
    from planner.storage.search import search

    today = dt.date.today()
    return {
        "list: first page by name": lambda: stakeholders.list_stakeholders(ws),
        "list: page 50 by name": lambda: stakeholders.list_stakeholders(ws, offset=10_000),
        "list: text 'coord'": lambda: stakeholders.list_stakeholders(
            ws, StakeholderFilter(text="coord")
        ),
        "list: text + category": lambda: stakeholders.list_stakeholders(
            ws, StakeholderFilter(text="al", category="legal")
        ),
        "count: text 'sud'": lambda: stakeholders.count_stakeholders(
            ws, StakeholderFilter(text="sud")
        ),
        "search: 'sud'": lambda: search(ws, "sud"),
        "search: 'coord' (common)": lambda: search(ws, "coord"),
        "search: 'zzq' (none)": lambda: search(ws, "zzq"),
        "dashboard": lambda: dashboard(ws, today),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="stakeholders (default 20 000)")
    args = parser.parse_args()
    from planner.demo import build_scale
    from planner.storage.store import open_workspace
    from tests import postgres_server

    server, started = postgres_server.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            results: dict[str, list[float]] = {}
            url = postgres_server.create_database(server)
            for label, location in (("sqlite", str(Path(tmp) / "bench.db")), ("pg", url)):
                t = time.perf_counter()
                with open_workspace(location) as ws:
                    build_scale(ws, args.n, seed=11)
                    built = time.perf_counter() - t
                    if label == "pg":
                        with ws.engine.begin() as conn:
                            conn.exec_driver_sql("ANALYZE")
                    print(f"{label}: built {args.n:,} stakeholders in {built:.1f} s", flush=True)
                    for name, fn in operations(ws).items():
                        results.setdefault(name, []).append(timed(fn))
            postgres_server.drop_database(server, url)
    finally:
        if started:
            postgres_server.stop(started)
    print(f"\n{'operation':32} {'SQLite ms':>10} {'PostgreSQL ms':>14} {'ratio':>7}")
    for name, (lite, pg) in results.items():
        print(f"{name:32} {lite * 1000:10.1f} {pg * 1000:14.1f} {pg / lite:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
