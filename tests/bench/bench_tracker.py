"""Benchmark: the Excel tracker of a big campaign, out and back in, against bare openpyxl.

One campaign with 10 000 stakeholders and 50 000 engagements (Core bulk inserts in a
temporary workspace). In the same run:

- export: ``export_tracker`` as the app runs it (the campaign read from the workspace,
  redacted, styles, drop-downs, colour rules, Summary with chart, atomic write) against
  sqlite3 reading the same rows plus a bare write-only dump of the *same cell values*;
  target ≤ 1.5;
- memory: tracemalloc peak while writing 10 000 and 100 000 data rows (the snapshot,
  the writer's input, is built before measuring); target: grows < 1.5×;
- import: ``read_tracker`` (file checks, snapshot of the workspace, header mapping,
  comparison of every editable cell) against a bare read-only read of every cell of
  the same file; target ≤ 2.

Run: .venv/bin/python tests/bench/bench_tracker.py
"""

from __future__ import annotations

import datetime as dt
import gc
import random
import sqlite3
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import insert

from planner.domain import vocabulary as v
from planner.domain.models import (
    Campaign,
    CampaignStakeholder,
    Interaction,
    Milestone,
    Stakeholder,
    interaction_participant,
    utc_now,
)
from planner.domain.records import (
    CampaignRecord,
    CampaignStakeholderRecord,
    InteractionRecord,
    StakeholderRecord,
)
from planner.imports.tracker_import import read_tracker
from planner.publishing.documents import export_tracker
from planner.publishing.exports.tracker import write_tracker
from planner.publishing.exports.tracker_format import SHEETS, RowContext, enum_label
from planner.publishing.redaction import redact
from planner.services.snapshot import CampaignSnapshot, Person, take_snapshot
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace

TODAY = dt.date(2026, 6, 1)
TEAM = ("Amira", "Jonas", "Li Wei", "Hana", "Tomás")
WORDS = ("Justice", "Relief", "Dignity", "Women", "Youth", "Health", "Truth", "Voices")


def build_campaign(ws: Workspace, people: int, engagements: int, seed: int = 3) -> str:
    """One campaign of the benchmark's size, written with Core bulk inserts."""
    rng = random.Random(seed)
    now = utc_now()

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def base() -> dict:
        return {"id": uid(), "created_at": now, "updated_at": now, "deleted_at": None, "version": 1}

    cid = uid()
    sids: list[str] = []
    with ws.engine.begin() as conn:
        conn.execute(
            insert(Campaign.__table__),
            [
                base()
                | {
                    "id": cid,
                    "name": "Benchmark campaign",
                    "context": "Sudan",
                    "objective": "Measure the tracker.",
                    "strategy": "",
                    "status": "active",
                    "outcome": "",
                    "priority": 1,
                    "start_date": TODAY,
                    "end_date": None,
                    "lead": "Amira",
                    "tags": [],
                }
            ],
        )
        rows = []
        for i in range(people):
            row = base() | {
                "kind": "person" if i % 3 else "organisation",
                "name": f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}",
                "organisation_id": None,
                "title": "Coordinator" if i % 3 else "",
                "category": rng.choice(v.CATEGORIES),
                "country": "Sudan",
                "languages": ["ar"],
                "email": f"person{i}@example.org",
                "phone": f"+1 555 {i:07d}",
                "notes": "Met at the briefing; follow up on the letter." if i % 4 == 0 else "",
                "is_local": bool(i % 2),
                "women_led": False,
                "sensitivity": rng.choice(v.SENSITIVITIES),
                "name_consent": rng.choice(v.NAME_CONSENTS),
                "consent_note": "",
            }
            sids.append(row["id"])
            rows.append(row)
        conn.execute(insert(Stakeholder.__table__), rows)
        conn.execute(
            insert(CampaignStakeholder.__table__),
            [
                base()
                | {
                    "campaign_id": cid,
                    "stakeholder_id": sid,
                    "role": rng.choice(v.ROLES),
                    "influence": rng.randint(1, 5),
                    "stance": rng.randint(-2, 2),
                    "interest": rng.randint(1, 5),
                    "owner": rng.choice(TEAM),
                    "next_step": "Send the briefing note." if rng.random() < 0.5 else "",
                    "source": "Meeting",
                }
                for sid in sids
            ],
        )
        conn.execute(
            insert(Milestone.__table__),
            [
                base()
                | {
                    "campaign_id": cid,
                    "title": f"{rng.choice(WORDS)} moment {i}",
                    "kind": rng.choice(v.MILESTONE_KINDS),
                    "date": TODAY + dt.timedelta(days=rng.randint(-300, 300)),
                    "end_date": None,
                    "location": "Geneva",
                    "status": "planned",
                    "owner": rng.choice(TEAM),
                    "depends_on": [],
                    "description": "",
                    "outcome": "",
                }
                for i in range(200)
            ],
        )
        inter, parts = [], []
        for _ in range(engagements):
            row = base() | {
                "campaign_id": cid,
                "date": TODAY - dt.timedelta(days=rng.randint(0, 700)),
                "channel": rng.choice(v.CHANNELS),
                "summary": f"{rng.choice(WORDS)} discussion about access and funding",
                "outcome": "Agreed to raise it." if rng.random() < 0.3 else "",
                "follow_up_date": TODAY + dt.timedelta(days=rng.randint(-5, 30))
                if rng.random() < 0.2
                else None,
                "sensitivity": rng.choice(v.SENSITIVITIES),
            }
            inter.append(row)
            for sid in rng.sample(sids, rng.randint(1, 3)):
                parts.append({"interaction_id": row["id"], "stakeholder_id": sid})
        for start in range(0, len(inter), 5000):
            conn.execute(insert(Interaction.__table__), inter[start : start + 5000])
        for start in range(0, len(parts), 5000):
            conn.execute(insert(interaction_participant), parts[start : start + 5000])
    return cid


