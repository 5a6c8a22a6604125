"""Two laptops (real SQLite files) and one team server (a fresh PostgreSQL database)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planner.domain.models import new_id
from planner.services import asks, campaigns, interactions, milestones, positions, stakeholders
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace
from planner.sync.rows import read_side
from tests.conftest import _copy_database
from tests.planner.team.test_access import team  # noqa: F401  (two members, one campaign each)


def laptop(template: Path, target: Path) -> Workspace:
    _copy_database(template, target)
    ws = open_workspace(target)
    ws.set_info("workspace_id", new_id())
    return ws


@pytest.fixture
def server(ws_pg: Workspace) -> Workspace:
    return ws_pg


@pytest.fixture
def server_url(server: Workspace) -> str:
    return server.engine.url.render_as_string(hide_password=False)


@pytest.fixture
def laptops(empty_template: Path, tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    a = laptop(empty_template, tmp_path / "a.db")
    b = laptop(empty_template, tmp_path / "b.db")
    yield a, b
    a.close()
    b.close()


def seed(server: Workspace) -> dict[str, str]:
    """A campaign with a partner, their link and one engagement, on the server."""
    camp = campaigns.create(server, name="Water rights", objective="A treaty", status="planning")
    person = stakeholders.create(server, name="Amal Haddad", kind="person")
    positions.create(server, campaign_id=camp.id, stakeholder_id=person.id, stance=1)
    meeting = interactions.create(
        server,
        campaign_id=camp.id,
        date="2026-11-02",
        summary="First meeting",
        stakeholder_ids=[person.id],
    )
    return {"campaign": camp.id, "person": person.id, "interaction": meeting.id}


def offline_edits(a: Workspace, b: Workspace, ids: dict[str, str]) -> tuple[str, str]:
    """A and B each edit the same campaign and engagement offline (without each other)."""
    campaigns.update(a, ids["campaign"], objective="A binding treaty")  # A only
    campaigns.update(b, ids["campaign"], status="active")  # B only: another field
    campaigns.update(a, ids["campaign"], name="Water rights now")  # both: one conflict
    campaigns.update(b, ids["campaign"], name="Right to water")
    new_ask = asks.create(a, campaign_id=ids["campaign"], text="Ratify the treaty")
    new_milestone = milestones.create(
        b, campaign_id=ids["campaign"], title="Hearing", date="2026-12-10", kind="hearing"
    )
    interactions.delete(a, ids["interaction"])  # A deletes, B edits: a conflict
    interactions.update(b, ids["interaction"], summary="First meeting, notes added")
    return new_ask.id, new_milestone.id


def content(ws: Workspace) -> dict[str, dict[str, Any]]:
    """Every row's domain fields and tombstone flag, by kind and id: what sync must agree on."""
    with ws.reading() as s:
        return {
            kind: {ident: row.values for ident, row in rows.items()}
            for kind, rows in read_side(s).items()
        }


def versions(ws: Workspace) -> dict[str, int]:
    from sqlalchemy import select

    from planner.services.specs import SPECS

    out: dict[str, int] = {}
    with ws.reading() as s:
        for spec in SPECS.values():
            out.update({r[0]: r[1] for r in s.execute(select(spec.model.id, spec.model.version))})
    return out
