"""A first sync writes many new records at once, with every rule of a single write
(a reference the server does not show is refused as before: ``test_team_access``)."""

from __future__ import annotations

from planner.services import milestones, stakeholders
from planner.services.audit_trail import history
from planner.sync.engine import sync
from tests.planner.sync.conftest import content, seed, versions


def _id(digit: str) -> str:
    """An id of one hex digit repeated, so the test controls how ids sort."""
    d = digit
    return f"{d * 8}-{d * 4}-4{d * 3}-8{d * 3}-{d * 12}"


def test_new_records_naming_later_ones_arrive_whole_and_audited_once(server, laptops):
    laptop, _ = laptops
    ids = seed(server)
    sync(laptop, server)
    # ids chosen so that each record sorts before the one it names
    top = stakeholders.create(laptop, ident=_id("c"), name="Coalition", kind="organisation")
    mid = stakeholders.create(
        laptop, ident=_id("b"), name="Lawyers", kind="organisation", organisation_id=top.id
    )
    person = stakeholders.create(
        laptop, ident=_id("a"), name="Omar", kind="person", organisation_id=mid.id
    )
    draft = milestones.create(
        laptop,
        ident=_id("e"),
        campaign_id=ids["campaign"],
        title="Draft",
        date="2026-12-01",
        kind="deadline",
    )
    vote = milestones.create(
        laptop,
        ident=_id("d"),
        campaign_id=ids["campaign"],
        title="Vote",
        date="2026-12-20",
        kind="vote",
        depends_on=[draft.id],
    )
    assert sync(laptop, server).pushed == {"milestone": 2, "stakeholder": 3}
    assert stakeholders.get(server, person.id).organisation_id == mid.id
    assert milestones.get(server, vote.id).depends_on == [draft.id]
    on_server = versions(server)
    for record in (top, mid, person, draft, vote):
        assert on_server[record.id] == 1  # written once, not created then amended
        assert [e.action for e in history(server, record.id)] == ["create"]
    assert content(laptop) == content(server)
