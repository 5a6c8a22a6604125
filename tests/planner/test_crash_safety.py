"""Crash safety: a writer killed with SIGKILL at random points never loses or half-writes data."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.services import campaigns
from planner.storage.store import open_workspace

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")

# Each transaction writes a stakeholder, its link to the campaign and a change to the
# campaign itself; after the commit returns, the writer prints the new id.
WRITER = """
import sys
from planner.domain.models import Campaign
from planner.services import positions, stakeholders
from planner.services.entity import create_in
from planner.storage.store import open_workspace

path, start, campaign_id = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ws = open_workspace(path)
i = start
while True:
    with ws.session() as s:
        person = create_in(s, stakeholders.SPEC, {
            "name": f"crash {i}", "email": f"p{i}@example.org", "notes": "n" * (i * 37 % 9000),
        })
        create_in(s, positions.SPEC, {
            "campaign_id": campaign_id, "stakeholder_id": person.id, "next_step": f"step {i}",
        })
        s.get(Campaign, campaign_id).outcome = f"last {i}"
        ident = person.id
    print(ident, i, flush=True)
    i += 1
"""

ROUNDS = 24


def check_database(path: Path, committed: dict[str, int], campaign_id: str) -> dict[str, int]:
    """Every known commit present and whole; returns every record found."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute(
            "SELECT s.id, s.name, s.email, length(s.notes), cs.next_step "
            "FROM stakeholder s LEFT JOIN campaign_stakeholder cs ON cs.stakeholder_id = s.id "
            "WHERE s.name LIKE 'crash %'"
        ).fetchall()
        found = {}
        for ident, name, email, notes_len, step in rows:
            i = int(name.split()[1])
            # No partial record: every part of the transaction is there, and whole.
            assert email == f"p{i}@example.org"
            assert notes_len == i * 37 % 9000
            assert step == f"step {i}", f"stakeholder {i} lost its campaign link"
            found[ident] = i
        missing = set(committed) - set(found)
        assert not missing, f"{len(missing)} committed records lost"
        # At most one transaction committed whose id the writer had no time to print.
        assert len(found) - len(committed) in (0, 1)
        assert not committed or max(found.values()) - max(committed.values()) in (0, 1)
        outcome = conn.execute("SELECT outcome FROM campaign WHERE id = ?", (campaign_id,))
        top = max(found.values(), default=-1)
        assert outcome.fetchone()[0] == (f"last {top}" if top >= 0 else "")
        audited = conn.execute(
            "SELECT count(DISTINCT entity_id) FROM audit_log "
            "WHERE entity = 'stakeholder' AND action = 'create'"
        ).fetchone()[0]
        assert audited == len(found)  # the audit trail is in the same transaction
        return found
    finally:
        conn.close()


def test_sigkill_at_random_points_loses_no_committed_record(tmp_path):
    path = tmp_path / "crash.db"
    with open_workspace(path) as ws:
        campaign_id = campaigns.service.create(ws, name="Crash test").id
    rng = random.Random(20261125)
    committed: dict[str, int] = {}
    next_index = 0
    kills_mid_write = 0
    unprinted = 0
    for round_no in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(next_index), campaign_id],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        if round_no % 8 == 7:
            # Now and then kill it while it is still starting up or opening the file.
            time.sleep(rng.uniform(0.0, 1.0))
        else:
            first = proc.stdout.readline()  # it is committing now
            if first.strip():
                ident, index = first.split()
                committed[ident] = int(index)
            time.sleep(rng.uniform(0.0, 0.4))
            kills_mid_write += 1
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        for line in proc.stdout.read().splitlines():
            parts = line.split()
            if len(parts) == 2:  # a line cut by the kill is ignored
                committed[parts[0]] = int(parts[1])
        proc.stdout.close()
        printed = len(committed)
        # What is in the file now is durable: later rounds must keep it too.
        committed = check_database(path, committed, campaign_id)
        unprinted += len(committed) - printed
        next_index = max(committed.values(), default=-1) + 1
    assert kills_mid_write >= 20
    assert len(committed) > ROUNDS  # the writer really wrote between kills
    print(
        f"{ROUNDS} SIGKILLs, {len(committed)} committed transactions "
        f"({unprinted} committed just before a kill), none lost, none partial"
    )
    with open_workspace(path) as ws:  # and the app opens it as usual
        assert ws.workspace_id
