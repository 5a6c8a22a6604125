"""Running the real `planner` CLI in a subprocess that kills itself at a named step.

``run_cli(args, point)`` sets ``PLANNER_FAULT_POINT`` and a private temporary folder
(``TMPDIR``) for the child, so a test can scan that folder for plaintext too. scrypt is
made cheap in the child, as in the in-process tests (the cost is stored in each key file).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

CHILD = """
import sys
import planner.exchange.bundle_crypto as bc
import planner.storage.encryption as enc
enc.SCRYPT_N = 2 ** 12
bc.SCRYPT_LOG2_N = 12
from planner.cli import main
sys.exit(main(sys.argv[1:]))
"""

SECRETS = ["Zaynab Qasimova", "zaynab.qasimova@example.org", "+249 912 345 678"]


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL


def run_cli(args: list[str], point: str | None, temp: Path, timeout: float = 120) -> Run:
    env = dict(os.environ)
    env.pop("PLANNER_PASSPHRASE", None)
    env["TMPDIR"] = str(temp)
    if point:
        env["PLANNER_FAULT_POINT"] = point
    else:
        env.pop("PLANNER_FAULT_POINT", None)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def plaintext_files(*folders: Path) -> list[str]:
    """Every file under ``folders`` holding a partner's name, e-mail or phone in clear."""
    found = []
    for folder in folders:
        for item in sorted(folder.rglob("*")):
            if item.is_file() and not item.is_symlink():
                data = item.read_bytes()
                for secret in SECRETS:
                    if secret.encode() in data or secret.encode("utf-16-le") in data:
                        found.append(f"{item.relative_to(folder)}: {secret}")
                        break
    return found
