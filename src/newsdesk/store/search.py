"""Full-text search: safe query parsing (portable) and the SQLite FTS5 queries.

Query language, deliberately small: words are ANDed; `"an exact phrase"` in double
quotes; a trailing `*` makes a word a prefix (`elect*`). Everything else is text: FTS5
operators and syntax (`AND`, `OR`, `NOT`, `col:`, `(`, `^`, stray quotes) are never
passed through, because each term is sent as a quoted FTS5 string. A query with no
searchable word raises InputError; no user input can produce an FTS5 syntax error.

Indexes (created by migration 0001):
* `articles_fts` (unicode61, remove_diacritics 2) serves every query without CJK
  characters; ranked by bm25 with title weighted 10, text 1, source 2.
* `articles_trigram` (FTS5 trigram tokenizer, SQLite >= 3.34; only rows containing CJK)
  serves queries containing Chinese/Japanese/Korean characters, which unicode61 cannot
  split into words. Trigrams cannot match terms shorter than 3 characters (common
  in CJK: 東京), so such terms are matched with LIKE instead; a query made only of such
  terms (or any CJK query on an SQLite without trigram) is a LIKE scan, ordered newest
  first, with the snippet cut in Python.

Snippets mark each hit with the control characters \\x02 (start) and \\x03 (end): the
web layer HTML-escapes the snippet, then turns them into <mark> and </mark>. The store
strips these two characters from stored titles and texts, so they only ever mark hits.
`SearchHit.rank` is higher for better matches (the negated bm25; 0.0 on the LIKE path).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.sql.selectable import TextualSelect

from newsdesk.errors import InputError, StoreError
from newsdesk.model import SearchHit
from newsdesk.store.rows import CJK, MARK_END, MARK_START
from newsdesk.store.schema import OffsetDateTime, UtcDateTime

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
TRIGRAM_MIN_CHARS = 3
SNIPPET_TOKENS = 16  # unicode61: words
TRIGRAM_SNIPPET_TOKENS = 48  # trigram: characters
LIKE_SNIPPET_CHARS = 120

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class Term:
    """One search term: a word or a phrase, optionally a prefix."""

    text: str
    prefix: bool = False


@dataclass(frozen=True)
class Filters:
    language: str | None = None
    source: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def parse_query(query: str) -> list[Term]:
    """Split a user query into terms; raise InputError when nothing is searchable."""
    cleaned = _CONTROL.sub(" ", query)
    if len(cleaned) > MAX_QUERY_CHARS:
        raise InputError(f"search query longer than {MAX_QUERY_CHARS} characters",
                         where=query[:80])
    terms = [term for match in _TOKEN.finditer(cleaned) if (term := _term(match))]
    if not terms:
        raise InputError("invalid search query: nothing to search for", where=query)
    if len(terms) > MAX_TERMS:
        raise InputError(f"invalid search query: more than {MAX_TERMS} terms", where=query)
    return terms


def _term(match: re.Match[str]) -> Term | None:
    phrase, word = match.group(1), match.group(2)
    if phrase is not None:
        value, prefix = " ".join(phrase.split()), False
    else:
        prefix = word.endswith("*")
        value = word.replace('"', "").replace("*", "")
    return Term(value, prefix) if _WORD.search(value) else None


def fts_match(terms: list[Term], *, prefixes: bool = True) -> str:
    """An FTS5 MATCH expression: each term a quoted string, implicitly ANDed."""
    parts = []
    for term in terms:
        quoted = '"' + term.text.replace('"', '""') + '"'
        parts.append(quoted + ("*" if prefixes and term.prefix else ""))
    return " ".join(parts)


def search(conn: Connection, query: str, filters: Filters, limit: int,
           *, trigram: bool) -> list[SearchHit]:
    """Run a search on this connection's backend (only SQLite FTS5 exists today)."""
    if conn.dialect.name != "sqlite":
        raise StoreError(f"search is not implemented for {conn.dialect.name}")
    terms = parse_query(query)
    if not any(CJK.search(term.text) for term in terms):
        return _sqlite_fts(conn, "articles_fts", fts_match(terms), [], filters, limit)
    long_terms = [t for t in terms if trigram and len(t.text) >= TRIGRAM_MIN_CHARS]
    short_terms = [t for t in terms if t not in long_terms]
    if long_terms:
        match = fts_match(long_terms, prefixes=False)
        return _sqlite_fts(conn, "articles_trigram", match, short_terms, filters, limit)
    return _sqlite_like(conn, short_terms, filters, limit)


