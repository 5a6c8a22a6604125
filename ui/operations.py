"""The one way to run work off the UI thread: a worker over QThreadPool.

``run_in_background(fn, on_success=..., on_failure=...)`` calls ``fn(progress)`` in a pool
thread and delivers its result (or exception) back on the UI thread through Qt signals.
``progress.report(done, total)`` feeds an optional progress callback and
``progress.cancelled`` tells long work (exports, imports, big queries) to stop early;
work that blocks in one long call it cannot poll from (an SQLite statement) registers
``progress.on_cancel(stop)`` instead, so cancelling, and closing, need not wait for it.
Services only read plain records, so they are safe to call from a worker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised by work that noticed ``progress.cancelled`` and stopped."""


class Progress:
    """Handed to the work function: report progress, check for cancellation."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._stoppers: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    def on_cancel(self, stop: Callable[[], None]) -> None:
        """Call ``stop()`` when the job is cancelled (at once if it already is).

        For work that cannot poll ``cancelled`` because it waits inside one call: ``stop``
        runs on the cancelling thread (the UI thread) and must be thread-safe, like
        ``sqlite3.Connection.interrupt``.
        """
        with self._lock:
            if not self._cancel.is_set():
                self._stoppers.append(stop)
                return
        stop()

    def _cancel_now(self) -> None:
        with self._lock:
            self._cancel.set()
            stoppers, self._stoppers = self._stoppers, []
        for stop in stoppers:
            stop()


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Operation(QRunnable):
    """A running (or finished) background job; keep it to cancel it."""

    _running: set[Operation] = set()

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.progress = Progress(self.signals)
        self._fn = fn
        self.done = threading.Event()

    def run(self) -> None:
        try:
            result = self._fn(self.progress)
        except BaseException as exc:  # delivered to on_failure on the UI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.done.set()

    def cancel(self) -> None:
        self.progress._cancel_now()

    def _finish(self) -> None:
        Operation._running.discard(self)


def run_in_background(
    fn: Callable[[Progress], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    owner: QObject | None = None,
    pool: QThreadPool | None = None,
) -> Operation:
    """Start ``fn(progress)`` in the pool; callbacks run on the UI thread.

    A failure without ``on_failure`` is not swallowed: it is re-raised on the UI thread.
    A cancelled job calls neither callback; a job whose ``owner`` (the widget that
    wants the result) is destroyed is cancelled, so no callback reaches a dead widget.
    """
    op = Operation(fn)
    if owner is not None:
        owner.destroyed.connect(lambda *_: op.cancel())

    def succeeded(result: Any) -> None:
        op._finish()
        if on_success is not None and not op.progress.cancelled:
            on_success(result)

    def failed(exc: BaseException) -> None:
        op._finish()
        if isinstance(exc, Cancelled) or op.progress.cancelled:
            return
        if on_failure is None:
            raise exc
        on_failure(exc)

    op.signals.succeeded.connect(succeeded)
    op.signals.failed.connect(failed)
    if on_progress is not None:
        op.signals.progress.connect(on_progress)
    Operation._running.add(op)
    (pool or QThreadPool.globalInstance()).start(op)
    return op


def shutdown(timeout_ms: int = 5000) -> bool:
    """Cancel every running job and wait for the pool (before closing a workspace or exiting).

    Returns False if some job was still running after ``timeout_ms``.
    """
    for op in list(Operation._running):
        op.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
