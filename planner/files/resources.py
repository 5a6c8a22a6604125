"""Where the shipped data files live, from a source checkout and from the frozen app.

Fonts, icons, the stylesheet, the moments library and the member-state list sit in the
repository's ``resources/`` folder. A PyInstaller build unpacks them under
``sys._MEIPASS`` instead, and an installed wheel may not sit beside them at all, so
every caller asks here rather than walking up from its own ``__file__``.
``CAMPAIGN_PLANNER_RESOURCES`` overrides the folder (a packager's or a translator's copy).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

ENV_VAR = "CAMPAIGN_PLANNER_RESOURCES"


@cache
def resources_dir() -> Path:
    """The ``resources`` folder: the override, the frozen bundle's, or the checkout's."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder inside ``resources/`` (``resource_path("icons", "app.svg")``)."""
    return resources_dir().joinpath(*parts)


def is_frozen() -> bool:
    """Whether this is the PyInstaller build (no Python installed, data under _MEIPASS)."""
    return bool(getattr(sys, "frozen", False))


def docs_path(*parts: str) -> Path:
    """A file of the user documentation (``docs/``), bundled beside ``resources/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) / "docs" if frozen else Path(__file__).resolve().parents[2] / "docs"
    return base.joinpath(*parts)