_FTS_SQL = {
    "articles_fts": (
        "snippet(articles_fts, -1, :mark_start, :mark_end, '…', "
        f"{SNIPPET_TOKENS})",
        "bm25(articles_fts, 10.0, 1.0, 2.0)",
    ),
    "articles_trigram": (
        "snippet(articles_trigram, -1, :mark_start, :mark_end, '…', "
        f"{TRIGRAM_SNIPPET_TOKENS})",
        "bm25(articles_trigram, 10.0, 1.0)",
    ),
}


def _sqlite_fts(conn: Connection, table: str, match: str, like_terms: list[Term],
                filters: Filters, limit: int) -> list[SearchHit]:
    snippet, score = _FTS_SQL[table]
    where, params = _filter_sql(filters, like_terms)
    sql = (
        f"SELECT a.id, a.title, a.source, a.published, a.language, {snippet} AS snippet, "
        f"{score} AS score FROM {table} JOIN articles AS a ON a.id = {table}.rowid "
        f"WHERE {table} MATCH :match{where} "
        "ORDER BY score, a.sort_time DESC, a.id DESC LIMIT :limit"
    )
    params.update(match=match, limit=limit, mark_start=MARK_START, mark_end=MARK_END)
    rows = conn.execute(_typed(sql, params), params)
    return [_hit(row._mapping, row.snippet, -float(row.score)) for row in rows]


def _sqlite_like(conn: Connection, terms: list[Term], filters: Filters,
                 limit: int) -> list[SearchHit]:
    where, params = _filter_sql(filters, terms)
    sql = (
        "SELECT a.id, a.title, a.source, a.published, a.language, a.text "
        f"FROM articles AS a WHERE 1 = 1{where} "
        "ORDER BY a.sort_time DESC, a.id DESC LIMIT :limit"
    )
    params["limit"] = limit
    rows = conn.execute(_typed(sql, params), params)
    return [_hit(row._mapping, like_snippet(row.text, terms), 0.0) for row in rows]


def _filter_sql(filters: Filters, like_terms: list[Term]) -> tuple[str, dict[str, Any]]:
    """Extra WHERE conditions (each starting with AND) and their parameters."""
    parts: list[str] = []
    params: dict[str, Any] = {}
    for name, column, op in (("language", "language", "="), ("source", "source", "="),
                             ("since", "sort_time", ">="), ("until", "sort_time", "<")):
        value = getattr(filters, name)
        if value is not None:
            parts.append(f"a.{column} {op} :{name}")
            params[name] = value
    for i, term in enumerate(like_terms):
        parts.append(f"(a.title LIKE :like{i} ESCAPE '\\' OR a.text LIKE :like{i} ESCAPE '\\')")
        params[f"like{i}"] = "%" + like_escape(term.text) + "%"
    return "".join(f" AND {part}" for part in parts), params


def _typed(sql: str, params: dict[str, Any]) -> TextualSelect:
    """The text clause with datetime parameters and the published column typed."""
    clause = text(sql)
    binds = [bindparam(name, type_=UtcDateTime()) for name in ("since", "until")
             if name in params]
    if binds:
        clause = clause.bindparams(*binds)
    return clause.columns(published=OffsetDateTime())


def like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_snippet(body: str, terms: list[Term], width: int = LIKE_SNIPPET_CHARS) -> str:
    """A window of `body` around the first hit, each hit wrapped in \\x02 … \\x03."""
    pattern = re.compile("|".join(re.escape(t.text) for t in terms), re.IGNORECASE)
    first = pattern.search(body)
    start = max(0, first.start() - width // 3) if first else 0
    window = body[start:start + width]
    marked = pattern.sub(lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", window)
    head = "…" if start > 0 else ""
    tail = "…" if start + width < len(body) else ""
    return f"{head}{marked}{tail}"


def _hit(row: Any, snippet: str, rank: float) -> SearchHit:
    return SearchHit(
        article_id=int(row["id"]),
        title=row["title"],
        source=row["source"],
        published=row["published"],
        language=row["language"],
        snippet=snippet or "",
        rank=rank,
    )
