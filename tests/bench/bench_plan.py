"""Benchmark: the strategy page's ``build_plan`` on a 100 000-stakeholder workspace.

Run: ``.venv/bin/python tests/bench/bench_plan.py --db BIG.db [--encrypted SECRET.db
--passphrase-file FILE] [--runs 9] [--campaign ID]`` (build them with ``planner demo
--scale 100000`` and ``planner encrypt``). The campaign is the one with the most people
unless named.

The baseline does the same reads and nothing else: the SQL statements ``build_plan``
ran (captured from our own call in this process), replayed on a DB-API connection to
the same file (``encryption.connect``, as the store's own connections are made: sqlite3,
or sqlcipher3 keyed with the same data key), every row fetched. The two are timed in
turn (A B A B ...) so that load on a shared machine falls on both. Target: ours <= 3x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script
from planner.planning import strategy
from planner.storage import encryption
from planner.storage.store import open_workspace
from tests.bench.sql_capture import biggest_campaign, captured

RATIO_TARGET = 3.0


def paired(fns: list[Callable[[], object]], runs: int) -> list[list[float]]:
    """Milliseconds of each, called in turn per round, after one warm-up round."""
    times: list[list[float]] = [[] for _ in fns]
    for i in range(runs + 1):
        for fn, spent in zip(fns, times, strict=True):
            started = time.perf_counter()
            fn()
            if i:
                spent.append((time.perf_counter() - started) * 1000)
    return times


def bench(path: Path, key: bytes | None, label: str, campaign: str | None, runs: int) -> bool:
    ws = open_workspace(path, key=key, check=False)
    conn = encryption.connect(path, key)
    try:
        campaign_id = campaign or biggest_campaign(ws)
        plan = strategy.build_plan(ws, campaign_id)
        statements = captured(ws, lambda: strategy.build_plan(ws, campaign_id))
        rows = 0

        def raw() -> None:
            nonlocal rows
            rows = 0
            for sql, params in statements:
                rows += len(conn.execute(sql, params).fetchall())

        def ours() -> None:
            strategy.build_plan(ws, campaign_id)

        ours_ms, raw_ms = paired([ours, raw], runs)
        ratios = sorted(a / b for a, b in zip(ours_ms, raw_ms, strict=True))
        routed = sum(1 for t in plan.targets if t.route is not None)
        print(
            f"\n{label}: campaign {campaign_id[:8]}, {len(plan.targets)} targets "
            f"({routed} with a route), {plan.supporters} supporters; "
            f"{len(statements)} statements, {rows:,} rows"
        )
        ours_med, raw_med = statistics.median(ours_ms), statistics.median(raw_ms)
        ratio = statistics.median(ratios)
        met = ratio <= RATIO_TARGET
        print(
            f"  build_plan {ours_med:8.1f} ms   raw queries {raw_med:8.1f} ms   "
            f"x{ratio:5.2f} (min x{ratios[0]:.2f})  {'ok' if met else 'OVER'} "
            f"(target x{RATIO_TARGET})"
        )
        return met
    finally:
        conn.close()
        ws.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="plain 100k workspace")
    parser.add_argument("--encrypted", type=Path, help="its encrypted twin")
    parser.add_argument("--passphrase-file", type=Path)
    parser.add_argument("--campaign", help="campaign id (default: the one with most people)")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    ok = bench(args.db, None, "plain", args.campaign, args.runs)
    if args.encrypted is not None:
        if args.passphrase_file is None:
            parser.error("--encrypted needs --passphrase-file")
        secret = encryption.read_passphrase_file(args.passphrase_file)
        key = encryption.unlock(args.encrypted, secret)
        ok &= bench(args.encrypted, key, "encrypted", args.campaign, args.runs)
    print("\nall targets met" if ok else "\nSOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
