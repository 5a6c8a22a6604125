"""First-run care: the tour offered once, and the demo workspace marked as demo.

Installed on the main window after it is built; it only listens to the window's
central stack (welcome ↔ workspace), so the shell needs no knowledge of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QStatusBar

from ui.tour import TourHost
from ui.translation import translator

TOUR_OFFERED = "tour/offered"


tr = translator("FirstRun")


class FirstRunHost(TourHost, Protocol):
    """The main window as first-run care sees it: its central stack and status bar."""

    stack: QStackedWidget  # the welcome screen, or ``shell`` with a workspace
    shell: QSplitter

    def statusBar(self) -> QStatusBar: ...


@dataclass(frozen=True)
class FirstRun:
    """What ``install`` added to the window: the status bar's demo badge."""

    demo_badge: QLabel


def tour_offered() -> bool:
    return str(QSettings().value(TOUR_OFFERED, "false")).lower() in ("true", "1")


def install(window: FirstRunHost) -> FirstRun:
    badge = QLabel(tr("DEMO WORKSPACE · sample data, explore freely"))
    badge.setObjectName("demoBadge")
    badge.setAccessibleName(tr("This is the demo workspace"))
    badge.setVisible(False)
    window.statusBar().addPermanentWidget(badge)

    def changed(_index: int) -> None:
        ctx = window.ctx
        in_workspace = ctx is not None and window.stack.currentWidget() is window.shell
        badge.setVisible(ctx is not None and in_workspace and ctx.ws.info("demo") == "yes")
        if in_workspace and not tour_offered():
            QSettings().setValue(TOUR_OFFERED, "true")
            QTimer.singleShot(0, lambda: _offer(window))

    window.stack.currentChanged.connect(changed)
    return FirstRun(demo_badge=badge)


def _offer(window: TourHost) -> None:
    from ui import tour

    if window.ctx is not None and window.isVisible():
        tour.start(window)
