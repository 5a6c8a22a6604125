"""Driving modal dialogs from a test: ``exec()`` blocks, so the test acts from a timer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def when_modal(act: Callable[[QDialog], None], kind: type = QDialog) -> None:
    """Run ``act`` on the next visible modal dialog of ``kind`` once it is up."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
