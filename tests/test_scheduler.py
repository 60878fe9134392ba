"""The continuous poller: rounds are bounded, sleep follows the next due feed."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from newsdesk.model import Feed
from newsdesk.pipeline import Pipeline
from newsdesk.scheduler import run_poller, seconds_until_next
from newsdesk.settings import Settings
from newsdesk.store import open_store


def test_poller_runs_rounds_and_stops(settings: Settings, local_server) -> None:
    local_server.route("/f.xml", '<rss version="2.0"><channel><title>F</title>'
                       '<item><title>One</title><description>Body of one.</description>'
                       "<guid>one</guid></item></channel></rss>",
                       headers={"Content-Type": "application/rss+xml"})
    store = open_store(settings.db_url)
    store.add_feed(Feed(url=local_server.url("/f.xml")))
    assert run_poller(Pipeline(settings, store), threading.Event(), max_rounds=1) == 1
    assert store.count_articles() == 1
    store.close()


def test_sleep_until_next_due_feed(settings: Settings) -> None:
    store = open_store(settings.db_url)
    pipeline = Pipeline(settings, store)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert seconds_until_next(pipeline, now) == settings.poll_tick
    feed, _ = store.add_feed(Feed(url="https://example.org/f.xml"))
    assert seconds_until_next(pipeline, now) == 0  # never fetched: due now
    feed.next_attempt = now + timedelta(seconds=7)
    store.update_feed(feed)
    assert seconds_until_next(pipeline, now) == 7
    feed.next_attempt = now - timedelta(seconds=5)
    store.update_feed(feed)
    assert seconds_until_next(pipeline, now) == 0
    store.close()
