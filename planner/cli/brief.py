"""`planner brief`: the PDF advocacy brief of one campaign, for a chosen audience.

The audience defaults to ``closed`` (restricted distribution), as in the app: a manager
who hands the printed brief to a mission must not find confidential names in it
because an option was forgotten. The team's own copy is asked for by name
(``--audience internal``), and every run says which audience it used.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.context import workspace
from planner.cli.sharing import add_audience_options, audience_of, export_target, publish
from planner.domain.audience import MARKINGS
from planner.publishing.exports.brief import TEMPLATES, BriefOptions
from planner.publishing.exports.brief.labels import LANGUAGES
from planner.publishing.exports.brief.template import PAPERS
from planner.services import campaigns


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("brief", help="write a campaign's PDF advocacy brief")
    p.add_argument("--campaign", metavar="C", required=True, help="campaign id or exact name")
    p.add_argument("--out", metavar="FILE.pdf", required=True, help="where to write (.pdf)")
    add_audience_options(p)
    p.add_argument("--template", choices=TEMPLATES, default="full")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the labels")
    p.add_argument("--paper", choices=tuple(PAPERS), default="a4")
    p.add_argument("--org", metavar="NAME", help="organisation name (default: workspace setting)")
    p.add_argument("--logo", metavar="FILE", help="PNG or JPEG logo (default: neutral logo)")
    p.set_defaults(handler=cmd_brief)


def cmd_brief(args: argparse.Namespace) -> int:
    out = export_target(args, ".pdf", "a brief")
    audience = audience_of(args)
    logo = Path(args.logo) if args.logo else None
    BriefOptions(template=args.template, lang=args.lang, paper=args.paper, logo=logo).check()
    with workspace(args) as ws:
        campaign = campaigns.find(ws, args.campaign)
        published = publish(
            ws,
            "brief",
            [campaign.id],
            audience,
            out,
            force=args.force,
            options={
                "template": args.template,
                "lang": args.lang,
                "paper": args.paper,
                "org_name": args.org,
                "logo": logo,
            },
        )
    n = published.detail.pages
    pages = "1 page" if n == 1 else f"{n} pages"
    default = " (the default; --audience internal for the team's own copy)"
    print(
        f"Wrote {published.path}: {pages}, audience {audience}: {MARKINGS[audience].lower()}"
        f"{default if args.audience is None else ''}"
    )
    return 0
