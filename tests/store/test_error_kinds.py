"""Feed error kinds: the vocabulary derived from exceptions, and migration 0004 → 0005
on a database with a failing feed."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from tests.store.old_schema import revisions, store_at

from newsdesk.errors import (
    BlockedAddress,
    BlockedScheme,
    ExtractError,
    FeedError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InputError,
    NewsdeskError,
    RobotsDisallowed,
    TooLarge,
    TooManyRedirects,
)
from newsdesk.model import Feed
from newsdesk.store import open_store
from newsdesk.store.engine import head_revision
from newsdesk.store.error_kinds import ERROR_KINDS, error_kind


def _status(code: int) -> HTTPStatusError:
    return HTTPStatusError(f"HTTP {code}", "https://x.example/f", status=code)


KINDS: list[tuple[NewsdeskError, str]] = [
    (FetchTimeout("read timeout"), "timeout"),
    (TooLarge("body over 10 MB"), "too_large"),
    (TooManyRedirects("more than 5 redirects"), "redirects"),
    (BlockedAddress("10.0.0.1 is private"), "blocked"),
    (BlockedScheme("ftp is not fetched"), "blocked"),
    (RobotsDisallowed("robots.txt forbids /x"), "robots"),
    (_status(404), "not_found"),
    (_status(410), "gone"),
    (_status(401), "forbidden"),
    (_status(403), "forbidden"),
    (_status(429), "rate_limited"),
    (_status(400), "http_4xx"),
    (_status(451), "http_4xx"),
    (_status(500), "http_5xx"),
    (_status(503), "http_5xx"),
    (_status(302), "http_other"),
    (FetchError("connection refused"), "network"),
    (FeedError("not a feed: HTML page"), "not_a_feed"),
    (ExtractError("no article text"), "no_article"),
    (InputError("odd input"), "other"),
]


@pytest.mark.parametrize(("error", "kind"), KINDS, ids=[k for _e, k in KINDS])
def test_each_error_has_its_kind(error: NewsdeskError, kind: str) -> None:
    assert error_kind(error) == kind and kind in ERROR_KINDS


def test_kinds_fit_their_column() -> None:
    assert all(len(kind) <= 32 for kind in ERROR_KINDS)


def test_upgrade_0004_to_0005_keeps_feed_errors(store_url: str) -> None:
    old = store_at(store_url, "0004")
    try:  # written as the 0004 code wrote it: no kind column yet
        with old.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO feeds (url, last_error, error_count, interval_seconds, created_at)"
                " VALUES ('https://x.example/f', 'HTTP 404 Not Found', 2, 3600,"
                " '2026-01-20T00:00:00.000000Z')"))
    finally:
        old.close()
    new = open_store(store_url)
    try:
        assert revisions(new) == [head_revision()]
        [feed] = new.list_feeds()
        assert (feed.last_error, feed.error_count, feed.last_error_kind) == (
            "HTTP 404 Not Found", 2, None)
        feed.last_error_kind = "not_found"
        new.update_feed(feed)
        assert new.get_feed(feed.id or 0) == feed
        assert new.add_feed(Feed("https://y.example/f"))[0].last_error_kind is None
    finally:
        new.close()