def cell_values(snap: CampaignSnapshot) -> dict[str, list[list]]:
    """The same values the tracker writes, sheet by sheet, for the bare baseline."""
    ctx = RowContext(snap)
    out: dict[str, list[list]] = {}
    for spec in SHEETS:
        cols = spec.columns_for("internal", False)
        rows = [[c.header for c in cols]]
        for item in spec.rows(snap):
            rows.append(
                [
                    enum_label(x) if c.kind == "enum" and x else x
                    for c in cols
                    for x in (c.get(item, ctx),)
                ]
            )
        out[spec.title] = rows
    return out


def bare_dump(values: dict[str, list[list]], path: Path) -> None:
    wb = Workbook(write_only=True)
    for title, rows in values.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


def bare_read(path: Path) -> int:
    wb = load_workbook(path, read_only=True, data_only=True)
    n = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            n += len(row)
    wb.close()
    return n


def best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def synthetic_snapshot(rows: int) -> CampaignSnapshot:
    """An in-memory snapshot with ``rows`` data rows (half people, half engagements)."""
    meta = dict(created_at="", updated_at="", deleted_at=None, version=1)
    camp = CampaignRecord(
        id="c",
        name="Memory",
        context="",
        objective="",
        strategy="",
        status="active",
        outcome="",
        priority=1,
        start_date=None,
        end_date=None,
        lead="",
        tags=[],
        **meta,
    )
    half = rows // 2
    people, names = [], {}
    for i in range(half):
        s = StakeholderRecord(
            id=f"s{i}",
            kind="person",
            name=f"Person number {i}",
            organisation_id=None,
            title="",
            category="legal",
            country="Sudan",
            languages=[],
            email=f"p{i}@example.org",
            phone="",
            notes="",
            is_local=False,
            women_led=False,
            sensitivity="internal",
            name_consent="none",
            consent_note="",
            **meta,
        )
        pos = CampaignStakeholderRecord(
            id=f"l{i}",
            campaign_id="c",
            stakeholder_id=s.id,
            role="ally",
            influence=3,
            stance=i % 5 - 2,
            interest=2,
            owner="Amira",
            next_step="Call back",
            source="",
            **meta,
        )
        people.append(Person(s, pos, TODAY, s.name))
        names[s.id] = s.name
    inter = [
        InteractionRecord(
            id=f"i{i}",
            campaign_id="c",
            date=TODAY,
            channel="call",
            stakeholder_ids=[f"s{i % half}"],
            summary=f"Call number {i}",
            outcome="",
            follow_up_date=None,
            sensitivity="internal",
            **meta,
        )
        for i in range(rows - half)
    ]
    return CampaignSnapshot(
        workspace_id="w",
        workspace_name="w",
        generated_on=TODAY,
        audience="internal",
        campaign=camp,
        asks=[],
        people=people,
        stakeholders={p.id: p.stakeholder for p in people},
        display_names=names,
        milestones=[],
        interactions=inter,
        quotes=[],
        relationships=[],
        vote_positions=[],
    )


