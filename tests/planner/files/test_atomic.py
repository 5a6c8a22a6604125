"""Atomic writes: a file cannot be written where asked → one clear sentence, nothing left."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.files.atomic import OutputPathError, atomic_path, check_output


def test_a_missing_folder_is_named_and_never_created(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "deeper" / "brief.pdf"
    with pytest.raises(OutputPathError) as info, atomic_path(target) as tmp:
        tmp.write_bytes(b"%PDF-")
    assert str(info.value) == (f"Cannot write {target}: the folder {target.parent} does not exist")
    assert not (tmp_path / "nowhere").exists()


def test_a_file_where_a_folder_should_be_is_named(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{}")
    target = tmp_path / "bad.json" / "sub" / "x.xlsx"
    with pytest.raises(OutputPathError, match=r"bad\.json is a file, not a folder"):
        check_output(target)
    assert (tmp_path / "bad.json").read_text() == "{}"


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputPathError, match="it is a folder, not a file"):
        check_output(tmp_path)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_a_folder_that_takes_no_file_is_not_writable_even_for_root() -> None:
    with pytest.raises(OutputPathError) as info, atomic_path(Path("/proc/x.xlsx")):
        pytest.fail("never reached: the folder is checked first")
    assert str(info.value) == "Cannot write /proc/x.xlsx: the folder /proc is not writable"


def test_a_failed_write_names_the_target_not_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "tracker.xlsx"
    target.write_bytes(b"previous")

    with pytest.raises(OutputPathError) as info, atomic_path(target) as tmp:
        raise OSError(28, "No space left on device", str(tmp))
    assert str(info.value) == f"Cannot write {target}: No space left on device"
    assert ".part" not in str(info.value)
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tracker.xlsx"]


def test_other_errors_pass_through_and_leave_nothing(tmp_path: Path) -> None:
    target = tmp_path / "b.pdf"
    with pytest.raises(ValueError, match="bad layout"), atomic_path(target):
        raise ValueError("bad layout")
    assert list(tmp_path.iterdir()) == []


def test_success_replaces_the_target_and_leaves_no_probe(tmp_path: Path) -> None:
    target = tmp_path / "cal.ics"
    target.write_text("old")
    with atomic_path(target) as tmp:
        tmp.write_text("BEGIN:VCALENDAR")
    assert target.read_text() == "BEGIN:VCALENDAR"
    assert [p.name for p in tmp_path.iterdir()] == ["cal.ics"]
