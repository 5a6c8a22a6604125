"""`planner campaigns`, `planner stakeholders`, `planner search`: looking things up."""

from __future__ import annotations

import argparse
import dataclasses

from planner.cli.context import add_json_option, print_json, print_table, workspace
from planner.domain import vocabulary as v
from planner.services import campaigns, stakeholders
from planner.storage.search import search

# The words the app shows for a priority (ui.display.PRIORITY_LABELS, which translates them).
PRIORITY_WORDS = {1: "High", 2: "Medium", 3: "Low"}


def words(value: str | None) -> str:
    """A stored value as the app shows it ('local_civil_society' -> 'Local civil society');
    --json keeps the stored values."""
    return v.label(value) if value else ""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("campaigns", help="list campaigns")
    p.add_argument("--status", help="only campaigns with this status")
    add_json_option(p)
    p.set_defaults(handler=cmd_campaigns)

    p = commands.add_parser("stakeholders", help="list stakeholders")
    p.add_argument("--campaign", metavar="C", help="only those in campaign C (id or exact name)")
    p.add_argument("--search", metavar="TEXT", default="", help="words or prefixes to match")
    p.add_argument("--category", help="only this category")
    p.add_argument("--country", help="only this country")
    p.add_argument("--limit", type=int, default=200, help="at most this many rows (default 200)")
    add_json_option(p)
    p.set_defaults(handler=cmd_stakeholders)

    p = commands.add_parser("search", help="search everything (prefixes, accents ignored)")
    p.add_argument("text", help="what to look for")
    p.add_argument("--limit", type=int, default=30)
    add_json_option(p)
    p.set_defaults(handler=cmd_search)


def cmd_campaigns(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        rows = campaigns.list_campaigns(ws, status=args.status)
    if args.json:
        print_json([dataclasses.asdict(c) for c in rows])
    elif not rows:
        print("No campaigns yet. Create one in the app, or try `planner demo` in a new workspace.")
    else:
        print_table(
            ["Name", "Context", "Status", "Priority", "Lead", "Id"],
            [
                (
                    c.name,
                    c.context,
                    words(c.status),
                    PRIORITY_WORDS.get(c.priority, ""),
                    c.lead,
                    c.id,
                )
                for c in rows
            ],
        )
    return 0


def cmd_stakeholders(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        campaign_id = campaigns.find(ws, args.campaign).id if args.campaign else None
        flt = stakeholders.StakeholderFilter(
            text=args.search, campaign_id=campaign_id, category=args.category, country=args.country
        )
        rows = stakeholders.list_stakeholders(ws, flt, limit=args.limit)
        total = stakeholders.count_stakeholders(ws, flt)
    if args.json:
        print_json([dataclasses.asdict(s) for s in rows])
        return 0
    if not rows:
        print("No stakeholders match.")
        return 0
    print_table(
        ["Name", "Kind", "Category", "Country", "Sensitivity", "Id"],
        [
            (s.name, words(s.kind), words(s.category), s.country, words(s.sensitivity), s.id)
            for s in rows
        ],
    )
    if total > len(rows):
        print(f"… {len(rows)} of {total} shown (use --limit)")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        hits = search(ws, args.text, limit=args.limit)
    if args.json:
        print_json([dataclasses.asdict(h) for h in hits])
    elif not hits:
        print(f"Nothing matches {args.text!r}.")
    else:
        print_table(
            ["Type", "Title", "Match", "Id"],
            [(words(h.kind), h.title, h.snippet, h.id) for h in hits],
        )
    return 0
