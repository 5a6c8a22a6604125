"""`planner votes --milestone M`: the whip count (expected and actual) of a vote.

A General Assembly vote is counted over the 193 member states by regional group; a
Security Council vote (``planner.domain.security_council.voting_body``) over the 15 members of
the year, by seat, with the Council's rule: 9 votes in favour and no veto.
"""

from __future__ import annotations

import argparse

from planner.cli.context import add_json_option, print_json, print_table, workspace
from planner.domain import vocabulary as v
from planner.planning import vote_count

COLUMNS = v.VOTE_VALUES  # one column per vote value, in their order


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "votes", help="expected and actual totals of a vote, overall and by regional group"
    )
    p.add_argument(
        "--milestone", metavar="M", required=True, help="a vote milestone (id or exact title)"
    )
    p.add_argument(
        "--seed",
        action="store_true",
        help="first add any of the 193 member states missing from the workspace",
    )
    add_json_option(p)
    p.set_defaults(handler=cmd_votes)


def cmd_votes(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        milestone = vote_count.find_vote(ws, args.milestone)
        if args.seed:
            vote_count.seed_member_states(ws)
        result = vote_count.tally(ws, milestone.id)
    if args.json:
        print_json(result.as_json())
        return 0
    print(f"{result.milestone_title} ({milestone.date.isoformat()})")
    print(vote_count.rule_text(result))
    print()
    rows = [("Expected", *(getattr(result.expected, k) for k in COLUMNS))]
    if result.actual is not None:
        rows.append(("Actual", *(getattr(result.actual, k) for k in COLUMNS)))
    print_table(["Overall", *(c.capitalize() for c in COLUMNS)], rows)
    print()
    who = "members" if result.council else "states"
    print(f"Projection: {vote_count.verdict_text(result.projection)}")
    if result.result is not None:
        print(f"Result:     {vote_count.verdict_text(result.result)}")
        print(
            f"            results entered for {result.results_entered} of "
            f"{len(result.states)} {who}; the others count as absent"
        )
    print()
    group_rows = []
    for g in result.by_group:
        group_rows.append((g.label, "expected", *(getattr(g.expected, k) for k in COLUMNS)))
        if g.actual is not None:
            group_rows.append(("", "actual", *(getattr(g.actual, k) for k in COLUMNS)))
    heading = "Seat" if result.council else "Regional group"
    print_table([heading, "", *(c.capitalize() for c in COLUMNS)], group_rows)
    if result.council:
        print()
        print_table(
            ["Member", "Seat", "Expected", "Actual"],
            [(s.display_name, s.seat, s.expected, s.actual or "") for s in result.states],
        )
    if result.undecided:
        print()
        n = len(result.undecided)
        print(f"{n} undecided {who if n != 1 else who[:-1]}", end="")
        assigned = [s for s in result.undecided if s.assigned_to]
        print(f", {len(assigned)} with someone assigned." if assigned else ".")
    if result.outside:
        print(
            f"Note: positions of {', '.join(result.outside)} are not counted: not on the "
            f"Council in {result.year}."
        )
    if result.unmatched:
        print(
            f"Note: {len(result.unmatched)} positions are held by stakeholders that are not "
            "member states; they are not counted."
        )
    return 0
