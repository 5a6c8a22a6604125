"""`planner sign-ons`: record a joint letter and its signatories from the terminal."""

from __future__ import annotations

import json

from planner.services import asks, campaigns, sign_ons, stakeholders
from tests.planner.cli.shared import run


def test_add_sign_and_list_as_each_audience_reads_it(ws, capsys):
    db = str(ws.path)
    c = campaigns.create(ws, name="Missing persons in Syria")
    asks.create(ws, campaign_id=c.id, text="Create an independent institution")
    stakeholders.create(
        ws, name="Amnesty International", name_consent="public", sensitivity="public"
    )
    stakeholders.create(ws, name="Mothers of Daraya", name_consent="none")
    code, out, err = run(
        capsys, "--db", db, "sign-ons", "add", "--campaign", c.name,
        "--title", "Joint letter to the GA", "--ask", "Create an independent institution",
        "--date", "2023-06-20",
    )  # fmt: skip
    assert code == 0, err
    assert "Added letter 'Joint letter to the GA'" in out
    for who in ("Amnesty International", "Mothers of Daraya"):
        code, out, err = run(
            capsys, "--db", db, "sign-ons", "sign", "--campaign", c.name,
            "--sign-on", "joint letter to the ga", "--stakeholder", who,
        )  # fmt: skip
        assert code == 0, err
    assert "counted elsewhere" in out  # Mothers of Daraya: never named outside the team
    ((record, count),) = sign_ons.list_sign_ons(ws, c.id)
    assert count == 2 and record.ask_id == asks.list_asks(ws, c.id)[0].id
    code, out, _ = run(capsys, "--db", db, "sign-ons", "list", "--campaign", c.name)
    assert "Amnesty International and Mothers of Daraya" in out
    code, out, _ = run(
        capsys, "--db", db, "sign-ons", "list", "--campaign", c.name, "--audience", "public"
    )
    assert "Amnesty International, and 1 other organisation" in out
    assert "Mothers of Daraya" not in out
    code, out, _ = run(
        capsys, "--db", db, "sign-ons", "list", "--campaign", c.name, "--audience", "closed",
        "--json",
    )  # fmt: skip
    (data,) = json.loads(out)
    assert data["names"] == ["Amnesty International"] and data["withheld_organisations"] == 1


def test_mistakes_are_one_line_and_change_nothing(ws, capsys):
    db = str(ws.path)
    c = campaigns.create(ws, name="Sudan")
    code, _, err = run(
        capsys, "--db", db, "sign-ons", "add", "--campaign", "Sudan", "--title", "X",
        "--ask", "No such ask",
    )  # fmt: skip
    assert code == 1 and "No ask 'No such ask'" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(
        capsys, "--db", db, "sign-ons", "add", "--campaign", "Sudan", "--title", "X",
        "--date", "2023-13-40",
    )  # fmt: skip
    assert code == 1 and "date" in err
    assert sign_ons.list_sign_ons(ws, c.id) == []
    code, _, err = run(
        capsys, "--db", db, "sign-ons", "sign", "--campaign", "Sudan", "--sign-on", "Nope",
        "--stakeholder", "Nobody",
    )  # fmt: skip
    assert code == 1 and "No sign-on" in err
