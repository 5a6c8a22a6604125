"""Where workspaces live and how the app opens them: the demo, recent files, the last one.

Opening goes through ``open_path`` only, so that a passphrase prompt or an
integrity check can be added in one place.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QSettings

from planner.storage.locations import APP_NAME
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace

MAX_RECENT = 8


def data_dir() -> Path:
    """The user data folder (``CAMPAIGN_PLANNER_DATA`` overrides it, for tests)."""
    env = os.environ.get("CAMPAIGN_PLANNER_DATA")
    return Path(env) if env else Path(user_data_dir(APP_NAME, appauthor=False))


def demo_path() -> Path:
    return data_dir() / "demo-workspace.db"


def open_path(
    path: Path, *, create: bool = True, key: bytes | None = None, check: bool = True
) -> Workspace:
    """Open ``path``; ``key`` is the data key of an encrypted workspace (see ui.workspace_guard).

    ``check=False`` skips the integrity check, for a caller that runs it in a worker.
    """
    return open_workspace(path, create=create, key=key, check=check)


def open_demo() -> Workspace:
    """The demo workspace, built on first use."""
    path = demo_path()
    fresh = not path.exists()
    ws = open_workspace(path)
    if fresh:
        from planner.demo import build_demo

        try:
            build_demo(ws)
        except Exception:
            ws.close()
            path.unlink(missing_ok=True)
            raise
    return ws


def recent_files() -> list[str]:
    value = QSettings().value("workspace/recent", [])
    if isinstance(value, str):  # one file: an ini file stores a one-item list as text
        value = [value]
    if not isinstance(value, list | tuple):
        return []
    return [str(v) for v in value if v]


def remember(path: Path) -> None:
    items = [str(path)] + [p for p in recent_files() if p != str(path)]
    settings = QSettings()
    settings.setValue("workspace/recent", items[:MAX_RECENT])
    settings.setValue("workspace/last", str(path))


def forget_last() -> None:
    QSettings().remove("workspace/last")


def last_workspace() -> Path | None:
    value = QSettings().value("workspace/last", "")
    return Path(str(value)) if value else None
