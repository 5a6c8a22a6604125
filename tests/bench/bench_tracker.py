"""Benchmark: the Excel tracker as the CLI writes it, against bare sqlite3 + openpyxl.

Everything is timed end to end as a user meets it: whole processes (start-up, imports,
opening the workspace, reading the data, writing the file), on ``demo --scale``
workspaces, plain and encrypted (the same data sealed with ``planner encrypt``, opened
with a passphrase file). Each process is reaped with ``os.wait4``, so every figure is the
operating system's own: CPU and wall seconds, peak resident memory.

- export: ``planner --db W tracker --campaign <biggest> --out F`` against a bare process
  that reads the same rows (the campaign's people, engagements and their participants,
  moments, asks, quotes, vote positions, sign-ons and signatures, the stakeholders they
  name and their relationships, and for an outside audience every stakeholder, which the
  free-text scan reads) with sqlite3 (SQLCipher, after unwrapping the key with the
  passphrase, for the encrypted twin) and dumps the *same cell values* (read back from
  our file, every sheet) with openpyxl's write-only mode. Runs are paired (ours, bare,
  ours, bare…) and the ratio is taken pair by pair; its median is quoted. Target ≤ 1.5.
- ``tracker --all`` memory: peak RSS of the CLI process writing every campaign of the
  small and the big workspace; target: the big one ≤ 1.5 × the small one.
- import: ``planner import-tracker F --dry-run`` of the file just written against a bare
  read-only read of every cell of it (reported, target ≤ 2; not this benchmark's brief).

Run: .venv/bin/python tests/bench/bench_tracker.py [--keep DIR] [--small 10000]
[--big 100000] [--runs 5] [--audience internal] [--plain-only] [--no-all]
``--keep DIR`` builds the workspaces there once (``planner demo --scale``, then
``planner encrypt``) and reuses them on later runs.
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PASSPHRASE = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
PLANNER = [str(Path(PYTHON).parent / "planner")]  # the console script a user runs
FLOOR = Path(__file__).with_name("tracker_floor.py")
ENV = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")

# ----------------------------------------------------------------------------- measuring


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mib: float


def run(cmd: list[str], *, quiet: bool = True) -> Run:
    """One whole process, reaped with wait4: its own CPU time and peak resident memory."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.DEVNULL if quiet else None,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def paired(ours: list[str], bare: list[str], runs: int) -> tuple[list[Run], list[Run]]:
    """Alternate the two (after one warm-up each) so drift on a shared machine hits both."""
    run(ours)
    run(bare)
    a: list[Run] = []
    b: list[Run] = []
    for _ in range(runs):
        a.append(run(ours))
        b.append(run(bare))
    return a, b


def med(values: list[float]) -> float:
    return statistics.median(values)


def figures(label: str, a: list[Run], b: list[Run], target: float) -> str:
    ratios = sorted(x.wall / y.wall for x, y in zip(a, b, strict=True))
    cpu = sorted(x.cpu / y.cpu for x, y in zip(a, b, strict=True))
    ratio = med(ratios)
    return (
        f"{label}: ours {med([x.wall for x in a]):.2f} s wall, {med([x.cpu for x in a]):.2f} s cpu,"
        f" {med([x.rss_mib for x in a]):.0f} MiB; bare {med([x.wall for x in b]):.2f} s wall,"
        f" {med([x.cpu for x in b]):.2f} s cpu, {med([x.rss_mib for x in b]):.0f} MiB;"
        f" ratio wall {ratio:.2f} (min {ratios[0]:.2f}, max {ratios[-1]:.2f}),"
        f" cpu {med(cpu):.2f} (target ≤ {target}) {'OK' if ratio <= target else 'OVER'}"
    )


# ----------------------------------------------------------------------------- workspaces


def workspaces(folder: Path, small: int, big: int, encrypted: bool) -> dict[str, Path]:
    """small/big plain workspaces (``planner demo --scale``) and their encrypted twins."""
    folder.mkdir(parents=True, exist_ok=True)
    secret = folder / "passphrase.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    out = {"secret": secret}
    for name, scale in (("small", small), ("big", big)):
        plain = folder / f"{name}-{scale}.db"
        if not plain.exists():
            started = time.perf_counter()
            run([*PLANNER, "--db", str(plain), "demo", "--scale", str(scale)])
            print(f"built {plain.name} in {time.perf_counter() - started:.0f} s")
        out[name] = plain
        if encrypted:
            sealed = folder / f"{name}-{scale}-encrypted.db"
            if not sealed.exists():
                shutil.copyfile(plain, sealed)
                backups = folder / "backups"
                cmd = ["--db", str(sealed), "encrypt", "--new-passphrase-file", str(secret)]
                run([*PLANNER, *cmd, "--backups", str(backups)])
            out[f"{name}-encrypted"] = sealed
    return out


