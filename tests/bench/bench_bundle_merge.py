"""Benchmark: two laptops exchanging full bundles on a USB stick, merged without a server.

Run: ``.venv/bin/python tests/bench/bench_bundle_merge.py [--n 10000] [--edits 1000]
[--runs 3] [--workspace FILE]``.

Laptop A is a ``build_scale`` workspace of ``--n`` stakeholders (or a copy of
``--workspace``), laptop B a copy of it with a workspace id of its own. They first
exchange full bundles once, so that each holds the values it last agreed on with the
other (the bases of a three-way merge). Then both edit offline: A changes the notes of
``--edits`` stakeholders, B the notes of half of those (the same field: conflicts) and the
country of as many others (a different field: merged silently), and adds ``--edits / 5``
stakeholders of its own. B writes its full bundle with the CLI; what is timed is
``planner --db A bundle import B.json`` as a process, on a fresh copy of A each run.

The baseline is a bare ``python`` process doing the same reading and writing with
nothing else: load the same JSON, read the same tables of A with sqlite3, find the
records whose values differ, and write those (updates) and the new ones (inserts) in one
transaction. It does no three-way merge, no conflict record, no audit and no checks, so
the ratio says what they cost. Runs are paired (ours, bare, ours, bare…); the ratio is
taken pair by pair and its median quoted.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BARE = r"""
import json, sqlite3, sys
db, bundle = sys.argv[1], sys.argv[2]
data = json.load(open(bundle, encoding="utf-8"))
con = sqlite3.connect(db)
con.execute("BEGIN")
written = 0
for section, table in SECTIONS:
    items = data.get(section) or []
    if not items:
        continue
    columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
    have = {}
    for row in con.execute(f'SELECT * FROM "{table}"'):
        record = dict(zip(columns, row))
        have[record.get("id")] = record
    for item in items:
        values = {k: v for k, v in item.items() if k in columns}
        for k, v in values.items():
            if isinstance(v, (list, dict)):
                values[k] = json.dumps(v)
            elif isinstance(v, bool):
                values[k] = int(v)
        old = have.get(values.get("id"))
        if old is None:
            names = ", ".join(f'"{k}"' for k in values)
            marks = ", ".join("?" for _ in values)
            con.execute(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})',
                        list(values.values()))
            written += 1
        elif any(old.get(k) != v for k, v in values.items()):
            changed = {k: v for k, v in values.items() if old.get(k) != v and k != "id"}
            sets = ", ".join(f'"{k}" = ?' for k in changed)
            con.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?',
                        [*changed.values(), values["id"]])
            written += 1
con.commit()
print("bare wrote", written)
"""


CLI = [sys.executable, "-m", "planner.cli"]


def _planner(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )


def _export(db: Path, out: Path) -> None:
    """A laptop's full bundle, as its user writes it for another laptop."""
    _planner(
        "--db", str(db), "bundle", "export", "--audience", "internal", "--plaintext",
        "--out", str(out),
    )  # fmt: skip


def _import_timed(db: Path, bundle: Path) -> tuple[float, str]:
    return _timed([*CLI, "--db", str(db), "bundle", "import", str(bundle)])


def _timed(command: list[str]) -> tuple[float, str]:
    t = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    took = time.perf_counter() - t
    if done.returncode != 0:
        raise SystemExit(f"{command[:4]} failed:\n{done.stderr}")
    return took, done.stdout.strip().splitlines()[0] if done.stdout.strip() else ""


def main() -> None:
    from sqlalchemy import select

    from planner.demo import build_scale
    from planner.domain.models import Stakeholder, new_id
    from planner.exchange.bundle_format import SECTIONS
    from planner.services import stakeholders
    from planner.storage.store import open_workspace

    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workspace", type=Path, help="laptop A's file, copied")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        a_path, b_path = tmp / "a.db", tmp / "b.db"
        if args.workspace:
            shutil.copyfile(args.workspace, a_path)
        else:
            ws = open_workspace(a_path, create=True)
            build_scale(ws, args.n, seed=1)
            ws.close()
        a = open_workspace(a_path)
        a.set_info("workspace_id", new_id())
        a.close()
        shutil.copyfile(a_path, b_path)
        b = open_workspace(b_path)
        b.set_info("workspace_id", new_id())
        b.close()

        # one exchange each way: each laptop now holds the bases it shares with the other
        _export(b_path, tmp / "b0.json")
        first_s, first = _import_timed(a_path, tmp / "b0.json")
        _export(a_path, tmp / "a0.json")
        _planner("--db", str(b_path), "bundle", "import", str(tmp / "a0.json"))

        # offline edits on both laptops
        a = open_workspace(a_path)
        with a.reading() as s:
            ids = list(s.scalars(select(Stakeholder.id).order_by(Stakeholder.id)))
        a.close()
        edits = min(args.edits, len(ids) // 3)
        both = ids[:edits]
        a = open_workspace(a_path)
        with a.session() as s:
            for person in s.scalars(select(Stakeholder).where(Stakeholder.id.in_(both))):
                person.notes = f"A: {person.id[:8]}"
        a.close()
        b = open_workspace(b_path)
        with b.session() as s:
            same_field = both[: edits // 2]
            for person in s.scalars(select(Stakeholder).where(Stakeholder.id.in_(same_field))):
                person.notes = f"B: {person.id[:8]}"
            other = ids[edits : 2 * edits]
            for person in s.scalars(select(Stakeholder).where(Stakeholder.id.in_(other))):
                person.country = "Chad"
        for i in range(max(1, edits // 5)):
            stakeholders.create(b, name=f"New on B {i}", country="Sudan")
        b.close()
        bundle = tmp / "b1.json"
        _export(b_path, bundle)
        size = bundle.stat().st_size

        sections = [(section, kind) for section, kind, _spec in SECTIONS]
        bare = f"SECTIONS = {sections!r}\n" + BARE
        ours_s: list[float] = []
        bare_s: list[float] = []
        summary = ""
        for run in range(args.runs):
            target = tmp / f"a-run{run}.db"
            shutil.copyfile(a_path, target)
            took, summary = _import_timed(target, bundle)
            ours_s.append(took)
            target.unlink()
            shutil.copyfile(a_path, target)
            took, _ = _timed([sys.executable, "-c", bare, str(target), str(bundle)])
            bare_s.append(took)
            target.unlink()
        ratios = [o / b for o, b in zip(ours_s, bare_s, strict=True)]
        print(f"laptops of {len(ids):,} stakeholders; B's full bundle {size / 1e6:.1f} MB")
        print(f"  first exchange (nothing differs): {first_s:6.2f} s  {first}")
        print(
            f"  merge of B's edits into A, ours:  min {min(ours_s):6.2f} s  "
            f"median {statistics.median(ours_s):6.2f} s"
        )
        print(
            f"  bare read-compare-write:          min {min(bare_s):6.2f} s  "
            f"median {statistics.median(bare_s):6.2f} s"
        )
        print(
            f"  ratio ours/bare:                  min {min(ratios):6.2f}x  "
            f"median {statistics.median(ratios):6.2f}x"
        )
        print(f"  {summary}")


if __name__ == "__main__":
    main()
