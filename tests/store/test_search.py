"""Search: a multilingual corpus with expected hits per query, hostile queries, snippets.

The corpus and the cases live in tests/fixtures/store/search/ (one case per entry, with
its expected article keys beside the query).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from newsdesk.errors import InputError
from newsdesk.model import Article
from newsdesk.store import MARK_END, MARK_START, Store
from newsdesk.store.search import parse_query

FIXTURES = Path(__file__).parents[1] / "fixtures" / "store" / "search"
CORPUS: list[dict[str, Any]] = json.loads((FIXTURES / "corpus.json").read_text("utf-8"))
CASES: list[dict[str, Any]] = json.loads((FIXTURES / "cases.json").read_text("utf-8"))

HOSTILE = [
    '"unbalanced', "AND OR NOT", "col:x", "*", "title:climate", "climate)", "(climate",
    "NEAR(climate deal)", "-climate", "^climate", '"', '""', "'", "\\", "%", "_", "climate AND",
    "NOT climate", 'a"b"c', "{title text}: climate", '東京"', "\x00climate", "climate\x00",
    "***", "+", "..", "東", "%_", "c*l*i*m*a*t*e", "climate " * 40, "x" * 2000, "", "   ",
    "東京 AND", "교통*", "'; DROP TABLE articles; --",
]


@pytest.fixture()
def corpus(store: Store) -> dict[str, int]:
    """Save the corpus; return article key → id."""
    articles = [Article.from_json(record) for record in CORPUS]
    results = store.save_articles(articles)
    return {record["key"]: r.article_id for record, r in zip(CORPUS, results, strict=True)}


def _filters(raw: dict[str, str]) -> dict[str, Any]:
    return {k: datetime.fromisoformat(v) if k in ("since", "until") else v for k, v in raw.items()}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_search_case(store: Store, corpus: dict[str, int], case: dict[str, Any]) -> None:
    hits = store.search(case["query"], **_filters(case.get("filters", {})))
    keys = {v: k for k, v in corpus.items()}
    found = [keys[h.article_id] for h in hits]
    if case.get("ordered"):
        assert found == case["expect"]
    else:
        assert sorted(found) == sorted(case["expect"])
    for hit in hits:
        assert hit.snippet.count(MARK_START) == hit.snippet.count(MARK_END)
        assert "[" not in hit.snippet


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_break_fts(store: Store, corpus: dict[str, int], query: str) -> None:
    try:
        hits = store.search(query)
    except InputError as exc:
        assert exc.where is not None
        return
    assert isinstance(hits, list)


def test_empty_and_operator_only_queries(store: Store, corpus: dict[str, int]) -> None:
    for query in ("", "*", '""', "***"):
        with pytest.raises(InputError, match="invalid search query"):
            store.search(query)
    # FTS5 keywords are searched as words, not obeyed as operators
    assert store.search("NOT climate") == []
    assert store.search("climate OR volcano") == []


def test_hit_fields_and_snippet_markers(store: Store, corpus: dict[str, int]) -> None:
    [hit] = store.search("emissions")
    assert hit.article_id == corpus["climate-deal"]
    assert hit.title == "Parliament approves climate deal"
    assert hit.source == "Daily Planet" and hit.language == "en"
    assert hit.published is not None and hit.published.isoformat() == "2026-01-10T09:00:00+00:00"
    assert f"{MARK_START}emissions{MARK_END}" in hit.snippet
    assert hit.rank > 0


def test_cjk_snippets_are_marked(store: Store, corpus: dict[str, int]) -> None:
    [trigram] = store.search("気候変動対策")
    assert f"{MARK_START}気候変動対策{MARK_END}" in trigram.snippet
    [like] = store.search("半減")
    assert f"{MARK_START}半減{MARK_END}" in like.snippet
    assert like.published is not None and like.published.utcoffset() is not None


def test_limit(store: Store, corpus: dict[str, int]) -> None:
    assert len(store.search("climate", limit=1)) == 1
    with pytest.raises(InputError):
        store.search("climate", limit=0)


def test_parse_query_terms() -> None:
    terms = parse_query('  "Exact  phrase" elect* AND "unbalanced')
    assert [(t.text, t.prefix) for t in terms] == [
        ("Exact phrase", False), ("elect", True), ("AND", False), ("unbalanced", False)]


def test_cjk_index_follows_updates(store: Store) -> None:
    tokyo = Article(title="東京都の話", text="東京都で新しい政策", url="u:1")
    [saved] = store.save_articles([tokyo])
    store.save_articles([Article(title="Now in English", text="北京举行 press event", url="u:1")])
    assert store.search("東京都") == []
    assert [h.article_id for h in store.search("北京举行")] == [saved.article_id]
    store.save_articles([Article(title="Now in English", text="plain text only", url="u:1")])
    assert store.search("北京举行") == []
    assert store.integrity_ok()
