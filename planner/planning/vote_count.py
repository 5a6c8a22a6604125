"""The whip count for a vote: where the voting states are expected to vote, and how they did.

A state's vote is a ``vote_position`` on the milestone, held by the stakeholder that
stands for the state (category ``member_state``, matched to the UN list by its country
or name: "Permanent Mission of Syria" with country "Syria" is the Syrian Arab
Republic). ``seed_member_states`` creates the states a workspace does not have yet.

Which states vote depends on the body (``planner.domain.security_council.voting_body``): all
193 member states in the General Assembly; in the Security Council the 15 members of the
year of the vote's date (5 permanent, 10 elected). Positions held by other states are
kept but not counted (``outside``).

Counting rules, chosen to be stated once and applied everywhere:
- A state without a position is expected ``unknown``.
- Once any actual result is entered the vote has happened, and a state with no actual
  result counts as ``absent`` (the UN record lists only yes, no and abstain).
- The General Assembly's simple majority: a text passes when yes > no (abstentions and
  absences do not count). ``needed`` is how many more yes votes the projection needs
  for that (each no turned into yes counts twice, but the figure is the plain count).
- The Security Council (Charter, Article 27(3)): a substantive text is adopted with at
  least 9 affirmative votes and no negative vote of a permanent member. An abstention or
  absence of a permanent member is not a veto. ``needed`` is how many more yes votes
  reach 9; a veto is named (``Verdict.vetoed_by``), since more yes votes cannot lift it.
- Undecided states are those expected ``unknown`` among the voting states; the
  coalition member assigned to a state is the ``owner`` of its campaign_stakeholder link
  in the vote's campaign (the person who owns the relationship), which the power map
  already edits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from planner.domain import vocabulary as v
from planner.domain.member_states import (
    GROUP_ORDER,
    GROUP_SHORT,
    MemberState,
    by_iso3,
    lookup,
    member_states,
)
from planner.domain.models import (
    CampaignStakeholder,
    Milestone,
    Stakeholder,
    VotePosition,
    table_of,
)
from planner.domain.security_council import (
    AFFIRMATIVE_VOTES_REQUIRED,
    GENERAL_ASSEMBLY,
    SECURITY_COUNCIL,
    council_name,
    council_on,
    voting_body,
)
from planner.domain.validation import ValidationError
from planner.services import stakeholders, votes
from planner.services.entity import NotFound, create_in, update_in
from planner.services.snapshot import CampaignSnapshot
from planner.storage.workspace import Workspace

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
        """The General Assembly's rule; ``Tally.projection``/``result`` apply the body's."""
        return self.yes > self.no

    @property
    def needed(self) -> int:
        """More yes votes needed for yes > no (0 when it already passes)."""
        return max(0, self.no - self.yes + 1)

    def as_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in VALUES}


@dataclass(frozen=True)
class Verdict:
    """Whether a set of votes adopts the text under its body's rule, and what it lacks."""

    body: str
    counts: Counts
    passes: bool
    needed: int  # more yes votes needed (General Assembly: for yes > no; Council: to reach 9)
    vetoed_by: tuple[str, ...] = ()  # permanent members voting, or projected to vote, no
    required: int | None = None  # affirmative votes required (Council: 9); None: yes > no

    @property
    def vetoed(self) -> bool:
        return bool(self.vetoed_by)


def assembly_verdict(counts: Counts) -> Verdict:
    """The General Assembly's simple majority of those present and voting."""
    return Verdict(GENERAL_ASSEMBLY, counts, counts.passes, counts.needed)


def council_verdict(counts: Counts, permanent_no: Iterable[str] = ()) -> Verdict:
    """Nine affirmative votes and no negative vote of a permanent member (named in
    ``permanent_no``)."""
    vetoes = tuple(permanent_no)
    needed = max(0, AFFIRMATIVE_VOTES_REQUIRED - counts.yes)
    return Verdict(
        SECURITY_COUNCIL,
        counts,
        passes=needed == 0 and not vetoes,
        needed=needed,
        vetoed_by=vetoes,
        required=AFFIRMATIVE_VOTES_REQUIRED,
    )


