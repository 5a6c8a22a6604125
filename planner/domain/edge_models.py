"""ORM classes for the convenor's edge: coalition sign-ons and the stance history.

They share ``Base`` and ``Tracked`` with the core models (ids, timestamps, soft delete,
version) and are imported at the bottom of ``planner.domain.models`` so that Alembic and every
session see them. The schema is migration ``0005``.

Stance history is recorded by a session event, not by each caller: any flush that
changes a campaign_stakeholder's stance or influence (the positions service, the bundle
import, the tracker import, the power map's drag) appends a ``stance_change`` row with
the day, the old and new values and the link's ``source`` at that moment.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    event,
    inspect,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from planner.domain import vocabulary as v
from planner.domain.models import Base, CampaignStakeholder, Tracked


def _in(column: str, values: tuple[str, ...]) -> CheckConstraint:
    quoted = ", ".join(f"'{x}'" for x in values)
    return CheckConstraint(f"{column} IN ({quoted})", name=f"ck_{column}_enum")


class SignOn(Tracked, Base):
    """A joint letter or statement, or the endorsement of one of the campaign's asks."""

    __tablename__ = "sign_on"
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"))
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[v.SignOnKind] = mapped_column(String(16), default="letter")
    ask_id: Mapped[str | None] = mapped_column(ForeignKey("ask.id"), default=None)
    date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    text: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(String(500), default="")

    __table_args__ = (
        _in("kind", v.SIGN_ON_KINDS),
        Index("ix_sign_on_campaign", "campaign_id", "date"),
    )


class Signature(Tracked, Base):
    """One signatory of a sign-on, and how far they agreed to be listed by name."""

    __tablename__ = "signature"
    sign_on_id: Mapped[str] = mapped_column(ForeignKey("sign_on.id"))
    stakeholder_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id"))
    date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    name_consent: Mapped[v.NameConsent] = mapped_column(String(16), default="none")

    __table_args__ = (
        _in("name_consent", v.NAME_CONSENTS),
        Index("ux_signature", "sign_on_id", "stakeholder_id", unique=True),
        Index("ix_signature_stakeholder", "stakeholder_id"),
    )


class StanceChange(Tracked, Base):
    """A change of stance or influence of one stakeholder in one campaign."""

    __tablename__ = "stance_change"
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"))
    stakeholder_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    old_stance: Mapped[int | None] = mapped_column(Integer, default=None)
    new_stance: Mapped[int] = mapped_column(Integer)
    old_influence: Mapped[int | None] = mapped_column(Integer, default=None)
    new_influence: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_stance_change_link", "campaign_id", "stakeholder_id", "date"),
        Index("ix_stance_change_date", "date"),
    )


EDGE_MODELS: dict[str, type[Tracked]] = {
    "sign_on": SignOn,
    "signature": Signature,
    "stance_change": StanceChange,
}

STANCE_DATE_KEY = "stance_change_date"
"""``session.info`` key: the date to record a change under (default: today)."""
STANCE_CARRIED_KEY = "stance_changes_carried"
"""``session.info`` key: (campaign_id, stakeholder_id) pairs whose history arrives already
recorded (a bundle carrying its own stance changes), so it must not be recorded twice."""


def _old(history: Any, current: Any) -> Any:
    return history.deleted[0] if history.deleted else (None if history.added else current)


@event.listens_for(Session, "before_flush")
def _record_stance_changes(session: Session, _context: Any, _instances: Any) -> None:
    carried = session.info.get(STANCE_CARRIED_KEY, ())
    for obj in list(session.dirty):
        if not isinstance(obj, CampaignStakeholder):
            continue
        if (obj.campaign_id, obj.stakeholder_id) in carried:
            continue
        attrs = inspect(obj).attrs
        stance, influence = attrs.stance.history, attrs.influence.history
        if not (stance.has_changes() or influence.has_changes()):
            continue
        old_stance = _old(stance, obj.stance)
        old_influence = _old(influence, obj.influence)
        if old_stance == obj.stance and old_influence == obj.influence:
            continue  # set to the value it already had
        session.add(
            StanceChange(
                campaign_id=obj.campaign_id,
                stakeholder_id=obj.stakeholder_id,
                date=session.info.get(STANCE_DATE_KEY) or dt.date.today(),
                old_stance=old_stance,
                new_stance=obj.stance,
                old_influence=old_influence,
                new_influence=obj.influence,
                source=obj.source or "",
            )
        )
