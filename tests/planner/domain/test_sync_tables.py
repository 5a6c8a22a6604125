"""The sync bookkeeping tables: in every migrated workspace as declared, their times
datetimes stored as ISO text, and outside the audit trail (the changes they lead to are
audited, the bookkeeping itself is not)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select, text

from planner.domain.models import Base, new_id
from planner.domain.sync_tables import sync_base, sync_conflict, sync_peer
from planner.services import campaigns
from planner.storage.audit import audit_log
from planner.sync import state
from planner.sync.conflicts import resolve
from planner.sync.engine import sync

# the sync tests' fixtures (two laptops, one server), imported to be used here
from tests.planner.sync.conftest import laptops, offline_edits, seed, server  # noqa: F401

TABLES = {t.name: t for t in (sync_base, sync_conflict, sync_peer)}
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")


@pytest.mark.both_backends
def test_the_migrated_schema_has_the_tables_as_declared(ws):
    found = inspect(ws.engine)
    for name, table in TABLES.items():
        assert [c["name"] for c in found.get_columns(name)] == list(table.c.keys()), name
        assert found.get_pk_constraint(name)["constrained_columns"] == [
            c.name for c in table.primary_key
        ]
    (index,) = found.get_indexes("sync_conflict")
    assert index["name"] == "ux_sync_conflict_field" and index["unique"]
    assert index["column_names"] == ["server_id", "kind", "record_id", "field"]

    def only_sync(obj, name, type_, reflected, compare_to) -> bool:
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", "")
        return table in TABLES

    with ws.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": only_sync}
        )
        assert compare_metadata(context, Base.metadata) == []  # types and nullability too


def test_the_sync_bookkeeping_keeps_timestamps_in_the_one_stored_form(server, laptops):  # noqa: F811  (the fixtures imported above)
    """When a laptop synced a record or found a conflict is a datetime in the code and
    ISO 8601 UTC text in the file, like every other timestamp (never Python's default
    "2026-12-04 18:04:38+00:00" rendering of a datetime)."""
    import re

    from sqlalchemy import text

    a, b = laptops
    ids = seed(server)
    sync(a, server)
    sync(b, server)
    offline_edits(a, b, ids)
    sync(a, server)
    sync(b, server)  # b meets conflicts
    stamp = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")
    with b.reading() as s:
        synced = s.execute(text("SELECT synced_at FROM sync_base")).scalars().all()
        found = s.execute(text("SELECT found_at FROM sync_conflict")).scalars().all()
    assert synced and found
    assert all(stamp.match(t) for t in [*synced, *found]), (synced[:2], found[:2])


def test_when_a_peer_was_met_is_an_aware_datetime_kept_as_iso_text(laptops):  # noqa: F811  (the fixtures imported above)
    a, _b = laptops
    sender = new_id()
    before = dt.datetime.now(dt.UTC)
    with a.session() as s:
        state.save_peer(s, sender, "bundle", "Geneva office")
    with a.reading() as s:
        stored = s.execute(text("SELECT seen_at FROM sync_peer")).scalar_one()
        seen = s.execute(select(sync_peer.c.seen_at)).scalar_one()
    assert STAMP.match(stored), stored
    assert isinstance(seen, dt.datetime) and seen.utcoffset() == dt.timedelta(0)
    assert before - dt.timedelta(seconds=1) <= seen <= dt.datetime.now(dt.UTC)


def test_the_bookkeeping_of_a_sync_is_not_audited(server, laptops):  # noqa: F811  (the fixtures imported above)
    a, _b = laptops
    ids = seed(server)
    sync(a, server)
    campaigns.update(a, ids["campaign"], name="Mine")
    campaigns.update(server, ids["campaign"], name="Theirs")

    def audited() -> list[tuple[str, str]]:
        with a.reading() as s:
            return [tuple(r) for r in s.execute(select(audit_log.c.entity, audit_log.c.entity_id))]

    def bookkeeping() -> int:
        with a.reading() as s:
            return sum(s.scalar(select(func.count()).select_from(t)) or 0 for t in TABLES.values())

    before, rows_before = audited(), bookkeeping()
    assert sync(a, server).conflicts == {"campaign": 1}  # a conflict stored, nothing moved
    assert bookkeeping() == rows_before + 1
    assert audited() == before
    resolve(a, "local")  # only the bookkeeping changes here: the base, the conflict gone
    assert bookkeeping() == rows_before
    assert audited() == before
    # what the sync does write to records is audited, under the records' own names
    campaigns.update(server, ids["campaign"], objective="A binding treaty")
    sync(a, server)
    new = audited()[len(before) :]
    assert new and all(entity == "campaign" and ident == ids["campaign"] for entity, ident in new)
    assert not {entity for entity, _ in audited()} & set(TABLES)
