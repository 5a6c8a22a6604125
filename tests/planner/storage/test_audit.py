"""The audit trail: every change, who made it, old → new; shares of outside documents."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.validation import ValidationError
from planner.exchange.bundle import export_bundle, import_bundle
from planner.services import audit_trail, campaigns, interactions, milestones, stakeholders
from planner.storage import audit
from planner.storage.store import open_workspace


def actions(entries: list[audit_trail.AuditEntry]) -> list[tuple]:
    return [(e.action, e.field, e.old, e.new) for e in entries]


def test_a_service_update_is_recorded_field_by_field_with_old_and_new_values(ws):
    ws.set_info("user_name", "Amal (Geneva office)")
    person = stakeholders.service.create(ws, name="Hala Ahmad", country="Syria")
    stakeholders.service.update(ws, person.id, country="Türkiye", is_local=True)
    history = audit_trail.history(ws, person.id)
    assert history[0].action == "create" and history[0].new["name"] == "Hala Ahmad"
    changes = sorted(actions(history[1:]))
    assert changes == [
        ("update", "country", "Syria", "Türkiye"),
        ("update", "is_local", False, True),
    ]
    assert {e.user for e in history} == {"Amal (Geneva office)"}
    assert all(e.entity == "stakeholder" for e in history)
    assert history[-1].describe() in ("country: Syria → Türkiye", "is_local: false → true")
    assert history[0].at <= history[-1].at <= dt.datetime.now(dt.UTC)  # aware, in UTC


def test_a_name_changed_mid_session_names_the_changes_after_it(ws):
    from planner.domain.models import Stakeholder, WorkspaceInfo

    ws.set_info("user_name", "Amal")
    person = stakeholders.service.create(ws, name="Hala Ahmad", country="Syria")
    with ws.session() as s:
        s.get(Stakeholder, person.id).country = "Jordan"
        s.flush()
        s.merge(WorkspaceInfo(key="user_name", value="Omar"))
        s.flush()
        s.get(Stakeholder, person.id).country = "Türkiye"
    ws.set_info("user_name", "Lina")
    stakeholders.service.update(ws, person.id, country="Lebanon")
    updates = [(e.user, e.new) for e in audit_trail.history(ws, person.id) if e.field == "country"]
    assert updates == [("Amal", "Jordan"), ("Omar", "Türkiye"), ("Lina", "Lebanon")]


def test_without_a_configured_name_the_os_user_is_recorded(ws):
    camp = campaigns.service.create(ws, name="Sudan access")
    assert audit_trail.history(ws, camp.id)[0].user == audit.os_user()


def test_delete_restore_and_dates_are_recorded(ws):
    camp = campaigns.service.create(ws, name="Myanmar")
    m = milestones.service.create(ws, campaign_id=camp.id, title="HRC 59", date="2026-06-16")
    milestones.service.update(ws, m.id, date=dt.date(2026, 6, 18))
    milestones.service.delete(ws, m.id)
    milestones.service.restore(ws, m.id)
    assert actions(audit_trail.history(ws, m.id))[1:] == [
        ("update", "date", "2026-06-16", "2026-06-18"),
        ("delete", None, None, None),
        ("restore", None, None, None),
    ]


def test_interaction_participants_changes_are_recorded(ws):
    camp = campaigns.service.create(ws, name="Syria")
    a = stakeholders.service.create(ws, name="A")
    b = stakeholders.service.create(ws, name="B")
    i = interactions.service.create(
        ws, campaign_id=camp.id, date="2026-01-05", summary="Call", stakeholder_ids=[a.id]
    )
    interactions.service.update(ws, i.id, stakeholder_ids=[a.id, b.id])
    history = audit_trail.history(ws, i.id)
    assert history[0].new["stakeholder_ids"] == [a.id]
    assert ("update", "stakeholder_ids", [a.id], sorted([a.id, b.id])) in actions(history)


def test_a_refused_change_leaves_no_audit_entry(ws):
    person = stakeholders.service.create(ws, name="Hala")
    count = len(list(audit_trail.entries(ws)))
    with pytest.raises(ValidationError):
        stakeholders.service.update(ws, person.id, name="ok", category="not a category")
    assert len(list(audit_trail.entries(ws))) == count
    assert stakeholders.service.get(ws, person.id).name == "Hala"


def test_bundle_import_is_audited_like_any_other_write(demo_ws, tmp_path):
    data = export_bundle(demo_ws)
    with open_workspace(tmp_path / "other.db") as other:
        import_bundle(other, data)
        some = data["stakeholders"][0]["id"]
        assert audit_trail.history(other, some)[0].action == "create"
