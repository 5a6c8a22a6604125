"""Audience rules: what a document for the team, for diplomats, or for the public may show.

- ``internal``: everything.
- ``closed`` (restricted distribution): no confidential stakeholder, engagement or quote
  at all (only counted); others named only with name consent ``closed`` or ``public``,
  otherwise described from category and country; no contact details, notes, engagement
  log or internal working fields.
- ``public``: as closed, and no ``internal`` stakeholder either; names only with
  consent ``public``.

``redact`` builds a new snapshot from which withheld data is *absent*, not hidden, so no
generator can leak it by accident (into a hidden cell, a comment, metadata…).
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from planner import vocabulary as v
from planner.records import StakeholderRecord
from planner.snapshot import CampaignSnapshot, Person
from planner.validation import ValidationError

MARKINGS = {
    "internal": "Confidential — internal",
    "closed": "Restricted distribution",
    "public": "Public",
}

# Which name_consent values allow a real name, and which sensitivities may appear at all.
NAMEABLE = {"internal": set(v.NAME_CONSENTS), "closed": {"closed", "public"}, "public": {"public"}}
SHOWN = {
    "internal": set(v.SENSITIVITIES),
    "closed": {"public", "internal"},
    "public": {"public"},
}

_PERSON_NOUNS = {
    "local_civil_society": "civil-society activist",
    "womens_group": "women's rights activist",
    "youth_group": "youth activist",
    "faith_based": "faith leader",
    "think_tank": "analyst",
    "human_rights": "human rights defender",
    "humanitarian": "humanitarian worker",
    "legal": "lawyer",
    "media": "journalist",
    "medical": "doctor",
    "academic": "researcher",
    "student": "student",
    "member_state": "diplomat",
    "un_entity": "UN official",
    "regional_body": "regional official",
    "government": "government official",
    "donor": "donor representative",
    "other": "person",
}
_ORG_NOUNS = {
    "local_civil_society": "local civil-society group",
    "womens_group": "women's group",
    "youth_group": "youth group",
    "faith_based": "faith-based organisation",
    "think_tank": "think tank",
    "human_rights": "human rights organisation",
    "humanitarian": "humanitarian organisation",
    "legal": "legal organisation",
    "media": "media outlet",
    "medical": "medical organisation",
    "academic": "academic institution",
    "student": "student group",
    "member_state": "member state",
    "un_entity": "UN entity",
    "regional_body": "regional body",
    "government": "government body",
    "donor": "donor",
    "other": "organisation",
}


def check_audience(audience: str) -> str:
    if audience not in v.AUDIENCES:
        raise ValidationError("audience", audience, f"must be one of {', '.join(v.AUDIENCES)}")
    return audience


def describe(s: StakeholderRecord) -> str:
    """A description that says what kind of actor this is without saying who."""
    if s.kind == "person":
        noun = _PERSON_NOUNS.get(s.category, "person")
        if s.women_led and "women" not in noun:
            noun = f"woman {noun}"
    else:
        noun = _ORG_NOUNS.get(s.category, "organisation")
        if s.women_led and "women" not in noun:
            noun = f"women-led {noun}"
        if s.is_local and "local" not in noun:
            noun = f"local {noun}"
    article = "an" if noun[0].lower() in "aeiou" else "a"
    place = f" in {s.country}" if s.country else ""
    return f"{article} {noun}{place}"


def is_shown(s: StakeholderRecord, audience: str) -> bool:
    return s.sensitivity in SHOWN[audience]


def may_name(s: StakeholderRecord, audience: str) -> bool:
    return s.name_consent in NAMEABLE[audience]


def display_name(s: StakeholderRecord, audience: str) -> str:
    return s.name if may_name(s, audience) else describe(s)


def _scrub(s: StakeholderRecord, audience: str) -> StakeholderRecord:
    """The stakeholder as an outside reader may see it: no contacts, notes or hidden name."""
    named = may_name(s, audience)
    return dataclasses.replace(
        s,
        name=s.name if named else describe(s),
        title=s.title if named else "",
        email="",
        phone="",
        notes="",
        consent_note="",
        organisation_id=s.organisation_id if named else None,
        languages=list(s.languages),
    )


def redact(snapshot: CampaignSnapshot, audience: str) -> CampaignSnapshot:
    """A copy of ``snapshot`` holding only what ``audience`` may see."""
    check_audience(audience)
    if audience == "internal":
        return dataclasses.replace(snapshot, audience="internal")
    shown = {
        k: _scrub(s, audience) for k, s in snapshot.stakeholders.items() if is_shown(s, audience)
    }
    # an organisation that is itself withheld must not be reachable through a member
    for key, s in list(shown.items()):
        if s.organisation_id and s.organisation_id not in shown:
            shown[key] = dataclasses.replace(s, organisation_id=None)
    withheld = Counter(
        p.stakeholder.category for p in snapshot.people if p.stakeholder.id not in shown
    )
    people = [
        Person(
            stakeholder=shown[p.id],
            position=dataclasses.replace(p.position, owner="", next_step="", source=""),
            last_contact=None,
            display_name=shown[p.id].name,
            named=may_name(p.stakeholder, audience),
        )
        for p in snapshot.people
        if p.id in shown
    ]
    asks = [
        dataclasses.replace(
            a,
            target_id=a.target_id if a.target_id in shown else None,
            target=a.target if (not a.target_id or a.target_id in shown) else "",
        )
        for a in snapshot.asks
    ]
    quotes = [q for q in snapshot.quotes if q.stakeholder_id is None or q.stakeholder_id in shown]
    quotes = [
        q if q.name_consent in NAMEABLE[audience] else dataclasses.replace(q, name_consent="none")
        for q in quotes
    ]
    campaign = dataclasses.replace(
        snapshot.campaign, strategy="", lead="" if audience == "public" else snapshot.campaign.lead
    )
    return dataclasses.replace(
        snapshot,
        audience=audience,
        campaign=campaign,
        asks=asks,
        people=people,
        stakeholders=shown,
        display_names={k: s.name for k, s in shown.items()},
        milestones=[
            dataclasses.replace(m, owner="") for m in snapshot.milestones if m.kind != "internal"
        ],
        interactions=[],
        quotes=quotes,
        relationships=[
            r for r in snapshot.relationships if r.from_id in shown and r.to_id in shown
        ],
        vote_positions=[
            dataclasses.replace(p, note="")
            for p in snapshot.vote_positions
            if p.stakeholder_id in shown
        ],
        withheld=dict(withheld),
        withheld_people=dict(
            Counter(
                (p.position.role, p.stakeholder.category, p.stakeholder.kind)
                for p in snapshot.people
                if p.stakeholder.id not in shown
            )
        ),
    )


def quote_attribution(
    snapshot: CampaignSnapshot, quote_stakeholder_id: str | None, quote_consent: str
) -> str:
    """Who said it, as far as this audience may know: a name, a description, or nothing."""
    if not quote_stakeholder_id:
        return ""
    s = snapshot.stakeholders.get(quote_stakeholder_id)
    if s is None:
        return ""
    if snapshot.audience == "internal":
        return s.name
    if quote_consent in NAMEABLE[snapshot.audience]:
        return s.name  # already the description if the stakeholder may not be named
    return describe(s)
