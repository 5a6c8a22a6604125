"""Where a workspace lives when the user names none: ``$PLANNER_DB``, else the user data folder.

Its own small module, importing nothing heavy: the CLI needs the path before it loads the
storage code (to start unlocking an encrypted workspace while that code loads), and
``planner.storage.workspace`` brings SQLAlchemy and the models with it.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Campaign Planner"


def default_workspace_path() -> Path:
    """Where a workspace lives unless the user chose another path (``PLANNER_DB``)."""
    env = os.environ.get("PLANNER_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir  # not needed by a command given --db

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "workspace.db"
