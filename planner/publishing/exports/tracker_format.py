"""The tracker's format: its sheets and columns, shared by the export and the import.

One table of ``SheetSpec``/``Column`` says, for every column, its header, how its value
is taken from a snapshot, what kind of cell it is (date, drop-down, long text…) and which
entity field it edits. The writer lays the workbook out from it and the importer maps
headers back to fields with it, so the two can never disagree about a column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from planner.domain import vocabulary as v
from planner.planning.vote_count import StateVote, Tally, snapshot_tallies
from planner.publishing.redaction import quote_attribution
from planner.services.sign_ons import SignatoryList
from planner.services.snapshot import CampaignSnapshot, Person

FORMAT_NAME = "campaign-planner-tracker"
FORMAT_VERSION = 1
META_SHEET = "_meta"
NAME_SEPARATOR = "; "  # between names in one cell ("With", "Depends on")
DELETE_WORDS = frozenset({"yes", "y", "x", "delete", "true", "1"})


class TrackerCancelled(Exception):
    """The user cancelled an export or import; nothing was written or changed."""


Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass
class RowContext:
    """One campaign's snapshot plus the lookups several columns share (built once)."""

    snap: CampaignSnapshot
    multi: bool = False  # the workbook holds several campaigns (adds a Campaign column)

    @cached_property
    def milestone_titles(self) -> dict[str, str]:
        return {m.id: m.title for m in self.snap.milestones}

    @cached_property
    def milestone_dates(self) -> dict[str, dt.date]:
        return {m.id: m.date for m in self.snap.milestones}

    @cached_property
    def tallies(self) -> dict[str, Tally]:
        """The whip count of each vote (``planner.planning.vote_count``'s, not recomputed here)."""
        return {t.milestone_id: t for t in snapshot_tallies(self.snap)}

    @cached_property
    def _vote_lines(self) -> dict[tuple[str, str], StateVote]:
        return {
            (t.milestone_id, s.stakeholder_id): s
            for t in self.tallies.values()
            for s in t.states
            if s.stakeholder_id
        }

    def counted_as(self, position: Any) -> str:
        """How the whip count counts a vote position: body and, on the Council, seat."""
        tally = self.tallies.get(position.milestone_id)
        if tally is None:
            return ""
        line = self._vote_lines.get((position.milestone_id, position.stakeholder_id))
        if not tally.council:
            return "General Assembly" if line else "Not counted"
        if line is None:
            return f"Not counted: not on the Security Council in {tally.year}"
        return f"Security Council, {line.seat} member"

    def names(self, ids: Iterable[str]) -> str:
        return NAME_SEPARATOR.join(self.snap.name_of(i) for i in ids)


Getter = Callable[[Any, RowContext], Any]


@dataclass(frozen=True)
class Column:
    """One column: header text, value getter, cell kind and the field it edits (if any).

    kinds: text (one line), wrap (long text), date, enum, int, names (several
    stakeholders), person (one stakeholder), target (ask target), campaign, delete, id,
    version.
    """

    header: str
    get: Getter
    kind: str = "text"
    entity: str | None = None  # None: read only, shown for information
    field: str | None = None
    width: float = 14
    choices: tuple[Any, ...] = ()
    internal_only: bool = False
    required: bool = False  # must be filled on a new row
    prompt: str = ""

    @property
    def editable(self) -> bool:
        return self.entity is not None and self.field is not None

    @property
    def hidden(self) -> bool:
        return self.kind in ("id", "version")


