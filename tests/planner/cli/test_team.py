"""`planner team`: managing a team server's members from the terminal, on a real server.

Two real login roles take part: the test server's admin (who runs the migrations) and
members created by the commands themselves, who then log in with the password given
through a file or the environment and see only the campaigns they were put on.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from planner.services import campaigns
from planner.storage.store import open_workspace
from planner.storage.workspace import Workspace
from planner.team import members
from tests.planner.cli.shared import run


def url_of(ws: Workspace) -> str:
    return ws.engine.url.render_as_string(hide_password=False)


def as_login(ws: Workspace, name: str) -> str:
    return make_url(url_of(ws)).set(username=name, password=None).render_as_string()


def can_log_in(ws: Workspace, name: str, password: str) -> bool:
    url = make_url(as_login(ws, name)).set(drivername="postgresql")
    try:
        with psycopg.connect(url.render_as_string(hide_password=False), password=password):
            return True
    except psycopg.OperationalError:
        return False


def planner(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real `planner` command in a child process, stdin not a terminal."""
    return subprocess.run(
        [sys.executable, "-m", "planner.cli", *argv],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture
def names(ws_pg: Workspace) -> Iterator[list[str]]:
    """Fresh role names (roles are server-wide); whatever the test created is dropped."""
    suffix = uuid.uuid4().hex[:6]
    made = [f"amira_{suffix}", f"omar_{suffix}", f"lena_{suffix}"]
    yield made
    for name in made:
        if any(m.name == name for m in members.members(ws_pg)):
            members.remove_member(ws_pg, name)


@pytest.fixture
def two_campaigns(ws_pg: Workspace) -> tuple[str, str]:
    a = campaigns.create(ws_pg, name="Humanitarian access in Sudan").id
    b = campaigns.create(ws_pg, name="Detainees in Syria").id
    return a, b


def test_a_member_added_from_a_password_file_logs_in_and_sees_only_their_campaign(
    ws_pg: Workspace,
    names: list[str],
    two_campaigns: tuple[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    amira = names[0]
    secret = tmp_path / "pw"
    secret.write_text("correct horse battery\n", encoding="utf-8")
    db = url_of(ws_pg)
    code, out, err = run(
        capsys, "--db", db, "team", "add-member", amira, "--password-file", str(secret)
    )
    assert (code, err) == (0, "")
    assert f"Added {amira} as a member." in out
    assert can_log_in(ws_pg, amira, "correct horse battery")  # the final newline is not in it
    assert not can_log_in(ws_pg, amira, "correct horse battery\n")

    code, out, err = run(capsys, "--db", db, "team", "grant", amira, "Detainees in Syria")
    assert (code, out, err) == (0, f"{amira} is on Detainees in Syria.\n", "")
    code, out, _ = run(capsys, "--db", db, "team", "list")
    row = next(line for line in out.splitlines() if line.startswith(amira))
    assert row.split() == [amira, "Detainees", "in", "Syria"]

    # the member's own login, in a real `planner` process, sees Syria and not Sudan
    mine = planner(
        "--db", as_login(ws_pg, amira), "campaigns", env={"PGPASSWORD": "correct horse battery"}
    )
    assert mine.returncode == 0, mine.stderr
    assert "Detainees in Syria" in mine.stdout
    assert "Sudan" not in mine.stdout

    code, out, err = run(capsys, "--db", db, "team", "revoke", amira, two_campaigns[1])
    assert (code, out, err) == (0, f"{amira} is no longer on Detainees in Syria.\n", "")
    mine = planner(
        "--db", as_login(ws_pg, amira), "campaigns", env={"PGPASSWORD": "correct horse battery"}
    )
    assert "Detainees in Syria" not in mine.stdout

    code, out, err = run(capsys, "--db", db, "team", "remove-member", amira)
    assert (code, err) == (0, "")
    assert not can_log_in(ws_pg, amira, "correct horse battery")
    assert amira not in {m.name for m in members.members(ws_pg)}

    # every change is in the audit trail: who made it, when, and what
    code, out, err = run(capsys, "--db", db, "audit", "--limit", "0")
    assert code == 0, err
    admin = ws_pg.engine.url.username
    changes = [line for line in out.splitlines() if amira in line]
    assert [line.split(admin, 1)[1].split()[0] for line in changes] == [
        "create",
        "grant",
        "revoke",
        "delete",
    ]
    assert f"added team member {amira}" in changes[0]
    assert f"removed team member {amira}" in changes[3]
    assert "correct horse" not in out
    code, out, err = run(capsys, "--db", db, "audit", "--entity", two_campaigns[1])
    assert f"put {amira} on the campaign" in out and f"took {amira} off the campaign" in out


def test_an_admin_added_from_the_environment_is_listed_as_admin_in_json(
    ws_pg: Workspace, names: list[str], two_campaigns: tuple[str, str]
) -> None:
    omar = names[1]
    added = planner(
        "--db", url_of(ws_pg), "team", "add-member", omar, "--admin",
        env={"PLANNER_MEMBER_PASSWORD": "s3cret-omar"},
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert f"Added {omar} as an admin." in added.stdout
    assert "s3cret-omar" not in added.stdout + added.stderr
    listed = planner("--db", url_of(ws_pg), "team", "list", "--json")
    import json

    rows = {r["name"]: r for r in json.loads(listed.stdout)}
    assert rows[omar] == {"name": omar, "admin": True, "campaigns": []}
    # an admin sees every campaign, with no grant
    theirs = planner("--db", as_login(ws_pg, omar), "campaigns", env={"PGPASSWORD": "s3cret-omar"})
    assert "Detainees in Syria" in theirs.stdout and "Sudan" in theirs.stdout


def error_of(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("planner: error: ")
    assert result.stderr.count("\n") == 1
    return result.stderr


def test_mistakes_are_one_clear_line_and_change_nothing(
    ws_pg: Workspace,
    names: list[str],
    two_campaigns: tuple[str, str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    amira, nobody = names[0], names[2]
    members.add_member(ws_pg, amira, "pw-amira")
    members.grant(ws_pg, amira, two_campaigns[0])
    before = members.members(ws_pg)
    db = url_of(ws_pg)
    pw = {"PLANNER_MEMBER_PASSWORD": "pw"}

    err = error_of(planner("--db", db, "team", "grant", nobody, two_campaigns[1]))
    assert f"member '{nobody}': is not a team member" in err
    err = error_of(planner("--db", db, "team", "grant", amira, "No such campaign"))
    assert "campaign 'No such campaign': names no campaign" in err
    err = error_of(planner("--db", db, "team", "revoke", amira, "No such campaign"))
    assert "names no campaign" in err
    err = error_of(planner("--db", db, "team", "remove-member", nobody))
    assert "is not a team member" in err
    err = error_of(planner("--db", db, "team", "add-member", "Amira Hassan", env=pw))
    assert "'Amira Hassan': is not a member name" in err
    err = error_of(planner("--db", db, "team", "add-member", 'x"; DROP TABLE campaign; --'))
    assert "is not a member name" in err  # refused before any password is asked for
    err = error_of(planner("--db", db, "team", "add-member", amira, env=pw))
    assert "already exists on this server" in err
    err = error_of(planner("--db", db, "team", "add-member", nobody))  # stdin not a terminal
    assert "--password-file FILE or set $PLANNER_MEMBER_PASSWORD" in err
    empty = tmp_path / "empty"
    empty.write_text("\n", encoding="utf-8")
    err = error_of(planner("--db", db, "team", "add-member", nobody, "--password-file", str(empty)))
    assert "password file" in err and "is empty" in err
    err = error_of(
        planner("--db", db, "team", "add-member", nobody, "--password-file", str(tmp_path / "no"))
    )
    assert "Cannot read the password file" in err
    assert members.members(ws_pg) == before

    # a workspace file is not a team server
    file_db = tmp_path / "mine.db"
    open_workspace(file_db).close()
    code, _, err = run(capsys, "--db", str(file_db), "team", "list")
    assert code == 1
    assert "exist only on a team server workspace" in err and "mine.db is a file" in err


def test_a_member_who_is_not_an_admin_cannot_manage_the_team(
    ws_pg: Workspace, names: list[str], two_campaigns: tuple[str, str]
) -> None:
    """The second real role: the server itself refuses, and the command says why."""
    amira, omar = names[0], names[1]
    members.add_member(ws_pg, amira, "pw-amira")
    members.grant(ws_pg, amira, two_campaigns[0])
    members.add_member(ws_pg, omar, "pw-omar")
    members.grant(ws_pg, omar, two_campaigns[0])  # a campaign amira can see
    before = members.members(ws_pg)
    login = {"PGPASSWORD": "pw-amira", "PLANNER_MEMBER_PASSWORD": "pw-new"}
    mine = as_login(ws_pg, amira)
    err = error_of(planner("--db", mine, "team", "add-member", names[2], env=login))
    assert f"{amira} may not manage the team on this server" in err
    err = error_of(planner("--db", mine, "team", "remove-member", omar, env=login))
    assert "may not manage the team" in err
    assert members.members(ws_pg) == before
    assert can_log_in(ws_pg, omar, "pw-omar")


def in_a_terminal(argv: list[str], typed: list[str]) -> tuple[int, str]:
    """Run `planner ARGV` on a real pseudo-terminal, typing ``typed`` line by line."""
    import pty
    import select
    import time

    pid, fd = pty.fork()
    if pid == 0:  # the child: planner, with the terminal as its controlling tty
        try:
            os.execv(sys.executable, [sys.executable, "-m", "planner.cli", *argv])
        finally:
            os._exit(127)  # never go on running the tests in the child
    seen = b""
    pending = list(typed)
    answered = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
        prompts = seen.count(b"Password for ") + seen.count(b"Same password again: ")
        if pending and prompts > answered and seen.endswith(b": "):  # echo is off by now
            os.write(fd, pending.pop(0).encode() + b"\n")
            answered += 1
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


def test_on_a_terminal_the_password_is_asked_twice_and_never_echoed(
    ws_pg: Workspace, names: list[str]
) -> None:
    lena = names[2]
    code, screen = in_a_terminal(
        ["--db", url_of(ws_pg), "team", "add-member", lena], ["pw-one", "pw-two"]
    )
    assert code == 1
    assert "The two passwords differ; nothing was changed." in screen
    assert lena not in {m.name for m in members.members(ws_pg)}
    code, screen = in_a_terminal(
        ["--db", url_of(ws_pg), "team", "add-member", lena], ["typed twice", "typed twice"]
    )
    assert code == 0, screen
    assert f"Password for {lena}:" in screen and "Same password again:" in screen
    assert "typed twice" not in screen  # getpass turned echo off
    assert can_log_in(ws_pg, lena, "typed twice")
