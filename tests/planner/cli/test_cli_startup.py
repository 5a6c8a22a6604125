"""What `planner` loads and checks before it answers: only what the command needs.

`planner --version` used to import openpyxl, reportlab, SQLAlchemy and the bundle code
(every command module) and every read command read every page of the workspace for
``PRAGMA quick_check``: 1.2 s before a version number, 2 s before a list of campaigns on
100 000 stakeholders. The check still runs where it matters: `planner check`, commands
that change data, and any open after a session that did not close the file cleanly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import COMMANDS, build_parser, main
from planner.storage.store import open_workspace
from planner.storage.workspace import closed_cleanly

HEAVY = (
    "openpyxl",
    "reportlab",
    "sqlalchemy",
    "planner.exchange.bundle",
    "icalendar",
    "cryptography",
)


def modules_loaded_by(*argv: str) -> set[str]:
    """The top-level packages (and planner modules) a fresh `planner ARGV` imports."""
    code = (
        "import sys, json\n"
        "from planner.cli import main\n"
        "try:\n"
        f"    main({list(argv)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.stdout = sys.__stdout__\n"
        "print('\\nMODULES' + json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(out.rsplit("MODULES", 1)[1]))


@pytest.mark.parametrize("argv", [("--help",), ("--version",), ()])
def test_help_and_version_load_no_heavy_library(argv):
    loaded = modules_loaded_by(*argv)
    assert not [m for m in loaded if m.split(".")[0] in HEAVY or m in HEAVY]
    assert {m for m in loaded if m.startswith("planner")} <= {
        "planner",
        "planner.files",
        "planner.files.atomic",
        "planner.cli",
        "planner.cli.context",
    }


def test_a_read_command_does_not_load_the_document_libraries(tmp_path):
    db = tmp_path / "w.db"
    open_workspace(db).close()
    loaded = modules_loaded_by("--db", str(db), "campaigns")
    assert {"openpyxl", "reportlab", "planner.exchange.bundle", "icalendar"}.isdisjoint(loaded)
    assert "planner.publishing.exports.tracker" not in loaded


# What no read command of a plain workspace named with --db needs: SQLAlchemy's PostgreSQL
# dialect (a model's postgresql_where loaded it), the AES and scrypt bindings, Alembic
# and the user-folder lookup. Each was a slice of every `planner campaigns`.
NOT_FOR_A_PLAIN_READ = (
    "sqlalchemy.dialects.postgresql",
    "cryptography",
    "alembic",
    "platformdirs",
    "sqlcipher3",
)


@pytest.mark.parametrize(
    "argv",
    [
        ("campaigns",),
        ("stakeholders", "--search", "Ka", "--country", "Sudan"),
        ("search", "sud"),
        ("moments", "list"),
        ("votes", "--milestone", "none such"),
    ],
)
def test_a_read_command_on_a_plain_file_loads_no_server_or_crypto_code(tmp_path, argv):
    db = tmp_path / "w.db"
    open_workspace(db).close()
    loaded = modules_loaded_by("--db", str(db), *argv)
    assert "sqlalchemy" in loaded  # the command did run and read the workspace
    assert not [m for m in loaded if m.startswith(NOT_FOR_A_PLAIN_READ)]


def test_the_help_of_each_command_is_the_one_its_module_registers():
    full = build_parser()
    (registered,) = [a for a in full._actions if a.dest == "command"]
    helps = {c.dest: c.help for c in registered._choices_actions}
    assert helps == {name: help_text for name, (_m, help_text) in COMMANDS.items()}
    assert list(registered.choices) == list(COMMANDS)


def test_the_top_level_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert f"    {name} " in out or f"    {name}\n" in out


def test_a_command_after_global_options_gets_its_own_options(capsys, tmp_path):
    db = tmp_path / "w.db"
    open_workspace(db).close()
    assert main(["--db", str(db), "stakeholders", "--search", "zzq", "--limit", "3"]) == 0
    assert "No stakeholders match." in capsys.readouterr().out


def damaged_closed_workspace(demo_ws) -> Path:
    """The demo workspace, closed cleanly, then bytes overwritten mid-file (the search
    index, far from the campaign table) as a failing disk would."""
    path = demo_ws.path
    demo_ws.close()
    assert closed_cleanly(path)
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef" * 2048)
    return path


def test_reading_a_cleanly_closed_workspace_skips_the_integrity_check(demo_ws, capsys):
    path = damaged_closed_workspace(demo_ws)
    assert main(["--db", str(path), "campaigns"]) == 0  # only the campaign pages are read
    assert "Humanitarian access in Sudan" in capsys.readouterr().out
    assert closed_cleanly(path)


def test_check_and_writing_commands_still_find_the_damage(demo_ws, capsys, tmp_path):
    path = damaged_closed_workspace(demo_ws)
    assert main(["--db", str(path), "check"]) == 1
    assert "damaged" in capsys.readouterr().err
    bundle = tmp_path / "b.json"
    bundle.write_text('{"format": "campaign-planner-bundle", "version": 1}')
    assert main(["--db", str(path), "bundle", "import", str(bundle)]) == 1
    assert "damaged" in capsys.readouterr().err


def test_after_an_unclean_shutdown_a_read_command_checks_first(demo_ws, capsys):
    path = damaged_closed_workspace(demo_ws)
    crash = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute('PRAGMA journal_mode = WAL')\n"
        "conn.execute(\"UPDATE workspace_info SET value = value WHERE key = 'workspace_id'\")\n"
        "conn.commit()\n"
        "os._exit(0)  # no close: the write-ahead log is left behind, as after a crash\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(path)], check=True)
    assert not closed_cleanly(path)
    assert main(["--db", str(path), "campaigns"]) == 1
    assert "damaged" in capsys.readouterr().err


def test_a_tracker_preview_skips_the_check_and_a_real_import_finds_the_damage(
    demo_ws, capsys, tmp_path
):
    from planner.cli.context import integrity_check_on_open

    parser = build_parser("import-tracker")
    preview = parser.parse_args(["import-tracker", "t.xlsx", "--dry-run"])
    assert integrity_check_on_open(preview) == "if-unclean"  # rolled back: writes nothing
    path = damaged_closed_workspace(demo_ws)
    tracker = tmp_path / "t.xlsx"
    tracker.write_bytes(b"PK\x03\x04 not really a workbook")
    assert main(["--db", str(path), "import-tracker", str(tracker)]) == 1
    assert f"{path.name} is damaged (integrity check" in capsys.readouterr().err


def test_search_reads_through_core_without_configuring_the_orm(tmp_path):
    """Opening reads workspace_info through Core: the first ORM query of a process
    configures every mapper (tens of ms), which `planner search` never needs."""
    db = tmp_path / "w.db"
    open_workspace(db).close()
    code = (
        "import sys\n"
        "from planner.cli import main\n"
        f"assert main(['--db', {str(db)!r}, 'search', 'sud']) == 0\n"
        "from planner.domain.models import Campaign\n"
        "sys.stdout = sys.__stdout__\n"
        "print('\\nCONFIGURED', Campaign.__mapper__.configured)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.rsplit("CONFIGURED", 1)[1].split() == ["False"]


def test_a_command_freezes_its_imported_modules_once_and_leaves_the_collector_on(demo_db):
    # the modules' objects live until exit: kept out of every collection of the
    # command's own work, but a second command in the same process (a script, the
    # tests) freezes nothing more, so its garbage is still collected
    code = (
        "import gc, json\n"
        "from planner.cli import main\n"
        f"main(['--db', {demo_db!r}, 'campaigns'])\n"
        "first = gc.get_freeze_count()\n"
        f"main(['--db', {demo_db!r}, 'campaigns'])\n"
        "print('\\nGC' + json.dumps([first, gc.get_freeze_count(), gc.isenabled()]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    first, second, enabled = json.loads(out.rsplit("GC", 1)[1])
    assert first > 10_000 and second == first and enabled


@pytest.mark.usefixtures("fast_kdf")
@pytest.mark.parametrize("via", ["--passphrase-file", "PLANNER_PASSPHRASE"])
def test_an_encrypted_workspace_s_key_is_derived_while_the_command_loads(tmp_path, via):
    """The passphrase's scrypt (~0.4 s) runs beside the imports (~0.3 s), not after them:
    it starts before the storage code and the command's module are loaded, and the open
    uses its result instead of deriving again."""
    from planner.services import campaigns

    db = tmp_path / "secret.db"
    with open_workspace(db, passphrase="correct horse battery staple") as ws:
        campaigns.service.create(ws, name="Detainees in Darfur")
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n")
    argv = ["--db", str(db), "campaigns"]
    env = dict(os.environ)
    if via == "--passphrase-file":
        argv = ["--passphrase-file", str(secret), *argv]
    else:
        env["PLANNER_PASSPHRASE"] = "correct horse battery staple"
    code = (
        "import json, sys\n"
        "from planner.storage import encryption\n"
        "started, derived = [], []\n"
        "ahead, kek = encryption.unlock_ahead, encryption._kek\n"
        "def unlock_ahead(path, secret):\n"
        "    started.append(sorted(m for m in sys.modules if m.startswith(('planner', 'sqlal'))))\n"
        "    ahead(path, secret)\n"
        "def counted(*args):\n"
        "    derived.append(1)\n"
        "    return kek(*args)\n"
        "encryption.unlock_ahead, encryption._kek = unlock_ahead, counted\n"
        "from planner.cli import main\n"
        f"status = main({argv!r})\n"
        "print('\\nRESULT' + json.dumps([status, started, len(derived)]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    listing, result = out.rsplit("RESULT", 1)
    status, started, derived = json.loads(result)
    assert status == 0 and "Detainees in Darfur" in listing
    assert len(started) == 1 and derived == 1
    loaded_by_then = set(started[0])
    assert "sqlalchemy" not in loaded_by_then
    assert "planner.storage.workspace" not in loaded_by_then
    assert "planner.cli.listing" not in loaded_by_then


@pytest.mark.usefixtures("fast_kdf")
def test_a_wrong_passphrase_is_still_one_clear_line(tmp_path, capsys):
    db = tmp_path / "secret.db"
    open_workspace(db, passphrase="correct horse battery staple").close()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase of this one\n")
    assert main(["--db", str(db), "--passphrase-file", str(wrong), "campaigns"]) == 1
    assert capsys.readouterr().err.strip() == (
        "planner: error: Wrong passphrase: this workspace did not open."
    )
