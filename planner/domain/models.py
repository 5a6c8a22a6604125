"""Typed SQLAlchemy ORM classes for every entity of the convenor's domain.

The schema itself is owned by the Alembic migrations in ``planner/migrations``; these
classes must stay in step with them (a test compares the two). Enum columns carry
CHECK constraints so that a bad value cannot enter even through raw SQL.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship
from sqlalchemy.sql import FromClause

from planner.domain import vocabulary as v
from planner.domain.timestamps import UtcTimestamp, utc_now


def new_id() -> str:
    return str(uuid.uuid4())


def _in(column: str, values: tuple[str, ...]) -> CheckConstraint:
    quoted = ", ".join(f"'{x}'" for x in values)
    return CheckConstraint(f"{column} IN ({quoted})", name=f"ck_{column}_enum")


def _between(column: str, lo: int, hi: int) -> CheckConstraint:
    return CheckConstraint(f"{column} BETWEEN {lo} AND {hi}", name=f"ck_{column}_range")


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class Tracked:
    """Columns every table keeps: identity, timestamps, soft delete and a version.

    ``version`` is SQLAlchemy's version counter: each UPDATE increments it and fails if
    someone else changed the row in between, which team sync relies on.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UtcTimestamp, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcTimestamp, default=utc_now, onupdate=utc_now)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcTimestamp, default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)

    if TYPE_CHECKING:
        # Every Tracked class is also a mapped Base subclass, which gives it these two;
        # declared for the checker only, so the mixin itself stays unmapped.
        __tablename__: str
        __table__: ClassVar[FromClause]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


def table_of(model: type[Base]) -> Table:
    """The Table a mapped class is mapped to.

    SQLAlchemy types ``__table__`` as any FromClause (a class may be mapped to a join or
    a select); every class here is mapped to a plain Table, which bulk inserts and column
    lookups by name need.
    """
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is mapped to {table!r}, not to a table")
    return table


class Campaign(Tracked, Base):
    __tablename__ = "campaign"
    name: Mapped[str] = mapped_column(String(300))
    context: Mapped[str] = mapped_column(Text, default="")
    objective: Mapped[str] = mapped_column(Text, default="")
    strategy: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[v.CampaignStatus] = mapped_column(String(16), default="planning")
    outcome: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[int] = mapped_column(Integer, default=2)
    start_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    end_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    lead: Mapped[str] = mapped_column(String(200), default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)

    asks: Mapped[list[Ask]] = relationship(back_populates="campaign", lazy="raise")
    __table_args__ = (
        _in("status", v.CAMPAIGN_STATUSES),
        _between("priority", *v.PRIORITY_RANGE),
        Index("ix_campaign_status", "status"),
        Index("ix_campaign_name", "name"),
        Index("ix_campaign_updated", "updated_at"),
    )


class Ask(Tracked, Base):
    __tablename__ = "ask"
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"))
    text: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(Text, default="")
    target_id: Mapped[str | None] = mapped_column(ForeignKey("stakeholder.id"), default=None)
    status: Mapped[v.AskStatus] = mapped_column(String(16), default="open")
    achieved_on: Mapped[dt.date | None] = mapped_column(Date, default=None)

    campaign: Mapped[Campaign] = relationship(back_populates="asks", lazy="raise")
    __table_args__ = (
        _in("status", v.ASK_STATUSES),
        Index("ix_ask_campaign", "campaign_id"),
        Index("ix_ask_updated", "updated_at"),
    )


class Stakeholder(Tracked, Base):
    __tablename__ = "stakeholder"
    kind: Mapped[v.StakeholderKind] = mapped_column(String(16), default="organisation")
    name: Mapped[str] = mapped_column(String(300))
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("stakeholder.id"), default=None)
    title: Mapped[str] = mapped_column(String(300), default="")
    category: Mapped[v.Category] = mapped_column(String(32), default="other")
    country: Mapped[str] = mapped_column(String(100), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    is_local: Mapped[bool] = mapped_column(default=False)
    women_led: Mapped[bool] = mapped_column(default=False)
    sensitivity: Mapped[v.Sensitivity] = mapped_column(String(16), default="internal")
    name_consent: Mapped[v.NameConsent] = mapped_column(String(16), default="none")
    consent_note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        _in("kind", v.STAKEHOLDER_KINDS),
        _in("category", v.CATEGORIES),
        _in("sensitivity", v.SENSITIVITIES),
        _in("name_consent", v.NAME_CONSENTS),
        Index("ix_stakeholder_name", "name"),
        # id and deleted_at carried so a name-ordered walk of one category, country, kind
        # or sensitivity (with or without typed text) never reads the row (migrations 0007,
        # 0014)
        Index("ix_stakeholder_category", "category", "name", "id", "deleted_at"),
        Index("ix_stakeholder_country", "country", "name", "id", "deleted_at"),
        Index("ix_stakeholder_kind", "kind", "name", "id", "deleted_at"),
        Index("ix_stakeholder_sensitivity", "sensitivity", "name", "id", "deleted_at"),
        Index("ix_stakeholder_organisation", "organisation_id"),
        Index("ix_stakeholder_updated", "updated_at"),
        # the few soft-deleted rows, so that a big query can exclude them without a lookup.
        # Migration 0006 makes it partial on both backends; only SQLite's predicate is
        # declared here (what the drift check compares): a ``postgresql_where`` would make
        # defining the models import SQLAlchemy's PostgreSQL dialect, a tenth of every
        # `planner` command's start-up, for a server that may never be used.
        Index(
            "ix_stakeholder_deleted",
            "deleted_at",
            "id",
            sqlite_where=text("deleted_at IS NOT NULL"),
        ),
    )


