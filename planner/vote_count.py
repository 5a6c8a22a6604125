"""The whip count for a vote: where all 193 member states are expected to vote, and how they did.

A state's vote is a ``vote_position`` on the milestone, held by the stakeholder that
stands for the state (category ``member_state``, matched to the UN list by its country
or name: "Permanent Mission of Syria" with country "Syria" is the Syrian Arab
Republic). ``seed_member_states`` creates the states a workspace does not have yet.

Counting rules, chosen to be stated once and applied everywhere:
- A state without a position is expected ``unknown``.
- Once any actual result is entered the vote has happened, and a state with no actual
  result counts as ``absent`` (the UN record lists only yes, no and abstain).
- The General Assembly's simple majority: a text passes when yes > no (abstentions and
  absences do not count). ``needed`` is how many more yes votes the projection needs
  for that (each no turned into yes counts twice, but the figure is the plain count).
- Undecided states are those expected ``unknown``; the coalition member assigned to a
  state is the ``owner`` of its campaign_stakeholder link in the vote's campaign (the
  person who owns the relationship), which the power map already edits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from planner import vocabulary as v
from planner.member_states import GROUP_ORDER, GROUP_SHORT, MemberState, lookup, member_states
from planner.models import CampaignStakeholder, Milestone, Stakeholder, VotePosition
from planner.services import stakeholders, votes
from planner.services.entity import NotFound, create_in, update_in
from planner.store import Workspace
from planner.validation import ValidationError

VALUES = v.VOTE_VALUES  # yes, no, abstain, absent, unknown


@dataclass(frozen=True)
class Counts:
    yes: int = 0
    no: int = 0
    abstain: int = 0
    absent: int = 0
    unknown: int = 0

    @classmethod
    def of(cls, values: Iterable[str]) -> Counts:
        c = Counter(values)
        return cls(**{k: c.get(k, 0) for k in VALUES})

    @property
    def total(self) -> int:
        return self.yes + self.no + self.abstain + self.absent + self.unknown

    @property
    def voting(self) -> int:
        """Present and voting: the only votes a simple majority counts."""
        return self.yes + self.no

    @property
    def passes(self) -> bool:
        return self.yes > self.no

    @property
    def needed(self) -> int:
        """More yes votes needed for yes > no (0 when it already passes)."""
        return max(0, self.no - self.yes + 1)

    def as_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in VALUES}


@dataclass(frozen=True)
class StateVote:
    """One member state's line in the whip count."""

    state: MemberState
    stakeholder_id: str | None
    stakeholder_name: str
    expected: str
    confidence: int
    actual: str | None  # None before the vote
    note: str
    assigned_to: str  # owner of the state's link in the campaign; "" if nobody

    @property
    def group(self) -> str:
        return self.state.group

    @property
    def actual_or_absent(self) -> str:
        """The vote as counted after the vote: unrecorded means absent."""
        return self.actual or "absent"


@dataclass(frozen=True)
class GroupCount:
    group: str
    label: str
    expected: Counts
    actual: Counts | None