@dataclass(frozen=True)
class SheetSpec:
    title: str
    columns: tuple[Column, ...]
    rows: Callable[[CampaignSnapshot], Iterable[Any]]
    entity: str  # the entity a row is (a new row creates one)
    internal_only: bool = False
    can_create: bool = True
    can_delete: bool = True
    freeze_after: str = ""  # header of the last column kept visible when scrolling right
    print_until: str = ""  # header of the last column printed (contacts and ids stay on screen)
    optional: bool = False  # written only when it has rows (Votes)
    key_entity: str = ""  # the entity whose id identifies a row, if not ``entity``

    @property
    def key(self) -> str:
        return self.key_entity or self.entity

    def columns_for(self, audience: str, multi: bool) -> list[Column]:
        cols = [c for c in self.columns if audience == "internal" or not c.internal_only]
        if multi:
            cols.insert(0, CAMPAIGN_COLUMN)
        return cols

    def column(self, header: str) -> Column:
        for c in self.columns:
            if c.header == header:
                return c
        raise KeyError(header)


def _g(attr: str) -> Getter:
    return lambda item, _ctx: getattr(item, attr)


def _s(attr: str) -> Getter:
    """A field of a Person's stakeholder record."""
    return lambda p, _ctx: getattr(p.stakeholder, attr)


def _p(attr: str) -> Getter:
    """A field of a Person's position in the campaign (campaign_stakeholder)."""
    return lambda p, _ctx: getattr(p.position, attr)


def _id_cols(entity: str, prefix: str = "", of: Callable[[Any], Any] | None = None) -> list[Column]:
    pick = of or (lambda item: item)
    return [
        Column(f"{prefix}ID", lambda i, _c: pick(i).id, "id", entity, "id", 38, internal_only=True),
        Column(
            f"{prefix}Version",
            lambda i, _c: pick(i).version,
            "version",
            entity,
            "version",
            8,
            internal_only=True,
        ),
    ]


def _delete_col(entity: str, prompt: str) -> Column:
    return Column(
        "Delete?",
        lambda _i, _c: None,
        "delete",
        entity,
        "deleted",
        9,
        ("yes",),
        internal_only=True,
        prompt=prompt,
    )


CAMPAIGN_COLUMN = Column(
    "Campaign",
    lambda _i, ctx: ctx.snap.campaign.name,
    "campaign",
    width=26,
    prompt="For a new row: the campaign it belongs to (its exact name).",
)

STANCE_PROMPT = "−2 Opposed, −1 Sceptical, 0 Neutral, +1 Supportive, +2 Champion"
SCORES = tuple(range(v.SCORE_RANGE[0], v.SCORE_RANGE[1] + 1))
STANCES = tuple(range(v.STANCE_RANGE[0], v.STANCE_RANGE[1] + 1))
CONFIDENCES = tuple(range(v.CONFIDENCE_RANGE[0], v.CONFIDENCE_RANGE[1] + 1))


def _milestone_rows(snap: CampaignSnapshot) -> Iterable[Any]:
    return snap.milestones


def _depends(m: Any, ctx: RowContext) -> str:
    return NAME_SEPARATOR.join(ctx.milestone_titles.get(i, "") for i in m.depends_on)


MILESTONES = SheetSpec(
    "Milestones",
    (
        Column("Date", _g("date"), "date", "milestone", "date", 13, required=True),
        Column("End date", _g("end_date"), "date", "milestone", "end_date", 13),
        Column("Moment", _g("title"), "wrap", "milestone", "title", 44, required=True),
        Column("Kind", _g("kind"), "enum", "milestone", "kind", 14, v.MILESTONE_KINDS),
        Column("Status", _g("status"), "enum", "milestone", "status", 12, v.MILESTONE_STATUSES),
        Column("Location", _g("location"), "text", "milestone", "location", 16),
        Column("Owner", _g("owner"), "text", "milestone", "owner", 14, internal_only=True),
        Column("Description", _g("description"), "wrap", "milestone", "description", 50),
        Column("Outcome", _g("outcome"), "wrap", "milestone", "outcome", 36),
        Column("Depends on", _depends, "wrap", width=28),
        _delete_col("milestone", "yes = delete this milestone"),
        *_id_cols("milestone"),
    ),
    _milestone_rows,
    "milestone",
    freeze_after="Moment",
    print_until="Depends on",
)


