"""The app on a team workspace: opened by URL, edited, no lock file or local backups."""

from __future__ import annotations

from pathlib import Path

from planner.services import campaigns
from planner.storage.store import open_workspace


def test_app_opens_a_server_workspace_by_url_and_shows_its_campaigns(
    qtbot, ws_pg, tmp_path, monkeypatch
):
    from ui.app import build_window, parse_args

    campaigns.create(ws_pg, name="Humanitarian access in Sudan")
    here = tmp_path / "cwd"
    here.mkdir()
    monkeypatch.chdir(here)
    window = build_window(parse_args([ws_pg.location]))
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.ctx is not None
        assert window.ctx.ws.location == ws_pg.location
        page = window.show_page("campaigns")
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
        campaigns.create(window.ctx.ws, name="Accountability for Darfur")
        with open_workspace(ws_pg.location, create=False) as colleague:
            names = sorted(c.name for c in campaigns.list_campaigns(colleague))
        assert names == ["Accountability for Darfur", "Humanitarian access in Sudan"]
        assert list(Path(here).iterdir()) == []  # no lock file, no backups folder
    finally:
        window.close_workspace(forget=False)
        window.guard.shutdown()


def test_app_says_why_a_server_does_not_open(qtbot, pg_server, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.main_window import MainWindow

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    url = pg_server.rsplit("/", 1)[0] + "/no_such_database"
    assert window.open_server(url) is False
    assert window.ctx is None
    assert len(said) == 1 and "no_such_database" in said[0]
