from pathlib import Path

from planner.storage.locations import default_workspace_path


def test_default_path_without_planner_db_is_in_the_user_data_folder(monkeypatch):
    monkeypatch.delenv("PLANNER_DB", raising=False)
    path = default_workspace_path()
    assert path.name == "workspace.db"
    assert "Campaign Planner" in str(path)


def test_planner_db_expands_the_home_folder(monkeypatch):
    monkeypatch.setenv("PLANNER_DB", "~/planner-test.db")
    assert default_workspace_path() == Path.home() / "planner-test.db"


def test_finding_the_default_workspace_loads_no_storage_code():
    """The CLI asks for the path before it loads SQLAlchemy (to unlock ahead)."""
    import subprocess
    import sys

    code = (
        "import sys; from planner.storage.locations import default_workspace_path; "
        "default_workspace_path(); print('sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
