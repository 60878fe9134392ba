"""Fetching feeds and article pages politely: discovery, conditional GET, robots, hosts.

Everything here touches the network through the one safe client and nothing else: no
store, no extraction. The pipeline decides what to fetch and what to keep; a `Fetcher`
only answers "what is at this address now", as values (`FeedFetch`, `Page`) or errors.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.errors import FeedError, FetchError, NewsdeskError
from newsdesk.model import Feed, Page, ParsedFeed
from newsdesk.settings import Settings
from newsdesk.sources.discover import candidate_urls, discover_feed_links
from newsdesk.sources.feeds import looks_like_feed, parse_feed
from newsdesk.sources.http import SafeClient
from newsdesk.sources.politeness import HostLimiter, parse_cache_max_age
from newsdesk.sources.robots import RobotsCache

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html,*/*;q=0.8"


@dataclass
class FeedFetch:
    """One poll of a feed: the parsed feed (None when not modified), the validators and
    cache lifetime to remember, and the feed's address if discovery moved it."""

    parsed: ParsedFeed | None
    etag: str | None
    last_modified: str | None
    max_age: float | None
    url: str


class Fetcher:
    """The network side of the pipeline: one safe client, per-host slots, robots.txt."""

    def __init__(self, settings: Settings, client: SafeClient | None = None) -> None:
        self.settings = settings
        self.client = client or SafeClient(settings)
        self.robots = RobotsCache(self.client)
        self.hosts = HostLimiter(settings.per_host_concurrency)

    def close(self) -> None:
        self.client.close()

    def discover(self, url: str) -> tuple[str, ParsedFeed]:
        """Find the feed behind `url`: the URL itself, its <link rel=alternate>, common paths."""
        response = self.client.get(url, accept=FEED_ACCEPT)
        if looks_like_feed(response.body):
            return response.url, parse_feed(response.body, response.url, url)
        candidates = discover_feed_links(response.body, response.url) or candidate_urls(
            response.url)
        for candidate in candidates:
            try:
                found = self.client.get(candidate, accept=FEED_ACCEPT)
            except FetchError:
                continue
            if looks_like_feed(found.body):
                return found.url, parse_feed(found.body, found.url, candidate)
        raise FeedError("no feed found at this address or advertised by its page", where=url)

    def fetch_feed(self, feed: Feed) -> FeedFetch | NewsdeskError:
        """Poll one feed with its validators. A web page at a feed's address (a site added in
        the reader) is followed to the feed it advertises. Errors are returned, not raised,
        so a thread pool can poll many feeds and the caller records each outcome."""
        try:
            with self.hosts.slot(feed.url):
                response = self.client.get(feed.url, etag=feed.etag,
                                           last_modified=feed.last_modified, accept=FEED_ACCEPT)
        except FetchError as exc:
            return exc
        result = FeedFetch(None, response.headers.get("etag") or feed.etag,
                           response.headers.get("last-modified") or feed.last_modified,
                           parse_cache_max_age(response.headers), feed.url)
        if response.not_modified:
            return result
        if not looks_like_feed(response.body):
            return self._follow_advertised(feed, response.body, response.url, result)
        try:
            result.parsed = parse_feed(response.body, response.url, feed.url)
        except FeedError as exc:
            return exc
        return result

    def _follow_advertised(self, feed: Feed, page: bytes, page_url: str,
                           result: FeedFetch) -> FeedFetch | NewsdeskError:
        for candidate in discover_feed_links(page, page_url):
            try:
                with self.hosts.slot(candidate):
                    found = self.client.get(candidate, accept=FEED_ACCEPT)
                if looks_like_feed(found.body):
                    result.parsed = parse_feed(found.body, found.url, candidate)
                    result.url, result.etag, result.last_modified = found.url, None, None
                    return result
            except (FetchError, FeedError):
                continue
        return FeedError("not a feed, and the page advertises no feed", where=feed.url)

    def page(self, url: str) -> Page | None:
        """An article page, or None when robots.txt forbids it, page fetching is off, or the
        fetch fails (the caller falls back to the feed's own content)."""
        if not self.settings.fetch_pages:
            return None
        try:
            if self.settings.respect_robots and not self.robots.allowed(url):
                return None
            with self.hosts.slot(url):
                response = self.client.get(url, accept=PAGE_ACCEPT)
        except FetchError:
            return None
        return Page(response.body, response.url, url, response.content_type,
                    response.fetched_at, "page")
