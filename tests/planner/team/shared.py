"""Helpers the team-server tests share: a member's own connection, a name no one has."""

from __future__ import annotations

import uuid

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
