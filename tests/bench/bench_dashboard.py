"""Benchmark: the start page's service on a 100 000-stakeholder workspace.

Run: ``.venv/bin/python tests/bench/bench_dashboard.py [--n 100000] [--workspace FILE]``.

Reports ``planner.planning.dashboard.dashboard`` (every section: counts plus the first items)
against a bare baseline measured in the same run: one ``SELECT count(*)`` over the
stakeholders, the least a start page that shows any number must cost.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

RUNS = 5


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--workspace", type=Path)
    args = parser.parse_args()
    from sqlalchemy import text

    from planner.planning.dashboard import dashboard
    from planner.storage.store import open_workspace
    from tests.bench.bench_ui import scale_workspace

    path = scale_workspace(args.n, args.workspace)
    today = dt.date.today()
    with open_workspace(path) as ws:

        def bare() -> None:
            with ws.reading() as s:
                s.execute(text("select count(*) from stakeholder")).scalar()

        dashboard(ws, today)  # warm the page cache
        base = timed(bare)
        full = timed(lambda: dashboard(ws, today))
        d = dashboard(ws, today)
    print(f"workspace: {path}")
    print(
        f"sections: {d.overdue_count:,} overdue, {d.follow_ups_count:,} follow-ups, "
        f"{d.quiet_count:,} quiet, {len(d.recent)} recent, {len(d.campaigns)} campaigns"
    )
    print(f"bare count(*) of stakeholders : {base * 1000:8.1f} ms")
    print(f"dashboard(), every section     : {full * 1000:8.1f} ms  ({full / base:5.1f}× bare)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
