"""Benchmark: the full PDF brief, against bare reportlab doing the same reads and flowables.

Two ways to run, every figure against a baseline measured in the same run (A B A B ...):

- ``.venv/bin/python tests/bench/bench_brief.py``: a campaign with 200 stakeholders, 50
  milestones and 20 quotes, built through the services in a temporary workspace;
- ``... bench_brief.py --db BIG.db [--encrypted SECRET.db --passphrase-file FILE]``: the
  biggest campaign (most people) of a ``planner demo --scale 100000`` workspace, whose
  team brief is 43 pages, plain and encrypted (``planner encrypt``).

In process, *ours* is ``documents.write_brief`` (snapshot, redaction, free-text check,
story, page template, header/footer, Page X of Y, outline, atomic write, share recorded)
and *bare* is the same SELECT statements replayed on a DB-API connection to the same file
(captured from our run; ``encryption.connect``: sqlite3, or sqlcipher3 with the same key),
every row fetched, then ``build_story`` of the same snapshot and a bare platypus
document building them (``bare_platypus``: the brief's page and frame; no decoration,
outline or Page X of Y). With ``--db``, the CLI end to end too:
``planner --db BIG.db brief --campaign ID --audience internal`` as a process against a
bare python process that replays the same SELECTs (after the same scrypt derivation, if
encrypted), builds the story from the pickled snapshot and the bare document. The bare
process must import the brief package to build the same flowables, and that package
imports SQLAlchemy; the time it spends importing it is subtracted (shown on its own), so
the ratio is against bare reads + bare platypus. Target: ratio <= 2.

Import times count: run ``python -m compileall planner`` first if the environment sets
PYTHONDONTWRITEBYTECODE (an installed app has its bytecode).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pickle
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script
from planner.domain import vocabulary as v
from planner.publishing.documents import write_brief
from planner.publishing.exports.brief import ORG_NAME_KEY, BriefOptions, build_story, sections
from planner.publishing.exports.brief.labels import Labels
from planner.publishing.exports.brief.styles import make_styles
from planner.publishing.exports.brief.template import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAPERS,
    frame_width,
)
from planner.publishing.redaction import RedactedSnapshot, redact
from planner.services import asks, campaigns, milestones, positions, quotes, stakeholders
from planner.services.snapshot import take_snapshot
from planner.storage import encryption
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace
from tests.bench.bare_platypus import bare_build
from tests.bench.sql_capture import biggest_campaign, captured

RATIO_TARGET = 2.0
AUDIENCE = "internal"

TODAY = dt.date(2026, 6, 1)
ARABIC = "نريد أن نعرف مصير أبنائنا وبناتنا. الحقيقة حقّ لكل عائلة."


def build_big_campaign(
    ws: Workspace, *, people: int = 200, moments: int = 50, voices: int = 20, seed: int = 7
) -> str:
    """A campaign of the benchmark's size; returns its id."""
    rng = random.Random(seed)
    campaign = campaigns.create(
        ws,
        name="Protection of civilians: a big campaign",
        context="Regional",
        objective="Civilians are protected, aid reaches people in need, and perpetrators "
        "are held to account. " * 3,
        status="active",
    )
    ids = []
    for i in range(people):
        kind = "organisation" if i % 3 else "person"
        s = stakeholders.create(
            ws,
            kind=kind,
            name=f"Stakeholder {i:03d} {'Mission' if i % 7 == 0 else 'Network'}",
            category=rng.choice(v.CATEGORIES),
            country=rng.choice(["Sudan", "Chad", "France", "Kenya", "Syria", "Türkiye"]),
            email=f"person{i}@example.org",
            phone=f"+41 22 000 {i:04d}",
            sensitivity=rng.choice(["public", "public", "internal", "confidential"]),
            name_consent=rng.choice(["none", "closed", "public"]),
        )
        ids.append(s.id)
        positions.create(
            ws,
            campaign_id=campaign.id,
            stakeholder_id=s.id,
            role=rng.choice(v.ROLES),
            influence=rng.randint(1, 5),
            stance=rng.randint(-2, 2),
            interest=rng.randint(1, 5),
            owner="Team",
        )
    for i in range(8):
        asks.create(
            ws,
            campaign_id=campaign.id,
            text=f"Ask number {i + 1}: act now on access.",
            target_id=ids[i],
            status=rng.choice(["open", "progressing", "achieved"]),
        )
    for i in range(moments):
        milestones.create(
            ws,
            campaign_id=campaign.id,
            title=f"Moment {i + 1}: Security Council consultations",
            kind=rng.choice([k for k in v.MILESTONE_KINDS if k != "internal"]),
            date=TODAY + dt.timedelta(days=rng.randint(-300, 300)),
            location=rng.choice(["New York", "Geneva", "Addis Ababa", ""]),
            description="What is at stake at this moment, in one sentence.",
        )
    for i in range(voices):
        arabic = i % 4 == 0
        quotes.create(
            ws,
            campaign_id=campaign.id,
            stakeholder_id=ids[i],
            text=ARABIC if arabic else f"Voice {i}: we need the crossings open, every day.",
            translation="We want to know the fate of our sons and daughters." if arabic else "",
            language="ar" if arabic else "en",
            date=TODAY - dt.timedelta(days=i),
            name_consent=rng.choice(["none", "closed", "public"]),
        )
    return campaign.id


