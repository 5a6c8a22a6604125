"""`planner sync` killed (SIGKILL) at each step completes on the next run, identically."""

from __future__ import annotations

import os

import pytest

from planner.services import asks, campaigns, milestones, stakeholders
from planner.storage.store import open_workspace
from planner.sync.engine import sync
from tests.planner.faults import run_cli
from tests.planner.sync.conftest import content, seed

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")

POINTS = [
    "session:flush@2",  # the server's writes under way, nothing committed
    "sync:server-written",  # all written on the server, not committed
    "session:committed@1",  # the server committed, the laptop not yet
    "sync:server-committed",
    "session:flush@4",  # the laptop's writes under way (a kind at a time: 3 flushes on the server)
    "sync:local-written",  # the laptop's writes and base done, not committed
]

SERVER_COMMITTED = set(POINTS[2:])


@pytest.mark.parametrize("point", POINTS)
def test_a_sync_killed_at_any_step_completes_on_the_next_run(
    server, server_url, laptops, tmp_path, point
):
    a, _b = laptops
    ids = seed(server)
    sync(a, server)
    # offline: the laptop and a colleague on the server each change things
    campaigns.update(a, ids["campaign"], objective="Laptop objective")
    campaigns.update(server, ids["campaign"], status="active")
    for i in range(5):
        asks.create(a, campaign_id=ids["campaign"], text=f"Laptop ask {i}")
        stakeholders.create(server, name=f"Server partner {i}")
    milestones.create(
        a, campaign_id=ids["campaign"], title="Hearing", date="2026-12-10", kind="hearing"
    )
    path = a.path
    a.close()
    args = ["--db", str(path), "sync", "--server", server_url]

    killed = run_cli(args, point, tmp_path)
    assert killed.killed, (point, killed.returncode, killed.stderr)
    # the server holds all of the laptop's changes or none of them
    pushed = campaigns.get(server, ids["campaign"]).objective == "Laptop objective"
    assert pushed == (point in SERVER_COMMITTED)
    assert len(content(server)["ask"]) == (5 if pushed else 0)
    done = run_cli(args, None, tmp_path)
    assert done.returncode == 0, done.stderr
    again = run_cli(args, None, tmp_path)
    assert "pushed 0, pulled 0, merged 0, conflicts 0" in again.stdout, again.stdout

    with open_workspace(path) as laptop:
        assert content(laptop) == content(server)
        camp = campaigns.get(laptop, ids["campaign"])
        assert (camp.objective, camp.status) == ("Laptop objective", "active")
        counts = {k: len(v) for k, v in content(laptop).items()}
        assert counts["ask"] == 5 and counts["stakeholder"] == 6 and counts["milestone"] == 1


def _drop_connections(server_url: str) -> None:
    """What a laptop losing its network looks like to the server: every session ends."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    admin = url.set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (url.database,),
        )


def test_a_connection_dropped_mid_sync_changes_nothing_and_the_next_run_completes(
    server, server_url, laptops
):
    from planner.sync.engine import SyncError

    a, _b = laptops
    ids = seed(server)
    sync(a, server)
    campaigns.update(a, ids["campaign"], objective="Laptop objective")
    campaigns.update(server, ids["campaign"], status="active")
    before = content(a)

    def cut(text: str) -> None:
        if text.startswith("writing") and "server" in text:
            _drop_connections(server_url)

    with pytest.raises(SyncError, match="Lost the connection"):
        sync(a, server, progress=cut)
    assert content(a) == before
    assert campaigns.get(server, ids["campaign"]).objective == "A treaty"
    result = sync(a, server)
    assert (result.pushed, result.pulled) == ({}, {}) and result.merged == {"campaign": 1}
    assert content(a) == content(server)


def test_twenty_kills_at_random_points_each_complete_on_the_next_run(
    server, server_url, laptops, tmp_path
):
    import random

    rng = random.Random(20261203)
    a, _b = laptops
    ids = seed(server)
    sync(a, server)
    path = a.path
    a.close()
    kills = 0
    for round_no in range(20):
        with open_workspace(path) as laptop:
            campaigns.update(laptop, ids["campaign"], objective=f"Laptop {round_no}")
            for i in range(rng.randint(0, 3)):
                asks.create(laptop, campaign_id=ids["campaign"], text=f"Ask {round_no}.{i}")
        campaigns.update(server, ids["campaign"], lead=f"Server {round_no}")
        stakeholders.create(server, name=f"Partner {round_no}")
        point = rng.choice(
            [f"session:flush@{rng.randint(1, 8)}", *POINTS[1:4], "sync:local-written"]
        )
        args = ["--db", str(path), "sync", "--server", server_url]
        killed = run_cli(args, point, tmp_path)
        assert killed.killed or killed.returncode == 0, (point, killed.stderr)
        kills += killed.killed  # a flush count past the run's last flush: no kill
        done = run_cli(args, None, tmp_path)
        assert done.returncode == 0, done.stderr
        assert "conflicts 0" in done.stdout, (point, done.stdout)
        with open_workspace(path) as laptop:
            assert content(laptop) == content(server), (round_no, point)
            camp = campaigns.get(laptop, ids["campaign"])
            assert (camp.objective, camp.lead) == (f"Laptop {round_no}", f"Server {round_no}")
    assert kills >= 15, kills