@dataclass(frozen=True)
class StateVote:
    """One member state's line in the whip count."""

    state: MemberState
    stakeholder_id: str | None
    stakeholder_name: str
    expected: v.VoteValue
    confidence: int
    actual: v.VoteValue | None  # None before the vote
    note: str
    assigned_to: str  # owner of the state's link in the campaign; "" if nobody
    seat: str = ""  # Security Council votes: "permanent" or "elected"; "" in the Assembly

    @property
    def group(self) -> str:
        return self.state.group

    @property
    def permanent(self) -> bool:
        return self.seat == "permanent"

    @property
    def display_name(self) -> str:
        """'Russian Federation' on the Council (as its records say), else the short name."""
        return council_name(self.state) if self.seat else self.state.short_name

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
    body: str = GENERAL_ASSEMBLY
    year: int | None = None  # the vote's year (which Council sat)
    council_complete: bool = True  # Council votes: all 10 elected members of the year known
    outside: list[str] = field(default_factory=list)  # states with a position but no vote here

    @property
    def voted(self) -> bool:
        return self.actual is not None

    @property
    def council(self) -> bool:
        return self.body == SECURITY_COUNCIL

    @property
    def members(self) -> int:
        """How many states vote: 193 in the Assembly, 15 on the Council."""
        return len(self.states)

    def _verdict(self, counts: Counts, value: Any) -> Verdict:
        if not self.council:
            return assembly_verdict(counts)
        vetoes = [council_name(s.state) for s in self.states if s.permanent and value(s) == "no"]
        return council_verdict(counts, vetoes)

    @property
    def projection(self) -> Verdict:
        """The expected outcome under the body's rule (vetoes projected from expected no)."""
        return self._verdict(self.expected, lambda s: s.expected)

    @property
    def result(self) -> Verdict | None:
        """The actual outcome, once a result is entered."""
        if self.actual is None:
            return None
        return self._verdict(self.actual, lambda s: s.actual_or_absent)

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
        def counts(verdict: Verdict | None) -> dict[str, Any] | None:
            if verdict is None:
                return None
            out: dict[str, Any] = {
                **verdict.counts.as_dict(),
                "passes": verdict.passes,
                "needed": verdict.needed,
            }
            if self.council:
                out |= {"required": verdict.required, "vetoed_by": list(verdict.vetoed_by)}
            return out

        return {
            "milestone_id": self.milestone_id,
            "milestone": self.milestone_title,
            "body": self.body,
            "members": self.members,
            **(
                {
                    "council_year": self.year,
                    "council_complete": self.council_complete,
                    "permanent_members": [
                        council_name(s.state) for s in self.states if s.permanent
                    ],
                }
                if self.council
                else {}
            ),
            "expected": counts(self.projection),
            "actual": counts(self.result),
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
            "positions_outside": list(self.outside),
        }


# --- in words (the GUI has its own, translated) ---------------------------------------


def verdict_text(verdict: Verdict) -> str:
    """'passes (…)' or 'fails: VETO by …' in plain English (CLI, tracker)."""
    c = verdict.counts
    if verdict.required is None:  # General Assembly
        if c.passes:
            return f"passes ({c.yes} yes > {c.no} no)"
        return f"fails ({c.yes} yes, {c.no} no): {c.needed} more yes needed"
    figures = f"{c.yes} yes, {c.no} no, {c.abstain} abstain"
    if verdict.vetoed:
        text = f"fails: VETO by {', '.join(verdict.vetoed_by)} ({figures})"
        return text + (f"; also {verdict.needed} more yes needed" if verdict.needed else "")
    if verdict.passes:
        return f"passes ({figures}; {verdict.required} needed, no veto)"
    return f"fails ({figures}): {verdict.needed} more yes needed to reach {verdict.required}"


def rule_text(t: Tally) -> str:
    """Which body votes and by what rule, in plain English (CLI, tracker)."""
    if not t.council:
        return (
            f"General Assembly: {t.members} member states; a text passes when more vote yes "
            "than no (abstentions do not count)."
        )
    permanent = sum(1 for s in t.states if s.permanent)
    text = (
        f"Security Council in {t.year}: {t.members} members ({permanent} permanent); a text "
        f"passes with at least {AFFIRMATIVE_VOTES_REQUIRED} votes in favour and no negative "
        "vote of a permanent member (an abstention is not a veto)."
    )
    if not t.council_complete:
        text += (
            f"\nThe elected members of {t.year} are not in the shipped list: counting the "
            "permanent members and the states with a position."
        )
    return text


