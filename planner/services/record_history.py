"""The audit trail gathered for one campaign or one stakeholder, as History views show it.

``audit_trail.history`` answers for one record; a campaign's story is spread over its
positions, milestones, asks, engagements, quotes and vote positions, and a stakeholder's
over their record, their place in each campaign and their quotes. This module finds
those records (deleted ones too: their deletion is part of the story) and returns the
entries newest first, each with a short subject saying which record it is about.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from planner.domain import models as m
from planner.domain.timestamps import as_text
from planner.services.audit_trail import AuditEntry, entry, write_csv
from planner.storage.audit import audit_log
from planner.storage.workspace import Workspace

ENTITY_LABELS = {
    "campaign": "Campaign",
    "ask": "Ask",
    "stakeholder": "Stakeholder",
    "campaign_stakeholder": "Position",
    "relationship": "Relationship",
    "milestone": "Milestone",
    "interaction": "Engagement",
    "quote": "Quote",
    "vote_position": "Vote",
    "sign_on": "Sign-on",
    "signature": "Signature",
    "stance_change": "Stance change",
    "workspace_info": "Workspace setting",
    "team_member": "Team member",
    "brief": "Brief",
    "tracker": "Tracker",
}
_CHUNK = 500  # ids per IN (...) query: far below SQLite's variable limit


@dataclass(frozen=True)
class HistoryRow:
    """One audit entry and what it is about ("Position · Ambassador X")."""

    entry: AuditEntry
    subject: str


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def campaign_history(ws: Workspace, campaign_id: str) -> list[HistoryRow]:
    """Every change to a campaign and the records that belong to it, and its shares."""
    subjects: dict[str, str] = {}
    with ws.reading() as s:
        campaign = s.get(m.Campaign, campaign_id)
        subjects[campaign_id] = f"Campaign · {_short(campaign.name)}" if campaign else "Campaign"
        for ident, name in s.execute(
            select(m.CampaignStakeholder.id, m.Stakeholder.name)
            .join(m.Stakeholder, m.Stakeholder.id == m.CampaignStakeholder.stakeholder_id)
            .where(m.CampaignStakeholder.campaign_id == campaign_id)
        ):
            subjects[ident] = f"Position · {_short(name)}"
        milestone_titles: dict[str, str] = {}
        for ident, title in s.execute(
            select(m.Milestone.id, m.Milestone.title).where(m.Milestone.campaign_id == campaign_id)
        ):
            milestone_titles[ident] = title
            subjects[ident] = f"Milestone · {_short(title)}"
        for ident, text in s.execute(
            select(m.Ask.id, m.Ask.text).where(m.Ask.campaign_id == campaign_id)
        ):
            subjects[ident] = f"Ask · {_short(text)}"
        for ident, day, summary in s.execute(
            select(m.Interaction.id, m.Interaction.date, m.Interaction.summary).where(
                m.Interaction.campaign_id == campaign_id
            )
        ):
            subjects[ident] = f"Engagement · {day} {_short(summary, 50)}"
        for ident, text in s.execute(
            select(m.Quote.id, m.Quote.text).where(m.Quote.campaign_id == campaign_id)
        ):
            subjects[ident] = f"Quote · {_short(text, 50)}"
        if milestone_titles:
            for ident, name, mid in s.execute(
                select(m.VotePosition.id, m.Stakeholder.name, m.VotePosition.milestone_id)
                .join(m.Stakeholder, m.Stakeholder.id == m.VotePosition.stakeholder_id)
                .where(m.VotePosition.milestone_id.in_(list(milestone_titles)))
            ):
                subjects[ident] = f"Vote · {_short(name, 30)} ({_short(milestone_titles[mid], 30)})"
    return _rows(ws, subjects)


def stakeholder_history(ws: Workspace, stakeholder_id: str) -> list[HistoryRow]:
    """Every change to a stakeholder, to their place in each campaign and to their quotes."""
    subjects: dict[str, str] = {}
    with ws.reading() as s:
        person = s.get(m.Stakeholder, stakeholder_id)
        subjects[stakeholder_id] = (
            f"Stakeholder · {_short(person.name)}" if person else "Stakeholder"
        )
        for ident, name in s.execute(
            select(m.CampaignStakeholder.id, m.Campaign.name)
            .join(m.Campaign, m.Campaign.id == m.CampaignStakeholder.campaign_id)
            .where(m.CampaignStakeholder.stakeholder_id == stakeholder_id)
        ):
            subjects[ident] = f"Position in {_short(name, 50)}"
        for ident, text in s.execute(
            select(m.Quote.id, m.Quote.text).where(m.Quote.stakeholder_id == stakeholder_id)
        ):
            subjects[ident] = f"Quote · {_short(text, 50)}"
    return _rows(ws, subjects)


def workspace_history(ws: Workspace, limit: int = 2000) -> list[HistoryRow]:
    """The latest ``limit`` changes across the whole workspace, newest first (Ctrl+H on a
    list page): each named like the other histories ("Stakeholder · Claire Weber")."""
    with ws.reading() as s:
        entries = [
            entry(r)
            for r in s.execute(select(audit_log).order_by(audit_log.c.id.desc()).limit(limit))
        ]
        ids = {e.entity_id for e in entries}
        subjects: dict[str, str] = {}
        for kind, model, column in (
            ("Campaign", m.Campaign, m.Campaign.name),
            ("Stakeholder", m.Stakeholder, m.Stakeholder.name),
            ("Milestone", m.Milestone, m.Milestone.title),
            ("Engagement", m.Interaction, m.Interaction.summary),
            ("Ask", m.Ask, m.Ask.text),
            ("Quote", m.Quote, m.Quote.text),
        ):
            chunked = list(ids)
            for start in range(0, len(chunked), _CHUNK):
                chunk = chunked[start : start + _CHUNK]
                for ident, text in s.execute(select(model.id, column).where(model.id.in_(chunk))):
                    subjects[ident] = f"{kind} · {_short(text, 50)}"
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids)[start : start + _CHUNK]
            for ident, name in s.execute(
                select(m.CampaignStakeholder.id, m.Stakeholder.name)
                .join(m.Stakeholder, m.Stakeholder.id == m.CampaignStakeholder.stakeholder_id)
                .where(m.CampaignStakeholder.id.in_(chunk))
            ):
                subjects[ident] = f"Position · {_short(name)}"
    return [HistoryRow(e, _subject(e, subjects)) for e in entries]


def _rows(ws: Workspace, subjects: dict[str, str]) -> list[HistoryRow]:
    """The entries of all ``subjects`` newest first (one query per chunk of ids)."""
    found: list[AuditEntry] = []
    ids = list(subjects)
    with ws.reading() as s:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            found += [
                entry(r)
                for r in s.execute(select(audit_log).where(audit_log.c.entity_id.in_(chunk)))
            ]
    found.sort(key=lambda e: e.id, reverse=True)
    return [HistoryRow(e, _subject(e, subjects)) for e in found]


def _subject(entry: AuditEntry, subjects: dict[str, str]) -> str:
    if entry.action == "share":
        return f"{ENTITY_LABELS.get(entry.entity, entry.entity.title())} shared"
    if entry.entity in ("workspace_info", "team_member"):  # the key, the login: which one
        return f"{ENTITY_LABELS[entry.entity]} · {entry.entity_id}"
    return subjects.get(entry.entity_id, ENTITY_LABELS.get(entry.entity, entry.entity))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    """CSV text; text with a leading formula character is quoted so no spreadsheet runs it.

    Numbers (a stance of -1) are written as they are: a spreadsheet reads them as numbers.
    """
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_history(rows: Iterable[HistoryRow], out_csv: str | os.PathLike[str]) -> int:
    """Write the rows (as a History view shows them) to a CSV file atomically; return the count."""
    header = ("at", "user", "subject", "action", "field", "old", "new", "note")

    def line(r: HistoryRow) -> tuple[Any, ...]:
        e = r.entry
        return (as_text(e.at), e.user, r.subject, e.action, e.field, e.old, e.new, e.note)

    return write_csv(out_csv, header, map(line, rows), _cell)
