"""The QApplication: the app's names (QSettings keys), version and look.

Shared by the entry point (``app``), the main window's About box and the self-test, so
none of them has to import another.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # PySide6 itself is imported after the core (``preload_core``)
    from PySide6.QtWidgets import QApplication

APP_NAME = "Campaign Planner"


ORGANISATION = "Campaign Planner"


def version() -> str:
    """The app's version (``planner.__version__``: also right in the frozen build, which
    carries no package metadata)."""
    from planner import __version__

    return __version__


def preload_core() -> None:
    """Import the Qt-free core (SQLAlchemy, the models, the services) before PySide6.

    Once PySide6 is imported, its import hook reads the source of every module imported
    after it (looking for ``from __feature__ import``): several hundred SQLAlchemy and
    planner modules, about a tenth of the start-up. The core does not use Qt features.
    Measured here: these imports take 0.33 s before PySide6 and 0.39-0.41 s after it.
    """
    import gc

    # As the CLI does: the collector stays off while the core's modules load (they
    # create some hundred thousand objects that live until exit, and each full
    # collection would walk them again), then they are frozen out of every collection.
    gc.disable()
    try:
        import planner.planning.dashboard  # the first page's data
        import planner.services.specs  # every entity's service (and SQLAlchemy's ORM)
        import planner.storage.backups
        import planner.storage.protection
        import planner.storage.search
        import planner.storage.store  # noqa: F401  (opening the workspace)
    finally:
        gc.freeze()
        gc.enable()


def make_app(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication with the app's names (QSettings keys) and look."""
    preload_core()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from ui import theme

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([sys.argv[0] if sys.argv else APP_NAME, *argv])
    )
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(version())
    app.setWindowIcon(theme.icon("app"))
    from ui import settings

    settings.apply(app)  # theme, date format, language (from the user's settings)
    return app
