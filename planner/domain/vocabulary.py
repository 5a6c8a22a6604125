"""The domain's closed vocabularies: every enum value a field may take.

Each is a ``Literal`` type, defined here once, and the tuple of its values derived from
it (``get_args``), not Python enums: the same plain strings travel unchanged through the
database, the JSON bundle, the tracker's drop-downs and the CLI, which check a string
against the tuple at the edge and hand the narrowed type inwards. (``get_args`` gives
``tuple[Any, ...]``, hence the casts; the assignments stay unannotated because
scripts/update_translations.py reads the tuples and tables from plain assignments.)
"""

from __future__ import annotations

from typing import Literal, cast, get_args

CampaignStatus = Literal["planning", "active", "paused", "closed"]
AskStatus = Literal["open", "progressing", "achieved", "dropped"]
StakeholderKind = Literal["person", "organisation"]
Sensitivity = Literal["public", "internal", "confidential"]
NameConsent = Literal["none", "closed", "public"]
Role = Literal["partner", "target", "ally", "opponent", "voice", "media"]
RelationshipKind = Literal["works_at", "member_of", "allied_with", "influences", "opposes"]
MilestoneKind = Literal[
    "un_meeting",
    "vote",
    "summit",
    "hearing",
    "deadline",
    "media",
    "anniversary",
    "internal",
    "other",
]
MilestoneStatus = Literal["planned", "done", "missed", "cancelled"]
Channel = Literal["meeting", "call", "email", "briefing", "event", "message", "other"]
VoteValue = Literal["yes", "no", "abstain", "absent", "unknown"]
Category = Literal[
    "local_civil_society",
    "womens_group",
    "youth_group",
    "faith_based",
    "think_tank",
    "human_rights",
    "humanitarian",
    "legal",
    "media",
    "medical",
    "academic",
    "student",
    "member_state",
    "un_entity",
    "regional_body",
    "government",
    "donor",
    "other",
]
SignOnKind = Literal["letter", "statement", "endorsement"]
Audience = Literal["internal", "closed", "public"]
"""Who a document is for (``planner.domain.audience`` holds the rules of each)."""

CAMPAIGN_STATUSES = cast("tuple[CampaignStatus, ...]", get_args(CampaignStatus))
ASK_STATUSES = cast("tuple[AskStatus, ...]", get_args(AskStatus))
STAKEHOLDER_KINDS = cast("tuple[StakeholderKind, ...]", get_args(StakeholderKind))
SENSITIVITIES = cast("tuple[Sensitivity, ...]", get_args(Sensitivity))
NAME_CONSENTS = cast("tuple[NameConsent, ...]", get_args(NameConsent))
ROLES = cast("tuple[Role, ...]", get_args(Role))
RELATIONSHIP_KINDS = cast("tuple[RelationshipKind, ...]", get_args(RelationshipKind))
MILESTONE_KINDS = cast("tuple[MilestoneKind, ...]", get_args(MilestoneKind))
# Moments where something is decided or due from others (a vote, a Council meeting, a
# summit, a hearing, a negotiation deadline): what a brief calls "the next decisive
# moment". Media pieces, anniversaries and the team's own steps prepare for them.
DECISIVE_MILESTONE_KINDS = ("un_meeting", "vote", "summit", "hearing", "deadline")
MILESTONE_STATUSES = cast("tuple[MilestoneStatus, ...]", get_args(MilestoneStatus))
CHANNELS = cast("tuple[Channel, ...]", get_args(Channel))
VOTE_VALUES = cast("tuple[VoteValue, ...]", get_args(VoteValue))
CATEGORIES = cast("tuple[Category, ...]", get_args(Category))
SIGN_ON_KINDS = cast("tuple[SignOnKind, ...]", get_args(SignOnKind))
AUDIENCES = cast("tuple[Audience, ...]", get_args(Audience))
# The audience words every export uses (planner.domain.audience explains the rules behind them).
AUDIENCE_TITLES = {
    "internal": "Internal",
    "closed": "Restricted distribution",
    "public": "Public",
}
AUDIENCE_FOR = {
    "internal": "the team only",
    "closed": "closed-door briefings with diplomats and UN officials",
    "public": "anyone",
}
AUDIENCE_HELP = {
    "internal": "the team only: everything, confidential partners, contacts and the "
    "engagement log included",
    "closed": "closed-door briefings with diplomats and UN officials: no confidential "
    "partner; others named only with their consent, otherwise described",
    "public": "anyone: no confidential or internal partner; names only with consent to "
    "be named publicly",
}
# Where a stakeholder of each sensitivity may appear, in the audience words above
# (the Sensitivity field's help; a test checks it against planner.domain.audience.SHOWN).
SENSITIVITY_HELP = {
    "public": "Public — may appear in documents for every audience",
    "internal": "Internal — in Internal and Restricted distribution documents, never in "
    "Public ones",
    "confidential": "Confidential — only in Internal documents: never leaves the team",
}

STANCE_RANGE = (-2, 2)
SCORE_RANGE = (1, 5)  # influence and interest
PRIORITY_RANGE = (1, 3)
CONFIDENCE_RANGE = (1, 3)

STANCE_LABELS = {
    -2: "Opposed",
    -1: "Sceptical",
    0: "Neutral",
    1: "Supportive",
    2: "Champion",
}

CATEGORY_LABELS = {
    "local_civil_society": "Local civil society",
    "womens_group": "Women's group",
    "youth_group": "Youth group",
    "faith_based": "Faith-based",
    "think_tank": "Think tank",
    "human_rights": "Human rights",
    "humanitarian": "Humanitarian",
    "legal": "Legal",
    "media": "Media",
    "medical": "Medical",
    "academic": "Academic",
    "student": "Student",
    "member_state": "Member state",
    "un_entity": "UN entity",
    "regional_body": "Regional body",
    "government": "Government",
    "donor": "Donor",
    "other": "Other",
}


def label(value: str) -> str:
    """Human label for an enum value ('un_meeting' -> 'UN meeting')."""
    if value in CATEGORY_LABELS:
        return CATEGORY_LABELS[value]
    words = value.split("_")
    words = ["UN" if w == "un" else w for w in words]
    text = " ".join(words)
    return text[:1].upper() + text[1:]