class CampaignStakeholder(Tracked, Base):
    """A stakeholder's place in one campaign: role, stance, influence, who owns the contact."""

    __tablename__ = "campaign_stakeholder"
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"))
    stakeholder_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id"))
    role: Mapped[v.Role] = mapped_column(String(16), default="target")
    influence: Mapped[int] = mapped_column(Integer, default=3)
    stance: Mapped[int] = mapped_column(Integer, default=0)
    interest: Mapped[int] = mapped_column(Integer, default=3)
    owner: Mapped[str] = mapped_column(String(200), default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        _in("role", v.ROLES),
        _between("influence", *v.SCORE_RANGE),
        _between("stance", *v.STANCE_RANGE),
        _between("interest", *v.SCORE_RANGE),
        Index("ux_campaign_stakeholder", "campaign_id", "stakeholder_id", unique=True),
        Index("ix_campaign_stakeholder_stakeholder", "stakeholder_id"),
        # covers the dashboard's quiet targets and partners (no row lookup per link)
        Index(
            "ix_campaign_stakeholder_role_cover",
            "campaign_id",
            "role",
            "deleted_at",
            "stakeholder_id",
            "influence",
            "owner",
        ),
        Index("ix_campaign_stakeholder_updated", "updated_at"),
    )


class Relationship(Tracked, Base):
    __tablename__ = "relationship"
    from_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id"))
    to_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id"))
    kind: Mapped[v.RelationshipKind] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        _in("kind", v.RELATIONSHIP_KINDS),
        Index("ix_relationship_from", "from_id"),
        Index("ix_relationship_to", "to_id"),
        Index("ix_relationship_updated", "updated_at"),
    )


class Milestone(Tracked, Base):
    __tablename__ = "milestone"
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"))
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[v.MilestoneKind] = mapped_column(String(16), default="other")
    date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    location: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[v.MilestoneStatus] = mapped_column(String(16), default="planned")
    owner: Mapped[str] = mapped_column(String(200), default="")
    depends_on: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        _in("kind", v.MILESTONE_KINDS),
        _in("status", v.MILESTONE_STATUSES),
        Index("ix_milestone_campaign_date", "campaign_id", "date"),
        Index("ix_milestone_date", "date"),
        Index("ix_milestone_updated", "updated_at"),
    )


interaction_participant = Table(
    "interaction_participant",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id"), primary_key=True),
    Column("stakeholder_id", ForeignKey("stakeholder.id"), primary_key=True),
    # a stakeholder's interactions without touching the table (last contact, engagement log)
    Index("ix_interaction_participant_stakeholder_interaction", "stakeholder_id", "interaction_id"),
)


class Interaction(Tracked, Base):
    """An engagement: a meeting, call or briefing with one or more stakeholders."""

    __tablename__ = "interaction"
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[v.Channel] = mapped_column(String(16), default="meeting")
    summary: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(Text, default="")
    follow_up_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    sensitivity: Mapped[v.Sensitivity] = mapped_column(String(16), default="internal")

    participants: Mapped[list[Stakeholder]] = relationship(
        secondary=interaction_participant, lazy="selectin"
    )
    __table_args__ = (
        _in("channel", v.CHANNELS),
        _in("sensitivity", v.SENSITIVITIES),
        Index("ix_interaction_campaign_date", "campaign_id", "date"),
        # follow-ups due: ordered by date and counted per campaign from the index alone
        Index(
            "ix_interaction_follow_up_cover", "follow_up_date", "date", "campaign_id", "deleted_at"
        ),
        # last contact: an interaction's campaign and date by id, from the index alone
        Index("ix_interaction_contact", "id", "campaign_id", "date", "deleted_at"),
        Index("ix_interaction_updated", "updated_at"),
    )

    @property
    def stakeholder_ids(self) -> list[str]:
        return [p.id for p in self.participants]


class Quote(Tracked, Base):
    __tablename__ = "quote"
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"))
    stakeholder_id: Mapped[str | None] = mapped_column(ForeignKey("stakeholder.id"), default=None)
    text: Mapped[str] = mapped_column(Text)
    translation: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(35), default="en")
    date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    name_consent: Mapped[v.NameConsent] = mapped_column(String(16), default="none")

    __table_args__ = (
        _in("name_consent", v.NAME_CONSENTS),
        Index("ix_quote_campaign", "campaign_id"),
        Index("ix_quote_updated", "updated_at"),
    )


class VotePosition(Tracked, Base):
    __tablename__ = "vote_position"
    milestone_id: Mapped[str] = mapped_column(ForeignKey("milestone.id"))
    stakeholder_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id"))
    expected: Mapped[v.VoteValue] = mapped_column(String(16), default="unknown")
    actual: Mapped[v.VoteValue | None] = mapped_column(String(16), default=None)
    confidence: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        _in("expected", v.VOTE_VALUES),
        CheckConstraint(
            "actual IS NULL OR actual IN ('yes', 'no', 'abstain', 'absent', 'unknown')",
            name="ck_actual_enum",
        ),
        _between("confidence", *v.CONFIDENCE_RANGE),
        Index("ux_vote_position", "milestone_id", "stakeholder_id", unique=True),
        Index("ix_vote_position_updated", "updated_at"),
    )


class WorkspaceInfo(Base):
    """Key/value facts about the workspace itself (its id, name, creation time)."""

    __tablename__ = "workspace_info"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


ENTITY_MODELS: dict[str, type[Tracked]] = {
    "campaign": Campaign,
    "ask": Ask,
    "stakeholder": Stakeholder,
    "campaign_stakeholder": CampaignStakeholder,
    "relationship": Relationship,
    "milestone": Milestone,
    "interaction": Interaction,
    "quote": Quote,
    "vote_position": VotePosition,
}
