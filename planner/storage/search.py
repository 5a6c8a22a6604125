"""Full-text search across campaigns, stakeholders, milestones, interactions and quotes.

The index (``search_doc`` + FTS5 ``search_fts``) is maintained by triggers created in
migration 0002. Every word the user types is matched as a prefix ("sud" finds Sudan),
accents and case are ignored, and hits are ranked by BM25 with titles weighted above
body text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    ColumnClause,
    Connection,
    Row,
    Select,
    TextClause,
    TextualSelect,
    literal_column,
    select,
    table,
    text,
)

from planner.storage.backends import backend_of, postgres_search
from planner.storage.backends.base import SearchQueries
from planner.storage.backends.clauses import PerDialect
from planner.storage.workspace import Workspace

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


def matching_ids(kind: str, user_text: str) -> Select[str]:
    """A sub-select of the ids of ``kind`` that match, for filtering lists."""
    query = fts_query(user_text)
    ref: ColumnClause[str] = literal_column("search_doc.ref")
    # CROSS JOIN pins the FTS table as the outer loop: otherwise SQLite may walk every
    # search_doc row and re-run the MATCH for each (minutes on 100 000 stakeholders).
    stmt = select(ref).select_from(
        PerDialect(
            text("search_fts CROSS JOIN search_doc ON search_doc.id = search_fts.rowid"),
            postgresql=postgres_search.matching_refs_from(),
        )
    )
    if query is None:
        return stmt.where(text("1 = 0"))
    return stmt.where(
        PerDialect(
            text("search_fts MATCH :q").bindparams(q=query),
            postgresql=postgres_search.matching_refs_where().bindparams(q=query),
        ),
        literal_column("search_doc.kind") == kind,
    )


WALK_ROWS_PER_HIT = 40
"""How far a title-ordered page may walk the title index per row it must return.

