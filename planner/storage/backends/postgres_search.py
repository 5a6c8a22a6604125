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


TITLE_QUERY = (
    "(SELECT to_tsquery('simple', replace(CAST(planner_tsquery(:q) AS text), ':*', ':*A')))"
)
"""The same words, matched in the title only (weight A): ``'sud':*A``. Words never hold a
colon (``planner_search_text`` turns it into a space), so only the prefix marks change."""


def ranked(
    conn: Connection,
    query: str,
    kinds: tuple[str, ...],
    limit: int,
    *,
    cap: int | None = None,
) -> list[tuple[str, str, str | None, str, str, float]]:
    """The best ``limit`` matches of ``kinds``, best first, with a highlighted snippet.

    With more than ``cap`` matches the order is SQLite's (``planner.storage.search``,
    ``RANK_CAP``): the documents whose title matches come first (ranked among the newest
    ``cap`` of them), then the best of the newest ``cap`` matches. It is one statement
    over one index scan: on the server the scan, not ``ts_rank``, is most of the cost
    (a two-letter prefix on 100 000 stakeholders: 60 000 rows read), so finding each
    window with a query of its own would read them all again.
    """
    if cap is None:
        return _ranked(conn, query, kinds, limit)
    sql = f"""
        WITH m AS MATERIALIZED (
            SELECT d.id, d.tsv, d.tsv @@ {TITLE_QUERY} AS in_title
            FROM search_doc AS d WHERE {MATCH} AND d.kind = ANY(:kinds)
        ),
        edge AS (
            SELECT (SELECT id FROM m ORDER BY id DESC OFFSET :cap LIMIT 1) AS all_edge,
                   (SELECT id FROM m WHERE in_title ORDER BY id DESC OFFSET :cap LIMIT 1)
                       AS title_edge
        ),
        pick AS (
            SELECT m.id,
                   e.all_edge IS NOT NULL AND m.in_title AND m.id > coalesce(e.title_edge, 0)
                       AS first,
                   -ts_rank({WEIGHTS}, m.tsv, {QUERY}) AS rank
            FROM m CROSS JOIN edge AS e
            WHERE e.all_edge IS NULL OR m.id > e.all_edge
               OR (m.in_title AND m.id > coalesce(e.title_edge, 0))
            ORDER BY first DESC, rank, m.id DESC LIMIT :limit
        )
        SELECT d.kind, d.ref, d.campaign_id, d.title,
               ts_headline('simple', d.title || ' … ' || d.body, {QUERY}, '{HEADLINE}'),
               pick.rank
        FROM pick JOIN search_doc AS d ON d.id = pick.id
        ORDER BY pick.first DESC, pick.rank, pick.id DESC
    """
    params = {"q": query, "kinds": list(kinds), "limit": limit, "cap": cap}
    rows = conn.execute(text(sql), params).all()
    return [(r[0], r[1], r[2], r[3], r[4] or "", float(r[5])) for r in rows]


def _ranked(
    conn: Connection, query: str, kinds: tuple[str, ...], limit: int
) -> list[tuple[str, str, str | None, str, str, float]]:
    """Every match ranked: the best ``limit``, best first."""
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
