"""What encryption at rest costs: open, list and bundle export of a 100 000-stakeholder workspace.

Run: ``.venv/bin/python tests/bench/bench_encryption.py [N]`` (default 100 000). The same
workspace is built once, copied into an encrypted twin with ``sqlcipher_export``, and
both are timed in the same run; the figures are ratios encrypted / plain (target ≤ 1.3).

- open: ``open_workspace`` including ``PRAGMA quick_check`` and the schema check. For
  the encrypted twin it is timed twice: with the data key (what every reopen in the app
  costs) and with the passphrase (adds one scrypt derivation, a fixed ~1 s by design).
- list: a filtered, sorted 200-row stakeholder page (category + country), median of 15.
- export: a whole-workspace bundle to disk; the encrypted workspace writes an encrypted
  bundle (AES-GCM, scrypt), as the CLI does.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from planner import bundle_crypto, encryption
from planner.bundle import write_bundle
from planner.demo import build_scale
from planner.services.stakeholders import StakeholderFilter, count_stakeholders, list_stakeholders
from planner.store import open_workspace

PASSPHRASE = "correct horse battery staple"


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main(n: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-enc-"))
    plain = folder / "plain.db"
    secret = folder / "secret.db"
    started = time.perf_counter()
    with open_workspace(plain) as ws:
        build_scale(ws, n)
    print(f"built {n:,} stakeholders in {time.perf_counter() - started:.1f} s")
    encryption.settle(plain, None)
    key = encryption.new_data_key()
    encryption.export_copy(plain, None, secret, key)
    encryption.write_key_file(secret, encryption.wrap_key(key, PASSPHRASE))
    mib = [f.stat().st_size / 2**20 for f in (plain, secret)]
    print(f"sizes: plain {mib[0]:.1f} MiB, encrypted {mib[1]:.1f} MiB")

    def open_close(path: Path, **kw: object) -> Callable[[], None]:
        def run() -> None:
            open_workspace(path, **kw).close()

        return run

    results: dict[str, tuple[float, float]] = {}
    results["open"] = (
        timed(open_close(plain), 5),
        timed(open_close(secret, key=key), 5),
    )
    with_passphrase = timed(open_close(secret, passphrase=PASSPHRASE), 3)
    unchecked = (
        timed(open_close(plain, check=False), 5),
        timed(open_close(secret, key=key, check=False), 5),
    )

    with open_workspace(plain) as p, open_workspace(secret, key=key) as s:
        flt = StakeholderFilter(
            category="human_rights", country=list_stakeholders(p, limit=1)[0].country
        )
        assert list_stakeholders(p, flt) == list_stakeholders(s, flt)
        matching = count_stakeholders(p, flt)
        results["list"] = (
            timed(lambda: list_stakeholders(p, flt, limit=200), 15),
            timed(lambda: list_stakeholders(s, flt, limit=200), 15),
        )
        unfiltered = (
            timed(lambda: list_stakeholders(p, limit=200, offset=50_000 % max(n, 1)), 15),
            timed(lambda: list_stakeholders(s, limit=200, offset=50_000 % max(n, 1)), 15),
        )
        results["export"] = (
            timed(lambda: write_bundle(p, folder / "plain.json"), 2),
            timed(
                lambda: bundle_crypto.write_encrypted_bundle(
                    s, folder / "secret.bundle", PASSPHRASE
                ),
                2,
            ),
        )
        plain_bundle_from_secret = timed(lambda: write_bundle(s, folder / "secret.json"), 2)

    print(f"\n{'operation':<44}{'plain':>10}{'encrypted':>12}{'ratio':>8}")
    for name, (a, b) in results.items():
        label = {
            "open": "open (quick_check; data key)",
            "list": f"list 200 of {matching:,} (category+country)",
            "export": "bundle export (encrypted bundle)",
        }[name]
        flag = "" if b / a <= 1.3 else "  > 1.3"
        print(f"{label:<44}{a * 1000:>8.0f}ms{b * 1000:>10.0f}ms{b / a:>8.2f}{flag}")
    a, b = unfiltered
    label = "list 200 (page at offset 50 000)"
    print(f"{label:<44}{a * 1000:>8.0f}ms{b * 1000:>10.0f}ms{b / a:>8.2f}")
    a = results["export"][0]
    print(
        f"{'bundle export (plain bundle)':<44}{a * 1000:>8.0f}ms"
        f"{plain_bundle_from_secret * 1000:>10.0f}ms{plain_bundle_from_secret / a:>8.2f}"
    )
    a, b = unchecked
    label = "open without quick_check (check in a worker)"
    print(f"{label:<44}{a * 1000:>8.0f}ms{b * 1000:>10.0f}ms{b / a:>8.2f}")
    a = results["open"][0]
    print(
        f"{'open with passphrase (adds scrypt N=2^17)':<44}{a * 1000:>8.0f}ms"
        f"{with_passphrase * 1000:>10.0f}ms{with_passphrase / a:>8.2f}"
    )
    print(f"\n(files in {folder}; delete when done)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
