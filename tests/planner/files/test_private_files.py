"""Owner-only files and folders, whatever the umask: workspaces hold partners' contacts."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from planner.files.private_files import copy_private, create_private, private_folder, tighten

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The loosest umask a user may have: without our modes, files would be world-readable."""
    old = os.umask(0o000)
    yield
    os.umask(old)


def test_missing_folders_are_created_owner_only(tmp_path, open_umask):
    folder = tmp_path / "a" / "b" / "c"
    private_folder(folder)
    for item in (tmp_path / "a", tmp_path / "a" / "b", folder):
        assert item.is_dir() and mode(item) == 0o700, item


def test_an_existing_folder_is_left_as_the_user_set_it(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    private_folder(shared / "new")
    assert mode(shared) == 0o755
    assert mode(shared / "new") == 0o700


def test_a_new_file_is_owner_only_and_replaces_what_was_there(tmp_path, open_umask):
    path = tmp_path / "ws.db"
    path.write_bytes(b"old")
    path.chmod(0o644)
    create_private(path)
    assert path.read_bytes() == b""
    assert mode(path) == 0o600


def test_a_copy_has_the_same_bytes_and_is_owner_only_even_from_a_readable_source(
    tmp_path, open_umask
):
    source = tmp_path / "source.db"
    source.write_bytes(b"contacts of partners \x00\xff" * 1000)
    source.chmod(0o644)
    target = tmp_path / "backup.db"
    copy_private(source, target)
    assert target.read_bytes() == source.read_bytes()
    assert mode(target) == 0o600
    assert mode(source) == 0o644  # the source is not ours to change


def test_tighten_drops_group_and_other_access_and_keeps_the_owners(tmp_path):
    old = tmp_path / "old.db"
    old.write_bytes(b"x")
    old.chmod(0o664)
    tighten(old)
    assert mode(old) == 0o600
    script = tmp_path / "run.sh"
    script.write_bytes(b"x")
    script.chmod(0o755)
    tighten(script)
    assert mode(script) == 0o700


def test_tighten_leaves_folders_and_missing_files_alone(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    folder.chmod(0o755)
    tighten(folder)
    assert mode(folder) == 0o755
    tighten(tmp_path / "missing.db")  # no error
    assert not (tmp_path / "missing.db").exists()
