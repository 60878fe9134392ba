"""A failing feed records the kind of its error beside the message (a real local server,
a real SQLite file); a later success clears both."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from tests.conftest import Reply

from newsdesk.model import Feed
from newsdesk.pipeline import Pipeline
from newsdesk.settings import Settings
from newsdesk.store import Store

NOW = datetime(2026, 1, 21, 15, 0, tzinfo=UTC)

RSS = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour'
       "</title><item><title>{title}</title><guid>urn:one</guid>"
       "<description>Summary one.</description></item></channel></rss>")


def _poll_one(pipeline: Pipeline, store: Store, now: datetime = NOW) -> Feed:
    pipeline.poll_due(now=now)
    [feed] = store.list_feeds()
    return feed


def test_404_feed_records_not_found_then_success_clears_it(settings: Settings, store: Store,
                                                           local_server) -> None:
    url = local_server.route("/moved.xml", "no such page", status=404,
                             headers={"Content-Type": "text/plain"})
    store.add_feed(Feed(url=url))
    pipeline = Pipeline(settings, store)
    failed = _poll_one(pipeline, store)
    assert failed.last_error_kind == "not_found" and "404" in (failed.last_error or "")
    local_server.route("/moved.xml", RSS.format(title="Back again"),
                       headers={"Content-Type": "application/rss+xml"})
    assert failed.next_attempt is not None
    healed = _poll_one(pipeline, store, failed.next_attempt + timedelta(seconds=1))
    assert (healed.error_count, healed.last_error, healed.last_error_kind) == (0, None, None)


def _stalled(_request: object) -> Reply:
    def chunks() -> Iterator[bytes]:
        yield b"<rss"
        yield b">"
    return Reply(200, {"Content-Type": "application/rss+xml"}, chunks(), 0.6)


def test_timeout_is_recorded_as_timeout(settings: Settings, store: Store,
                                        local_server) -> None:
    store.add_feed(Feed(url=local_server.route("/slow.xml", handler=_stalled)))
    feed = _poll_one(Pipeline(settings.replace(read_timeout=0.2), store), store)
    assert feed.error_count == 1 and feed.last_error_kind == "timeout"


def test_html_page_is_not_a_feed(settings: Settings, store: Store, local_server) -> None:
    store.add_feed(Feed(url=local_server.route("/page", "<html><body>hi</body></html>",
                                               headers={"Content-Type": "text/html"})))
    feed = _poll_one(Pipeline(settings, store), store)
    assert feed.last_error_kind == "not_a_feed"


def test_malformed_feed_keeps_entries_and_says_so(settings: Settings, store: Store,
                                                  local_server) -> None:
    broken = RSS.format(title="Fish & chips").replace("</channel></rss>", "")
    store.add_feed(Feed(url=local_server.route("/broken.xml", broken,
                                               headers={"Content-Type": "application/rss+xml"})))
    pipeline = Pipeline(settings, store)
    feed = _poll_one(pipeline, store)
    assert store.count_articles() == 1
    assert feed.error_count == 0 and feed.last_error_kind == "malformed"
