"""The floor the tracker benchmark compares with: bare sqlite3 (or SQLCipher) + openpyxl.

``python tracker_floor.py export DB CAMPAIGN CELLS.pickle OUT.xlsx AUDIENCE [SECRET]``
reads the rows a campaign's tracker is made of and writes the given cell values with
openpyxl's write-only mode; ``python tracker_floor.py read FILE.xlsx`` reads every cell
of a file read-only. Only what that work needs is imported (``bench_tracker`` runs it).
"""

from __future__ import annotations

import pickle
import sqlite3
import sys
from pathlib import Path

# The rows a campaign's tracker is made of (``take_snapshot``), read with nothing else.
CAMPAIGN_READS = (
    "SELECT * FROM campaign WHERE id = :c",
    "SELECT cs.*, s.* FROM campaign_stakeholder cs JOIN stakeholder s"
    " ON s.id = cs.stakeholder_id WHERE cs.campaign_id = :c AND cs.deleted_at IS NULL",
    "SELECT * FROM interaction WHERE campaign_id = :c AND deleted_at IS NULL",
    "SELECT p.* FROM interaction_participant p JOIN interaction i"
    " ON i.id = p.interaction_id WHERE i.campaign_id = :c",
    "SELECT * FROM milestone WHERE campaign_id = :c AND deleted_at IS NULL",
    "SELECT * FROM ask WHERE campaign_id = :c AND deleted_at IS NULL",
    "SELECT * FROM quote WHERE campaign_id = :c AND deleted_at IS NULL",
    "SELECT v.* FROM vote_position v JOIN milestone m ON m.id = v.milestone_id"
    " WHERE m.campaign_id = :c AND v.deleted_at IS NULL",
    "SELECT * FROM sign_on WHERE campaign_id = :c AND deleted_at IS NULL",
    "SELECT g.*, s.* FROM signature g JOIN sign_on o ON o.id = g.sign_on_id"
    " JOIN stakeholder s ON s.id = g.stakeholder_id WHERE o.campaign_id = :c",
    # the stakeholders the campaign names (people, participants, authors), their
    # organisations, and the relationships between them
    "WITH named(id) AS ("
    " SELECT stakeholder_id FROM campaign_stakeholder WHERE campaign_id = :c"
    " UNION SELECT p.stakeholder_id FROM interaction_participant p JOIN interaction i"
    " ON i.id = p.interaction_id WHERE i.campaign_id = :c"
    " UNION SELECT stakeholder_id FROM quote WHERE campaign_id = :c"
    " UNION SELECT target_id FROM ask WHERE campaign_id = :c)"
    " SELECT s.* FROM stakeholder s WHERE s.id IN (SELECT id FROM named)"
    " OR s.id IN (SELECT organisation_id FROM stakeholder WHERE id IN (SELECT id FROM named))",
    "WITH named(id) AS (SELECT stakeholder_id FROM campaign_stakeholder WHERE campaign_id = :c)"
    " SELECT * FROM relationship WHERE deleted_at IS NULL"
    " AND (from_id IN (SELECT id FROM named) OR to_id IN (SELECT id FROM named))",
)
# an outside audience: the free-text scan looks for every withheld stakeholder's name
EVERY_STAKEHOLDER = (
    "SELECT name, email, phone, kind, category, country, is_local, women_led, sensitivity,"
    " name_consent FROM stakeholder WHERE deleted_at IS NULL"
)


# ----------------------------------------------------------------------------- bare side


def export(db: str, campaign: str, cells: str, out: str, audience: str, secret: str) -> None:
    """The floor: read the same rows, write the same cells, nothing else."""
    if secret:  # the key unwrapped from the passphrase (scrypt), a SQLCipher connection
        from planner.storage import encryption

        passphrase = Path(secret).read_text(encoding="utf-8").strip()
        conn = encryption.connect(db, encryption.unlock(db, passphrase))
    else:
        conn = sqlite3.connect(db)
    reads = CAMPAIGN_READS + ((EVERY_STAKEHOLDER,) if audience != "internal" else ())
    rows = [conn.execute(sql, {"c": campaign}).fetchall() for sql in reads]
    conn.close()
    from openpyxl import Workbook

    with open(cells, "rb") as f:
        sheets: dict[str, list[tuple]] = pickle.load(f)
    wb = Workbook(write_only=True)
    for title, values in sheets.items():
        ws = wb.create_sheet(title)
        for row in values:
            ws.append(row)
    wb.save(out)
    del rows


def read(path: str) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    n = sum(len(row) for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    wb.close()
    assert n


if __name__ == "__main__":
    if sys.argv[1] == "export":
        export(*sys.argv[2:8])
    else:
        read(sys.argv[2])