def biggest_campaign(db: Path) -> tuple[str, str]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT c.id, c.name FROM campaign c JOIN campaign_stakeholder cs"
            " ON cs.campaign_id = c.id AND cs.deleted_at IS NULL WHERE c.deleted_at IS NULL"
            " GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"
        ).fetchone()
    finally:
        conn.close()


def cells_of(xlsx: Path, target: Path) -> int:
    """Every value of every sheet of our file, for the bare side to write the same cells."""
    from openpyxl import load_workbook

    wb = load_workbook(xlsx, read_only=True)
    sheets = {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb}
    wb.close()
    with open(target, "wb") as f:
        pickle.dump(sheets, f)
    return sum(len(r) for rows in sheets.values() for r in rows)


# ----------------------------------------------------------------------------- main


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--keep", type=Path, help="build the workspaces here once and reuse them")
    p.add_argument("--small", type=int, default=10_000)
    p.add_argument("--big", type=int, default=100_000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--audience", default="internal", choices=("internal", "closed", "public"))
    p.add_argument("--plain-only", action="store_true")
    p.add_argument("--no-all", action="store_true", help="skip the tracker --all memory runs")
    args = p.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-tracker-"))
    ws = workspaces(folder, args.small, args.big, not args.plain_only)
    secret = str(ws["secret"])
    work = Path(tempfile.mkdtemp(prefix="bench-tracker-out-"))
    cid, name = biggest_campaign(ws["big"])
    variants = ["big"] + ([] if args.plain_only else ["big-encrypted"])
    print(f"biggest campaign of the {args.big:,} workspace: {name}; audience {args.audience}")
    for variant in variants:
        db = ws[variant]
        key = ["--passphrase-file", secret] if "encrypted" in variant else []
        out = work / f"{variant}.xlsx"
        ours = [*PLANNER, "--db", str(db), *key, "tracker", "--campaign", cid]
        ours += ["--out", str(out), "--force", "--audience", args.audience]
        run(ours)
        cells = work / "cells.pickle"
        n = cells_of(out, cells)
        bare_out = work / "bare.xlsx"
        bare = [PYTHON, str(FLOOR), "export", str(db), cid, str(cells), str(bare_out)]
        bare += [args.audience, secret if key else ""]
        a, b = paired(ours, bare, args.runs)
        print(figures(f"export, {variant} ({n:,} cells)", a, b, 1.5))

        if args.audience == "internal":  # only an internal tracker comes back in
            imp = [*PLANNER, "--db", str(db), *key, "import-tracker", str(out), "--dry-run"]
            floor = [PYTHON, str(FLOOR), "read", str(out)]
            a, b = paired(imp, floor, max(2, args.runs // 2))
            print(figures(f"import dry-run, {variant}", a, b, 2.0))

    for suffix in [] if args.no_all else [""] + ([] if args.plain_only else ["-encrypted"]):
        peaks: dict[str, Run] = {}
        for size in ("small", "big"):
            db = ws[size + suffix]
            key = ["--passphrase-file", secret] if suffix else []
            cmd = [*PLANNER, "--db", str(db), *key, "tracker", "--all"]
            cmd += ["--out", str(work / "all.xlsx"), "--force", "--audience", args.audience]
            runs = [run(cmd) for _ in range(2)]
            peaks[size] = min(runs, key=lambda r: r.rss_mib)
        growth = peaks["big"].rss_mib / peaks["small"].rss_mib
        print(
            f"tracker --all{suffix or ', plain'}: {args.small:,} workspace "
            f"{peaks['small'].wall:.1f} s, {peaks['small'].rss_mib:.0f} MiB peak RSS; "
            f"{args.big:,} workspace {peaks['big'].wall:.1f} s, {peaks['big'].rss_mib:.0f} MiB;"
            f" memory growth {growth:.2f}× (target ≤ 1.5) {'OK' if growth <= 1.5 else 'OVER'}"
        )
    shutil.rmtree(work, ignore_errors=True)
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