A page is first cut by walking ``ix_search_doc_title`` in order and keeping the rows in
the full-text match set, which stops as soon as the page is full: the common case when
many documents match (``coord``: 60 000 of 100 000 stakeholders; 13 ms instead of
0.4 s to join and sort them all). When fewer than one candidate in this many matches,
the walk gives up and the matches are fetched and sorted instead, which is then cheap
because there are few of them (about 3.5 µs a match)."""
WALK_MIN_BUDGET = 8000


def walk_budget(offset: int, limit: int) -> int:
    """How many candidates a name-ordered walk may read before it gives up (see above)."""
    return max(WALK_MIN_BUDGET, WALK_ROWS_PER_HIT * (offset + limit))


def rows_in_title_order(
    conn: Connection,
    kind: str,
    user_text: str,
    *,
    columns: Sequence[Column[Any]] = (),
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
) -> Sequence[Row[Any]]:
    """One page of the matching ``kind`` documents ordered by (title, id).

    With ``columns`` (of the ``kind`` table) the page's rows of that table come back,
    joined in the same statement; without, just the ids. For stakeholders the title is
    the name, so this is the name-sorted, text-filtered stakeholder list.
    """
    query = fts_query(user_text)
    if query is None:
        return []
    if (server := _server_queries(conn)) is not None:
        return server.rows_in_title_order(
            conn, kind, query, columns=columns, descending=descending, offset=offset, limit=limit
        )
    direction = "DESC" if descending else "ASC"
    order = f"ORDER BY title {direction}, ref {direction}"
    params = {"q": query, "kind": kind, "limit": -1 if limit is None else limit, "offset": offset}

    def page(refs_sql: str) -> TextClause | TextualSelect:
        if not columns:
            return text(refs_sql)
        names = ", ".join(f"t.{c.name}" for c in columns)
        joined = (
            f"SELECT {names} FROM ({refs_sql}) AS page CROSS JOIN {kind} AS t ON t.id = page.ref"
        )
        return text(joined).columns(*columns)

    if limit is not None:
        # No ORDER BY outside: the rows come out of the ordered sub-select in its order,
        # and the walk stops when the page is full (a sort would read the whole budget).
        walk = f"""
            SELECT ref FROM (
                SELECT id, ref, title FROM search_doc INDEXED BY ix_search_doc_title
                WHERE kind = :kind {order} LIMIT :budget
            ) WHERE id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH :q)
            LIMIT :limit OFFSET :offset
        """
        budget = walk_budget(offset, limit)
        rows = conn.execute(page(walk), params | {"budget": budget}).all()
        if len(rows) == limit:
            return rows
    # Few matches (or a page past the walk's budget): fetch every match, sort them.
    fetch = f"""
        SELECT ref FROM (
            SELECT d.ref AS ref, d.title AS title
            FROM search_fts CROSS JOIN search_doc AS d ON d.id = search_fts.rowid
            WHERE search_fts MATCH :q AND d.kind = :kind
        ) {order} LIMIT :limit OFFSET :offset
    """
    return conn.execute(page(fetch), params).all()


def count_kind(conn: Connection, kind: str, user_text: str) -> int:
    """How many ``kind`` documents match (joins every match to its document: not per keystroke)."""
    query = fts_query(user_text)
    if query is None:
        return 0
    if (server := _server_queries(conn)) is not None:
        return server.count_kind(conn, kind, query)
    sql = """
        SELECT count(*) FROM search_fts CROSS JOIN search_doc AS d ON d.id = search_fts.rowid
        WHERE search_fts MATCH :q AND d.kind = :kind
    """
    return conn.execute(text(sql), {"q": query, "kind": kind}).scalar() or 0


def has_match(kind: str, ref_sql: str, user_text: str) -> TextClause:
    """A condition: the ``kind`` row whose id is ``ref_sql`` matches what the user typed.

    The match set is built once per statement (a non-correlated IN), so a walk over
    candidates in some other order costs one index probe per candidate. The unary ``+``
    keeps the IN a filter on the row that probe finds: SQLite 3.51 (the one sqlcipher3
    ships) otherwise folds it into the probe itself, as ``(kind, ref, rowid) IN list``,
    and seeks once per candidate *per match*: 8 s instead of 15 ms for "Ka" + Sudan on
    100 000 stakeholders, on every encrypted workspace.
    """
    binds = {"match_kind": kind, "match_q": fts_query(user_text)}
    return PerDialect(
        text(
            f"EXISTS (SELECT 1 FROM search_doc AS d WHERE d.kind = :match_kind "
            f"AND d.ref = {ref_sql} AND +d.id IN "
            "(SELECT rowid FROM search_fts WHERE search_fts MATCH :match_q))"
        ).bindparams(**binds),
        postgresql=postgres_search.has_match(ref_sql).bindparams(**binds),
    )


RANK_CAP = 5000
"""Most matches ranked in full. BM25 costs about a microsecond and a half per matching
document, so a two-letter prefix that matches 60 000 rows would take ~100 ms a keystroke;
above this many matches only the newest ``RANK_CAP`` are ranked, after the title matches."""


def search(
    ws: Workspace, user_text: str, *, limit: int = 50, kinds: tuple[str, ...] = KINDS
) -> list[SearchHit]:
    """The best ``limit`` hits for what a user typed, best first.

    Up to ``RANK_CAP`` matching documents are ranked by BM25, titles weighted above body
    text. A common prefix ("coord" at 100 000 stakeholders) matches far more; then the
    documents whose *title* matches come first (ranked among the newest ``RANK_CAP`` of
    them), and the rest of the list is the best of the newest ``RANK_CAP`` matches — so
    a name that starts with the prefix is never buried under thousands of body matches.
    """
    query = fts_query(user_text)
    if query is None:
        return []
    with ws.engine.connect() as conn:
        if (server := _server_queries(conn)) is not None:
            return [
                SearchHit(*hit) for hit in server.ranked(conn, query, kinds, limit, cap=RANK_CAP)
            ]
        edge = _window(conn, query)
        if edge is None:
            return _ranked(conn, query, kinds, limit)
        titles = f"{{title}} : ({query})"
        hits: list[SearchHit] = _ranked(conn, titles, kinds, limit, after=_window(conn, titles))
        if len(hits) < limit:
            seen = {h.id for h in hits}
            more = _ranked(conn, query, kinds, limit + len(hits), after=edge)
            hits += [h for h in more if h.id not in seen][: limit - len(hits)]
    return hits


def _window(conn: Connection, match: str) -> int | None:
    """The rowid after which the newest ``RANK_CAP`` matches lie; None if there are fewer.

    Walking rowids costs a fraction of ranking them, and FTS5 applies ``rowid > x``
    inside the index, so the window is cheap to rank.
    """
    return conn.execute(
        text(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH :q "
            "ORDER BY rowid DESC LIMIT 1 OFFSET :cap"
        ),
        {"q": match, "cap": RANK_CAP},
    ).scalar()


def _ranked(
    conn: Connection, match: str, kinds: tuple[str, ...], limit: int, *, after: int | None = None
) -> list[SearchHit]:
    """Rank the matches (with rowid above ``after``) and return the best ``limit``.

    With every kind wanted the ranking runs on the FTS table alone and only the
    ``limit`` winners are joined to their documents; a kind filter needs the join first.
    """
    window = "" if after is None else " AND search_fts.rowid > :after"
    params: dict[str, object] = {"q": match, "limit": limit, "after": after}
    ranked = (
        "snippet(search_fts, -1, '[', ']', '…', 10) AS snip, bm25(search_fts, 8.0, 1.0) AS rank"
    )
    if set(KINDS) <= set(kinds):
        sql = f"""
            SELECT d.kind, d.ref, d.campaign_id, d.title, top.snip, top.rank
            FROM (SELECT search_fts.rowid AS id, {ranked} FROM search_fts
                  WHERE search_fts MATCH :q{window} ORDER BY rank LIMIT :limit) AS top
            CROSS JOIN search_doc AS d ON d.id = top.id
            ORDER BY top.rank
        """
    else:
        placeholders = ", ".join(f":k{i}" for i in range(len(kinds))) or "NULL"
        params.update({f"k{i}": k for i, k in enumerate(kinds)})
        sql = f"""
            SELECT d.kind, d.ref, d.campaign_id, d.title, {ranked}
            FROM search_fts CROSS JOIN search_doc AS d ON d.id = search_fts.rowid
            WHERE search_fts MATCH :q{window} AND d.kind IN ({placeholders})
            ORDER BY rank LIMIT :limit
        """
    rows = conn.execute(text(sql), params).all()
    return [SearchHit(r[0], r[1], r[2], r[3], r[4] or "", float(r[5])) for r in rows]


def _server_queries(conn: Connection) -> SearchQueries | None:
    """The backend's own search SQL (PostgreSQL), or None for the FTS5 SQL above."""
    return backend_of(conn).search_queries
