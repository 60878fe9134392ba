"""Full-text search as one user sees it: visibility, the river's filters, keyset pages.

The query language, tokenizers and snippets are those of search.py (same FTS5 tables,
same \\x02 … \\x03 markers); this module adds the user's scope (scope.py) and pages by
the keyset (rank, id): rank is the negated bm25 (higher is better), ties newest id
first. Ranks depend on index-wide statistics, so pages fetched while articles are
being added may shift slightly — acceptable for a search, never a crash or a repeat
within one consistent snapshot. The LIKE path (short CJK terms) ranks everything 0.0
and so pages by id alone.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    column,
    func,
    literal_column,
    or_,
    table,
)

from newsdesk.errors import StoreError
from newsdesk.model import ArticleFilter
from newsdesk.store.rows import CJK, MARK_END, MARK_START
from newsdesk.store.schema import articles
from newsdesk.store.scope import StoredItem, filter_conditions, item_from_row, item_query
from newsdesk.store.search import (
    SNIPPET_TOKENS,
    TRIGRAM_MIN_CHARS,
    TRIGRAM_SNIPPET_TOKENS,
    Term,
    fts_match,
    like_escape,
    like_snippet,
    parse_query,
)

# FTS table → (bm25 column weights, snippet length in tokens); as in search.py
_TABLES: dict[str, tuple[tuple[float, ...], int]] = {
    "articles_fts": ((10.0, 1.0, 2.0), SNIPPET_TOKENS),
    "articles_trigram": ((10.0, 1.0), TRIGRAM_SNIPPET_TOKENS),
}


def search_user(conn: Connection, user_id: int, query: str, flt: ArticleFilter, limit: int,
                cursor: tuple[float, int] | None, *, trigram: bool) -> list[StoredItem]:
    if conn.dialect.name != "sqlite":
        raise StoreError(f"search is not implemented for {conn.dialect.name}")
    terms = parse_query(query)
    scope = filter_conditions(user_id, flt)
    if not any(CJK.search(term.text) for term in terms):
        return _fts(conn, user_id, "articles_fts", fts_match(terms), scope, limit, cursor)
    long_terms = [t for t in terms if trigram and len(t.text) >= TRIGRAM_MIN_CHARS]
    short_terms = [t for t in terms if t not in long_terms]
    scope += [_like(term) for term in short_terms]
    if long_terms:
        match = fts_match(long_terms, prefixes=False)
        return _fts(conn, user_id, "articles_trigram", match, scope, limit, cursor)
    return _like_scan(conn, user_id, short_terms, scope, limit, cursor)


def _fts(conn: Connection, user_id: int, name: str, match: str,
         scope: list[ColumnElement[bool]], limit: int,
         cursor: tuple[float, int] | None) -> list[StoredItem]:
    weights, tokens = _TABLES[name]
    fts = table(name, column("rowid"))
    fts_ref: ColumnElement[Any] = literal_column(name)
    score = func.bm25(fts_ref, *weights)
    snippet = func.snippet(fts_ref, -1, MARK_START, MARK_END, "…", tokens)
    a = articles
    query = (
        item_query(user_id, snippet.label("snippet"), score.label("score"))
        .join(fts, fts.c.rowid == a.c.id)
        .where(fts_ref.op("MATCH")(match), *scope)
    )
    if cursor is not None:
        best_after, last_id = -cursor[0], cursor[1]
        query = query.where(or_(score > best_after, and_(score == best_after, a.c.id < last_id)))
    query = query.order_by(score, a.c.id.desc()).limit(limit)
    return [item_from_row(row, row.snippet or "", -float(row.score))
            for row in conn.execute(query)]


def _like(term: Term) -> ColumnElement[bool]:
    pattern = "%" + like_escape(term.text) + "%"
    a = articles
    return or_(a.c.title.like(pattern, escape="\\"), a.c.text.like(pattern, escape="\\"))


def _like_scan(conn: Connection, user_id: int, terms: list[Term],
               scope: list[ColumnElement[bool]], limit: int,
               cursor: tuple[float, int] | None) -> list[StoredItem]:
    a = articles
    query: Any = item_query(user_id).where(*scope)
    if cursor is not None:
        query = query.where(a.c.id < cursor[1])
    query = query.order_by(a.c.id.desc()).limit(limit)
    return [item_from_row(row, like_snippet(row.text, terms), 0.0) for row in conn.execute(query)]
