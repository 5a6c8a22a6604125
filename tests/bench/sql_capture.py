"""What the benchmarks' bare sides replay: the campaign a user waits longest for, and the
SQL statements one of our calls actually sends (so the baseline reads the same rows)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event, func, select

from planner.domain.models import CampaignStakeholder
from planner.storage.workspace import Workspace

Statement = tuple[str, list[Any]]


def biggest_campaign(ws: Workspace) -> str:
    """The campaign with the most live people on its map: the longest brief, the
    biggest plan."""
    people = func.count().label("people")
    query = (
        select(CampaignStakeholder.campaign_id, people)
        .where(CampaignStakeholder.deleted_at.is_(None))
        .group_by(CampaignStakeholder.campaign_id)
        .order_by(people.desc(), CampaignStakeholder.campaign_id)
        .limit(1)
    )
    with ws.reading() as s:
        campaign_id: str = s.execute(query).one()[0]
    return campaign_id


def captured(
    ws: Workspace, run: Callable[[], object], *, reads_only: bool = False
) -> list[Statement]:
    """The statements ``run`` sends to the database, transaction control left out; with
    ``reads_only`` only its SELECTs (its writes, such as the share recorded, are ours
    alone)."""
    skip = ("PRAGMA", "BEGIN", "COMMIT", "ROLLBACK")
    statements: list[Statement] = []

    def keep(_c: Any, _cur: Any, sql: str, params: Any, _x: Any, _m: bool) -> None:
        head = sql.lstrip().upper()
        wanted = head.startswith(("SELECT", "WITH")) if reads_only else not head.startswith(skip)
        if wanted:
            statements.append((sql, list(params) if params is not None else []))

    event.listen(ws.engine, "before_cursor_execute", keep)
    try:
        run()
    finally:
        event.remove(ws.engine, "before_cursor_execute", keep)
    return statements
