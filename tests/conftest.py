"""Shared fixtures: real workspace files in a temporary folder, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.store import Workspace, open_workspace  # noqa: E402


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    """An empty workspace in a real SQLite file."""
    workspace = open_workspace(tmp_path / "workspace.db")
    yield workspace
    workspace.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, built once per test run; copy it with ``demo_ws``."""
    from planner.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_workspace(path) as workspace:
        build_demo(workspace)
    return path


@pytest.fixture
def demo_ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A private copy of the demo workspace, free to change."""
    import sqlite3

    target = tmp_path / "demo.db"
    src = sqlite3.connect(demo_template)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    workspace = open_workspace(target)
    yield workspace
    workspace.close()
