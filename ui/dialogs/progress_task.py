"""Run long work (an export, an import, a restore) with a progress dialog and Cancel.

A thin layer over ``ui.operations.run_in_background``: the work runs in the pool, the
dialog shows its progress and a line of text the work may update, Cancel asks the work
to stop (it checks ``progress.cancelled`` between steps), and the result or the error
comes back on the UI thread. An error is shown to the user unless the caller handles it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ui import operations
from ui.operations import Operation, Progress
from ui.translation import translator

tr = translator("ProgressTask")


class _Status(QObject):
    """Carries the work's status line from the pool thread to the dialog (queued signal)."""

    text = Signal(str)


class Task:
    """A running job and its dialog; ``say(text)`` from the work updates the dialog's label."""

    def __init__(self, dialog: QProgressDialog, status: _Status) -> None:
        self.dialog = dialog
        self._status = status
        self.operation: Operation | None = None
        self.cancelled = False

    def say(self, text: str) -> None:
        self._status.text.emit(text)

    def cancel(self) -> None:
        self.cancelled = True
        if self.operation is not None:
            self.operation.cancel()


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[Progress, Task], Any],
    *,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    cancellable: bool = True,
) -> Task:
    """Start ``work(progress, task)`` in the background behind a window-modal progress dialog."""
    dialog = QProgressDialog(label, tr("Cancel") if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(420)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    status = _Status(dialog)
    status.text.connect(dialog.setLabelText)
    task = Task(dialog, status)

    def progressed(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def finish() -> None:
        dialog.canceled.disconnect(cancelled)
        dialog.close()
        dialog.deleteLater()

    def succeeded(result: Any) -> None:
        finish()
        on_success(result)

    def failed(exc: BaseException) -> None:
        finish()
        if on_failure is not None:
            on_failure(exc)
        else:
            QMessageBox.warning(parent, title, str(exc) or exc.__class__.__name__)

    def cancelled() -> None:
        if not cancellable:  # Escape closed it: the work goes on, so the dialog stays
            dialog.show()
            return
        task.cancel()
        finish()
        if on_cancel is not None:
            on_cancel()

    dialog.canceled.connect(cancelled)
    task.operation = operations.run_in_background(
        lambda progress: work(progress, task),
        on_success=succeeded,
        on_failure=failed,
        on_progress=progressed,
        owner=parent,
    )
    dialog.show()
    return task
