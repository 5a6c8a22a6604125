"""`planner import-tracker`: a dry run previews and changes nothing; a bad cell is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.cli import main
from tests.planner.imports.shared import Sheet, export_sudan_tracker, state_of


@pytest.fixture
def exported(demo_ws, tmp_path) -> Path:
    return export_sudan_tracker(demo_ws, tmp_path / "tracker.xlsx")


def test_cli_dry_run_prints_the_preview_and_changes_nothing(demo_ws, exported, tmp_path, capsys):
    wb = load_workbook(exported)
    asks = Sheet(wb, "Asks")
    asks.set(2, "Status", "Achieved")
    out = tmp_path / "cli.xlsx"
    wb.save(out)
    before = state_of(demo_ws)
    assert main(["--db", str(demo_ws.path), "import-tracker", str(out), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "Asks!C2" in printed and '→ "Achieved"' in printed and "Dry run" in printed
    assert state_of(demo_ws) == before
    assert main(["--db", str(demo_ws.path), "import-tracker", str(out)]) == 0
    assert "1 updated" in capsys.readouterr().out
    asks.set(2, "Status", "Maybe")
    wb.save(out)
    assert main(["--db", str(demo_ws.path), "import-tracker", str(out)]) == 1
    assert 'Asks!C2: "Maybe" is not one of' in capsys.readouterr().err
