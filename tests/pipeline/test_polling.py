"""The orchestrator end to end: a real local server, a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsdesk.errors import BlockedAddress, FeedError
from newsdesk.model import Feed
from newsdesk.pipeline import Pipeline
from newsdesk.settings import Settings
from newsdesk.store import Store

SITE = Path(__file__).parents[1] / "fixtures" / "site"
NOW = datetime(2026, 1, 21, 15, 0, tzinfo=UTC)


def rss(base: str, items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
        f"<pubDate>Tue, 20 Jan 2026 09:30:00 GMT</pubDate>"
        f"<description>Feed summary of {title}.</description></item>"
        for path, title in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Coastal Times</title><link>{base}/</link>{entries}</channel></rss>")


@pytest.fixture()
def site(local_server):
    base = local_server.url("")
    local_server.route("/robots.txt", "User-agent: *\nDisallow: /private/\n",
                       headers={"Content-Type": "text/plain"})
    local_server.route("/news/bridge", (SITE / "article1.html").read_bytes(),
                       headers={"Content-Type": "text/html; charset=utf-8"})
    local_server.route("/private/plan", (SITE / "article2.html").read_bytes(),
                       headers={"Content-Type": "text/html; charset=utf-8"})
    local_server.route("/feed.xml", rss(base, [("/news/bridge", "Bridge reopens"),
                                               ("/private/plan", "Fahrradplan"),
                                               ("/gone", "A page that is gone")]),
                       headers={"Content-Type": "application/rss+xml", "ETag": '"v1"'})
    local_server.route("/", f'<html><head><link rel="alternate" type="application/rss+xml" '
                            f'href="{base}/feed.xml"></head><body>home</body></html>',
                       headers={"Content-Type": "text/html"})
    return local_server


def test_add_discovers_feed_from_site_page(settings: Settings, store: Store,
        site) -> None:
    pipeline = Pipeline(settings, store)
    feed, created = pipeline.add_source(site.url("/"))
    assert created and feed.url == site.url("/feed.xml") and feed.title == "Coastal Times"
    again, created_again = pipeline.add_source(site.url("/feed.xml"))
    assert not created_again and again.id == feed.id


def test_add_refuses_a_page_without_feed(settings: Settings, store: Store,
        local_server) -> None:
    local_server.route("/plain", "<html><body>nothing here</body></html>",
                       headers={"Content-Type": "text/html"})
    with pytest.raises(FeedError, match="no feed found"):
        Pipeline(settings, store).add_source(local_server.url("/plain"))
    assert store.list_feeds() == []


def test_poll_fetches_pages_robots_and_falls_back_to_feed(settings: Settings, store: Store,
        site) -> None:
    pipeline = Pipeline(settings, store)
    pipeline.add_source(site.url("/feed.xml"))
    report = pipeline.poll_due(now=NOW)
    assert report.inserted == 3 and not report.errors
    by_guid = {a.guid: a for a in store.iter_articles()}
    bridge = by_guid[site.url("/news/bridge")]
    assert bridge.origin == "page"
    assert bridge.canonical_url == "https://coastal.example/news/harbour-bridge-reopens"
    assert "Delays and overruns" in bridge.sections
    # robots.txt disallows /private/: the feed's own content is stored instead
    assert by_guid[site.url("/private/plan")].origin == "feed"
    assert not any(r.path == "/private/plan" for r in site.requests)
    # a 404 page falls back to the feed too
    assert by_guid[site.url("/gone")].origin == "feed"
    assert by_guid[site.url("/gone")].text.startswith("Feed summary")


def test_repoll_is_conditional_and_stores_nothing_twice(settings: Settings, store: Store,
        site) -> None:
    pipeline = Pipeline(settings, store)
    feed, _ = pipeline.add_source(site.url("/feed.xml"))
    pipeline.poll_due(now=NOW)
    stored = store.get_feed(feed.id or 0)
    assert stored is not None and stored.etag == '"v1"' and stored.next_attempt
    later = stored.next_attempt + timedelta(seconds=1)
    report = pipeline.poll_due(now=later)
    assert report.inserted == 0
    assert store.count_articles() == 3
    feed_requests = [r for r in site.requests if r.path == "/feed.xml"]
    assert feed_requests[-1].headers.get("if-none-match") == '"v1"'


def test_failing_feed_records_error_and_backs_off(settings: Settings, store: Store,
        local_server) -> None:
    local_server.route("/busy.xml", "slow down", status=429,
                       headers={"Retry-After": "7200", "Content-Type": "text/plain"})
    pipeline = Pipeline(settings, store)
    store.add_feed(Feed(url=local_server.url("/busy.xml")))
    report = pipeline.poll_due(now=NOW)
    assert report.errors
    [feed] = store.list_feeds()
    assert feed.error_count == 1 and "429" in (feed.last_error or "")
    assert feed.next_attempt and feed.next_attempt >= NOW + timedelta(seconds=7200)
    assert pipeline.poll_due(now=NOW + timedelta(minutes=5)).errors == []  # not due yet


def test_html_page_at_feed_url_is_a_feed_error(settings: Settings, store: Store,
                                               local_server) -> None:
    local_server.route("/notafeed", "<html><body><p>hello</p></body></html>",
                       headers={"Content-Type": "text/html"})
    store.add_feed(Feed(url=local_server.url("/notafeed")))
    Pipeline(settings, store).poll_due(now=NOW)
    [feed] = store.list_feeds()
    assert feed.error_count == 1 and "not a feed" in (feed.last_error or "")


def test_private_addresses_refused_without_allowlist(settings: Settings, store: Store,
                                                     site) -> None:
    strict = settings.replace(allowed_hosts=())
    with pytest.raises(BlockedAddress):
        Pipeline(strict, store).add_source(site.url("/feed.xml"))
    assert site.requests == []


def test_site_url_added_twice_joins_the_discovered_feed(settings: Settings, store: Store,
                                                        site) -> None:
    """Two readers add the same site address in the browser: after discovery both are
    subscribed to the one stored feed, and no broken duplicate row is left behind."""
    ada = store.create_user("ada", "h").id or 0
    bob = store.create_user("bob", "h").id or 0
    pipeline = Pipeline(settings, store)
    first, _ = store.add_feed(Feed(url=site.url("/")))
    store.subscribe(ada, first.id or 0)
    pipeline.poll_due(now=NOW)
    assert store.get_feed(first.id or 0).url == site.url("/feed.xml")
    second, created = store.add_feed(Feed(url=site.url("/")))
    assert created
    store.subscribe(bob, second.id or 0)
    pipeline.poll_due(now=NOW)
    assert [f.url for f in store.list_feeds()] == [site.url("/feed.xml")]
    assert [s.feed.id for s in store.list_subscriptions(bob)] == [first.id]
    assert [s.feed.id for s in store.list_subscriptions(ada)] == [first.id]


def _gazette_page(n: int) -> str:
    story = " ".join(f"Paragraph {k} of story {n} tells what the council decided about the "
                     f"harbour works, the budget and the timetable." for k in range(1, 4))
    return (f"<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>"
            f"<p>{story}</p><p>Second part of story {n}: residents spoke at length about "
            f"the plans for the quay and the new ferry landing, and the mayor answered.</p>"
            "<p>The Harbour Gazette is published every weekday by the Coastal Media Group "
            "in Port Ellis and is independent of any party.</p></article></body></html>")


def test_paragraphs_repeated_on_a_feeds_pages_are_left_out(settings: Settings, store: Store,
                                                           local_server) -> None:
    base = local_server.url("")
    for n in range(1, 5):
        local_server.route(f"/story/{n}", _gazette_page(n),
                           headers={"Content-Type": "text/html; charset=utf-8"})
    local_server.route("/robots.txt", "", status=404)

    def publish(count: int) -> None:
        items = "".join(f"<item><title>Story {n}</title><link>{base}/story/{n}</link>"
                        f"<guid>{n}</guid></item>" for n in range(1, count + 1))
        local_server.route("/feed.xml", f'<rss version="2.0"><channel><title>G</title>{items}'
                           "</channel></rss>", headers={"Content-Type": "application/rss+xml"})

    publish(3)
    pipeline = Pipeline(settings.replace(enrich=False, stories=False), store)
    store.add_feed(Feed(url=local_server.url("/feed.xml")))
    pipeline.poll_due(now=NOW)
    assert all("Coastal Media Group" in a.text for a in store.iter_articles())
    publish(4)
    pipeline.poll_due(now=NOW + timedelta(days=2))
    newest = next(a for a in store.iter_articles() if (a.url or "").endswith("/story/4"))
    assert "Second part of story 4" in newest.text
    assert "Coastal Media Group" not in newest.text
