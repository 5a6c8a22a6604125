"""The frozen (PyInstaller) app has everything it needs: build it, run its self-test.

This is the test CI relies on to prove the one-folder build works without Python: a
missing font, icon, migration, translation or hidden import only shows when the frozen
binary runs. It builds with ``scripts/build-app`` into a temp folder (a few minutes on
two cores) and is skipped when PyInstaller is not installed (the ``build`` extra).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner import __version__

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None or sys.platform == "win32",
    reason="needs PyInstaller (pip install -e .[build]) and a POSIX shell",
)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("frozen")
    env = {**os.environ, "PYTHON": sys.executable}
    started = time.perf_counter()
    build = subprocess.run(
        [
            str(ROOT / "scripts" / "build-app"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
            "--no-check",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    took = time.perf_counter() - started
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    app = out / "dist" / "campaign-planner" / "campaign-planner"
    assert app.is_file()
    size = folder_size(app.parent)
    print(f"\nbuilt in {took:.0f} s; bundle {size / 1e6:.0f} MB ({app.parent})")
    return app


def run_frozen(app: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    # nothing of the checkout may leak in: the bundle must be self-sufficient
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "CAMPAIGN_PLANNER_RESOURCES", "VIRTUAL_ENV")
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [str(app), *args],
        cwd=app.parent.parent,  # not the repository
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_frozen_app_passes_its_self_test(frozen_app: Path):
    started = time.perf_counter()
    result = run_frozen(frozen_app, "--self-test")
    took = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(frozen," in result.stdout
    assert "Self-test passed" in result.stdout
    for line in result.stdout.splitlines():
        if line.startswith(("ok", "FAIL", "Self-test")):
            print(line)
    print(f"self-test took {took:.1f} s")


def test_frozen_app_reports_its_version_quickly(frozen_app: Path):
    started = time.perf_counter()
    result = run_frozen(frozen_app, "--version", timeout=60)
    took = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"campaign-planner {__version__}"
    print(f"--version in {took:.2f} s")
    assert took < 20


def test_frozen_bundle_leaves_out_unused_qt(frozen_app: Path):
    internal = frozen_app.parent / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unused in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6", "QtQml.abi3.so"):
        assert unused not in names
    assert any(n.startswith("libQt6Svg") for n in names)  # kept: the icons are SVG
    assert (internal / "resources" / "translations" / "campaign_planner_fr.qm").is_file()
    assert (internal / "docs" / "user-guide.md").is_file()
    assert (internal / "planner" / "storage" / "migrations" / "env.py").is_file()
