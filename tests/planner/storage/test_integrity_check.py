"""The integrity check another thread can stop: stopped means "not checked", never "damaged"."""

from __future__ import annotations

import threading

import pytest

from planner.demo import build_scale
from planner.services import campaigns
from planner.storage import backups
from planner.storage.errors import WorkspaceDamaged
from planner.storage.store import CheckInterrupted, IntegrityCheck, open_workspace, quick_check


def test_a_check_interrupted_while_it_runs_is_not_checked_rather_than_damaged(tmp_path):
    with open_workspace(tmp_path / "big.db") as ws:
        build_scale(ws, 5000)  # a check of about a tenth of a second: long enough to stop
        check = IntegrityCheck(ws)
        outcome: list[BaseException | None] = []

        def run() -> None:
            try:
                check.run()
            except BaseException as exc:
                outcome.append(exc)
            else:
                outcome.append(None)

        worker = threading.Thread(target=run)
        worker.start()
        assert check.started.wait(10)
        check.interrupt()
        worker.join(10)
        assert isinstance(outcome[0], CheckInterrupted)
        assert not isinstance(outcome[0], WorkspaceDamaged)
        # the connection went back to the pool unharmed: the next check runs to the end
        quick_check(ws)


def test_a_check_stopped_before_it_starts_touches_nothing(ws):
    check = IntegrityCheck(ws)
    check.interrupt()
    with pytest.raises(CheckInterrupted):
        check.run()
    assert not check.started.is_set()


def test_stopping_a_check_that_already_passed_changes_nothing(ws):
    check = IntegrityCheck(ws)
    check.run()
    check.interrupt()  # too late: the verdict stands, and later work is not interrupted
    campaigns.create(ws, name="After the check")
    assert [c.name for c in campaigns.list_campaigns(ws)] == ["After the check"]


def test_damage_is_still_reported_as_damage_with_the_newest_good_backup(tmp_path):
    path = tmp_path / "office.db"
    with open_workspace(path) as ws:
        for i in range(40):
            campaigns.create(ws, name=f"Campaign {i}", objective="y" * 2000)
        good = backups.take_backup(ws, "manual")
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef" * 2048)
    ws = open_workspace(path, check=False)
    try:
        with pytest.raises(WorkspaceDamaged) as caught:
            IntegrityCheck(ws).run()
    finally:
        ws.close()
    assert caught.value.backup == good.path
