"""A workspace built to make exports leak: withheld names planted in every free-text field.

Stakeholders cover every (sensitivity, consent) case that withholds a name, with
accents and Arabic script, contacts in odd spellings, an organisation whose members are
withheld and a withheld organisation with a public member. Their names, e-mails and
phones are then written into every field a document may show (objective, outcome, ask
text and target, milestone description, outcome and location, quote text and
translation, engagement summaries, notes, positions, relationships, vote notes,
sign-on texts), in other cases and without their accents, as people type them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.domain.audience import is_shown, may_name
from planner.domain.records import StakeholderRecord
from planner.services import (
    asks,
    campaigns,
    interactions,
    milestones,
    positions,
    quotes,
    relationships,
    sign_ons,
    stakeholders,
    votes,
)
from planner.storage.workspace import Workspace

CAMPAIGN = "Adversarial campaign"


@dataclass(frozen=True)
class Planted:
    people: list[StakeholderRecord]

    def withheld(self, audience: str) -> list[StakeholderRecord]:
        """The stakeholders whose name, e-mail and phone must not reach ``audience``."""
        return [s for s in self.people if not (is_shown(s, audience) and may_name(s, audience))]


def _mentions(s: StakeholderRecord) -> str:
    """How a colleague types a partner into a note: other case, no accents, contacts."""
    plain = {
        "Zeïnab Al-Ḥasan": "ZEINAB AL-HASAN",
        "مَريم الخَطيب": "مريم الخطيب",
        "Darfur Mothers Network (DMN)": "the DMN",
        "Józef Nowak-Émile": "jozef nowak-emile",
    }.get(s.name, s.name.lower())
    bits = [plain]
    if s.email:
        bits.append(s.email.upper())
    if s.phone:
        bits.append(s.phone.replace(" ", "-"))
    return " / ".join(bits)


def build_adversarial(ws: Workspace) -> Planted:
    c = campaigns.create(ws, name=CAMPAIGN, context="Sudan", objective="placeholder")
    people: list[StakeholderRecord] = []

    def add(**fields: object) -> StakeholderRecord:
        s = stakeholders.create(ws, **fields)
        people.append(s)
        return s

    forum = add(
        kind="organisation",
        name="Geneva Rights Forum",
        category="human_rights",
        country="Switzerland",
        sensitivity="public",
        name_consent="public",
    )
    shelter = add(
        kind="organisation",
        name="Safe Shelter Collective",
        category="womens_group",
        country="Sudan",
        women_led=True,
        is_local=True,
        sensitivity="confidential",
        name_consent="none",
        email="contact@safeshelter.example",
        phone="+249 155 000 111",
    )
    add(
        kind="person",
        name="Zeïnab Al-Ḥasan",
        category="womens_group",
        country="Sudan",
        women_led=True,
        is_local=True,
        sensitivity="confidential",
        name_consent="none",
        email="zeinab.alhasan@example.org",
        phone="+249 912 345 678",
        organisation_id=shelter.id,
        notes="Lives near the market",
    )
    add(
        kind="person",
        name="مَريم الخَطيب",
        category="local_civil_society",
        country="Syria",
        is_local=True,
        sensitivity="internal",
        name_consent="none",
        email="maryam.k@example.net",
        phone="+963 944 123 456",
    )
    add(
        kind="organisation",
        name="Darfur Mothers Network (DMN)",
        category="local_civil_society",
        country="Sudan",
        is_local=True,
        sensitivity="internal",
        name_consent="none",
        email="dmn@example.org",
    )
    add(
        kind="person",
        name="Józef Nowak-Émile",
        category="legal",
        country="Poland",
        sensitivity="internal",
        name_consent="closed",
        email="jozef@example.eu",
        phone="+48 600 700 800",
        organisation_id=forum.id,
    )
    add(
        kind="person",
        name="Hassan Idris Mahmoud",
        category="human_rights",
        country="Sudan",
        sensitivity="confidential",
        name_consent="public",
        email="h.idris@example.org",
        organisation_id=forum.id,
    )
    add(
        kind="person",
        name="Noor Salih Abbas",
        category="womens_group",
        country="Sudan",
        sensitivity="public",
        name_consent="closed",
        phone="+249 777 888 999",
        organisation_id=shelter.id,
    )
    add(
        kind="person",
        name="Ambassador Ruth Okafor",
        category="member_state",
        country="Nigeria",
        sensitivity="public",
        name_consent="public",
    )
    said = " and ".join(_mentions(s) for s in people)
    campaigns.update(
        ws,
        c.id,
        objective=f"Protect {said}.",
        strategy=f"Quietly brief {said}.",
        outcome=f"Won with {said}.",
        tags=["sudan", _mentions(people[2])],
    )
    for s in people:
        positions.create(
            ws,
            campaign_id=c.id,
            stakeholder_id=s.id,
            role="target" if s.category == "member_state" else "partner",
            stance=1,
            influence=4,
            next_step=f"Call {said}",
            source=f"Told by {said}",
        )
    dmn = people[4]
    ask = asks.create(ws, campaign_id=c.id, text=f"Fund {said}", target=dmn.name, target_id=dmn.id)
    asks.create(ws, campaign_id=c.id, text="Open the crossing", target=_mentions(people[2]))
    vote = milestones.create(
        ws,
        campaign_id=c.id,
        title="Council vote",
        kind="vote",
        date=dt.date(2030, 3, 1),
        description=f"Prepared with {said}",
        outcome=f"Thanks to {said}",
        location=f"At {_mentions(people[3])}'s office",
    )
    milestones.create(
        ws,
        campaign_id=c.id,
        title=f"Hearing with {_mentions(people[5])}",
        kind="hearing",
        date=dt.date(2030, 2, 1),
        description=f"Witnesses: {said}",
    )
    votes.create(
        ws,
        milestone_id=vote.id,
        stakeholder_id=people[-1].id,
        expected="yes",
        note=f"Ask {said}",
    )
    quotes.create(
        ws,
        campaign_id=c.id,
        stakeholder_id=people[-1].id,
        text=f"I met {_mentions(people[2])} in Khartoum.",
        translation=f"قابلت {_mentions(people[3])} في الخرطوم",
        language="en",
        name_consent="public",
    )
    quotes.create(
        ws,
        campaign_id=c.id,
        stakeholder_id=people[3].id,
        text=f"{_mentions(people[6])} helped us.",
        translation=f"{_mentions(people[7])}",
        language="ar",
        name_consent="none",
    )
    interactions.create(
        ws,
        campaign_id=c.id,
        date=dt.date(2030, 1, 5),
        channel="meeting",
        stakeholder_ids=[s.id for s in people[:4]],
        summary=f"Met {said}",
        outcome=f"Agreed with {said}",
    )
    relationships.create(
        ws, from_id=people[2].id, to_id=people[-1].id, kind="influences", note=f"via {said}"
    )
    relationships.create(ws, from_id=people[5].id, to_id=forum.id, kind="works_at", note=said)
    relationships.create(ws, from_id=people[7].id, to_id=people[-1].id, kind="allied_with")
    letter = sign_ons.create_sign_on(
        ws, c.id, title=f"Letter of {_mentions(people[2])}", text=f"Signed by {said}"
    )
    for s in people[:4]:
        sign_ons.sign(ws, letter.id, s.id)
    del ask
    return Planted(people)
