"""First-run care: the tour offered once, and the demo workspace marked as demo.

Installed on the main window after it is built; it only listens to the window's
central stack (welcome ↔ workspace), so the shell needs no knowledge of it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

TOUR_OFFERED = "tour/offered"


def tr(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


def tour_offered() -> bool:
    return str(QSettings().value(TOUR_OFFERED, "false")).lower() in ("true", "1")


def install(window: QMainWindow) -> None:
    badge = QLabel(tr("DEMO WORKSPACE · sample data, explore freely"))
    badge.setObjectName("demoBadge")
    badge.setAccessibleName(tr("This is the demo workspace"))
    badge.setVisible(False)
    window.statusBar().addPermanentWidget(badge)
    window.demo_badge = badge  # type: ignore[attr-defined]

    def changed(_index: int) -> None:
        ctx = getattr(window, "ctx", None)
        in_workspace = ctx is not None and window.stack.currentWidget() is window.shell  # type: ignore[attr-defined]
        badge.setVisible(bool(in_workspace and ctx.ws.info("demo") == "yes"))
        if in_workspace and not tour_offered():
            QSettings().setValue(TOUR_OFFERED, "true")
            QTimer.singleShot(0, lambda: _offer(window))

    window.stack.currentChanged.connect(changed)  # type: ignore[attr-defined]


def _offer(window: QMainWindow) -> None:
    from ui import tour

    if getattr(window, "ctx", None) is not None and window.isVisible():
        tour.start(window)
