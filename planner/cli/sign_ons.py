"""`planner sign-ons list|add|sign`: a campaign's joint letters, statements and endorsements.

``list`` shows who signed as an audience may read it (``--audience closed`` names only
those who agreed, the others counted), so a convenor can paste a signatory line into an
e-mail without checking each partner's consent by hand.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from planner.cli.context import UserError, add_json_option, print_json, print_table, workspace
from planner.domain import vocabulary as v

if TYPE_CHECKING:  # the CLI imports the storage layer only when a command runs
    from planner.storage.workspace import Workspace

KINDS = ("letter", "statement", "endorsement")
NAMED_IN = {
    "none": "the team's own documents only (counted elsewhere)",
    "closed": "closed briefings and the team's documents (counted in public ones)",
    "public": "every document",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "sign-ons", help="joint letters, statements and endorsements of an ask, and who signed"
    )
    sub = p.add_subparsers(dest="sign_ons_command", metavar="ACTION", required=True)

    ls = sub.add_parser("list", help="a campaign's sign-ons and their signatories")
    ls.add_argument("--campaign", required=True, metavar="C", help="campaign id or exact name")
    ls.add_argument(
        "--audience",
        choices=v.AUDIENCES,
        default="internal",
        help="name signatories as this audience may read them (default: internal)",
    )
    add_json_option(ls)
    ls.set_defaults(handler=cmd_list)

    add = sub.add_parser("add", help="record a new letter, statement or endorsement")
    add.add_argument("--campaign", required=True, metavar="C", help="campaign id or exact name")
    add.add_argument("--title", required=True, help="what it is called")
    add.add_argument("--kind", choices=KINDS, default="letter")
    add.add_argument("--ask", metavar="A", help="the ask it supports: id or its exact text")
    add.add_argument("--date", metavar="YYYY-MM-DD", help="when it was sent or published")
    add.add_argument("--text", default="", help="its text or a summary")
    add.add_argument("--url", default="", help="where it is published")
    add.set_defaults(handler=cmd_add)

    sign = sub.add_parser("sign", help="record that a stakeholder signed")
    sign.add_argument("--campaign", required=True, metavar="C", help="campaign id or exact name")
    sign.add_argument("--sign-on", required=True, metavar="S", help="sign-on id or exact title")
    sign.add_argument("--stakeholder", required=True, metavar="X", help="id or exact name")
    sign.add_argument("--date", metavar="YYYY-MM-DD", help="when they signed")
    sign.add_argument(
        "--consent",
        choices=v.NAME_CONSENTS,
        help="how far they agreed to be named on this one (default: their general consent)",
    )
    sign.set_defaults(handler=cmd_sign)


def _ask_id(ws: Workspace, campaign_id: str, raw: str | None) -> str | None:
    if not raw:
        return None
    from planner.services import asks

    wanted = raw.strip().casefold()
    for ask in asks.list_asks(ws, campaign_id):
        if ask.id == raw or ask.text.strip().casefold() == wanted:
            return ask.id
    raise UserError(f"No ask {raw!r} in this campaign (give its id or its exact text)")


def cmd_list(args: argparse.Namespace) -> int:
    from planner.services import campaigns, sign_ons

    with workspace(args) as ws:
        campaign = campaigns.find(ws, args.campaign)
        rows = []
        for record, _count in sign_ons.list_sign_ons(ws, campaign.id):
            listed = sign_ons.signatory_list(ws, record.id, args.audience)
            rows.append((record, listed))
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "kind": r.kind,
                    "date": r.date,
                    "ask_id": r.ask_id,
                    "audience": listed.audience,
                    "names": listed.names,
                    "withheld_organisations": listed.withheld_organisations,
                    "withheld_people": listed.withheld_people,
                }
                for r, listed in rows
            ]
        )
        return 0
    if not rows:
        print(f"No sign-ons in {campaign.name} yet (add one with `planner sign-ons add`).")
        return 0
    for record, listed in rows:
        when = record.date.isoformat() if record.date else "no date"
        print(f"{record.title} ({record.kind}, {when}): {listed.total} signed")
        print(f"  {listed.text()}")
    print()
    print_table(
        ["Sign-on", "Kind", "Date", "Signed", "ID"],
        [(r.title, r.kind, r.date, listed.total, r.id) for r, listed in rows],
    )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from planner.services import campaigns, sign_ons

    with workspace(args) as ws:
        campaign = campaigns.find(ws, args.campaign)
        record = sign_ons.create_sign_on(
            ws,
            campaign.id,
            title=args.title,
            kind=args.kind,
            ask_id=_ask_id(ws, campaign.id, args.ask),
            date=args.date,
            text=args.text,
            url=args.url,
        )
    print(f"Added {record.kind} {record.title!r} to {campaign.name} (id {record.id})")
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    from planner.services import campaigns, sign_ons, stakeholders

    with workspace(args) as ws:
        campaign = campaigns.find(ws, args.campaign)
        record = sign_ons.find_sign_on(ws, campaign.id, args.sign_on)
        who = stakeholders.find(ws, args.stakeholder)
        signature = sign_ons.sign(ws, record.id, who.id, date=args.date, name_consent=args.consent)
    print(f"{who.name} signed {record.title!r}; named in {NAMED_IN[signature.name_consent]}")
    return 0
