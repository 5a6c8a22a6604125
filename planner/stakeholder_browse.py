"""Fast pages of the stakeholder list for the GUI, where every keystroke runs a query.

``stakeholders.list_stakeholders`` is correct for any filter but, with a text filter, it
must join every full-text hit to the stakeholder table and sort them all before it can
return the first page: 0.3–1 s on 100 000 stakeholders for a short prefix. The list
view only ever needs one page at a time, so the two common cases get a faster plan:

- one typed character: names starting with that letter, read in order from the name
  index (a phone-book jump; no sort, stops after one page);
- words, sorted by name, no other filter: the page is cut from the search index itself
  (its title *is* the stakeholder's name), and only that page's rows are loaded.

Everything else falls back to the service query. Counting is separate (``count``) so
that the GUI can run it in the background and show the first page at once.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import ColumnElement, and_, func, select, text

from planner.models import Stakeholder
from planner.records import StakeholderRecord, to_record
from planner.search import fts_query
from planner.services import stakeholders
from planner.services.stakeholders import StakeholderFilter
from planner.store import Workspace


def _only_text(flt: StakeholderFilter) -> bool:
    """True when the filter narrows by typed text alone."""
    return replace(flt, text="") == StakeholderFilter()


def _initial(flt: StakeholderFilter) -> str | None:
    typed = flt.text.strip()
    return typed if len(typed) == 1 and typed.isalnum() else None


def _initial_clause(letter: str) -> ColumnElement[bool]:
    """Names starting with ``letter`` as one index range, so rows come out already sorted.

    Names are proper nouns: the capital letter is what the user means by "k".
    """
    ch = letter.upper()
    return and_(Stakeholder.name >= ch, Stakeholder.name < chr(ord(ch) + 1))


_PAGE_FROM_INDEX = text(
    """
    SELECT d.ref FROM search_fts CROSS JOIN search_doc AS d ON d.id = search_fts.rowid
    WHERE search_fts MATCH :q AND d.kind = 'stakeholder'
    ORDER BY d.title {direction}, d.ref {direction} LIMIT :limit OFFSET :offset
    """
)

_COUNT_FROM_INDEX = text(
    """
    SELECT count(*) FROM search_fts CROSS JOIN search_doc AS d ON d.id = search_fts.rowid
    WHERE search_fts MATCH :q AND d.kind = 'stakeholder'
    """
)


def page(
    ws: Workspace,
    flt: StakeholderFilter | None = None,
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> list[StakeholderRecord]:
    """One page of the filtered list, in the same order ``list_stakeholders`` gives."""
    flt = flt or StakeholderFilter()
    initial = _initial(flt)
    if initial is not None and sort == "name":
        query = stakeholders.filtered_query(ws, replace(flt, text="")).where(
            _initial_clause(initial)
        )
        order = Stakeholder.name.desc() if descending else Stakeholder.name
        query = query.order_by(order, Stakeholder.id).offset(offset).limit(limit)
        with ws.reading() as s:
            return [to_record(x, StakeholderRecord) for x in s.scalars(query)]
    match = fts_query(flt.text)
    if match is not None and sort == "name" and _only_text(flt):
        sql = text(_PAGE_FROM_INDEX.text.format(direction="DESC" if descending else "ASC"))
        with ws.reading() as s:
            ids = [r[0] for r in s.execute(sql, {"q": match, "limit": limit, "offset": offset})]
            rows = s.scalars(select(Stakeholder).where(Stakeholder.id.in_(ids))).all()
            by_id = {r.id: to_record(r, StakeholderRecord) for r in rows}
        return [by_id[i] for i in ids if i in by_id]
    return stakeholders.list_stakeholders(
        ws, flt, sort=sort, descending=descending, offset=offset, limit=limit
    )


def count(ws: Workspace, flt: StakeholderFilter | None = None) -> int:
    """How many stakeholders the filter keeps (slower than a page: run it in the background)."""
    flt = flt or StakeholderFilter()
    initial = _initial(flt)
    if initial is not None:
        query = (
            stakeholders.filtered_query(ws, replace(flt, text=""))
            .where(_initial_clause(initial))
            .with_only_columns(func.count())
            .order_by(None)
        )
        with ws.reading() as s:
            return s.scalar(query) or 0
    match = fts_query(flt.text)
    if match is not None and _only_text(flt):
        with ws.reading() as s:
            return s.scalar(_COUNT_FROM_INDEX, {"q": match}) or 0
    return stakeholders.count_stakeholders(ws, flt)
