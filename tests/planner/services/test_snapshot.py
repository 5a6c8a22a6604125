"""The snapshot the documents are made from: one campaign's live records, as the team
sees them, with every stakeholder it mentions."""

from __future__ import annotations

import datetime as dt

from planner.services import campaigns, milestones, positions, quotes, stakeholders
from planner.services.snapshot import take_snapshot


def test_a_snapshot_holds_only_that_campaigns_live_records(ws):
    sudan = campaigns.create(ws, name="Sudan access")
    other = campaigns.create(ws, name="Other campaign")
    org = stakeholders.create(ws, name="Emergency Response Rooms")
    hawa = stakeholders.create(ws, name="Hawa", kind="person", organisation_id=org.id)
    gone = stakeholders.create(ws, name="Left the coalition")
    elsewhere = stakeholders.create(ws, name="Only in the other campaign")
    positions.create(ws, campaign_id=sudan.id, stakeholder_id=hawa.id, role="partner")
    positions.create(ws, campaign_id=other.id, stakeholder_id=elsewhere.id, role="target")
    milestones.create(ws, campaign_id=sudan.id, title="Briefing", kind="hearing", date="2030-01-02")
    milestones.create(ws, campaign_id=other.id, title="Elsewhere", kind="vote", date="2030-01-03")
    quotes.create(ws, campaign_id=sudan.id, text="We want to go home.", stakeholder_id=hawa.id)
    quotes.create(ws, campaign_id=sudan.id, text="Said by someone gone.", stakeholder_id=gone.id)
    stakeholders.service.delete(ws, gone.id)

    snap = take_snapshot(ws, sudan.id, today=dt.date(2030, 1, 1))
    assert snap.campaign.id == sudan.id and snap.audience == "internal"
    assert snap.generated_on == dt.date(2030, 1, 1)
    assert [(p.display_name, p.named) for p in snap.people] == [("Hawa", True)]
    assert [m.title for m in snap.milestones] == ["Briefing"]
    assert [q.text for q in snap.quotes] == ["We want to go home."]  # its speaker is gone
    # the person's organisation is carried though it is not in the campaign itself
    assert set(snap.stakeholders) == {hawa.id, org.id}
    assert snap.name_of(hawa.id) == "Hawa" and snap.name_of(None) == ""
    assert snap.person(hawa.id) is not None and snap.person(org.id) is None
    assert snap.withheld_total == 0