@dataclass(frozen=True)
class Tally:
    milestone_id: str
    milestone_title: str
    campaign_id: str
    states: list[StateVote]
    expected: Counts
    actual: Counts | None  # None until an actual result is entered
    by_group: list[GroupCount]
    unmatched: list[str] = field(default_factory=list)  # positions not held by a member state

    @property
    def voted(self) -> bool:
        return self.actual is not None

    @property
    def undecided(self) -> list[StateVote]:
        return [s for s in self.states if s.expected == "unknown"]

    @property
    def surprises(self) -> list[StateVote]:
        """After the vote: states with a known expectation that voted otherwise."""
        if not self.voted:
            return []
        return [
            s for s in self.states if s.expected != "unknown" and s.actual_or_absent != s.expected
        ]

    @property
    def results_entered(self) -> int:
        return sum(1 for s in self.states if s.actual is not None)

    @property
    def accuracy(self) -> float | None:
        """Share of the states with a known expectation whose vote was the one expected."""
        called = [s for s in self.states if s.expected != "unknown"]
        if not self.voted or not called:
            return None
        return 1 - len(self.surprises) / len(called)

    def as_json(self) -> dict[str, Any]:
        def counts(c: Counts | None) -> dict[str, Any] | None:
            if c is None:
                return None
            return {**c.as_dict(), "passes": c.passes, "needed": c.needed}

        return {
            "milestone_id": self.milestone_id,
            "milestone": self.milestone_title,
            "expected": counts(self.expected),
            "actual": counts(self.actual),
            "by_group": [
                {
                    "group": g.group,
                    "label": g.label,
                    "expected": g.expected.as_dict(),
                    "actual": g.actual.as_dict() if g.actual else None,
                }
                for g in self.by_group
            ],
            "undecided": [
                {"state": s.state.name, "group": s.group, "assigned_to": s.assigned_to}
                for s in self.undecided
            ],
            "surprises": [
                {"state": s.state.name, "expected": s.expected, "actual": s.actual}
                for s in self.surprises
            ],
            "unmatched_positions": len(self.unmatched),
        }


# --- member-state stakeholders ----------------------------------------------------------


def _state_of(st: Stakeholder) -> MemberState | None:
    return (lookup(st.country) if st.country else None) or lookup(st.name)


def _state_stakeholders(s: Any, prefer: set[str] | None = None) -> dict[str, Stakeholder]:
    """iso3 -> the stakeholder standing for that state (one per state).

    Preference when a workspace holds several (a mission and a diplomat): one holding a
    position on the vote at hand, then an organisation, then the oldest.
    """
    prefer = prefer or set()
    rows = s.scalars(
        select(Stakeholder)
        .where(Stakeholder.category == "member_state", Stakeholder.deleted_at.is_(None))
        .order_by(Stakeholder.created_at, Stakeholder.id)
    ).all()
    best: dict[str, tuple[tuple[int, int], Stakeholder]] = {}
    for st in rows:
        state = _state_of(st)
        if state is None:
            continue
        rank = (0 if st.id in prefer else 1, 0 if st.kind == "organisation" else 1)
        current = best.get(state.iso3)
        if current is None or rank < current[0]:
            best[state.iso3] = (rank, st)
    return {iso3: st for iso3, (_rank, st) in best.items()}


def state_stakeholder_ids(ws: Workspace) -> dict[str, str]:
    """iso3 -> stakeholder id for the states this workspace already has."""
    with ws.reading() as s:
        return {k: st.id for k, st in _state_stakeholders(s).items()}


def seed_member_states(ws: Workspace) -> dict[str, str]:
    """Make sure every member state has a stakeholder; returns iso3 -> stakeholder id.

    Missing states are created as public organisations of category member_state, named
    by their short name ("Iran"), which may be named in any document (their votes are
    public record). Existing stakeholders are never changed.
    """
    with ws.session() as s:
        found = {k: st.id for k, st in _state_stakeholders(s).items()}
        for state in member_states():
            if state.iso3 in found:
                continue
            obj = create_in(
                s,
                stakeholders.SPEC,
                {
                    "kind": "organisation",
                    "name": state.short_name,
                    "category": "member_state",
                    "country": state.short_name,
                    "sensitivity": "public",
                    "name_consent": "public",
                    "notes": f"UN member state ({state.name}, {state.iso3}).",
                },
            )
            found[state.iso3] = obj.id
    return found


def set_positions(
    ws: Workspace, milestone_id: str, values: Mapping[str, str], *, field: str = "expected"
) -> int:
    """Set ``field`` (expected or actual) for many states at once, all or nothing.

    ``values`` maps stakeholder id -> vote value; positions are created where missing.
    This is how a whole UN record (156 recorded votes) is entered in one step.
    Returns how many positions changed.
    """
    if field not in ("expected", "actual"):
        raise ValidationError("field", field, "must be expected or actual")
    with ws.session() as s:
        existing = {
            p.stakeholder_id: p
            for p in s.scalars(
                select(VotePosition).where(
                    VotePosition.milestone_id == milestone_id, VotePosition.deleted_at.is_(None)
                )
            )
        }
        changed = 0
        for stakeholder_id, value in values.items():
            current = existing.get(stakeholder_id)
            if current is None:
                create_in(
                    s,
                    votes.SPEC,
                    {"milestone_id": milestone_id, "stakeholder_id": stakeholder_id, field: value},
                )
                changed += 1
            elif getattr(current, field) != value:
                update_in(s, votes.SPEC, current.id, {field: value})
                changed += 1
    return changed


