"""Migration 0001 → 0002 on a database with data, and the river's query plans."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from tests.store.old_schema import revisions, store_at

from newsdesk.model import Article, ArticleFilter, Feed
from newsdesk.store import SqlStore, Store, open_store
from newsdesk.store.engine import head_revision
from newsdesk.store.river import river_query


def _old_feed(old: SqlStore, feed: Feed) -> Feed:
    """Insert a feed with the columns of 0001 (today's code writes columns added later)."""
    with old.engine.begin() as conn:
        result = conn.execute(text(
            "INSERT INTO feeds (url, category, error_count, interval_seconds, created_at)"
            " VALUES (:url, :category, 0, 3600, '2026-01-01T00:00:00.000000Z')"),
            {"url": feed.url, "category": feed.category})
        feed.id = result.lastrowid
    return feed


def test_upgrade_0001_to_0002_keeps_data(store_url: str,
                                         make_article: Callable[..., Article]) -> None:
    old = store_at(store_url, "0001")
    try:
        assert revisions(old) == ["0001"]
        feed = _old_feed(old, Feed("https://feeds.example/old.xml", category="Old"))
        ids = [r.article_id for r in old.save_articles(
            [make_article(1, feed_id=feed.id), make_article(2, origin="jsonl")])]
        before = [old.get_article(i) for i in ids]
    finally:
        old.close()
    new = open_store(store_url)
    try:
        assert revisions(new) == [head_revision()]
        assert [new.get_article(i) for i in ids] == before
        assert new.list_feeds() == [feed]
        admin = new.create_user("admin", "h", is_admin=True).id or 0
        assert new.adopt_orphan_feeds(admin) == 1
        assert [i.article.id for i in new.river(admin, ArticleFilter())] == ids[::-1]
        assert len(new.search_user(admin, "headline", ArticleFilter())) == 2
        assert new.integrity_ok()
    finally:
        new.close()


PLANNED = [
    ArticleFilter(),
    ArticleFilter(unread=True),
    ArticleFilter(category="Tech", feed_id=1),  # one range per feed of a category
    ArticleFilter(feed_id=1),
    ArticleFilter(language="en"),
    ArticleFilter(source="Example News"),
    ArticleFilter(since=datetime(2025, 1, 1, tzinfo=UTC)),
]


@pytest.mark.parametrize("flt", PLANNED, ids=lambda f: repr(f)[14:60])
@pytest.mark.parametrize("cursor", [None, (datetime(2026, 1, 1, tzinfo=UTC), 10)])
def test_river_plan_walks_an_index_without_sorting(
    store: Store, flt: ArticleFilter, cursor: tuple[datetime, int] | None
) -> None:
    """The river reads an index already in (sort_time, id) order and stops after a page:
    no full table scan and no temp b-tree for ORDER BY, at any size."""
    assert isinstance(store, SqlStore)
    query = river_query(1, flt, cursor, 30)
    sql = str(query.compile(store.engine, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as conn:
        plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    outer = plan[0]
    assert outer.startswith(("SEARCH articles USING INDEX", "SCAN articles USING INDEX")), plan
    assert "ix_articles_" in outer, plan
    assert not any("TEMP B-TREE" in step for step in plan), plan
    assert not any(step.startswith("SCAN") and "USING" not in step for step in plan), plan
    if cursor is not None:
        assert outer.startswith("SEARCH") and "sort_time<" in outer, plan
