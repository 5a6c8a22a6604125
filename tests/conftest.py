"""Shared fixtures: real workspace files in a temporary folder, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.models import new_id
from planner.store import Workspace, open_workspace


def _copy_database(source: Path, target: Path) -> None:
    """Copy a workspace file with SQLite's backup API (consistent even with a WAL)."""
    import sqlite3

    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, fully migrated workspace, built once: migrating per test is slow."""
    path = tmp_path_factory.mktemp("empty") / "empty.db"
    open_workspace(path).close()
    return path


@pytest.fixture
def ws(empty_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """An empty workspace in a real SQLite file (a private copy of the template)."""
    target = tmp_path / "workspace.db"
    _copy_database(empty_template, target)
    workspace = open_workspace(target)
    workspace.set_info("workspace_id", new_id())  # every workspace has its own identity
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
    target = tmp_path / "demo.db"
    _copy_database(demo_template, target)
    workspace = open_workspace(target)
    workspace.set_info("workspace_id", new_id())
    yield workspace
    workspace.close()
