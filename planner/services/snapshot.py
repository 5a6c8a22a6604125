"""A read-only picture of one campaign, for the document generators.

The tracker, the brief and the calendar get a ``CampaignSnapshot`` (plain records, no
session), so they can run in a worker thread and be tested without a database. The
audience rules are applied to a snapshot by ``planner.publishing.redaction.redact`` before any
generator sees it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import or_, select

from planner.domain import vocabulary as v
from planner.domain.audience import Audience
from planner.domain.models import Relationship, Stakeholder
from planner.domain.records import (
    AskRecord,
    CampaignRecord,
    CampaignStakeholderRecord,
    InteractionRecord,
    MilestoneRecord,
    QuoteRecord,
    RelationshipRecord,
    StakeholderRecord,
    VotePositionRecord,
    from_row,
    record_columns,
    to_record,
)
from planner.services import asks, campaigns, interactions, milestones, positions, quotes, votes
from planner.storage.workspace import Workspace


@dataclass(frozen=True)
class Person:
    """A stakeholder as the campaign sees them; ``display_name`` already obeys the audience."""

    stakeholder: StakeholderRecord
    position: CampaignStakeholderRecord
    last_contact: dt.date | None
    display_name: str
    named: bool = True  # False when display_name is a description, not the real name

    @property
    def id(self) -> str:
        return self.stakeholder.id


@dataclass(frozen=True)
class SignatoryLine:
    """One signatory of a sign-on, with what the audience rules need to decide on them."""

    stakeholder_id: str
    name: str
    kind: v.StakeholderKind  # person or organisation: withheld ones are counted as such
    date: dt.date | None
    name_consent: v.NameConsent  # the signature's own consent, not the stakeholder's general one
    sensitivity: v.Sensitivity


@dataclass(frozen=True)
class SignOnEntry:
    """A joint letter, statement or endorsement, and who signed it.

    After redaction ``signatories`` holds only those the audience may read by name; the
    others are only counted, never described (a description can identify a signatory).
    """

    id: str
    title: str
    kind: v.SignOnKind
    date: dt.date | None
    ask_id: str | None
    ask_text: str
    signatories: list[SignatoryLine]
    withheld_organisations: int = 0
    withheld_people: int = 0
    version: int = 1


@dataclass(frozen=True)
class CampaignSnapshot:
    workspace_id: str
    workspace_name: str
    generated_on: dt.date
    audience: Audience
    campaign: CampaignRecord
    asks: list[AskRecord]
    people: list[Person]
    # every stakeholder the snapshot mentions (people, organisations, participants, authors)
    stakeholders: dict[str, StakeholderRecord]
    display_names: dict[str, str]
    milestones: list[MilestoneRecord]
    interactions: list[InteractionRecord]
    quotes: list[QuoteRecord]
    relationships: list[RelationshipRecord]
    vote_positions: list[VotePositionRecord]
    withheld: dict[str, int] = field(default_factory=dict)  # category -> stakeholders not shown
    # (role, category, kind) -> campaign people not shown, so a document can count them
    # by what they are ("and one other person") and only where they belong
    withheld_people: dict[tuple[str, str, str], int] = field(default_factory=dict)
    sign_ons: list[SignOnEntry] = field(default_factory=list)

    def name_of(self, stakeholder_id: str | None) -> str:
        if not stakeholder_id:
            return ""
        return self.display_names.get(stakeholder_id, "")

    def person(self, stakeholder_id: str) -> Person | None:
        for p in self.people:
            if p.id == stakeholder_id:
                return p
        return None

    @property
    def withheld_total(self) -> int:
        return sum(self.withheld.values())


def take_snapshot(
    ws: Workspace, campaign_id: str, *, today: dt.date | None = None
) -> CampaignSnapshot:
    """Everything the documents need about one campaign, as the team sees it (internal)."""
    campaign = campaigns.get(ws, campaign_id)
    people_rows = positions.campaign_people(ws, campaign_id)
    milestone_rows = milestones.list_milestones(ws, campaign_id)
    interaction_rows = interactions.list_interactions(ws, campaign_id)
    quote_rows = quotes.list_quotes(ws, campaign_id)
    ask_rows = asks.list_asks(ws, campaign_id)
    vote_rows = [
        p for m in milestone_rows if m.kind == "vote" for p in votes.list_positions(ws, m.id)
    ]
    wanted = {p.stakeholder.id for p in people_rows}
    wanted |= {a.target_id for a in ask_rows if a.target_id}
    wanted |= {q.stakeholder_id for q in quote_rows if q.stakeholder_id}
    wanted |= {sid for i in interaction_rows for sid in i.stakeholder_ids}
    wanted |= {v.stakeholder_id for v in vote_rows}
    with ws.reading() as s:
        columns = record_columns(Stakeholder, StakeholderRecord)
        found = {
            row.id: from_row(row, StakeholderRecord)
            for row in s.execute(select(*columns).where(Stakeholder.id.in_(wanted))).all()
        }
        org_ids = {x.organisation_id for x in found.values() if x.organisation_id} - set(found)
        for row in s.execute(select(*columns).where(Stakeholder.id.in_(org_ids))).all():
            found[row.id] = from_row(row, StakeholderRecord)
        links = [
            to_record(r, RelationshipRecord)
            for r in s.scalars(
                select(Relationship).where(
                    Relationship.deleted_at.is_(None),
                    or_(Relationship.from_id.in_(wanted), Relationship.to_id.in_(wanted)),
                )
            )
            if r.from_id in found and r.to_id in found
        ]
    live = {k: v for k, v in found.items() if v.deleted_at is None}
    return CampaignSnapshot(
        sign_ons=_sign_ons(ws, campaign_id, ask_rows),
        workspace_id=ws.workspace_id,
        workspace_name=ws.name,
        generated_on=today or dt.date.today(),
        audience="internal",
        campaign=campaign,
        asks=ask_rows,
        people=[
            Person(p.stakeholder, p.position, p.last_contact, p.stakeholder.name)
            for p in people_rows
        ],
        stakeholders=live,
        display_names={k: v.name for k, v in live.items()},
        milestones=milestone_rows,
        interactions=interaction_rows,
        quotes=[q for q in quote_rows if q.stakeholder_id is None or q.stakeholder_id in live],
        relationships=links,
        vote_positions=[v for v in vote_rows if v.stakeholder_id in live],
    )


def _sign_ons(ws: Workspace, campaign_id: str, ask_rows: list[AskRecord]) -> list[SignOnEntry]:
    from planner.services import sign_ons  # it imports the audience rules, which import this module

    asks_by_id = {a.id: a.text for a in ask_rows}
    signed = sign_ons.campaign_signatures(ws, campaign_id)
    return [
        SignOnEntry(
            id=x.id,
            title=x.title,
            kind=x.kind,
            date=x.date,
            ask_id=x.ask_id,
            ask_text=asks_by_id.get(x.ask_id or "", ""),
            version=x.version,
            signatories=[
                SignatoryLine(
                    stakeholder_id=sig.stakeholder.id,
                    name=sig.stakeholder.name,
                    kind=sig.stakeholder.kind,
                    date=sig.signature.date,
                    name_consent=sig.signature.name_consent,
                    sensitivity=sig.stakeholder.sensitivity,
                )
                for sig in signed.get(x.id, [])
            ],
        )
        for x, _n in sign_ons.list_sign_ons(ws, campaign_id)
    ]
