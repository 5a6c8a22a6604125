"""Plain, immutable records that services hand to callers who must not hold a session.

The GUI, worker threads and the document generators (tracker, brief, calendar, bundle)
work on these, never on live ORM objects, so they can run anywhere and be tested
without a database. Field names are exactly those of the domain and the JSON bundle.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from planner.domain.vocabulary import (
    AskStatus,
    CampaignStatus,
    Category,
    Channel,
    MilestoneKind,
    MilestoneStatus,
    NameConsent,
    RelationshipKind,
    Role,
    Sensitivity,
    StakeholderKind,
    VoteValue,
)


@dataclass(frozen=True)
class Meta:
    id: str
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    version: int


@dataclass(frozen=True)
class CampaignRecord(Meta):
    name: str
    context: str
    objective: str
    strategy: str
    status: CampaignStatus
    outcome: str
    priority: int
    start_date: dt.date | None
    end_date: dt.date | None
    lead: str
    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AskRecord(Meta):
    campaign_id: str
    text: str
    target: str
    target_id: str | None
    status: AskStatus
    achieved_on: dt.date | None


@dataclass(frozen=True)
class StakeholderRecord(Meta):
    kind: StakeholderKind
    name: str
    organisation_id: str | None
    title: str
    category: Category
    country: str
    languages: list[str]
    email: str
    phone: str
    notes: str
    is_local: bool
    women_led: bool
    sensitivity: Sensitivity
    name_consent: NameConsent
    consent_note: str


@dataclass(frozen=True)
class CampaignStakeholderRecord(Meta):
    campaign_id: str
    stakeholder_id: str
    role: Role
    influence: int
    stance: int
    interest: int
    owner: str
    next_step: str
    source: str


@dataclass(frozen=True)
class RelationshipRecord(Meta):
    from_id: str
    to_id: str
    kind: RelationshipKind
    note: str


@dataclass(frozen=True)
class MilestoneRecord(Meta):
    campaign_id: str
    title: str
    kind: MilestoneKind
    date: dt.date
    end_date: dt.date | None
    location: str
    status: MilestoneStatus
    owner: str
    depends_on: list[str]
    description: str
    outcome: str


@dataclass(frozen=True)
class InteractionRecord(Meta):
    campaign_id: str
    date: dt.date
    channel: Channel
    stakeholder_ids: list[str]
    summary: str
    outcome: str
    follow_up_date: dt.date | None
    sensitivity: Sensitivity


@dataclass(frozen=True)
class QuoteRecord(Meta):
    campaign_id: str
    stakeholder_id: str | None
    text: str
    translation: str
    language: str
    date: dt.date | None
    name_consent: NameConsent


@dataclass(frozen=True)
class VotePositionRecord(Meta):
    milestone_id: str
    stakeholder_id: str
    expected: VoteValue
    actual: VoteValue | None
    confidence: int
    note: str


RECORD_TYPES: dict[str, type[Meta]] = {
    "campaign": CampaignRecord,
    "ask": AskRecord,
    "stakeholder": StakeholderRecord,
    "campaign_stakeholder": CampaignStakeholderRecord,
    "relationship": RelationshipRecord,
    "milestone": MilestoneRecord,
    "interaction": InteractionRecord,
    "quote": QuoteRecord,
    "vote_position": VotePositionRecord,
}

R = TypeVar("R", bound=Meta)
_FIELDS: dict[type, tuple[str, ...]] = {}


_DOMAIN_FIELDS: dict[type[Meta], tuple[str, ...]] = {}


def field_names(record_type: type[Meta]) -> tuple[str, ...]:
    names = _FIELDS.get(record_type)
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(record_type))
        _FIELDS[record_type] = names
    return names


def domain_fields(record_type: type[Meta]) -> tuple[str, ...]:
    """The fields a user edits (no bookkeeping columns)."""
    names = _DOMAIN_FIELDS.get(record_type)
    if names is None:  # asked for each row a sync reads
        skip = {"id", "created_at", "updated_at", "deleted_at", "version"}
        names = tuple(n for n in field_names(record_type) if n not in skip)
        _DOMAIN_FIELDS[record_type] = names
    return names


def record_columns(model: type, record_type: type[Meta]) -> list[Any]:
    """The model's columns in the record's field order, to select rows straight into records.

    Reading whole ORM objects only to copy them into records cost most of a big
    campaign's snapshot (80 000 objects for a tracker of 50 000 engagements); plain rows
    of the same columns carry the same typed values.
    """
    return [getattr(model, name) for name in field_names(record_type)]


def from_row(row: Sequence[Any], record_type: type[R]) -> R:
    """A record from a row selected with ``record_columns``."""
    return record_type(*row)


def to_record(obj: Any, record_type: type[R]) -> R:
    values: dict[str, Any] = {}
    for name in field_names(record_type):
        value = getattr(obj, name)
        values[name] = list(value) if isinstance(value, list) else value
    return record_type(**values)
