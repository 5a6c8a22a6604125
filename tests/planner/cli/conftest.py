"""The demo workspace the `planner` command tests run against, by the location they pass."""

from __future__ import annotations

import pytest


@pytest.fixture
def demo_db(demo_ws) -> str:
    return demo_ws.location  # the file, or the server URL
