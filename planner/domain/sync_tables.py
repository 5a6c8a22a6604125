"""The laptop's sync bookkeeping: the values last synced with a server, and open conflicts.

Plain tables, not ``Tracked`` rows: they describe this laptop's relation to one server
(``server_id`` is the server workspace's id), are never synced themselves and are not
audited (the changes they lead to are). The schema is migration ``0011_sync_state``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Column, Index, String, Table, Text

from planner.domain.models import Base
from planner.domain.timestamps import UtcTimestamp


def _id(name: str, *, key: bool = False) -> Column[str]:
    """A record's, a workspace's or a peer's id: a UUID, 36 characters."""
    return Column(name, String(36), primary_key=key, nullable=False)


def _kind(*, key: bool = False) -> Column[str]:
    """The entity kind a row is about, as the services name it ("campaign", "sign_on")."""
    return Column("kind", String(40), primary_key=key, nullable=False)


def _time(name: str) -> Column[dt.datetime]:
    """When this laptop did something (synced a record, found a conflict, met a peer):
    a datetime, stored as ISO 8601 UTC text like every timestamp."""
    return Column(name, UtcTimestamp, nullable=False)


def _their_time(name: str) -> Column[str]:
    """When one side last changed a field, as the two sides exchanged it: the text of a
    bundle's or a row's timestamp, kept as given (it may be unknown, then empty) and
    compared as such when a sync meets the conflict again."""
    return Column(name, String(32), nullable=False)


sync_base = Table(
    "sync_base",
    Base.metadata,
    _id("server_id", key=True),
    _kind(key=True),
    _id("record_id", key=True),
    # the record's domain fields as both sides held them at the last sync, as JSON
    Column("fields", Text, nullable=False),
    Column("deleted", Boolean, nullable=False),
    _time("synced_at"),
)

sync_conflict = Table(
    "sync_conflict",
    Base.metadata,
    _id("id", key=True),
    _id("server_id"),
    _kind(),
    _id("record_id"),
    Column("field", String(64), nullable=False),
    # JSON of each value (the base's may be absent: a record never synced before)
    Column("local_value", Text),
    Column("server_value", Text),
    Column("base_value", Text),
    Column("local_by", String(200), nullable=False),
    _their_time("local_at"),
    Column("server_by", String(200), nullable=False),
    _their_time("server_at"),
    _time("found_at"),
    Index("ux_sync_conflict_field", "server_id", "kind", "record_id", "field", unique=True),
)

# Who a peer id is (migration ``0012_bundle_peers``): ``kind`` is ``server`` or ``bundle``
# (a laptop whose bundles were imported here), ``label`` its workspace's name. A peer
# without a row is a team server.
sync_peer = Table(
    "sync_peer",
    Base.metadata,
    _id("peer_id", key=True),
    Column("kind", String(16), nullable=False),
    Column("label", String(200), nullable=False),
    _time("seen_at"),
)
