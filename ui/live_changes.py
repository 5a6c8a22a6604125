"""Colleagues' commits on a team server reach this window's change bus within a second.

A plain Python thread runs ``planner.team.live.listen`` (it blocks on the server's
notifications); each batch crosses to the UI thread through a queued Qt signal, and
the bus then tells every view what changed, exactly as after a local edit. The UI
thread never waits on the network: stopping only sets a flag the thread checks.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from planner.storage.workspace import Workspace
from planner.team.live import EVERYTHING, Batch, listen
from ui.changes import ChangeBus


class LiveChanges(QObject):
    """One listener per open server workspace; ``stop()`` when the workspace closes."""

    arrived = Signal(object)  # Batch, emitted from the listener thread

    def __init__(self, ws: Workspace, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.ready = threading.Event()
        self._stop = threading.Event()
        # the receiver lives in the UI thread, so the emit from the listener is queued
        self.arrived.connect(self._announce)
        self._thread = threading.Thread(
            target=listen,
            args=(ws.engine, self.arrived.emit, self._stop),
            kwargs={"ready": self.ready},
            name="planner-live-changes",
            daemon=True,
        )
        self._thread.start()

    def _announce(self, batch: Batch) -> None:
        if EVERYTHING in batch:
            self.bus.everything()
            return
        ids = set().union(*batch.values())
        self.bus.announce(batch.keys(), ids)

    def stop(self) -> None:
        """Ask the thread to end (within its quarter-second wait); never blocks long."""
        self._stop.set()
        self.arrived.disconnect(self._announce)
        self._thread.join(timeout=1.0)
