"""The documents a user makes, one function each: the brief, the tracker, the calendar.

Each goes through the gate (``planner.publishing.gate``): redacted for its audience,
written atomically, recorded in the audit trail as a share. The writers in ``exports``
only turn a redacted snapshot into a file and never reach back up to the gate.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from planner.domain.audience import DEFAULT_AUDIENCE, Audience
from planner.publishing import gate
from planner.publishing.exports.brief import BriefOptions, BriefResult, Progress
from planner.publishing.exports.tracker import TrackerResult
from planner.publishing.exports.tracker_format import CancelCheck
from planner.publishing.exports.tracker_format import Progress as TrackerProgress
from planner.storage.workspace import Workspace


def write_brief(
    ws: Workspace,
    campaign_id: str,
    out: Path | str,
    *,
    audience: Audience = DEFAULT_AUDIENCE,
    template: str = "full",
    lang: str = "en",
    paper: str = "a4",
    org_name: str | None = None,
    logo: Path | str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    force: bool = True,
) -> BriefResult:
    """Snapshot a campaign, redact it for ``audience`` and render its brief to ``out``.

    The audience defaults to ``closed`` (restricted distribution), the safe choice for a
    document that is printed and handed out; the team's own copy asks for ``internal``.

    ``org_name`` and ``logo`` default to the workspace settings, then to no name and the
    neutral logo shipped in ``resources/``. The share is recorded in the audit trail.
    """
    BriefOptions(
        template=template, lang=lang, paper=paper, logo=Path(logo) if logo else None
    ).check()  # bad options fail before any work
    published = gate.export(
        ws,
        "brief",
        [campaign_id],
        audience,
        out,
        options={
            "template": template,
            "lang": lang,
            "paper": paper,
            "org_name": org_name,
            "logo": logo,
            "today": today,
            "progress": progress,
        },
        force=force,
        today=today,
    )
    result: BriefResult = published.detail
    return BriefResult(published.path, result.pages)


def export_tracker(
    ws: Workspace,
    campaign_ids: Sequence[str],
    target: str | os.PathLike[str],
    *,
    audience: Audience = "internal",
    today: dt.date | None = None,
    progress: TrackerProgress | None = None,
    cancelled: CancelCheck | None = None,
    force: bool = True,
) -> TrackerResult:
    """The tracker of ``campaign_ids`` for ``audience``, through the gate (share recorded)."""
    published = gate.export(
        ws,
        "tracker",
        campaign_ids,
        audience,
        Path(target),
        options={"progress": progress, "cancelled": cancelled},
        force=force,
        today=today,
    )
    result: TrackerResult = published.detail
    return TrackerResult(published.path, result.audience, result.sheets)


def export_calendar(
    ws: Workspace,
    target: Path | str,
    campaign_id: str | None = None,
    *,
    audience: Audience = "internal",
    force: bool = True,
) -> int:
    """Write the milestones of one campaign (or all) to ``target``; returns the event count.

    Through the gate: written atomically (a failure never leaves half a calendar
    behind) and recorded in the audit trail as a share.
    """
    ids = [campaign_id] if campaign_id else []
    published = gate.export(ws, "ics", ids, audience, target, force=force)
    return int(published.detail)