def bare_story_and_build(snapshot: RedactedSnapshot, options: BriefOptions, out: Path) -> int:
    """The same flowables from the same snapshot, laid out by a bare document."""
    kit = sections.Kit(
        labels=Labels(options.lang),
        styles=make_styles(),
        width=frame_width(options.paper),
        today=options.today or snapshot.generated_on,
        page_height=PAPERS[options.paper][1],
        org_name=options.org_name,
        logo=str(options.logo) if options.logo else None,
    )
    story = build_story(snapshot, kit, options.template)
    return bare_build(story, out, PAPERS[options.paper], (MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM))


def paired(fns: list[Callable[[], object]], runs: int) -> list[list[float]]:
    """Seconds of each, called in turn per round, after one warm-up round."""
    times: list[list[float]] = [[] for _ in fns]
    for i in range(runs + 1):
        for fn, spent in zip(fns, times, strict=True):
            started = time.perf_counter()
            fn()
            if i:
                spent.append(time.perf_counter() - started)
    return times


def report(label: str, ours: list[float], bare: list[float]) -> bool:
    ratios = sorted(a / b for a, b in zip(ours, bare, strict=True))
    ratio = statistics.median(ratios)
    met = ratio <= RATIO_TARGET
    print(
        f"  {label:<34} ours {statistics.median(ours) * 1000:7.0f} ms   bare "
        f"{statistics.median(bare) * 1000:7.0f} ms   x{ratio:5.2f} (min x{ratios[0]:.2f})  "
        f"{'ok' if met else 'OVER'} (target x{RATIO_TARGET})"
    )
    return met


def in_process(
    path: Path, key: bytes | None, campaign_id: str | None, folder: Path, runs: int
) -> tuple[bool, str, RedactedSnapshot, BriefOptions, list[tuple[str, list[Any]]]]:
    """``write_brief`` against bare reads + story + bare document, in this process."""
    ws = open_workspace(path, key=key, check=False)
    conn = encryption.connect(path, key)
    try:
        cid = campaign_id or biggest_campaign(ws)
        today = TODAY if campaign_id is not None else None

        pages = {"ours": 0, "bare": 0}

        def ours() -> None:
            result = write_brief(ws, cid, folder / "ours.pdf", audience=AUDIENCE, today=today)
            pages["ours"] = result.pages

        statements = captured(ws, ours, reads_only=True)
        snapshot = redact(take_snapshot(ws, cid, today=today), AUDIENCE)
        options = BriefOptions(org_name=ws.info(ORG_NAME_KEY) or "", today=today)
        rows = 0

        def bare() -> None:
            nonlocal rows
            rows = 0
            for sql, params in statements:
                rows += len(conn.execute(sql, params).fetchall())
            pages["bare"] = bare_story_and_build(snapshot, options, folder / "bare.pdf")

        ours_s, bare_s = paired([ours, bare], runs)
        print(
            f"  campaign {cid[:8]}: {pages['ours']} pages (bare: {pages['bare']}), "
            f"{len(snapshot.people)} people, {len(snapshot.milestones)} milestones, "
            f"{len(snapshot.quotes)} quotes; {len(statements)} SELECTs, {rows:,} rows"
        )
        ok = report("in process (write_brief)", ours_s, bare_s)
        return ok, cid, snapshot, options, statements
    finally:
        conn.close()
        ws.close()