def peak_writing(rows: int, folder: Path) -> float:
    snap = redact(synthetic_snapshot(rows), "internal")
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    write_tracker([snap], folder / f"mem{rows}.xlsx")
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return peak / (1024 * 1024)


BARE_READS = (
    "SELECT cs.*, s.* FROM campaign_stakeholder cs JOIN stakeholder s"
    " ON s.id = cs.stakeholder_id WHERE cs.campaign_id = ? AND cs.deleted_at IS NULL",
    "SELECT * FROM interaction WHERE campaign_id = ? AND deleted_at IS NULL",
    "SELECT p.* FROM interaction_participant p JOIN interaction i"
    " ON i.id = p.interaction_id WHERE i.campaign_id = ?",
    "SELECT * FROM milestone WHERE campaign_id = ? AND deleted_at IS NULL",
    "SELECT * FROM ask WHERE campaign_id = ? AND deleted_at IS NULL",
    "SELECT * FROM quote WHERE campaign_id = ? AND deleted_at IS NULL",
)


def bare_read_rows(db: Path, cid: str) -> int:
    """The rows the tracker is made of, read with sqlite3 and nothing else."""
    conn = sqlite3.connect(db)
    try:
        return sum(len(conn.execute(sql, (cid,)).fetchall()) for sql in BARE_READS)
    finally:
        conn.close()


def main() -> int:
    people, engagements = (int(a) for a in (sys.argv[1:3] or ("10000", "50000")))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.db"
        ws = open_workspace(db)
        t = time.perf_counter()
        cid = build_campaign(ws, people, engagements)
        print(
            f"built {people} stakeholders, {engagements} engagements in "
            f"{time.perf_counter() - t:.1f} s"
        )
        t = time.perf_counter()
        snap = redact(take_snapshot(ws, cid, today=TODAY), "internal")
        print(f"snapshot (database read): {time.perf_counter() - t:.2f} s")
        values = cell_values(snap)
        n_rows = sum(len(r) - 1 for r in values.values())
        n_cells = sum(len(r) * len(r[0]) for r in values.values())
        print(f"data rows: {n_rows}, cells: {n_cells}")

        out = folder / "tracker.xlsx"
        bare = folder / "bare.xlsx"

        def bare_export() -> None:
            bare_read_rows(db, cid)
            bare_dump(values, bare)

        # both sides read the campaign from the database and write the same cells
        t_bare = best(bare_export)
        t_export = best(lambda: export_tracker(ws, [cid], out, today=TODAY))
        ratio = t_export / t_bare
        print(
            f"export, reading included: tracker {t_export:.2f} s, bare read + write-only dump "
            f"{t_bare:.2f} s, ratio {ratio:.2f} (target ≤ 1.5) {'OK' if ratio <= 1.5 else 'OVER'}"
        )

        t_read = best(lambda: bare_read(out))
        t_import = best(lambda: read_tracker(ws, out), repeat=2)
        plan = read_tracker(ws, out)
        assert plan.problems == [] and plan.changes == [], plan.problems[:3]
        ratio_in = t_import / t_read
        print(
            f"import: read_tracker {t_import:.2f} s, bare read-only read {t_read:.2f} s, "
            f"ratio {ratio_in:.2f} (target ≤ 2) {'OK' if ratio_in <= 2 else 'OVER'}"
        )
        ws.close()

        small = peak_writing(10_000, folder)
        large = peak_writing(100_000, folder)
        growth = large / small
        print(
            f"memory: peak while writing 10 000 rows {small:.1f} MB, 100 000 rows "
            f"{large:.1f} MB, growth {growth:.2f}× (target < 1.5) "
            f"{'OK' if growth < 1.5 else 'OVER'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
