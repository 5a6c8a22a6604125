"""An encrypted workspace runs SQL as fast as a plain one: the SQLCipher build is optimised.

Every list, filter and search of an encrypted workspace runs in sqlcipher3's own SQLite.
The sqlcipher3-binary 0.6.0 wheel compiles it without optimisation (``-O0``), which made
every statement about 1.8x slower than Python's sqlite3 whatever the pages cost, and put
search on an encrypted 100 000-stakeholder workspace over its target (x2.1-2.4 the plain
file, issue #18); the sqlcipher3-wheels build of the same SQLCipher 4.12 / SQLite 3.51 is
optimised and runs it faster than the plain file's SQLite (x0.72).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner.storage import encryption

NO_PAGE_READ = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) "
    "SELECT sum(x) FROM c"
)
# The unoptimised build measured x1.8 here, the optimised one x0.7: the threshold sits
# well between, so load on a shared machine (CPU time is measured, not wall) cannot flip it.
MAX_RATIO = 1.3


def cpu_ms(conn: Any) -> Callable[[], float]:
    def run() -> float:
        started = time.process_time()
        assert conn.execute(NO_PAGE_READ).fetchone()[0] == 100000 * 100001 // 2
        return (time.process_time() - started) * 1000

    return run


def test_encrypted_connection_runs_sql_no_slower_than_a_plain_one(tmp_path: Path):
    plain = encryption.connect(tmp_path / "plain.db", None)
    secret = encryption.connect(tmp_path / "secret.db", encryption.new_data_key())
    try:
        for conn in (plain, secret):
            conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
            conn.execute("INSERT INTO note (body) VALUES ('Sudan coalition call')")
        runs = {"plain": cpu_ms(plain), "encrypted": cpu_ms(secret)}
        spent: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(5):  # in turn, so that a busy moment falls on both
            for name, run in runs.items():
                spent[name].append(run())
    finally:
        plain.close()
        secret.close()
    ratio = min(spent["encrypted"]) / max(min(spent["plain"]), 0.1)
    module = encryption.sqlcipher_module()
    assert ratio <= MAX_RATIO, (
        f"sqlcipher3 ({module.__file__}) runs SQL x{ratio:.2f} slower than sqlite3: an "
        "unoptimised SQLCipher build (sqlcipher3-binary?); scripts/setup-app installs "
        "sqlcipher3-wheels"
    )
