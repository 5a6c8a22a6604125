"""The throwaway PostgreSQL server the tests run the PostgreSQL backend against.

CI starts it with ``scripts/start-test-postgres`` and exports ``PLANNER_TEST_PG_URL``; a
plain ``pytest`` on a fresh machine starts one itself (and stops it at the end). There is
no skipping: without a server the PostgreSQL tests fail, saying how to get one.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

URL_ENV = "PLANNER_TEST_PG_URL"
SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "start-test-postgres"


class TestServerMissing(RuntimeError):
    """No test server could be reached or started."""


def start() -> tuple[str, str | None]:
    """The server's URL, and the folder of the one started here (None if it was given)."""
    url = os.environ.get(URL_ENV)
    if url:
        return url, None
    proc = subprocess.run([str(SCRIPT)], capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        raise TestServerMissing(
            f"PostgreSQL tests need a server: {SCRIPT.name} failed ({proc.stderr.strip()}); "
            "run ./scripts/setup-dev, or export PLANNER_TEST_PG_URL."
        )
    for line in proc.stdout.splitlines():
        name, _, value = line.removeprefix("export ").partition("=")
        os.environ[name] = value
    return os.environ[URL_ENV], os.environ["PLANNER_TEST_PG_DIR"]


def stop(folder: str) -> None:
    subprocess.run([str(SCRIPT), "--stop", folder], check=False, timeout=120)


def database_url(server_url: str, name: str) -> str:
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def _admin(server_url: str) -> psycopg.Connection:
    url = make_url(server_url).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


def create_database(server_url: str, template: str | None = None, name: str | None = None) -> str:
    """A new database (a copy of ``template`` if given); returns its URL."""
    name = name or f"t_{uuid.uuid4().hex[:16]}"
    with _admin(server_url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        suffix = f' TEMPLATE "{template}"' if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{suffix}')
    return database_url(server_url, name)


def drop_database(server_url: str, url: str) -> None:
    name = make_url(url).database
    with _admin(server_url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def fresh_database(server_url: str, template: str | None = None) -> Iterator[str]:
    url = create_database(server_url, template)
    try:
        yield url
    finally:
        drop_database(server_url, url)
