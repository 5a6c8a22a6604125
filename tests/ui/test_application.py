"""The app starts in the order that keeps start-up short."""

from __future__ import annotations

import os
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


def test_the_first_window_loads_only_what_the_dashboard_needs(tmp_path):
    """Start-up imports what the first screen shows: the dashboard page and its cards, not
    the other pages, the campaign workspace, the forms, the exporters or team sync (each
    loads when first used), so that nobody waits for them at every start."""
    code = (
        "import os, sys, tempfile, time\n"
        "from ui.app import build_window, parse_args\n"
        "from ui.application import make_app\n"
        "from PySide6.QtCore import QSettings\n"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
        "QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,"
        " tempfile.mkdtemp())\n"
        "app = make_app()\n"
        "QSettings().setValue('tour/offered', 'true')\n"
        "w = build_window(parse_args([sys.argv[1]]))\n"
        "w.show()\n"
        "page = w.pages['dashboard']\n"
        "deadline = time.monotonic() + 60\n"
        "while page.loaded is None and time.monotonic() < deadline:\n"
        "    app.processEvents(); time.sleep(0.005)\n"
        "assert page.loaded is not None, 'the dashboard never loaded'\n"
        "app.processEvents()\n"
        "late = ('ui.forms', 'ui.pages.campaign', 'ui.pages.stakeholders', 'ui.pages.milestones',"
        " 'ui.pages.engagements', 'ui.pages.timeline', 'ui.views', 'ui.quick_search',"
        " 'planner.publishing', 'planner.sync', 'planner.team', 'planner.imports',"
        " 'planner.exchange', 'openpyxl', 'reportlab')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(late))\n"
        "from ui import operations\n"
        "operations.shutdown()\n"
        "assert not loaded, loaded\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CAMPAIGN_PLANNER_DATA=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "workspace.db")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