def _people(snap: CampaignSnapshot) -> Iterable[Person]:
    return snap.people


STAKEHOLDERS = SheetSpec(
    "Stakeholders",
    (
        Column(
            "Name", lambda p, _c: p.display_name, "wrap", "stakeholder", "name", 32, required=True
        ),
        Column("Kind", _s("kind"), "enum", "stakeholder", "kind", 13, v.STAKEHOLDER_KINDS),
        Column(
            "Organisation",
            lambda p, ctx: ctx.snap.name_of(p.stakeholder.organisation_id),
            "wrap",
            width=26,
        ),
        Column("Title", _s("title"), "wrap", "stakeholder", "title", 20),
        Column("Category", _s("category"), "enum", "stakeholder", "category", 19, v.CATEGORIES),
        Column("Country", _s("country"), "text", "stakeholder", "country", 13),
        Column("Role", _p("role"), "enum", "campaign_stakeholder", "role", 10, v.ROLES),
        Column(
            "Influence",
            _p("influence"),
            "int",
            "campaign_stakeholder",
            "influence",
            10,
            SCORES,
            prompt="1 (little) to 5 (decisive)",
        ),
        Column(
            "Stance",
            _p("stance"),
            "int",
            "campaign_stakeholder",
            "stance",
            9,
            STANCES,
            prompt=STANCE_PROMPT,
        ),
        Column(
            "Interest",
            _p("interest"),
            "int",
            "campaign_stakeholder",
            "interest",
            9,
            SCORES,
            prompt="1 (none) to 5 (very engaged)",
        ),
        Column(
            "Owner", _p("owner"), "text", "campaign_stakeholder", "owner", 13, internal_only=True
        ),
        Column(
            "Next step",
            _p("next_step"),
            "wrap",
            "campaign_stakeholder",
            "next_step",
            36,
            internal_only=True,
        ),
        Column("Last contact", lambda p, _c: p.last_contact, "date", width=13, internal_only=True),
        Column(
            "Source", _p("source"), "wrap", "campaign_stakeholder", "source", 24, internal_only=True
        ),
        Column("Email", _s("email"), "text", "stakeholder", "email", 26, internal_only=True),
        Column("Phone", _s("phone"), "text", "stakeholder", "phone", 17, internal_only=True),
        Column(
            "Sensitivity",
            _s("sensitivity"),
            "enum",
            "stakeholder",
            "sensitivity",
            13,
            v.SENSITIVITIES,
            internal_only=True,
        ),
        Column(
            "Name consent",
            _s("name_consent"),
            "enum",
            "stakeholder",
            "name_consent",
            13,
            v.NAME_CONSENTS,
            internal_only=True,
            prompt="How far they agreed to be named: none, closed (briefings), public",
        ),
        Column("Notes", _s("notes"), "wrap", "stakeholder", "notes", 40, internal_only=True),
        _delete_col("campaign_stakeholder", "yes = remove from this campaign (the contact stays)"),
        *_id_cols("stakeholder", of=lambda p: p.stakeholder),
        *_id_cols("campaign_stakeholder", "Link ", of=lambda p: p.position),
    ),
    _people,
    "stakeholder",
    freeze_after="Name",
    print_until="Last contact",
    key_entity="campaign_stakeholder",  # one stakeholder may be in several campaigns
)


def _interactions(snap: CampaignSnapshot) -> Iterable[Any]:
    return snap.interactions


