"""Full-text search across campaigns, stakeholders, milestones, interactions and quotes.

The index (``search_doc`` + FTS5 ``search_fts``) is maintained by triggers created in
migration 0002. Every word the user types is matched as a prefix ("sud" finds Sudan),
accents and case are ignored, and hits are ranked by BM25 with titles weighted above
body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Select, literal_column, select, table, text

from planner.store import Workspace

_WORD = re.compile(r"\w+", re.UNICODE)
KINDS = ("campaign", "stakeholder", "milestone", "interaction", "quote")

search_doc = table(
    "search_doc",
    literal_column("id"),
    literal_column("kind"),
    literal_column("ref"),
    literal_column("campaign_id"),
    literal_column("title"),
    literal_column("body"),
)


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: str
    campaign_id: str | None
    title: str
    snippet: str
    rank: float


def fts_query(user_text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word, as a prefix, all required.

    Quoting each token means FTS5 operators and punctuation in the input (``AND``,
    ``"``, ``*``, ``-``) are treated as text, never as syntax.
    """
    words = _WORD.findall(user_text)[:12]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def matching_ids(kind: str, user_text: str) -> Select[tuple[str]]:
    """A sub-select of the ids of ``kind`` that match, for filtering lists."""
    query = fts_query(user_text)
    ref = literal_column("search_doc.ref")
    # CROSS JOIN pins the FTS table as the outer loop: otherwise SQLite may walk every
    # search_doc row and re-run the MATCH for each (minutes on 100 000 stakeholders).
    stmt = select(ref).select_from(
        text("search_fts CROSS JOIN search_doc ON search_doc.id = search_fts.rowid")
    )
    if query is None:
        return stmt.where(text("0"))
    return stmt.where(
        text("search_fts MATCH :q").bindparams(q=query), literal_column("search_doc.kind") == kind
    )


def search(
    ws: Workspace, user_text: str, *, limit: int = 50, kinds: tuple[str, ...] = KINDS
) -> list[SearchHit]:
    query = fts_query(user_text)
    if query is None:
        return []
    placeholders = ", ".join(f":k{i}" for i in range(len(kinds)))
    sql = text(
        f"""
        SELECT d.kind, d.ref, d.campaign_id, d.title,
               snippet(search_fts, -1, '[', ']', '…', 10) AS snip,
               bm25(search_fts, 8.0, 1.0) AS rank
        FROM search_fts CROSS JOIN search_doc AS d ON d.id = search_fts.rowid
        WHERE search_fts MATCH :q AND d.kind IN ({placeholders})
        ORDER BY rank LIMIT :limit
        """
    )
    params: dict[str, object] = {"q": query, "limit": limit}
    params.update({f"k{i}": k for i, k in enumerate(kinds)})
    with ws.engine.connect() as conn:
        rows = conn.execute(sql, params).all()
    return [SearchHit(r[0], r[1], r[2], r[3], r[4] or "", float(r[5])) for r in rows]
