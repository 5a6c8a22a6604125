"""Which Debian packages Qt's X11 (xcb) platform plugin still needs, asked before Qt is.

When a library the xcb plugin links against is missing, Qt aborts with "xcb-cursor0 or
libxcb-cursor0 is needed", whatever the missing library really is (on a bare Debian it is
libxcb-icccm4 and libxcb-keysyms1). So before the QApplication exists the app runs the
dynamic loader over the plugin itself (``ldd``), and names the packages that hold what is
missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# The shared libraries Qt's xcb plugin (and its libQt6XcbQpa) load, by Debian package.
PACKAGE_OF: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def plugin_path() -> Path | None:
    """The xcb platform plugin this Qt would load, if it is there to inspect."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    path = plugins / "platforms" / "libqxcb.so"
    return path if path.exists() else None


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries the dynamic loader cannot find for ``plugin`` (sorted)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    run = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    return sorted(set(_NOT_FOUND.findall(run.stdout)))


def packages_for(libraries: list[str]) -> list[str]:
    """The Debian packages to install for ``libraries`` (a library we do not know by name
    stands for itself, so the user still learns what is missing)."""
    return sorted({PACKAGE_OF.get(lib, lib) for lib in libraries})


def uses_xcb(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Whether Qt will try the xcb plugin: asked for, or the default on an X11 desktop."""
    if not sys.platform.startswith("linux"):
        return False
    wanted = environ.get("QT_QPA_PLATFORM", "")
    if wanted:
        return wanted.split(":", 1)[0].split(";", 1)[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def problem(
    plugin: Path | None = None, environ: dict[str, str] | os._Environ[str] = os.environ
) -> str | None:
    """What to tell the user when the window cannot open for lack of a library, else None
    (``plugin`` is the one Qt would load unless given)."""
    if not uses_xcb(environ):
        return None
    plugin = plugin or plugin_path()
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    return message(missing) if missing else None


def message(missing: list[str]) -> str:
    """One paragraph naming the missing libraries and the command that installs them."""
    packages = " ".join(packages_for(missing))
    return (
        "Campaign Planner cannot open its window: Qt's X11 support needs "
        f"{', '.join(missing)}, which this machine does not have.\n"
        f"Install it with:  sudo apt-get install {packages}\n"
        "(or run scripts/setup-app from the source folder, which installs everything)."
    )
