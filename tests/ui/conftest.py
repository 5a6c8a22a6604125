"""GUI test fixtures: isolated settings and data folders, a window on a real workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.planner.sync.conftest import laptops  # noqa: F401  (two laptops' files)


@pytest.fixture(scope="session", autouse=True)
def app_font(qapp) -> None:
    """Every GUI test measures text in the app's shipped font, as the app draws it."""
    from ui import theme

    theme.use_app_font(qapp)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """QSettings and the demo folder in the test's own temp dir, never the user's."""
    from PySide6.QtCore import QCoreApplication, QSettings

    monkeypatch.setenv("CAMPAIGN_PLANNER_DATA", str(tmp_path / "data"))
    QCoreApplication.setOrganizationName("Campaign Planner Tests")
    QCoreApplication.setApplicationName("Campaign Planner Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ini"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def app_window(qtbot):
    """The main window with no workspace, as the app starts; its guard stopped after."""
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_workspace(forget=False)
    win.guard.shutdown()


@pytest.fixture
def window(qtbot, ws):
    """The main window, light theme, on an empty workspace."""
    from PySide6.QtWidgets import QApplication

    from ui import theme
    from ui.main_window import MainWindow

    theme.apply(QApplication.instance(), dark=False)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.set_workspace(ws)
    return win


@pytest.fixture
def laptop_window(qtbot, laptops):  # noqa: F811  (the fixture imported above)
    """The main window on laptop A's workspace file."""
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.set_workspace(laptops[0])
    yield win
    win.close_workspace(forget=False)
    win.guard.shutdown()
