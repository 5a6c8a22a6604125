"""The laptop's sync bookkeeping: the values last synced with a server, and open conflicts.

Plain tables, not ``Tracked`` rows: they describe this laptop's relation to one server
(``server_id`` is the server workspace's id), are never synced themselves and are not
audited (the changes they lead to are). The schema is migration ``0011_sync_state``.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Index, String, Table, Text

from planner.domain.models import Base

sync_base = Table(
    "sync_base",
    Base.metadata,
    Column("server_id", String(36), primary_key=True),
    Column("kind", String(40), primary_key=True),
    Column("record_id", String(36), primary_key=True),
    # the record's domain fields as both sides held them at the last sync, as JSON
    Column("fields", Text, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("synced_at", String(32), nullable=False),
)

sync_conflict = Table(
    "sync_conflict",
    Base.metadata,
    Column("id", String(36), primary_key=True),
    Column("server_id", String(36), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("field", String(64), nullable=False),
    # JSON of each value (the base's may be absent: a record never synced before)
    Column("local_value", Text),
    Column("server_value", Text),
    Column("base_value", Text),
    Column("local_by", String(200), nullable=False),
    Column("local_at", String(32), nullable=False),
    Column("server_by", String(200), nullable=False),
    Column("server_at", String(32), nullable=False),
    Column("found_at", String(32), nullable=False),
    Index("ux_sync_conflict_field", "server_id", "kind", "record_id", "field", unique=True),
)

# Who a peer id is (migration ``0012_bundle_peers``): ``kind`` is ``server`` or ``bundle``
# (a laptop whose bundles were imported here), ``label`` its workspace's name. A peer
# without a row is a team server.
sync_peer = Table(
    "sync_peer",
    Base.metadata,
    Column("peer_id", String(36), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("label", String(200), nullable=False),
    Column("seen_at", String(32), nullable=False),
)