# --- member-state stakeholders ----------------------------------------------------------


def _state_of(st: Any) -> MemberState | None:
    return (lookup(st.country) if st.country else None) or lookup(st.name)


def _state_stakeholders(s: Any, prefer: set[str] | None = None) -> dict[str, Any]:
    """iso3 -> the stakeholder standing for that state (one per state).

    Preference when a workspace holds several (a mission and a diplomat): one holding a
    position on the vote at hand, then an organisation, then the oldest.
    """
    # The few columns the choice and the count read, not whole ORM objects: a 100 000
    # workspace holds thousands of member-state stakeholders (0.2 s as objects).
    table = table_of(Stakeholder)
    rows = s.execute(
        select(table.c.id, table.c.name, table.c.country, table.c.kind, table.c.category)
        .where(table.c.category == "member_state", table.c.deleted_at.is_(None))
        .order_by(table.c.created_at, table.c.id)
    ).all()
    return _pick_states(rows, prefer)


def _pick_states(rows: Iterable[Any], prefer: set[str] | None = None) -> dict[str, Any]:
    """``_state_stakeholders`` over given stakeholders (rows or records, oldest first)."""
    prefer = prefer or set()
    best: dict[str, tuple[tuple[int, int], Any]] = {}
    for st in rows:
        if st.category != "member_state":
            continue
        state = _state_of(st)
        if state is None:
            continue
        rank = (0 if st.id in prefer else 1, 0 if st.kind == "organisation" else 1)
        current = best.get(state.iso3)
        if current is None or rank < current[0]:
            best[state.iso3] = (rank, st)
    return {iso3: st for iso3, (_rank, st) in best.items()}


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
            # Titles compared in Python (SQLite's lower() folds ASCII only), over the ids and
            # titles alone: loading every milestone as an object cost 0.3 s at 100 000.
            table = table_of(Milestone)
            wanted = id_or_title.strip().lower()
            matches = [
                ident
                for ident, title in s.execute(
                    select(table.c.id, table.c.title).where(table.c.deleted_at.is_(None))
                )
                if title.strip().lower() == wanted
            ]
            if len(matches) > 1:
                raise NotFound(f"{len(matches)} milestones are titled {id_or_title!r}; use the id.")
            m = s.get(Milestone, matches[0]) if matches else None
        if m is None:
            raise NotFound(f"No milestone with id or title {id_or_title!r}.")
        if m.kind != "vote":
            raise ValidationError("milestone", id_or_title, f"is a {m.kind} milestone, not a vote")
        s.expunge(m)
        return m


SEAT_GROUPS = (("permanent", "Permanent members"), ("elected", "Elected members"))


def count_rows(
    rows: list[StateVote],
    milestone: Mapping[str, Any],
    unmatched: list[str] | None = None,
    *,
    body: str = GENERAL_ASSEMBLY,
    year: int | None = None,
    council_complete: bool = True,
    outside: list[str] | None = None,
) -> Tally:
    """The totals for a list of state lines (pure; the GUI's filters reuse it).

    The Assembly's lines are grouped by regional group, the Council's by seat
    (permanent, elected).
    """
    voted = any(r.actual is not None for r in rows)

    def group_count(group: str, label: str, members: list[StateVote]) -> GroupCount:
        return GroupCount(
            group=group,
            label=label,
            expected=Counts.of(r.expected for r in members),
            actual=Counts.of(r.actual_or_absent for r in members) if voted else None,
        )

    if body == SECURITY_COUNCIL:
        by_group = [
            group_count(seat, label, members)
            for seat, label in SEAT_GROUPS
            if (members := [r for r in rows if r.seat == seat])
        ]
    else:
        by_group = [
            group_count(group, GROUP_SHORT[group], members)
            for group in GROUP_ORDER
            if (members := [r for r in rows if r.group == group])
        ]
    return Tally(
        milestone_id=milestone["id"],
        milestone_title=milestone["title"],
        campaign_id=milestone["campaign_id"],
        states=rows,
        expected=Counts.of(r.expected for r in rows),
        actual=Counts.of(r.actual_or_absent for r in rows) if voted else None,
        by_group=by_group,
        unmatched=unmatched or [],
        body=body,
        year=year,
        council_complete=council_complete,
        outside=outside or [],
    )


