"""Polling a feed: record what its fetch said, then turn its new entries into articles.

`record_feed` writes on the calling thread (the store is not shared with the workers);
`EntryPages` is what the page workers run, reading the site templates learned before them."""

from __future__ import annotations

from datetime import datetime

from newsdesk.errors import ExtractError, FeedError, FetchError, NewsdeskError
from newsdesk.extract import article_from_entry, extract_article, learn_boilerplate
from newsdesk.model import Article, Entry, Feed
from newsdesk.pipeline.report import Report
from newsdesk.settings import Settings
from newsdesk.sources.fetcher import FeedFetch, Fetcher
from newsdesk.sources.politeness import next_attempt_after_failure, next_attempt_after_success
from newsdesk.store import Store
from newsdesk.store.error_kinds import MALFORMED, error_kind

TEMPLATE_SAMPLE = 30  # stored pages of a feed that site templates are learned from
Job = tuple[Feed, Entry]


def record_feed(store: Store, settings: Settings, feed: Feed, outcome: FeedFetch | NewsdeskError,
                now: datetime, report: Report) -> list[Job]:
    """Store the feed's fetch state; return the entries whose pages must be fetched."""
    feed.last_fetched = now
    if isinstance(outcome, NewsdeskError):
        _record_failure(store, settings, feed, outcome, now)
        report.errors.append(str(outcome))
        return []
    other = store.feed_by_url(outcome.url)
    if other is not None and other.id is not None and other.id != feed.id:
        # discovery led to a feed that is stored already: its subscribers join that one
        store.merge_feed(feed.id or 0, other.id)
        return []
    _record_success(settings, feed, outcome, now)
    store.update_feed(feed)
    entries = outcome.parsed.entries if outcome.parsed else []
    return [(feed, e) for e in entries if not store.has_entry(feed.id, e.guid, e.link)]


def _record_failure(store: Store, settings: Settings, feed: Feed, outcome: NewsdeskError,
                    now: datetime) -> None:
    """Count the failure, keep its message and kind, and back off before the next try."""
    feed.error_count += 1
    feed.last_error, feed.last_error_kind = str(outcome.message), error_kind(outcome)
    error = outcome if isinstance(outcome, FetchError | FeedError) else FeedError(
        outcome.message, where=feed.url)
    feed.next_attempt = next_attempt_after_failure(feed, error, now, settings)
    store.update_feed(feed)


def _record_success(settings: Settings, feed: Feed, outcome: FeedFetch, now: datetime) -> None:
    """Take the fetch's URL and validators, schedule by the entries' pace, clear the error
    (or say the feed is malformed when only part of it parsed)."""
    parsed = outcome.parsed
    feed.url, feed.etag, feed.last_modified = outcome.url, outcome.etag, outcome.last_modified
    entries = parsed.entries if parsed else []
    times = [e.published for e in entries if e.published]
    feed.next_attempt, feed.interval_seconds = next_attempt_after_success(
        feed, times, now, settings, cache_max_age=outcome.max_age)
    feed.error_count, feed.last_error, feed.last_success = 0, None, now
    feed.last_error_kind = None
    if parsed:
        feed.title = feed.title or parsed.title
        feed.site_url = feed.site_url or parsed.site_url
        if parsed.bozo and parsed.problem:
            feed.last_error = f"feed is malformed, kept what parsed: {parsed.problem}"
            feed.last_error_kind = MALFORMED


class EntryPages:
    """The pages of new entries, extracted without each feed's repeated site furniture."""

    def __init__(self, fetcher: Fetcher) -> None:
        self.fetcher = fetcher
        self._templates: dict[int, set[str]] = {}

    def learn_templates(self, store: Store, feed_ids: set[int]) -> None:
        """Per feed, the paragraphs that repeat across its stored pages (menus, newsletter
        boxes, cookie notes): they are left out of the feed's new pages. Computed on the
        calling thread, so the page workers only read it."""
        self._templates = {}
        for feed_id in feed_ids:
            stored = store.list_articles(feed_id=feed_id, limit=TEMPLATE_SAMPLE)
            self._templates[feed_id] = learn_boilerplate(
                [a.text for a in stored if a.origin == "page"])

    def article_for_entry(self, job: Job) -> Article:
        """The entry's page, extracted; the feed's own content when the page can't be had."""
        feed, entry = job
        article = self._page_article(entry, feed.id) if entry.link else None
        if article is None:
            article = article_from_entry(entry, feed)
        return article.replace(
            feed_id=feed.id,
            guid=entry.guid,
            title=article.title or entry.title,
            published=article.published or entry.published,
            updated=article.updated or entry.updated,
            authors=article.authors or entry.authors,
        )

    def _page_article(self, entry: Entry, feed_id: int | None = None) -> Article | None:
        page = self.fetcher.page(entry.link) if entry.link else None
        if page is None:
            return None
        try:
            return extract_article(page, now=page.fetched_at,
                                   site_boilerplate=self._templates.get(feed_id or 0))
        except ExtractError:
            return None
