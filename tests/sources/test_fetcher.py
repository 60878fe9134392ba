"""The network side of the pipeline against a real local server."""

from __future__ import annotations

from newsdesk.errors import FeedError, HTTPStatusError
from newsdesk.model import Feed
from newsdesk.settings import Settings
from newsdesk.sources.fetcher import FeedFetch, Fetcher

RSS = ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
       "<item><title>One</title><link>https://t.example/1</link></item></channel></rss>")


def test_feed_is_parsed_then_not_modified(settings: Settings, local_server) -> None:
    local_server.route("/f.xml", RSS, headers={"Content-Type": "application/rss+xml",
                                               "ETag": '"e1"', "Cache-Control": "max-age=600"})
    fetcher = Fetcher(settings)
    first = fetcher.fetch_feed(Feed(url=local_server.url("/f.xml")))
    assert isinstance(first, FeedFetch) and first.parsed and first.etag == '"e1"'
    assert first.max_age == 600
    local_server.route("/f.xml", "", status=304, headers={"ETag": '"e1"'})
    second = fetcher.fetch_feed(Feed(url=local_server.url("/f.xml"), etag='"e1"'))
    assert isinstance(second, FeedFetch) and second.parsed is None
    assert local_server.requests[-1].headers["if-none-match"] == '"e1"'
    fetcher.close()


def test_web_page_at_feed_address_follows_its_advertised_feed(settings: Settings,
                                                              local_server) -> None:
    feed_url = local_server.route("/feed.xml", RSS,
                                  headers={"Content-Type": "application/rss+xml"})
    local_server.route("/", f'<html><head><link rel="alternate" type="application/rss+xml" '
                            f'href="{feed_url}"></head></html>',
                       headers={"Content-Type": "text/html"})
    local_server.route("/bare", "<html><body>no feed</body></html>",
                       headers={"Content-Type": "text/html"})
    fetcher = Fetcher(settings)
    found = fetcher.fetch_feed(Feed(url=local_server.url("/")))
    assert isinstance(found, FeedFetch) and found.url == feed_url and found.parsed
    assert isinstance(fetcher.fetch_feed(Feed(url=local_server.url("/bare"))), FeedError)
    assert fetcher.discover(local_server.url("/"))[0] == feed_url
    fetcher.close()


def test_errors_are_returned_and_robots_are_obeyed(settings: Settings, local_server) -> None:
    local_server.route("/gone.xml", "no", status=410)
    local_server.route("/robots.txt", "User-agent: *\nDisallow: /secret\n",
                       headers={"Content-Type": "text/plain"})
    local_server.route("/secret", "<p>x</p>", headers={"Content-Type": "text/html"})
    local_server.route("/open", "<p>x</p>", headers={"Content-Type": "text/html"})
    fetcher = Fetcher(settings)
    assert isinstance(fetcher.fetch_feed(Feed(url=local_server.url("/gone.xml"))),
                      HTTPStatusError)
    assert fetcher.page(local_server.url("/secret")) is None
    page = fetcher.page(local_server.url("/open"))
    assert page is not None and page.body == b"<p>x</p>" and page.origin == "page"
    assert not any(r.path == "/secret" for r in local_server.requests)
    fetcher.close()
