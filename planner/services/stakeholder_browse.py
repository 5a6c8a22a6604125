"""Fast pages of the stakeholder list for the GUI, where every keystroke runs a query.

The list view only ever needs one page at a time, and one typed letter gets its own plan:

- one typed character: names starting with that letter, read in order from the name
  index (a phone-book jump; no sort, stops after one page);
- words: the service itself cuts the name-sorted page from the search index (see
  ``stakeholders.list_stakeholders``).

Everything else is the service query. Counting is separate (``count``) so
that the GUI can run it in the background and show the first page at once.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import ColumnElement, and_, func

from planner.domain.models import Stakeholder
from planner.domain.records import StakeholderRecord, to_record
from planner.services import stakeholders
from planner.services.stakeholders import StakeholderFilter
from planner.storage.workspace import Workspace


def _initial(flt: StakeholderFilter) -> str | None:
    typed = flt.text.strip()
    return typed if len(typed) == 1 and typed.isalnum() else None


def _initial_clause(letter: str) -> ColumnElement[bool]:
    """Names starting with ``letter`` as one index range, so rows come out already sorted.

    Names are proper nouns: the capital letter is what the user means by "k".
    """
    ch = letter.upper()
    return and_(Stakeholder.name >= ch, Stakeholder.name < chr(ord(ch) + 1))


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
    return stakeholders.count_stakeholders(ws, flt)
