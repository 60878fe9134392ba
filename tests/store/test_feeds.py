"""Feeds: subscribe once, fetch state round-trips, due order, removal keeps articles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsdesk.errors import StoreError
from newsdesk.model import Article, Feed
from newsdesk.store import Store

NOW = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)


def test_add_feed_is_idempotent_by_url(store: Store) -> None:
    feed, created = store.add_feed(Feed("https://a.example/feed.xml", title="A", category="tech"))
    assert created and feed.id is not None
    assert feed.title == "A" and feed.category == "tech" and feed.error_count == 0
    again, created_again = store.add_feed(Feed("https://a.example/feed.xml", title="Other"))
    assert not created_again
    assert again == feed  # the existing row, unchanged
    assert store.feed_by_url("https://a.example/feed.xml") == feed
    assert store.get_feed(feed.id) == feed
    assert store.get_feed(9999) is None
    assert store.feed_by_url("https://nope.example/") is None


def test_update_feed_writes_every_fetch_state_field(store: Store) -> None:
    feed, _ = store.add_feed(Feed("https://a.example/feed.xml"))
    plus2 = timezone(timedelta(hours=2))
    changed = Feed(
        url=feed.url,
        id=feed.id,
        title="Alpha",
        site_url="https://a.example/",
        category="world",
        etag='W/"abc"',
        last_modified="Wed, 21 Jan 2026 10:00:00 GMT",
        last_fetched=datetime(2026, 1, 21, 14, 0, 0, 123456, tzinfo=plus2),
        last_success=NOW - timedelta(hours=1),
        next_attempt=NOW + timedelta(minutes=30),
        last_error="HTTP 503",
        last_error_kind="http_5xx",
        error_count=3,
        interval_seconds=900,
    )
    store.update_feed(changed)
    stored = store.get_feed(feed.id or 0)
    assert stored == changed  # datetimes compare as instants
    assert stored is not None and stored.last_fetched is not None
    assert stored.last_fetched.utcoffset() == timedelta(0)  # instants come back in UTC


def test_update_unknown_feed_raises(store: Store) -> None:
    with pytest.raises(StoreError):
        store.update_feed(Feed("https://a.example/", id=12345))
    with pytest.raises(StoreError):
        store.update_feed(Feed("https://a.example/"))


def test_list_feeds_in_id_order(store: Store) -> None:
    urls = [f"https://f{i}.example/rss" for i in range(3)]
    for url in urls:
        store.add_feed(Feed(url))
    assert [f.url for f in store.list_feeds()] == urls


def test_due_feeds_never_tried_first_then_oldest(store: Store) -> None:
    def add(url: str, next_attempt: datetime | None) -> None:
        feed, _ = store.add_feed(Feed(url))
        feed.next_attempt = next_attempt
        store.update_feed(feed)

    add("https://later.example/", NOW + timedelta(seconds=1))
    add("https://recent.example/", NOW - timedelta(minutes=1))
    add("https://new.example/", None)
    add("https://old.example/", NOW - timedelta(days=1))
    add("https://exact.example/", NOW)
    due = [f.url for f in store.due_feeds(NOW)]
    assert due == [
        "https://new.example/",
        "https://old.example/",
        "https://recent.example/",
        "https://exact.example/",
    ]
    assert [f.url for f in store.due_feeds(NOW, limit=2)] == due[:2]
    # an aware `now` in another offset means the same instant
    tokyo = NOW.astimezone(timezone(timedelta(hours=9)))
    assert [f.url for f in store.due_feeds(tokyo)] == due


def test_remove_feed_keeps_its_articles(
    store: Store, make_article: Callable[..., Article]
) -> None:
    feed, _ = store.add_feed(Feed("https://a.example/feed.xml"))
    [saved] = store.save_articles([make_article(1, feed_id=feed.id, guid="g1")])
    assert store.remove_feed(feed.id or 0) is True
    assert store.remove_feed(feed.id or 0) is False
    assert store.get_feed(feed.id or 0) is None
    article = store.get_article(saved.article_id)
    assert article is not None and article.feed_id is None and article.guid == "g1"
