"""Reading the audit trail: one record's history, shares of documents, the CSV export."""

from __future__ import annotations

import csv

from planner.services import audit_trail, campaigns, stakeholders


def test_shares_are_logged_under_their_campaign(ws, tmp_path):
    camp = campaigns.service.create(ws, name="Syria")
    out = tmp_path / "brief.pdf"
    audit_trail.log_share(ws, "brief", "closed", out, campaign_id=camp.id)
    audit_trail.log_share(ws, "tracker", "public", None, campaign_id=camp.id)
    shares = [e for e in audit_trail.history(ws, camp.id) if e.action == "share"]
    assert [(e.entity, e.new, e.note) for e in shares] == [
        ("brief", "closed", str(out)),
        ("tracker", "public", "printed"),
    ]
    assert "audience closed" in shares[0].describe()


def test_export_is_a_csv_a_spreadsheet_cannot_turn_into_formulas(ws, tmp_path):
    person = stakeholders.service.create(ws, name="Hala")
    stakeholders.service.update(ws, person.id, name='=HYPERLINK("http://evil")')
    stakeholders.service.update(ws, person.id, notes="line one\nline two, with comma")
    out = tmp_path / "audit.csv"
    assert audit_trail.export_audit(ws, out, entity_id=person.id) == 3
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[1]["new"] == '\'=HYPERLINK("http://evil")'
    assert rows[2]["field"] == "notes" and rows[2]["new"] == "line one\nline two, with comma"
    assert not any(v.startswith("=") for row in rows for v in row.values())
    assert audit_trail.export_audit(ws, tmp_path / "all.csv") >= 3
    assert audit_trail.export_audit(ws, tmp_path / "none.csv", entity_id="nothing") == 0
