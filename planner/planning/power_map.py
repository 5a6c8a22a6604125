"""The power map's data: who stands where (stance) and who matters (influence).

Each point is one stakeholder's position in a campaign. Quadrants turn the picture into
a plan: influential people not yet with us are the *key targets to move*; influential
supporters are *champions to mobilise*; supporters of little influence are *allies to
strengthen*; the rest we *monitor*. Influence counts as high from 3 (the middle of the
1–5 scale) up; stance counts as "with us" above 0 (neutral is not support).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from planner.domain import vocabulary as v
from planner.domain.audience import Audience
from planner.domain.models import Stakeholder
from planner.domain.records import CampaignStakeholderRecord, StakeholderRecord
from planner.services import campaigns, positions
from planner.storage.workspace import Workspace

HIGH_INFLUENCE = 3

QUADRANTS: dict[str, str] = {
    "move": "Key targets to move",
    "mobilise": "Champions to mobilise",
    "strengthen": "Allies to strengthen",
    "monitor": "Monitor",
}
"""Quadrant key -> label, in reading order (top-left, top-right, bottom-right, bottom-left)."""


_MISSION = re.compile(r"^(?:Permanent Mission|Delegation|Mission) of (?:the )?", re.IGNORECASE)
_TO_UN = re.compile(r" to the (?:UN|United Nations)(?: in \w+)?$", re.IGNORECASE)
_ACRONYM = re.compile(r"^(.*\S)\s+\(([A-Z][A-Za-z0-9&\-]{1,11})\)$")


def short_label(name: str, limit: int = 26) -> str:
    """A name short enough to sit beside a point on the map; the full name is in the tooltip.

    "Permanent Mission of the Syrian Arab Republic to the UN" -> "Syrian Arab Republic";
    "Office of the UN High Commissioner for Human Rights (OHCHR)" -> "OHCHR".
    """
    text = _TO_UN.sub("", _MISSION.sub("", name.strip())) or name
    match = _ACRONYM.match(text)
    if match:
        text = match.group(1) if len(match.group(1)) <= limit else match.group(2)
    return text


def quadrant(stance: int, influence: int) -> str:
    """The quadrant key of a position (see ``QUADRANTS``)."""
    high = influence >= HIGH_INFLUENCE
    with_us = stance > 0
    if high:
        return "mobilise" if with_us else "move"
    return "strengthen" if with_us else "monitor"


@dataclass(frozen=True)
class Point:
    stakeholder_id: str
    link_id: str  # the campaign_stakeholder row a move updates
    version: int  # its version, for conflict-checked moves
    name: str  # as the audience may see it
    short: str  # the label drawn on the map (see ``short_label``)
    organisation: str
    kind: v.StakeholderKind
    category: v.Category
    role: v.Role
    stance: int
    influence: int
    interest: int
    is_local: bool
    women_led: bool
    owner: str
    last_contact: dt.date | None

    @classmethod
    def placed(
        cls,
        st: StakeholderRecord,
        pos: CampaignStakeholderRecord,
        *,
        name: str,
        organisation: str,
        owner: str,
        last_contact: dt.date | None,
    ) -> Point:
        """The point of ``st``'s position ``pos``, with what the audience may read of them."""
        return cls(
            stakeholder_id=st.id,
            link_id=pos.id,
            version=pos.version,
            name=name,
            short=short_label(name),
            kind=st.kind,
            category=st.category,
            is_local=st.is_local,
            women_led=st.women_led,
            organisation=organisation,
            role=pos.role,
            stance=pos.stance,
            influence=pos.influence,
            interest=pos.interest,
            owner=owner,
            last_contact=last_contact,
        )

    @property
    def quadrant(self) -> str:
        return quadrant(self.stance, self.influence)


@dataclass(frozen=True)
class PowerMap:
    campaign_id: str
    campaign_name: str
    audience: Audience
    points: list[Point]
    withheld: int  # stakeholders the audience may not see (counted, never shown)

    def counts(self) -> Counter[str]:
        return Counter(p.quadrant for p in self.points)

    def point(self, stakeholder_id: str) -> Point | None:
        for p in self.points:
            if p.stakeholder_id == stakeholder_id:
                return p
        return None


def checked_filters(
    roles: Iterable[str] | None, categories: Iterable[str] | None
) -> tuple[set[str] | None, set[str] | None]:
    """The role and category filters as sets (None: no filter); an unknown one is refused."""
    role_set = set(roles) if roles else None
    cat_set = set(categories) if categories else None
    for r in role_set or ():
        if r not in v.ROLES:
            raise ValueError(f"unknown role {r!r}")
    for c in cat_set or ():
        if c not in v.CATEGORIES:
            raise ValueError(f"unknown category {c!r}")
    return role_set, cat_set


def power_map(
    ws: Workspace,
    campaign_id: str,
    *,
    roles: Iterable[str] | None = None,
    categories: Iterable[str] | None = None,
) -> PowerMap:
    """The points of a campaign's power map, optionally filtered by role and category.

    This is the team's own live map, read from the positions directly; a map for a
    ``closed`` or ``public`` audience (exported for a briefing) comes from the gate's
    redacted snapshot instead (``planner.publishing.pictures.power_map_for``).
    """
    role_set, cat_set = checked_filters(roles, categories)
    campaign = campaigns.get(ws, campaign_id)
    people = positions.campaign_people(ws, campaign_id)
    org_ids = {p.stakeholder.organisation_id for p in people if p.stakeholder.organisation_id}
    with ws.reading() as s:
        orgs = {
            oid: name
            for oid, name in s.execute(
                select(Stakeholder.id, Stakeholder.name).where(
                    Stakeholder.id.in_(org_ids), Stakeholder.deleted_at.is_(None)
                )
            )
        }
    points: list[Point] = []
    for person in people:
        st, pos = person.stakeholder, person.position
        if role_set and pos.role not in role_set:
            continue
        if cat_set and st.category not in cat_set:
            continue
        org_name = orgs.get(st.organisation_id or "", "")
        points.append(
            Point.placed(
                st,
                pos,
                name=st.name,
                organisation=org_name,
                owner=pos.owner,
                last_contact=person.last_contact,
            )
        )
    return PowerMap(campaign.id, campaign.name, "internal", points, 0)


def move_point(
    ws: Workspace,
    campaign_id: str,
    stakeholder_id: str,
    stance: int,
    influence: int,
    *,
    expected_version: int | None = None,
) -> tuple[CampaignStakeholderRecord, CampaignStakeholderRecord]:
    """Move a stakeholder on the map: new stance and influence, validated and saved.

    Returns ``(before, after)`` so the caller can build an undo step (undo is another
    ``move_point`` back to ``before``'s values).
    """
    before = positions.find_link(ws, campaign_id, stakeholder_id)
    after = positions.update(
        ws,
        before.id,
        expected_version=expected_version,
        stance=stance,
        influence=influence,
    )
    return before, after