# --- the count -----------------------------------------------------------------------------


def find_vote(ws: Workspace, id_or_title: str) -> Milestone:
    """A milestone of kind vote, by id or exact title (case-insensitive)."""
    with ws.reading() as s:
        m = s.get(Milestone, id_or_title)
        if m is None or m.deleted_at is not None:
            matches = [
                x
                for x in s.scalars(select(Milestone).where(Milestone.deleted_at.is_(None)))
                if x.title.strip().lower() == id_or_title.strip().lower()
            ]
            if len(matches) > 1:
                raise NotFound(f"{len(matches)} milestones are titled {id_or_title!r}; use the id.")
            m = matches[0] if matches else None
        if m is None:
            raise NotFound(f"No milestone with id or title {id_or_title!r}.")
        if m.kind != "vote":
            raise ValidationError("milestone", id_or_title, f"is a {m.kind} milestone, not a vote")
        s.expunge(m)
        return m


def count_rows(
    rows: list[StateVote], milestone: Mapping[str, str], unmatched: list[str] | None = None
) -> Tally:
    """The totals for a list of state lines (pure; the GUI's filters reuse it)."""
    voted = any(r.actual is not None for r in rows)

    by_group = []
    for group in GROUP_ORDER:
        members = [r for r in rows if r.group == group]
        if not members:
            continue
        by_group.append(
            GroupCount(
                group=group,
                label=GROUP_SHORT[group],
                expected=Counts.of(r.expected for r in members),
                actual=Counts.of(r.actual_or_absent for r in members) if voted else None,
            )
        )
    return Tally(
        milestone_id=milestone["id"],
        milestone_title=milestone["title"],
        campaign_id=milestone["campaign_id"],
        states=rows,
        expected=Counts.of(r.expected for r in rows),
        actual=Counts.of(r.actual_or_absent for r in rows) if voted else None,
        by_group=by_group,
        unmatched=unmatched or [],
    )


def tally(ws: Workspace, milestone_id: str) -> Tally:
    """Expected and actual totals, by regional group, for a vote milestone."""
    m = find_vote(ws, milestone_id)
    with ws.reading() as s:
        positions = s.scalars(
            select(VotePosition).where(
                VotePosition.milestone_id == m.id, VotePosition.deleted_at.is_(None)
            )
        ).all()
        by_stakeholder = {p.stakeholder_id: p for p in positions}
        states = _state_stakeholders(s, prefer=set(by_stakeholder))
        owners = dict(
            s.execute(
                select(CampaignStakeholder.stakeholder_id, CampaignStakeholder.owner).where(
                    CampaignStakeholder.campaign_id == m.campaign_id,
                    CampaignStakeholder.deleted_at.is_(None),
                )
            ).all()
        )
        rows = []
        used: set[str] = set()
        for state in sorted(member_states(), key=lambda x: x.name):
            st = states.get(state.iso3)
            p = by_stakeholder.get(st.id) if st else None
            if p is not None:
                used.add(p.stakeholder_id)
            rows.append(
                StateVote(
                    state=state,
                    stakeholder_id=st.id if st else None,
                    stakeholder_name=st.name if st else state.short_name,
                    expected=p.expected if p else "unknown",
                    confidence=p.confidence if p else 1,
                    actual=p.actual if p else None,
                    note=p.note if p else "",
                    assigned_to=owners.get(st.id, "") if st else "",
                )
            )
        unmatched = [p.stakeholder_id for p in positions if p.stakeholder_id not in used]
    return count_rows(rows, {"id": m.id, "title": m.title, "campaign_id": m.campaign_id}, unmatched)
