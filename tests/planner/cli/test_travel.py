"""`planner travel show|set|clear` and a travel copy's `planner sync`, on a real server."""

from __future__ import annotations

import json

import pytest

from planner.cli import main
from planner.services import asks, campaigns
from planner.storage.store import open_workspace
from tests.planner.cli.shared import run
from tests.planner.sync.conftest import content


def test_travel_set_show_sync_and_clear(capsys, ws_pg, url, tmp_path):
    a = campaigns.create(ws_pg, name="Water rights")
    b = campaigns.create(ws_pg, name="Border crossing")
    asks.create(ws_pg, campaign_id=b.id, text="Carry the Quellmann letter")
    db = str(tmp_path / "laptop.db")
    assert run(capsys, "--db", db, "init")[0] == 0

    code, out, _ = run(capsys, "--db", db, "travel", "show")
    assert code == 0 and "no travel setting" in out
    # a fresh laptop holds no campaign: names are found on the server
    code, out, err = run(capsys, "--db", db, "travel", "set", "--campaign", "water rights")
    assert code == 1 and "--server URL" in err and "Nothing was changed" in err
    code, out, err = run(
        capsys, "--db", db, "travel", "set", "--campaign", "Water rights", "--server", url
    )
    assert code == 0, err
    assert "'Water rights'" in out and "in full" in out
    code, out, err = run(capsys, "--db", db, "sync", "--server", url)
    assert code == 0, err
    assert "pulled 1" in out
    with open_workspace(db) as laptop:
        assert set(content(laptop)["campaign"]) == {a.id}

    code, out, _ = run(capsys, "--db", db, "travel", "show", "--json")
    assert json.loads(out) == {
        "campaigns": [{"id": a.id, "name": "Water rights"}],
        "audience": "internal",
    }

    code, out, err = run(capsys, "--db", db, "travel", "clear")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "sync", "--server", url)
    assert code == 0 and "pulled 2" in out, out  # campaign B and its ask
    code, out, err = run(
        capsys, "--db", db, "travel", "set", "--campaign", a.id, "--audience", "public"
    )
    assert code == 0, err
    assert "public audience" in out and "removes 2 record(s)" in out
    code, out, err = run(capsys, "--db", db, "travel", "show")
    assert "audience public" in out and "Water rights" in out
    code, out, err = run(capsys, "--db", db, "sync", "--server", url)
    assert code == 0, err
    assert "removed from this laptop" in out and "nothing deleted on the server" in out
    assert "automatic backup" in out or "backup" not in out
    assert asks.list_asks(ws_pg, b.id)  # nothing deleted on the server


def test_travel_set_refuses_ambiguous_unknown_and_unsynced(capsys, ws_pg, url, tmp_path):
    campaigns.create(ws_pg, name="Twin")
    campaigns.create(ws_pg, name="Twin")
    other = campaigns.create(ws_pg, name="Other")
    db = str(tmp_path / "laptop.db")
    run(capsys, "--db", db, "init")
    assert run(capsys, "--db", db, "sync", "--server", url)[0] == 0

    code, _, err = run(capsys, "--db", db, "travel", "set", "--campaign", "Twin")
    assert code == 1 and "Several campaigns" in err and "Nothing was changed" in err
    code, _, err = run(capsys, "--db", db, "travel", "set", "--campaign", "Nowhere")
    assert code == 1 and "Nowhere" in err
    with pytest.raises(SystemExit) as usage:  # argparse: not one of the choices
        main(["--db", db, "travel", "set", "--campaign", "Other", "--audience", "x"])
    assert usage.value.code == 2 and "closed" in capsys.readouterr().err

    with open_workspace(db) as laptop:
        twin = next(c for c in campaigns.list_campaigns(laptop) if c.name == "Twin")
        campaigns.update(laptop, twin.id, objective="Unsynced work")
    code, _, err = run(capsys, "--db", db, "travel", "set", "--campaign", other.id)
    assert code == 1 and "sync first" in err and "campaign 'Twin'" in err
    code, out, _ = run(capsys, "--db", db, "travel", "show")
    assert "no travel setting" in out
