"""What every export command shares: its --out is refused clearly (missing folder, a file
in its place, a wrong extension, a folder), gets the right extension, and the file is read
back by real readers."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.planner.cli.shared import run

SUDAN = "Humanitarian access in Sudan"

# command line (before --out) and the extension each export writes
EXPORTS = {
    "brief": (["brief", "--campaign", SUDAN], ".pdf"),
    "tracker": (["tracker", "--campaign", SUDAN], ".xlsx"),
    "ics": (["ics", "--campaign", SUDAN], ".ics"),
    "bundle": (["bundle", "export", "--campaign", SUDAN], ".json"),
    "audit": (["audit"], ".csv"),
}


def one_error_line(err: str, expected: str) -> None:
    assert err == f"planner: error: {expected}\n", err


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def demo_db(demo_ws) -> str:
    return str(demo_ws.path)


@pytest.mark.parametrize("command", EXPORTS)
def test_a_missing_folder_is_refused_and_not_created(capsys, demo_db, tmp_path, command):
    argv, suffix = EXPORTS[command]
    target = tmp_path / "nonexistent" / f"x{suffix}"
    code, _out, err = run(capsys, "--db", demo_db, *argv, "--out", str(target))
    assert code == 1
    one_error_line(err, f"Cannot write {target}: the folder {target.parent} does not exist")
    assert not target.parent.exists()


@pytest.mark.parametrize("command", EXPORTS)
def test_a_file_in_place_of_the_folder_is_refused(capsys, demo_db, tmp_path, command):
    argv, suffix = EXPORTS[command]
    (tmp_path / "bad.json").write_text("{}")
    target = tmp_path / "bad.json" / f"x{suffix}"
    code, _out, err = run(capsys, "--db", demo_db, *argv, "--out", str(target))
    assert code == 1
    one_error_line(err, f"Cannot write {target}: {tmp_path / 'bad.json'} is a file, not a folder")
    assert "Errno" not in err


@pytest.mark.parametrize("command", EXPORTS)
def test_a_wrong_extension_is_refused_and_nothing_written(capsys, demo_db, tmp_path, command):
    argv, suffix = EXPORTS[command]
    target = tmp_path / "out.txt"
    code, _out, err = run(capsys, "--db", demo_db, *argv, "--out", str(target))
    assert code == 1
    assert err.startswith(f"planner: error: Cannot write {target}: the file name of ")
    assert f"must end in {suffix} (for example out{suffix})" in err
    assert not target.exists()
    assert not list(tmp_path.glob(f"*{suffix}")) and not list(tmp_path.glob(".*"))


def test_a_name_without_extension_gets_the_right_one(capsys, demo_db, tmp_path):
    base = tmp_path / "exports"
    base.mkdir()
    for command, (argv, suffix) in EXPORTS.items():
        code, out, err = run(capsys, "--db", demo_db, *argv, "--out", str(base / command))
        assert code == 0, err
        assert str(base / f"{command}{suffix}") in out
    assert files_in(base) == ["audit.csv", "brief.pdf", "bundle.json", "ics.ics", "tracker.xlsx"]
    assert len(PdfReader(base / "brief.pdf").pages) >= 1
    assert "xl/workbook.xml" in zipfile.ZipFile(base / "tracker.xlsx").namelist()
    assert (base / "ics.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert json.loads((base / "bundle.json").read_text(encoding="utf-8"))["version"] == 1


def test_a_folder_given_as_out_is_refused(capsys, demo_db, tmp_path):
    code, _out, err = run(capsys, "--db", demo_db, "tracker", "--all", "--out", str(tmp_path))
    assert code == 1
    one_error_line(err, f"Cannot write {tmp_path}: it is a folder; give a file name in it")
    assert not Path(f"{tmp_path}.xlsx").exists()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize("command", ["tracker", "brief"])
def test_an_unwritable_folder_fails_in_one_line_without_openpyxl_noise(demo_db, command):
    argv, suffix = EXPORTS[command]
    result = subprocess.run(
        [sys.executable, "-m", "planner.cli", "--db", demo_db, *argv, "--out", f"/proc/x{suffix}"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr == (
        f"planner: error: Cannot write /proc/x{suffix}: the folder /proc is not writable\n"
    )


# ------------------------------------------------------------------- counts
