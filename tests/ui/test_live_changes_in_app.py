"""A colleague's commit on the team server reaches an open window's change bus."""

from __future__ import annotations

import time

from planner.services import campaigns
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace
from ui.changes import Changes
from ui.context import WorkspaceContext
from ui.live_changes import LiveChanges


def test_colleagues_commit_reaches_the_bus_within_seconds(qtbot, ws_pg: Workspace) -> None:
    ctx = WorkspaceContext(ws_pg)
    live = LiveChanges(ws_pg, ctx.bus)
    assert live.ready.wait(10)
    colleague = open_workspace(ws_pg.engine.url.render_as_string(hide_password=False), create=False)
    try:
        start = time.monotonic()
        with qtbot.waitSignal(
            ctx.bus.changed, timeout=5000, check_params_cb=lambda c: c.touches("campaign")
        ) as blocker:
            ident = campaigns.create(colleague, name="Missing persons").id
        changes: Changes = blocker.args[0]
        assert ident in changes.ids
        assert time.monotonic() - start < 5
    finally:
        colleague.close()
        live.stop()


def test_the_main_window_listens_on_a_server_workspace_only(qtbot, ws_pg, ws) -> None:
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.set_workspace(ws)
    assert win.live is None  # a file: nobody else writes it while it is open
    win.set_workspace(ws_pg)
    assert win.live is not None and win.live.ready.wait(10)
    colleague = open_workspace(ws_pg.engine.url.render_as_string(hide_password=False), create=False)
    try:
        with qtbot.waitSignal(win.ctx.bus.changed, timeout=5000):
            campaigns.create(colleague, name="From a colleague")
    finally:
        colleague.close()
        win.close_workspace(forget=False)
        win.guard.shutdown()
    assert win.live is None
