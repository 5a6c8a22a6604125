"""Helpers the team-server tests share: a member's own connection, a name no one has."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from planner.storage.workspace import Workspace


def as_login(ws: Workspace, name: str) -> str:
    return (
        make_url(ws.engine.url.render_as_string(hide_password=False))
        .set(username=name, password=None)
        .render_as_string(hide_password=False)
    )


def team_free_name() -> str:
    return f"nobody_{uuid.uuid4().hex[:6]}"


def member_pgpass(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, login: str, password: str
) -> None:
    """A pgpass file holding the test server's own lines and ``login``'s password, as a
    member's laptop has: the app never takes a password in the address."""
    url = make_url(login)
    current = Path(os.environ["PGPASSFILE"]).read_text()
    path = tmp_path / "pgpass"
    path.write_text(f"{current.rstrip()}\n{url.host}:{url.port}:*:{url.username}:{password}\n")
    path.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(path))
