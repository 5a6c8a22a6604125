"""The PostgreSQL backend as a team uses it: by URL, password kept off the command line,
TLS as the URL asks, schema made by `init`, backups left to pg_dump, search like a file's."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from planner.cli import main
from planner.services import campaigns, quotes, stakeholders
from planner.storage.errors import WorkspaceError
from planner.storage.search import search
from planner.storage.store import check_workspace, open_workspace
from tests import postgres_server
from tests.raw_client import raw_sql


@pytest.fixture
def empty_db(pg_server: str) -> str:
    """A new, empty database on the test server, as a DBA's `createdb` leaves it."""
    with postgres_server.fresh_database(pg_server) as url:
        yield url


def test_a_password_in_the_url_is_refused_before_connecting(pg_server):
    url = make_url(pg_server).set(password="hunter2").render_as_string(hide_password=False)
    with pytest.raises(WorkspaceError, match="never put one on the command line") as info:
        open_workspace(url)
    assert "hunter2" not in str(info.value)


def _password() -> str:
    import os

    return Path(os.environ["PGPASSFILE"]).read_text().strip().rsplit(":", 1)[1]


def test_password_comes_from_a_passphrase_file_pgpass_or_pgpassword(
    capsys, empty_db, tmp_path, monkeypatch
):
    assert main(["--db", empty_db, "init", "--name", "Team"]) == 0  # via the pgpass file
    password = _password()
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    capsys.readouterr()
    assert main(["--db", empty_db, "campaigns"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("planner: error: Cannot connect to the team server") and "@" in err
    secret = tmp_path / "pw"
    secret.write_text(password + "\n")
    secret.chmod(0o600)
    assert main(["--db", empty_db, "--passphrase-file", str(secret), "campaigns"]) == 0
    monkeypatch.setenv("PGPASSWORD", password)
    assert main(["--db", empty_db, "campaigns"]) == 0
    assert password not in capsys.readouterr().out


def test_sslmode_in_the_url_is_honoured(empty_db):
    # The test server has no TLS: a URL that demands it must not fall back to plain text.
    with pytest.raises(WorkspaceError, match="SSL"):
        open_workspace(empty_db + "?sslmode=require")
    open_workspace(empty_db + "?sslmode=disable").close()


def test_init_creates_the_schema_and_other_commands_ask_for_it(capsys, empty_db):
    assert main(["--db", empty_db, "campaigns"]) == 1
    assert "run `planner --db URL init`" in capsys.readouterr().err
    assert main(["--db", empty_db, "init", "--name", "Sudan team"]) == 0
    out = capsys.readouterr().out
    assert "Workspace ready" in out and "@127.0.0.1" in out
    with open_workspace(empty_db, create=False) as ws:
        assert ws.name == "Sudan team"
        assert check_workspace(ws)["schema_status"] == "up to date"


def test_backups_are_refused_with_the_pg_dump_command(capsys, ws_pg):
    assert main(["--db", ws_pg.location, "backup"]) == 1
    err = capsys.readouterr().err
    assert "pg_dump" in err and err.count("\n") == 1
    assert main(["--db", ws_pg.location, "restore", "newest"]) == 1
    assert "pg_restore" in capsys.readouterr().err


def test_check_notices_a_search_document_out_of_step(ws_pg):
    stakeholders.create(ws_pg, name="Sudan Doctors Union")
    assert check_workspace(ws_pg)["search_index"] == "ok"
    raw_sql(ws_pg, "ALTER TABLE search_doc DISABLE TRIGGER search_doc_tsv")
    raw_sql(ws_pg, "UPDATE search_doc SET title = 'Someone else'")
    assert check_workspace(ws_pg)["search_index"].startswith("damaged")


PARITY_QUERIES = (
    "sud",
    "sudán",
    "SUDAN",
    "mujer sud",
    "examp",
    "example org",
    "ngo",
    "co",
    "ordination",
    "coord",
    "v2",
    "2026",
    "khart",
    "darf",
    "al",
    "مصير",
    "ü",
    "zzq",
    "o'brien",
    "brien",
)


def _fill(ws) -> dict[str, str]:
    """The same records in either backend; returns a stable name for each id."""
    names = {}
    for name, extra in (
        ("Red de Mujeres de Sudán", {"country": "Sudán"}),
        ("Co-ordination Sud", {"email": "desk@example.org", "notes": "NGO forum, v2.1"}),
        ("Khartoum Lawyers", {"notes": "Coordinator: Amira O'Brien (2026)"}),
        ("Überleben e.V.", {"country": "Deutschland"}),
    ):
        names[stakeholders.create(ws, name=name, **extra).id] = name
    sudan = campaigns.create(ws, name="Humanitarian access in Sudan", context="Darfur")
    names[sudan.id] = sudan.name
    voice = quotes.create(ws, campaign_id=sudan.id, text="نريد أن نعرف مصير أحبائنا")
    names[voice.id] = "quote"
    return names


def test_search_finds_the_same_records_on_a_file_and_on_a_server(ws_pg, tmp_path):
    with open_workspace(tmp_path / "file.db") as file_ws:
        on_file, on_server = _fill(file_ws), _fill(ws_pg)
        for typed in PARITY_QUERIES:
            want = sorted(on_file[h.id] for h in search(file_ws, typed))
            got = sorted(on_server[h.id] for h in search(ws_pg, typed))
            assert got == want, typed
            flt = stakeholders.StakeholderFilter(text=typed)
            assert [s.name for s in stakeholders.list_stakeholders(ws_pg, flt)] == [
                s.name for s in stakeholders.list_stakeholders(file_ws, flt)
            ], typed
    assert sorted(on_server[h.id] for h in search(ws_pg, "sudan")) == [
        "Humanitarian access in Sudan",
        "Red de Mujeres de Sudán",
    ]


def test_the_search_index_takes_new_entries_at_once_so_no_search_scans_a_pending_list(ws_pg):
    """A GIN index's pending list (its default) made every search after a big import scan
    hundreds of pages until autovacuum merged them: 8 ms for a search that matched
    nothing, against 0.3 ms. The index takes each entry at once instead."""
    from sqlalchemy import text

    from planner.demo import build_scale

    build_scale(ws_pg, 300, seed=3)
    with ws_pg.engine.connect() as conn:
        options = conn.execute(
            text("SELECT reloptions FROM pg_class WHERE relname = 'ix_search_doc_tsv'")
        ).scalar()
        pending = conn.execute(
            text("SELECT gin_clean_pending_list('ix_search_doc_tsv'::regclass)")
        ).scalar()
    assert options == ["fastupdate=off"]
    assert pending == 0  # nothing was waiting to be merged
    assert search(ws_pg, "zzqx") == []
