"""The journal of a protection operation: before "commit" a kill is undone, after it the
operation is finished, by the next open (``recover``); a damaged journal is dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.storage import protection_journal as pj


def files(folder: Path) -> dict[str, bytes]:
    """The folder's files, but the instance lock's (recovery takes the lock; its file stays)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix != ".lock"}


@pytest.fixture
def target(tmp_path) -> Path:
    path = tmp_path / "w.db"
    path.write_bytes(b"before")
    return path


def plan_of(target: Path) -> tuple[pj.Plan, Path]:
    plan = pj.Plan(target, "encrypt")
    tmp = plan.swap(target.with_name(f".{target.name}.encrypting"), target, scrub_old=True)
    return plan, tmp


def test_a_run_replaces_the_file_and_leaves_no_journal_or_old_copy(target):
    plan, tmp = plan_of(target)
    pj.run(plan, lambda: tmp.write_bytes(b"after"))
    assert files(target.parent) == {"w.db": b"after"}


def test_a_failing_preparation_is_undone_and_the_file_kept(target):
    plan, tmp = plan_of(target)

    def prepare() -> None:
        tmp.write_bytes(b"half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        pj.run(plan, prepare)
    assert files(target.parent) == {"w.db": b"before"}


@pytest.mark.parametrize(
    ("phase", "left"),
    [("prepare", b"before"), ("commit", b"after")],
    ids=["killed before commit: rolled back", "killed after commit: finished"],
)
def test_the_next_open_undoes_or_finishes_a_killed_operation(target, phase, left):
    plan, tmp = plan_of(target)
    tmp.write_bytes(b"after")
    pj.journal_path(target).write_text(plan.to_json(phase), encoding="utf-8")
    assert pj.recover(target) is True
    assert files(target.parent) == {"w.db": left}


def test_a_damaged_journal_is_dropped_and_the_file_left_alone(target):
    pj.journal_path(target).write_text('{"format": "something else"}', encoding="utf-8")
    assert pj.recover(target) is True
    assert files(target.parent) == {"w.db": b"before"}


def test_with_nothing_left_over_recovery_does_nothing(target):
    assert pj.recover(target) is False
    assert files(target.parent) == {"w.db": b"before"}
