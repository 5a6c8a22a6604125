"""A campaign's or a stakeholder's History: every change to it and to the records that
belong to it (deleted ones too), newest first, each saying which record it is about."""

from __future__ import annotations

import csv

import pytest

from planner.services import campaigns, milestones, positions, quotes, stakeholders, votes
from planner.services.record_history import (
    campaign_history,
    export_history,
    stakeholder_history,
    workspace_history,
)

pytestmark = pytest.mark.both_backends  # on a file and on a server


def test_a_campaign_history_gathers_its_records_newest_first_deleted_ones_too(ws, campaign, org):
    other = campaigns.create(ws, name="Elsewhere")
    link = positions.create(ws, campaign_id=campaign.id, stakeholder_id=org.id, stance=1)
    vote = milestones.create(
        ws, campaign_id=campaign.id, title="UNGA vote", kind="vote", date="2025-06-29"
    )
    votes.create(ws, milestone_id=vote.id, stakeholder_id=org.id, expected="yes")
    positions.update(ws, link.id, stance=2)
    quote = quotes.create(ws, campaign_id=campaign.id, text="We are still searching.")
    quotes.delete(ws, quote.id)
    campaigns.update(ws, other.id, lead="Not ours")

    rows = campaign_history(ws, campaign.id)
    ids = [r.entry.id for r in rows]
    assert ids == sorted(ids, reverse=True)
    told = [(r.subject, r.entry.action, r.entry.field) for r in rows]
    assert told[:3] == [
        ("Quote · We are still searching.", "delete", None),
        ("Quote · We are still searching.", "create", None),
        ("Position · Emergency Response Rooms", "update", "stance"),
    ]
    assert ("Vote · Emergency Response Rooms (UNGA vote)", "create", None) in told
    assert ("Milestone · UNGA vote", "create", None) in told
    assert ("Campaign · Humanitarian access in Sudan", "create", None) in told
    assert all(r.entry.entity_id != other.id for r in rows)  # another campaign's change


def test_a_stakeholder_history_has_their_record_their_positions_and_their_quotes(
    ws, campaign, org, person
):
    positions.create(ws, campaign_id=campaign.id, stakeholder_id=person.id, role="voice")
    quotes.create(ws, campaign_id=campaign.id, stakeholder_id=person.id, text="Where is he?")
    stakeholders.update(ws, person.id, country="Chad")
    stakeholders.update(ws, org.id, country="Chad")  # not this person's

    told = [(r.subject, r.entry.action, r.entry.field) for r in stakeholder_history(ws, person.id)]
    assert told == [
        ("Stakeholder · Amal Hassan", "update", "country"),
        ("Quote · Where is he?", "create", None),
        ("Position in Humanitarian access in Sudan", "create", None),
        ("Stakeholder · Amal Hassan", "create", None),
    ]


def test_the_workspace_history_names_each_record_and_stops_at_the_limit(ws, campaign, org):
    stakeholders.update(ws, org.id, notes="Met in Port Sudan")
    rows = workspace_history(ws, limit=2)
    assert [(r.subject, r.entry.action) for r in rows] == [
        ("Stakeholder · Emergency Response Rooms", "update"),
        ("Stakeholder · Emergency Response Rooms", "create"),
    ]
    everything = [(r.subject, r.entry.action) for r in workspace_history(ws)]
    assert ("Campaign · Humanitarian access in Sudan", "create") in everything


def test_an_exported_history_reads_back_as_shown_with_formulas_disarmed(ws, campaign, tmp_path):
    campaigns.update(ws, campaign.id, lead='=HYPERLINK("http://x")')
    rows = campaign_history(ws, campaign.id)
    out = tmp_path / "history.csv"
    assert export_history(rows, out) == len(rows) == 2
    with open(out, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == ["at", "user", "subject", "action", "field", "old", "new", "note"]
    newest = dict(zip(table[0], table[1], strict=True))
    assert newest["subject"] == "Campaign · Humanitarian access in Sudan"
    assert (newest["action"], newest["field"]) == ("update", "lead")
    assert newest["new"] == '\'=HYPERLINK("http://x")'  # quoted: no spreadsheet runs it
    assert table[2][3] == "create"


def test_the_workspace_history_names_a_setting_and_a_sign_on_in_words(ws, campaign):
    """Ctrl+H must not show table names ("workspace_info") to the user."""
    from planner.services import sign_ons

    ws.set_info("organisation_name", "Civilians First")
    sign_ons.create_sign_on(ws, campaign.id, title="Joint letter")
    subjects = [row.subject for row in workspace_history(ws)]
    assert "Workspace setting · organisation_name" in subjects
    assert not any("workspace_info" in s or "sign_on" in s for s in subjects)
