"""The JSON bundle's vocabulary: its envelope, its sections and how their records are read.

Version 1 of the format (``bundle.SECTIONS``) grew, compatibly, three optional sections
(``sign_ons``, ``signatures``, ``stance_changes``) and an optional ``id`` for a campaign
stakeholder, so that a whole-workspace bundle carries every table row for row; a bundle
without them is still version 1 and imports as before. Every section is
validated by its entity's own ``EntitySpec``: the rules the services apply.
"""

from __future__ import annotations

from typing import Any

from planner.domain.records import domain_fields
from planner.domain.validation import is_canonical_id
from planner.services.entity import EntitySpec
from planner.services.specs import SPECS

FORMAT = "campaign-planner-bundle"
VERSION = 1
# Optional envelope keys of a full (internal) bundle, for a merge without a server: the
# sending workspace ({"workspace_id", "name"}) and its sync bases of the records carried
# ({peer id: {kind: {record id: fields}}}). A bundle without them is still version 1.
SOURCE = "source"
SYNC_BASES = "sync_bases"
MAX_BUNDLE_BYTES = 512 * 1024 * 1024

# (section, kind, spec) in import order (``SPECS``: everything a record points at comes
# before it); a section is named for its kind in the plural ("campaigns", "sign_ons").
SECTIONS: tuple[tuple[str, str, EntitySpec[Any]], ...] = tuple(
    (f"{kind}s", kind, spec) for kind, spec in SPECS.items()
)
SECTION_OF_KIND = {kind: section for section, kind, _spec in SECTIONS}
# References within the same section are set in a second pass, once every row exists.
DEFERRED = {"stakeholder": "organisation_id", "milestone": "depends_on"}
# Fields that identify a record besides its id (a unique index in the schema): a bundle
# record whose id this workspace does not know, but whose pair it does, updates that row.
NATURAL_KEYS: dict[str, tuple[str, str]] = {
    "campaign_stakeholder": ("campaign_id", "stakeholder_id"),
    "vote_position": ("milestone_id", "stakeholder_id"),
    "signature": ("sign_on_id", "stakeholder_id"),
}
# The domain identifies a stakeholder's place in a campaign by its pair: its id is
# written (so that a round trip keeps it) but a bundle may leave it out.
OPTIONAL_ID = {"campaign_stakeholder"}
BOOKKEEPING = ("created_at", "updated_at", "deleted_at", "version")
MAX_VERSION = 2**62  # the version counter is an SQLite INTEGER (64-bit)


class BundleError(ValueError):
    """The bundle cannot be imported; the message names the record and field."""


def expected_fields(kind: str, spec: EntitySpec[Any]) -> list[str]:
    names = list(domain_fields(spec.record))
    return names if kind in OPTIONAL_ID else ["id", *names]


def record_label(section: str, index: int, item: Any) -> str:
    """'stakeholders[3] (9b1d…)': where a record is, for every message about it."""
    ident = item.get("id") if isinstance(item, dict) else None
    if is_canonical_id(ident):
        return f"{section}[{index}] ({ident})"
    return f"{section}[{index}]"  # an id that is not one is quoted by its own error