def _count(
    m: Any, positions: Sequence[Any], states: Mapping[str, Any], owners: Mapping[str, str]
) -> Tally:
    """The tally of milestone ``m`` from its positions and the state stakeholders.

    ``m`` and the positions may be ORM rows or records (the same field names);
    ``states`` maps iso3 -> the stakeholder standing for that state. Shared by the
    workspace and the snapshot paths so both count the same way.
    """
    by_stakeholder = {p.stakeholder_id: p for p in positions}
    body = voting_body(m)
    year = m.date.year if m.date else None
    complete = True
    if body == SECURITY_COUNCIL and year is not None:
        council = council_on(m.date)
        complete = council.complete
        voters = list(council.members)
        if not complete:
            # The shipped list does not cover the year: count the known members and any
            # state the team has entered a position for, rather than guess the others.
            held = {st.id for st in states.values()} & set(by_stakeholder)
            voters += [
                s
                for s in member_states()
                if s not in voters and s.iso3 in states and states[s.iso3].id in held
            ]
        seats = {s.iso3: "permanent" if council.is_permanent(s) else "elected" for s in voters}
        voters.sort(key=lambda s: (seats[s.iso3] != "permanent", council_name(s)))
    else:
        body = GENERAL_ASSEMBLY
        seats = {}
        voters = sorted(member_states(), key=lambda x: x.name)
    rows = []
    used: set[str] = set()
    for state in voters:
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
                assigned_to=(owners.get(st.id) or "") if st else "",
                seat=seats.get(state.iso3, ""),
            )
        )
    state_of = {st.id: iso3 for iso3, st in states.items()}
    outside = sorted(
        council_name(s) if body == SECURITY_COUNCIL else s.short_name
        for p in positions
        if p.stakeholder_id not in used
        and p.stakeholder_id in state_of
        and (s := by_iso3(state_of[p.stakeholder_id])) is not None
    )
    unmatched = [
        p.stakeholder_id
        for p in positions
        if p.stakeholder_id not in used and p.stakeholder_id not in state_of
    ]
    return count_rows(
        rows,
        {"id": m.id, "title": m.title, "campaign_id": m.campaign_id},
        unmatched,
        body=body,
        year=year,
        council_complete=complete,
        outside=outside,
    )


def tally(ws: Workspace, milestone_id: str) -> Tally:
    """Expected and actual totals, by regional group or seat, for a vote milestone."""
    m = find_vote(ws, milestone_id)
    with ws.reading() as s:
        positions = s.scalars(
            select(VotePosition).where(
                VotePosition.milestone_id == m.id, VotePosition.deleted_at.is_(None)
            )
        ).all()
        states = _state_stakeholders(s, prefer={p.stakeholder_id for p in positions})
        owners = dict(
            s.execute(
                select(CampaignStakeholder.stakeholder_id, CampaignStakeholder.owner).where(
                    CampaignStakeholder.campaign_id == m.campaign_id,
                    CampaignStakeholder.deleted_at.is_(None),
                )
            ).all()
        )
        return _count(m, positions, states, owners)


def snapshot_tallies(snap: CampaignSnapshot) -> list[Tally]:
    """The tally of every vote milestone in a (redacted) snapshot, in date order.

    For generators that get a snapshot, not a workspace (the tracker): the same counting
    as ``tally``, over the member-state stakeholders the snapshot carries (all those
    holding a position; states without one count as unknown either way).
    """
    owners = {p.stakeholder.id: p.position.owner for p in snap.people}
    stakeholders_ = sorted(snap.stakeholders.values(), key=lambda st: (st.created_at, st.id))
    out = []
    for m in sorted(snap.milestones, key=lambda m: (m.date, m.title)):
        if m.kind != "vote":
            continue
        positions = [p for p in snap.vote_positions if p.milestone_id == m.id]
        states = _pick_states(stakeholders_, prefer={p.stakeholder_id for p in positions})
        out.append(_count(m, positions, states, owners))
    return out
