"""The per-field three-way merge of one record: pure, no database.

Each side's value of a field is compared with the value both sides held at the last
sync (the base). A field changed on one side only takes that side's value; changed on
both to different values it is a conflict, and neither side's value is overwritten until
the user chooses. Deletion is the field ``deleted`` (a tombstone's flag): a deletion
alone propagates, but a deletion on one side and an edit on the other is a conflict on
``deleted``, so an edit is never lost under a tombstone. A record new on one side is
copied whole, tombstone and all (a live record may still name it).

A set-valued field (an engagement's participants) merges member by member: a person
added on either side is kept and one removed on either side is dropped, so two advocates
who each add who they met to one engagement do not get a conflict for it. Without a
base (never synced) there is nothing to tell an addition from a removal, so differing
sets stay a conflict.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

DELETED = "deleted"
"""The field holding a record's tombstone flag in merged values (True: deleted)."""

Values = Mapping[str, Any]


class _Missing:
    """A field the base does not know (a record that both sides hold but never synced)."""

    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = _Missing()

SET_FIELDS = frozenset({"stakeholder_ids"})
"""Fields holding a set of ids (kept as sorted lists), merged member by member."""


@dataclass(frozen=True)
class RecordMerge:
    """What one record needs on each side, and what stays a conflict."""

    to_local: dict[str, Any] = field(default_factory=dict)
    to_server: dict[str, Any] = field(default_factory=dict)
    conflicts: tuple[str, ...] = ()
    create_local: bool = False  # the record is new here: ``to_local`` is all of it
    create_server: bool = False

    @property
    def changes_nothing(self) -> bool:
        return not (self.to_local or self.to_server)


def merge_record(
    local: Values | None,
    server: Values | None,
    base: Values | None,
    fields: Iterable[str],
    open_conflicts: Iterable[str] = (),
) -> RecordMerge:
    """Merge one record's ``fields`` (``DELETED`` among them).

    ``local``/``server`` are None where that side has no row; ``base`` is None when the
    record was never synced. ``open_conflicts`` are fields with an unresolved conflict:
    they stay conflicts while the two sides differ, whatever the base says.
    """
    names = list(fields)
    if local is None and server is None:
        return RecordMerge()
    if server is None:
        assert local is not None
        if base is not None:
            return RecordMerge()  # synced before, and the server no longer shows it to us
        return RecordMerge(to_server={n: local[n] for n in names}, create_server=True)
    if local is None:
        return RecordMerge(to_local={n: server[n] for n in names}, create_local=True)
    known: Values = base if base is not None else {}
    held = set(open_conflicts)
    to_local: dict[str, Any] = {}
    to_server: dict[str, Any] = {}
    conflicts: list[str] = []
    if _deletion_against_edit(local, server, known, names):
        held.add(DELETED)
    for name in names:
        mine, theirs, was = local[name], server[name], known.get(name, MISSING)
        if mine == theirs:
            continue
        if name in held:
            conflicts.append(name)
        elif name in SET_FIELDS and was is not MISSING and mine != was and theirs != was:
            both = merge_members(mine, theirs, was)
            if both != mine:
                to_local[name] = both
            if both != theirs:
                to_server[name] = both
        elif mine == was:
            to_local[name] = theirs
        elif theirs == was:
            to_server[name] = mine
        else:
            conflicts.append(name)
    return RecordMerge(to_local, to_server, tuple(conflicts))


def merge_members(mine: list[Any], theirs: list[Any], was: list[Any]) -> list[Any]:
    """Each side's additions kept, each side's removals applied (a sorted list)."""
    removed = (set(was) - set(mine)) | (set(was) - set(theirs))
    return sorted((set(mine) | set(theirs)) - removed)


def _deletion_against_edit(local: Values, server: Values, base: Values, names: list[str]) -> bool:
    """One side deleted the record since the base while the other edited a field of it."""
    if DELETED not in names or DELETED not in base:
        return False
    was = base[DELETED]
    for deleter, editor in ((local, server), (server, local)):
        if deleter[DELETED] and not was and not editor[DELETED]:
            edited = any(
                n != DELETED and editor[n] != base.get(n, MISSING) and editor[n] != deleter[n]
                for n in names
            )
            if edited:
                return True
    return False


def settled(
    local: Values, server: Values, base: Values | None, fields: Iterable[str]
) -> dict[str, Any]:
    """The new base: each field both sides now hold equally; the old base elsewhere."""
    out: dict[str, Any] = dict(base or {})
    for name in fields:
        if name in local and name in server and local[name] == server[name]:
            out[name] = local[name]
    return out
