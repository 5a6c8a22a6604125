"""The demo workspace the `planner` command tests run against, by the location they pass."""

from __future__ import annotations

import pytest


@pytest.fixture
def demo_db(demo_ws) -> str:
    return demo_ws.location  # the file, or the server URL


@pytest.fixture
def url(ws_pg) -> str:
    """The team server's URL as a user gives it to --db, password included."""
    return ws_pg.engine.url.render_as_string(hide_password=False)
