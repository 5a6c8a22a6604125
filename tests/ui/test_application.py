"""The app starts in the order that keeps start-up short."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_core_is_imported_before_pyside6_at_start():
    """PySide6's import hook reads the source of every module imported after it; the core
    (SQLAlchemy, models, services, storage, the dashboard's data) must be in before it."""
    code = (
        "import sys\n"
        "from ui.application import preload_core\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt came first'\n"
        "preload_core()\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'the core pulls in Qt'\n"
        "wanted = ['sqlalchemy.orm', 'planner.services.stakeholders', 'planner.storage.store',"
        " 'planner.planning.dashboard']\n"
        "missing = [m for m in wanted if m not in sys.modules]\n"
        "assert not missing, missing\n"
        "import gc\n"
        "assert gc.isenabled() and gc.get_freeze_count() > 10000, 'the core is not frozen'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
