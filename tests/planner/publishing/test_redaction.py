"""Redaction: what an outside audience may not see is absent from the snapshot, not hidden."""

from __future__ import annotations

import pytest

from planner.domain.validation import ValidationError
from planner.publishing.redaction import RedactedSnapshot, redact, require_redacted
from planner.services import campaigns, positions, stakeholders
from planner.services.snapshot import take_snapshot


@pytest.fixture
def sudan(ws):
    """A campaign with a named ambassador, an unnamed local group, a confidential activist."""
    c = campaigns.create(ws, name="Humanitarian access in Sudan")
    envoy = stakeholders.create(
        ws,
        name="Ambassador Ingrid Berg",
        kind="person",
        category="member_state",
        sensitivity="public",
        name_consent="public",
        email="berg@example.org",
        phone="+47 000 000",
        notes="Prefers calls before 9",
    )
    group = stakeholders.create(
        ws,
        name="Emergency Response Rooms",
        category="local_civil_society",
        country="Sudan",
        sensitivity="internal",
        name_consent="none",
    )
    activist = stakeholders.create(
        ws,
        name="Amal Hassan",
        kind="person",
        organisation_id=group.id,
        category="local_civil_society",
        sensitivity="confidential",
        email="amal@example.org",
    )
    for s in (envoy, group, activist):
        positions.create(ws, campaign_id=c.id, stakeholder_id=s.id, next_step=f"call {s.name}")
    return c, envoy, group, activist


def test_a_closed_audience_gets_no_contacts_no_confidential_person_and_no_unconsented_name(
    ws, sudan
):
    c, envoy, group, activist = sudan
    snap = redact(take_snapshot(ws, c.id), "closed")
    assert snap.audience == "closed"
    assert activist.id not in snap.stakeholders
    assert {p.id for p in snap.people} == {envoy.id, group.id}
    assert snap.withheld == {"local_civil_society": 1}
    shown_envoy = snap.stakeholders[envoy.id]
    assert shown_envoy.name == "Ambassador Ingrid Berg"
    assert (shown_envoy.email, shown_envoy.phone, shown_envoy.notes) == ("", "", "")
    assert snap.stakeholders[group.id].name != "Emergency Response Rooms"
    assert "Emergency Response Rooms" not in repr(snap) and "Amal" not in repr(snap)
    assert all(p.position.next_step == "" for p in snap.people)


def test_the_public_sees_only_what_is_public(ws, sudan):
    c, envoy, _group, _activist = sudan
    snap = redact(take_snapshot(ws, c.id), "public")
    assert set(snap.stakeholders) == {envoy.id}
    assert "Emergency Response Rooms" not in repr(snap)


def test_internal_keeps_everything_and_is_still_a_redacted_snapshot(ws, sudan):
    c, *_ = sudan
    full = take_snapshot(ws, c.id)
    snap = redact(full, "internal")
    assert isinstance(snap, RedactedSnapshot) and require_redacted(snap) is snap
    assert snap.stakeholders == full.stakeholders and snap.people == full.people


def test_an_unknown_audience_or_a_second_redaction_is_refused(ws, sudan):
    c, *_ = sudan
    with pytest.raises(ValidationError, match="audience"):
        redact(take_snapshot(ws, c.id), "press")
    closed = redact(take_snapshot(ws, c.id), "closed")
    with pytest.raises(ValueError, match="already redacted"):
        redact(closed, "public")
    with pytest.raises(TypeError, match="RedactedSnapshot"):
        require_redacted(take_snapshot(ws, c.id))