BARE = r"""
import json, pickle, sys, time
spec = json.load(open(sys.argv[1]))
if spec["key"]:
    import hashlib
    import sqlcipher3.dbapi2 as db
    n, r, p = spec["kdf"]  # the passphrase's key derivation, as any unlock must do
    hashlib.scrypt(b"passphrase", salt=b"s" * 16, n=n, r=r, p=p, maxmem=2**30, dklen=32)
    conn = db.connect(spec["path"], isolation_level=None)
    conn.execute("PRAGMA key = \"x'" + spec["key"] + "'\"")
else:
    import sqlite3 as db
    conn = db.connect(spec["path"], isolation_level=None)
for sql, params in spec["statements"]:
    conn.execute(sql, params).fetchall()
sys.path.insert(0, spec["root"])
from tests.bench.bare_platypus import bare_build  # reportlab alone: its import counts
started = time.perf_counter()
# build_story's home, to build the same flowables (it imports SQLAlchemy: not counted)
from planner.publishing.exports.brief import build_story, sections
from planner.publishing.exports.brief.labels import Labels
from planner.publishing.exports.brief.styles import make_styles
from planner.publishing.exports.brief.template import PAPERS, frame_width
from planner.publishing.exports.brief.template import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X
imported = time.perf_counter() - started
with open(spec["snapshot"], "rb") as f:
    snapshot, options = pickle.load(f)
kit = sections.Kit(
    labels=Labels(options.lang),
    styles=make_styles(),
    width=frame_width(options.paper),
    today=options.today or snapshot.generated_on,
    page_height=PAPERS[options.paper][1],
    org_name=options.org_name,
    logo=str(options.logo) if options.logo else None,
)
story = build_story(snapshot, kit, options.template)
bare_build(story, spec["out"], PAPERS[options.paper], (MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM))
open(spec["report"], "w").write(str(imported))
"""


def run_process(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def from_the_cli(
    path: Path,
    key: bytes | None,
    passphrase_file: Path | None,
    cid: str,
    snapshot: RedactedSnapshot,
    options: BriefOptions,
    statements: list[tuple[str, list[Any]]],
    folder: Path,
    runs: int,
) -> bool:
    """``planner --db ... brief`` as a process against the bare process (see the docstring)."""
    cmd = [sys.executable, "-m", "planner.cli", "--db", str(path)]
    if passphrase_file is not None:
        cmd += ["--passphrase-file", str(passphrase_file)]
    cmd += ["brief", "--campaign", cid, "--audience", AUDIENCE, "--force"]
    cmd += ["--out", str(folder / "cli.pdf")]
    kdf = None
    if key is not None:
        wrapped = encryption.read_key_file(path)
        kdf = [wrapped.n, wrapped.r, wrapped.p]
    with open(folder / "snapshot.pickle", "wb") as f:
        pickle.dump((snapshot, options), f)
    spec = {
        "path": str(path),
        "key": key.hex() if key else None,
        "kdf": kdf,
        "statements": statements,
        "snapshot": str(folder / "snapshot.pickle"),
        "out": str(folder / "bare-cli.pdf"),
        "report": str(folder / "imported.txt"),
        "root": str(Path(__file__).resolve().parents[2]),
    }
    (folder / "spec.json").write_text(json.dumps(spec))
    bare_cmd = [sys.executable, "-c", BARE, str(folder / "spec.json")]
    ours_s: list[float] = []
    bare_s: list[float] = []
    imports: list[float] = []
    for i in range(runs + 1):
        a = run_process(cmd)
        b = run_process(bare_cmd)
        if i:
            imported = float((folder / "imported.txt").read_text())
            ours_s.append(a)
            bare_s.append(b - imported)
            imports.append(imported)
    print(
        f"  (bare process's import of the brief package, subtracted: "
        f"{statistics.median(imports) * 1000:.0f} ms)"
    )
    return report("CLI end to end (process)", ours_s, bare_s)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo --scale 100000 workspace")
    parser.add_argument("--encrypted", type=Path, help="its encrypted twin")
    parser.add_argument("--passphrase-file", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.db is None:
            path = folder / "bench.db"
            with open_workspace(path) as ws:
                t0 = time.perf_counter()
                campaign_id = build_big_campaign(ws)
                ws.set_info(ORG_NAME_KEY, "Coalition for Civilians")
                print(f"built campaign in {time.perf_counter() - t0:.1f} s")
            print("\nbuilt campaign, plain")
            ok &= in_process(path, None, campaign_id, folder, args.runs)[0]
        else:
            sides: list[tuple[str, Path, bytes | None, Path | None]] = [
                ("plain", args.db, None, None)
            ]
            if args.encrypted is not None:
                if args.passphrase_file is None:
                    parser.error("--encrypted needs --passphrase-file")
                secret = encryption.read_passphrase_file(args.passphrase_file)
                data_key = encryption.unlock(args.encrypted, secret)
                sides.append(("encrypted", args.encrypted, data_key, args.passphrase_file))
            for label, path, key, passphrase_file in sides:
                print(f"\n{label}: {path}")
                met, cid, snapshot, options, statements = in_process(
                    path, key, None, folder, args.runs
                )
                ok &= met
                ok &= from_the_cli(
                    path,
                    key,
                    passphrase_file,
                    cid,
                    snapshot,
                    options,
                    statements,
                    folder,
                    args.runs,
                )
    print("\nall targets met" if ok else "\nSOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
