"""Shared fixtures: real workspace files in a temporary folder, Qt offscreen.

``ws`` and ``demo_ws`` are SQLite files unless the test module (or test) is marked
``both_backends``: then each test runs twice, once on a file and once on a fresh database
of the test PostgreSQL server (``tests/postgres_server.py``), copied from a template
migrated once per run. ``sqlite_only`` keeps a test in such a module on the file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.domain.models import new_id
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace
from tests import postgres_server

BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_backends: run on SQLite and on PostgreSQL")
    config.addinivalue_line("markers", "sqlite_only: a file-only behaviour (WAL, encryption)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    node = metafunc.definition
    if (
        "backend" in metafunc.fixturenames
        and node.get_closest_marker("both_backends")
        and not node.get_closest_marker("sqlite_only")
    ):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which database ``ws``/``demo_ws`` live in: "sqlite" unless parametrized."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of the test PostgreSQL server (its ``postgres`` database)."""
    try:
        url, started = postgres_server.start()
    except postgres_server.TestServerMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    yield url
    if started:
        postgres_server.stop(started)


@pytest.fixture(scope="session")
def pg_empty_template(pg_server: str) -> str:
    """A migrated, empty database to copy: the name of the template."""
    url = postgres_server.create_database(pg_server, name="planner_empty_template")
    open_workspace(url).close()
    return "planner_empty_template"


@pytest.fixture(scope="session")
def pg_demo_template(pg_server: str, pg_empty_template: str) -> str:
    from planner.demo import build_demo

    url = postgres_server.create_database(
        pg_server, pg_empty_template, name="planner_demo_template"
    )
    with open_workspace(url) as workspace:
        build_demo(workspace)
    return "planner_demo_template"


def _server_workspace(request: pytest.FixtureRequest, template: str) -> Iterator[Workspace]:
    server = request.getfixturevalue("pg_server")
    with postgres_server.fresh_database(server, request.getfixturevalue(template)) as url:
        workspace = open_workspace(url, create=False)
        workspace.set_info("workspace_id", new_id())
        yield workspace
        workspace.close()


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
def ws_pg(request: pytest.FixtureRequest) -> Iterator[Workspace]:
    """An empty workspace in a fresh database of the test PostgreSQL server."""
    yield from _server_workspace(request, "pg_empty_template")


@pytest.fixture
def ws(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    """An empty workspace in a real SQLite file or server database (a private copy)."""
    if backend == "postgresql":
        yield from _server_workspace(request, "pg_empty_template")
        return
    empty_template = request.getfixturevalue("empty_template")
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
def demo_ws(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    """A private copy of the demo workspace, free to change."""
    if backend == "postgresql":
        yield from _server_workspace(request, "pg_demo_template")
        return
    demo_template = request.getfixturevalue("demo_template")
    target = tmp_path / "demo.db"
    _copy_database(demo_template, target)
    workspace = open_workspace(target)
    workspace.set_info("workspace_id", new_id())
    yield workspace
    workspace.close()
