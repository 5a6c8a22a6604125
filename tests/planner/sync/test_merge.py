"""The per-field three-way merge, on plain dicts (no database)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.sync.merge import DELETED, merge_record, settled

FIELDS = ("name", "status", DELETED)
BASE = {"name": "A", "status": "planning", DELETED: False}


def test_different_fields_merge_silently():
    m = merge_record({**BASE, "name": "L"}, {**BASE, "status": "active"}, BASE, FIELDS)
    assert m.to_server == {"name": "L"}
    assert m.to_local == {"status": "active"}
    assert m.conflicts == ()


def test_same_field_changed_differently_is_one_conflict_and_nothing_moves():
    m = merge_record({**BASE, "name": "L"}, {**BASE, "name": "S"}, BASE, FIELDS)
    assert m.conflicts == ("name",)
    assert m.to_local == {} and m.to_server == {}


def test_same_change_on_both_sides_is_no_conflict():
    m = merge_record({**BASE, "name": "X"}, {**BASE, "name": "X"}, BASE, FIELDS)
    assert m.changes_nothing and m.conflicts == ()


def test_conflict_on_one_field_does_not_hold_back_the_others():
    m = merge_record({**BASE, "name": "L", "status": "active"}, {**BASE, "name": "S"}, BASE, FIELDS)
    assert m.conflicts == ("name",)
    assert m.to_server == {"status": "active"}


def test_new_records_are_copied_whole_tombstones_too():
    new = {"name": "N", "status": "planning", DELETED: False}
    pushed = merge_record(new, None, None, FIELDS)
    assert pushed.create_server and pushed.to_server == new
    pulled = merge_record(None, new, None, FIELDS)
    assert pulled.create_local and pulled.to_local == new
    tombstone = merge_record({**new, DELETED: True}, None, None, FIELDS)
    assert tombstone.create_server and tombstone.to_server[DELETED] is True


def test_a_deletion_alone_propagates():
    m = merge_record({**BASE, DELETED: True}, BASE, BASE, FIELDS)
    assert m.to_server == {DELETED: True} and m.conflicts == ()


def test_deletion_on_one_side_and_edit_on_the_other_is_a_conflict():
    for local, server in (
        ({**BASE, DELETED: True}, {**BASE, "name": "S"}),
        ({**BASE, "name": "L"}, {**BASE, DELETED: True}),
    ):
        m = merge_record(local, server, BASE, FIELDS)
        assert m.conflicts == (DELETED,)
        assert DELETED not in m.to_local and DELETED not in m.to_server


def test_an_open_conflict_stays_until_resolved_even_when_the_base_would_settle_it():
    # after the edit itself was merged, only the deletion differs: still a conflict
    m = merge_record({**BASE, DELETED: True}, BASE, BASE, FIELDS, open_conflicts=[DELETED])
    assert m.conflicts == (DELETED,) and m.changes_nothing


def test_record_on_both_sides_without_base_conflicts_where_they_differ():
    m = merge_record({**BASE, "name": "L"}, BASE, None, FIELDS)
    assert m.conflicts == ("name",)


def test_settled_base_takes_only_equal_fields():
    new = settled({**BASE, "name": "L"}, {**BASE, "name": "S", "status": "x"}, BASE, FIELDS)
    assert new == {"name": "A", "status": "planning", DELETED: False}


values = st.sampled_from(["a", "b", "c"])
records = st.fixed_dictionaries({"name": values, "status": values, DELETED: st.booleans()})


@given(records, records, records)
def test_merge_never_overwrites_a_conflict_and_converges(local, server, base):
    m = merge_record(local, server, base, FIELDS)
    for name in m.conflicts:
        assert name not in m.to_local and name not in m.to_server
        assert local[name] != server[name]
    after_local = {**local, **m.to_local}
    after_server = {**server, **m.to_server}
    for name in FIELDS:
        if name not in m.conflicts:
            assert after_local[name] == after_server[name]
        # every value that lands came from one side
        assert after_local[name] in (local[name], server[name])
    # a field changed on one side only is never lost
    for name in FIELDS:
        if local[name] != base[name] and server[name] == base[name] and name not in m.conflicts:
            assert after_server[name] == local[name]


@given(records, records, records)
def test_a_second_merge_after_applying_changes_nothing(local, server, base):
    m = merge_record(local, server, base, FIELDS)
    after_local = {**local, **m.to_local}
    after_server = {**server, **m.to_server}
    new_base = settled(after_local, after_server, base, FIELDS)
    again = merge_record(after_local, after_server, new_base, FIELDS, m.conflicts)
    assert again.changes_nothing
    assert set(again.conflicts) == set(m.conflicts)


@given(records, records, records)
def test_half_applied_merge_completes_on_the_next_run(local, server, base):
    """A kill after the server committed and before the laptop did: the rerun finishes."""
    m = merge_record(local, server, base, FIELDS)
    half_server = {**server, **m.to_server}
    rerun = merge_record(local, half_server, base, FIELDS, m.conflicts)
    assert {**local, **rerun.to_local} == {**local, **m.to_local}
    assert {**half_server, **rerun.to_server} == half_server


PEOPLE = ("stakeholder_ids", DELETED)


def test_participants_added_on_both_sides_are_all_kept():
    base = {"stakeholder_ids": ["a"], DELETED: False}
    m = merge_record(
        {"stakeholder_ids": ["a", "b"], DELETED: False},
        {"stakeholder_ids": ["a", "c"], DELETED: False},
        base,
        PEOPLE,
    )
    assert m.conflicts == ()
    assert m.to_local == {"stakeholder_ids": ["a", "b", "c"]}
    assert m.to_server == {"stakeholder_ids": ["a", "b", "c"]}


def test_a_participant_removed_on_one_side_and_another_added_on_the_other():
    base = {"stakeholder_ids": ["a", "b"], DELETED: False}
    m = merge_record(
        {"stakeholder_ids": ["b"], DELETED: False},  # here: a removed
        {"stakeholder_ids": ["a", "b", "c"], DELETED: False},  # server: c added
        base,
        PEOPLE,
    )
    assert m.conflicts == ()
    assert m.to_local == {"stakeholder_ids": ["b", "c"]}
    assert m.to_server == {"stakeholder_ids": ["b", "c"]}


def test_participants_without_a_base_stay_a_conflict():
    m = merge_record(
        {"stakeholder_ids": ["a", "b"], DELETED: False},
        {"stakeholder_ids": ["a", "c"], DELETED: False},
        {},
        PEOPLE,
    )
    assert m.conflicts == ("stakeholder_ids",)
    assert m.changes_nothing
