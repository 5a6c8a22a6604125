"""Foundation benchmark: a synthetic workspace of N stakeholders, its creation time and size,
and the two interactive queries a user feels on every keystroke (prefix search and a
filtered page of 200 stakeholders), each against a bare SQLAlchemy select of the same rows
on the same file.

Run: ``.venv/bin/python tests/bench/bench_foundation.py [--scale N] [--db FILE]``
(``--db`` reuses a workspace built earlier, to time queries without rebuilding it).
Targets on 100 000 stakeholders: search < 50 ms, filtered page of 200 < 20 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from planner.demo import build_scale
from planner.domain.models import Stakeholder
from planner.services.stakeholders import StakeholderFilter, list_stakeholders
from planner.storage.search import fts_query, search
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace

SEARCH_TARGET_MS = 50.0
PAGE_TARGET_MS = 20.0
PREFIXES = ("sud", "ka", "just", "coord", "geneva", "zzq")


def median_ms(fn: Callable[[], Any], runs: int, warmup: int = 3) -> float:
    """Median wall time of ``fn`` in milliseconds, after a few warm-up calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def bare_search_rows(ws: Workspace, hits: list[Any]) -> Callable[[], Any]:
    """The same hits, fetched by (kind, id) from the search documents (no match, no rank)."""
    kinds = ", ".join(f":k{n}" for n in range(len(hits)))
    refs = ", ".join(f":i{n}" for n in range(len(hits)))
    sql = text(  # both IN lists, so SQLite seeks the (kind, ref) unique index
        "SELECT kind, ref, campaign_id, title FROM search_doc "
        f"WHERE kind IN ({kinds}) AND ref IN ({refs})"
    )
    params: dict[str, str] = {}
    for n, hit in enumerate(hits):
        params |= {f"k{n}": hit.kind, f"i{n}": hit.id}

    def run() -> Any:
        with ws.engine.connect() as conn:
            return conn.execute(sql, params).all() if hits else []

    return run


def bare_fts_match(ws: Workspace, user_text: str, limit: int) -> Callable[[], Any]:
    """An FTS5 match of the same words, unranked, without snippet: the floor for search."""
    query = fts_query(user_text)
    sql = text("SELECT rowid FROM search_fts WHERE search_fts MATCH :q LIMIT :limit")

    def run() -> Any:
        with ws.engine.connect() as conn:
            return conn.execute(sql, {"q": query, "limit": limit}).all() if query else []

    return run


def bare_orm_select(ws: Workspace, *conditions: Any, limit: int = 200) -> Callable[[], Any]:
    stmt = select(Stakeholder).where(Stakeholder.deleted_at.is_(None), *conditions).limit(limit)

    def run() -> Any:
        with ws.reading() as s:
            return s.scalars(stmt).all()

    return run


def explain(ws: Workspace, stmt: Any) -> list[str]:
    with ws.engine.connect() as conn:
        compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
    return [r[-1] for r in rows]


def row(label: str, ms: float, base_ms: float, target: float | None, extra: str = "") -> bool:
    ok = target is None or ms < target
    mark = "" if target is None else ("  ok" if ok else f"  MISSED (target {target:.0f} ms)")
    print(
        f"  {label:<44} {ms:8.2f} ms   bare {base_ms:7.2f} ms   x{ms / base_ms:5.1f}{mark}{extra}"
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100_000, help="stakeholders (100000)")
    parser.add_argument("--db", type=Path, help="reuse this workspace (built if missing)")
    parser.add_argument("--runs", type=int, default=30, help="timed runs per query (30)")
    parser.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN")
    args = parser.parse_args(argv)

    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory(prefix="planner-bench-")
        args.db = Path(tmp.name) / "scale.db"
    build = not args.db.exists()
    print(f"Workspace {args.db} ({args.scale:,} stakeholders)")
    ws = open_workspace(args.db)
    all_ok = True
    try:
        if build:
            started = time.perf_counter()
            counts = build_scale(ws, args.scale)
            elapsed = time.perf_counter() - started
            ws.close()
            ws = open_workspace(args.db)
            print(
                f"  created in {elapsed:.1f} s: "
                + ", ".join(f"{n:,} {k}" for k, n in counts.items())
            )
        else:
            print("  (reused; creation not timed)")
        print(f"  file size {file_size(args.db) / 2**20:.1f} MiB (with -wal/-shm)")
        with ws.engine.connect() as conn:
            n = conn.exec_driver_sql("SELECT count(*) FROM stakeholder").scalar()
        print(f"  stakeholders in file: {n:,}")

        print(f"\nPrefix search, limit 50 (median of {args.runs}, warm)")
        for prefix in PREFIXES:
            hits = search(ws, prefix)
            ms = median_ms(lambda p=prefix: search(ws, p), args.runs)
            base = median_ms(bare_search_rows(ws, hits), args.runs)
            floor = median_ms(bare_fts_match(ws, prefix, 50), args.runs)
            all_ok &= row(
                f"search({prefix!r}) -> {len(hits)} hits",
                ms,
                base,
                SEARCH_TARGET_MS,
                f"   (bare unranked FTS {floor:.2f} ms)",
            )

        print(f"\nFiltered stakeholder page of 200, sorted by name (median of {args.runs}, warm)")
        cases: list[tuple[str, StakeholderFilter, Any]] = []
        for category in ("legal", "member_state"):
            cases.append(
                (
                    f"category={category}",
                    StakeholderFilter(category=category),
                    (Stakeholder.category == category,),
                )
            )
        cases.append(("country=Sudan", StakeholderFilter(country="Sudan"), None))
        for words in ("ka", "coord", "just", "sud"):
            cases.append((f"text={words!r}", StakeholderFilter(text=words), None))
        cases.append(
            ("category=legal + text='ka'", StakeholderFilter(category="legal", text="ka"), None)
        )
        cases.append(("no filter", StakeholderFilter(), ()))
        for label, flt, conditions in cases:
            page = list_stakeholders(ws, flt, limit=200)
            ms = median_ms(lambda f=flt: list_stakeholders(ws, f, limit=200), args.runs)
            if conditions is None:  # the same 200 rows, by id
                ids = [s.id for s in page]
                base_fn = bare_orm_select(ws, Stakeholder.id.in_(ids))
            else:
                base_fn = bare_orm_select(ws, *conditions)
            base = median_ms(base_fn, args.runs)
            all_ok &= row(f"{label} -> {len(page)} rows", ms, base, PAGE_TARGET_MS)
            if args.plans:
                from planner.services.stakeholders import filtered_query

                stmt = filtered_query(ws, flt).order_by(Stakeholder.name, Stakeholder.id).limit(200)
                for line in explain(ws, stmt):
                    print(f"      plan: {line}")
        print("\nall targets met" if all_ok else "\nSOME TARGETS MISSED")
    finally:
        ws.close()
        if tmp is not None:
            tmp.cleanup()
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