ENGAGEMENTS = SheetSpec(
    "Engagement log",
    (
        Column("Date", _g("date"), "date", "interaction", "date", 13, required=True),
        Column("Channel", _g("channel"), "enum", "interaction", "channel", 11, v.CHANNELS),
        Column(
            "With",
            lambda i, ctx: ctx.names(i.stakeholder_ids),
            "names",
            "interaction",
            "stakeholder_ids",
            34,
            prompt="Names as in the Stakeholders sheet, separated by ;",
        ),
        Column("Summary", _g("summary"), "wrap", "interaction", "summary", 50, required=True),
        Column("Outcome", _g("outcome"), "wrap", "interaction", "outcome", 36),
        Column("Follow-up", _g("follow_up_date"), "date", "interaction", "follow_up_date", 13),
        Column(
            "Sensitivity",
            _g("sensitivity"),
            "enum",
            "interaction",
            "sensitivity",
            13,
            v.SENSITIVITIES,
        ),
        _delete_col("interaction", "yes = delete this engagement"),
        *_id_cols("interaction"),
    ),
    _interactions,
    "interaction",
    internal_only=True,
    freeze_after="Date",
    print_until="Sensitivity",
)


def _follow_ups(snap: CampaignSnapshot) -> Iterator[Any]:
    due = [i for i in snap.interactions if i.follow_up_date is not None]
    return iter(sorted(due, key=lambda i: (i.follow_up_date, i.date)))


FOLLOW_UPS = SheetSpec(
    "Follow-ups",
    (
        Column("Follow-up", _g("follow_up_date"), "date", "interaction", "follow_up_date", 13),
        Column("With", lambda i, ctx: ctx.names(i.stakeholder_ids), "wrap", width=34),
        Column("Summary", _g("summary"), "wrap", width=50),
        Column("Outcome", _g("outcome"), "wrap", "interaction", "outcome", 40),
        Column("Engaged on", _g("date"), "date", width=13),
        *_id_cols("interaction"),
    ),
    _follow_ups,
    "interaction",
    internal_only=True,
    can_create=False,
    can_delete=False,
)


def _asks(snap: CampaignSnapshot) -> Iterable[Any]:
    return snap.asks


def _ask_target(a: Any, ctx: RowContext) -> str:
    return a.target or ctx.snap.name_of(a.target_id)


ASKS = SheetSpec(
    "Asks",
    (
        Column("Ask", _g("text"), "wrap", "ask", "text", 60, required=True),
        Column("Target", _ask_target, "target", "ask", "target", 30),
        Column("Status", _g("status"), "enum", "ask", "status", 13, v.ASK_STATUSES),
        Column("Achieved on", _g("achieved_on"), "date", "ask", "achieved_on", 13),
        _delete_col("ask", "yes = delete this ask"),
        *_id_cols("ask"),
    ),
    _asks,
    "ask",
)


def _quotes(snap: CampaignSnapshot) -> Iterable[Any]:
    return snap.quotes


def _said_by(q: Any, ctx: RowContext) -> str:
    if ctx.snap.audience == "internal":
        return ctx.snap.name_of(q.stakeholder_id)
    return quote_attribution(ctx.snap, q.stakeholder_id, q.name_consent)


VOICES = SheetSpec(
    "Voices",
    (
        Column("Quote", _g("text"), "wrap", "quote", "text", 60, required=True),
        Column("Translation", _g("translation"), "wrap", "quote", "translation", 50),
        Column("Language", _g("language"), "text", "quote", "language", 10),
        Column("Said by", _said_by, "person", "quote", "stakeholder_id", 28),
        Column("Date", _g("date"), "date", "quote", "date", 13),
        Column(
            "Name consent",
            _g("name_consent"),
            "enum",
            "quote",
            "name_consent",
            13,
            v.NAME_CONSENTS,
            internal_only=True,
        ),
        _delete_col("quote", "yes = delete this quote"),
        *_id_cols("quote"),
    ),
    _quotes,
    "quote",
)


def _votes(snap: CampaignSnapshot) -> Iterable[Any]:
    dates = {m.id: (m.date, m.title) for m in snap.milestones}
    return sorted(
        snap.vote_positions,
        key=lambda p: (
            dates.get(p.milestone_id, (dt.date.min, "")),
            snap.name_of(p.stakeholder_id),
        ),
    )


