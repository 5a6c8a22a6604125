"""The search index's queries on PostgreSQL (``search_doc.tsv``, GIN, ``planner_tsquery``).

Same contract as the SQLite functions in ``planner.storage.search``: each word typed is a
prefix, accents and case are ignored (``unaccent``, ``simple``), all words are required,
and titles rank above body text (weights A and B). The query text is the app's FTS5
form; the server's ``planner_tsquery`` turns it into a tsquery, so both backends are
handed identical parameters. Ranks are negated ``ts_rank`` so that, as with BM25, lower
is better.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Column, Connection, Row, TextClause, text

QUERY = "(SELECT planner_tsquery(:q))"
"""Once per statement (an InitPlan): called inline, the function ran again on every row
rechecked against the index, 20 times slower for a common prefix."""
MATCH = f"d.tsv @@ {QUERY}"
WEIGHTS = "ARRAY[0.1, 0.1, 0.125, 1.0]::float4[]"
"""ts_rank's weights for D, C, B (body) and A (title): 8 to 1, as bm25(search_fts, 8.0, 1.0)."""
HEADLINE = "StartSel=[, StopSel=], MaxWords=12, MinWords=4, ShortWord=1, HighlightAll=false"


def matching_refs_from() -> TextClause:
    return text("search_doc")


def matching_refs_where() -> TextClause:
    return text("search_doc.tsv @@ (SELECT planner_tsquery(:q))")


def has_match(ref_sql: str) -> TextClause:
    return text(
        f"EXISTS (SELECT 1 FROM search_doc AS d WHERE d.kind = :match_kind "
        f"AND d.ref = {ref_sql} AND d.tsv @@ (SELECT planner_tsquery(:match_q)))"
    )


def rows_in_title_order(
    conn: Connection,
    kind: str,
    query: str,
    *,
    columns: Sequence[Column[Any]],
    descending: bool,
    offset: int,
    limit: int | None,
) -> Sequence[Row[Any]]:
    """A page in (title, ref) order: the planner walks ``ix_search_doc_title`` or the GIN
    index, whichever its statistics favour; no hand-made walk is needed here."""
    direction = "DESC" if descending else "ASC"
    refs = (
        f"SELECT d.ref AS ref, d.title AS title FROM search_doc AS d "
        f"WHERE d.kind = :kind AND {MATCH} "
        f"ORDER BY d.title {direction}, d.ref {direction} LIMIT :limit OFFSET :offset"
    )
    params = {"q": query, "kind": kind, "limit": limit, "offset": offset}
    if not columns:
        return conn.execute(text(f"SELECT ref FROM ({refs}) AS page"), params).all()
    names = ", ".join(f"t.{c.name}" for c in columns)
    sql = (
        f"SELECT {names} FROM ({refs}) AS page JOIN {kind} AS t ON t.id = page.ref "
        f"ORDER BY page.title {direction}, page.ref {direction}"
    )
    return conn.execute(text(sql).columns(*columns), params).all()


def count_kind(conn: Connection, kind: str, query: str) -> int:
    sql = f"SELECT count(*) FROM search_doc AS d WHERE d.kind = :kind AND {MATCH}"
    return conn.execute(text(sql), {"q": query, "kind": kind}).scalar() or 0


def ranked(
    conn: Connection, query: str, kinds: tuple[str, ...], limit: int
) -> list[tuple[str, str, str | None, str, str, float]]:
    """The best ``limit`` matches of ``kinds``, best first, with a highlighted snippet."""
    sql = f"""
        SELECT top.kind, top.ref, top.campaign_id, top.title,
               ts_headline('simple', top.title || ' … ' || top.body, {QUERY},
                           '{HEADLINE}') AS snip,
               top.rank
        FROM (SELECT d.kind, d.ref, d.campaign_id, d.title, d.body, d.id,
                     -ts_rank({WEIGHTS}, d.tsv, {QUERY}) AS rank
              FROM search_doc AS d
              WHERE {MATCH} AND d.kind = ANY(:kinds)
              ORDER BY rank, d.id DESC LIMIT :limit) AS top
        ORDER BY top.rank, top.id DESC
    """
    rows = conn.execute(text(sql), {"q": query, "kinds": list(kinds), "limit": limit}).all()
    return [(r[0], r[1], r[2], r[3], r[4] or "", float(r[5])) for r in rows]