VOTES = SheetSpec(
    "Votes",
    (
        Column(
            "Vote", lambda p, ctx: ctx.milestone_titles.get(p.milestone_id, ""), "wrap", width=36
        ),
        Column(
            "Vote date", lambda p, ctx: ctx.milestone_dates.get(p.milestone_id), "date", width=13
        ),
        Column("Member state", lambda p, ctx: ctx.snap.name_of(p.stakeholder_id), "wrap", width=26),
        Column("Counted as", lambda p, ctx: ctx.counted_as(p), "text", width=30),
        Column("Expected", _g("expected"), "enum", "vote_position", "expected", 11, v.VOTE_VALUES),
        Column("Actual", _g("actual"), "enum", "vote_position", "actual", 11, v.VOTE_VALUES),
        Column(
            "Confidence",
            _g("confidence"),
            "int",
            "vote_position",
            "confidence",
            11,
            CONFIDENCES,
            prompt="1 (guess) to 3 (confirmed)",
        ),
        Column("Note", _g("note"), "wrap", "vote_position", "note", 40, internal_only=True),
        *_id_cols("vote_position"),
    ),
    _votes,
    "vote_position",
    can_create=False,
    can_delete=False,
    optional=True,
)


def _signatories(entry: Any, _ctx: RowContext) -> str:
    """Names the tracker's audience may read; the other signatories only counted."""
    return SignatoryList(
        "",
        sorted((x.name for x in entry.signatories), key=str.casefold),
        entry.withheld_organisations,
        entry.withheld_people,
    ).text()


SIGN_ONS = SheetSpec(
    "Sign-ons",
    (
        Column("Sign-on", _g("title"), "wrap", width=40),
        Column("Kind", lambda e, _c: v.label(e.kind), "text", width=13),
        Column("Date", _g("date"), "date", width=13),
        Column("Ask", _g("ask_text"), "wrap", width=40),
        Column("Signatories", _signatories, "wrap", width=60),
        Column(
            "Signed",
            lambda e, _c: len(e.signatories) + e.withheld_organisations + e.withheld_people,
            "text",
            width=9,
        ),
        *_id_cols("sign_on"),
    ),
    lambda snap: snap.sign_ons,
    "sign_on",
    can_create=False,
    can_delete=False,
    optional=True,
)

SHEETS: tuple[SheetSpec, ...] = (
    MILESTONES,
    STAKEHOLDERS,
    ENGAGEMENTS,
    ASKS,
    FOLLOW_UPS,
    VOICES,
    VOTES,
    SIGN_ONS,
)


def enum_label(value: Any) -> str:
    """The label shown in a cell and its drop-down ('un_meeting' -> 'UN meeting')."""
    if not isinstance(value, str):
        return str(value)
    if value.startswith("un_"):
        return "UN " + value[3:].replace("_", " ")
    return v.label(value)


def enum_lookup(choices: tuple[Any, ...]) -> dict[str, Any]:
    """Every spelling a user may type for an enum value: its label, value, spaced value."""
    table: dict[str, Any] = {}
    for value in choices:
        if isinstance(value, str):
            for spelling in (value, value.replace("_", " "), v.label(value), enum_label(value)):
                table[spelling.casefold()] = value
        else:
            table[str(value)] = value
    return table


@dataclass(frozen=True)
class TrackerMeta:
    """What the hidden _meta sheet records so an import can check where a file comes from."""

    workspace_id: str
    audience: v.Audience
    campaign_ids: tuple[str, ...]
    generated_on: str
    version: int = FORMAT_VERSION
    format: str = FORMAT_NAME
    extra: dict[str, str] = field(default_factory=dict)

    def rows(self) -> list[tuple[str, str]]:
        return [
            ("format", self.format),
            ("version", str(self.version)),
            ("workspace_id", self.workspace_id),
            ("audience", self.audience),
            ("campaign_ids", ",".join(self.campaign_ids)),
            ("generated_on", self.generated_on),
        ]
