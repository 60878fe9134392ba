"""The one orchestrator: fetch → extract → store, then enrich what was stored.

Stages are pure; this module is the only place that wires them to the network client
and the store. Network work runs in a bounded thread pool; every database write happens
on the calling thread, one transaction per batch, so a killed process loses at most the
batch in flight and re-running completes it (upserts make that idempotent).

After each saved batch, the inserted and updated articles are enriched (entities, quotes,
times) and each article's enrichment is saved in its own transaction. An article whose
enrichment was lost (a crash between the two) or failed keeps no enrichment row, and
`enrich_stored` (`newsdesk enrich`) picks it up, like every article enriched by another
enricher version. Then each inserted article joins a story (`stories.live`: one engine per
pipeline, in arrival order, on this same thread — never the web's), its features built from
the mentions and times just stored rather than recognised a second time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.enrich import Enricher
from newsdesk.errors import (
    ConfigError,
    ExtractError,
    FeedError,
    FetchError,
    InputError,
    NewsdeskError,
)
from newsdesk.extract import article_from_entry, extract_article, learn_boilerplate
from newsdesk.model import Article, Entry, Feed, Page, ParsedFeed
from newsdesk.settings import Settings
from newsdesk.sources.fetcher import FeedFetch, Fetcher
from newsdesk.sources.http import SafeClient
from newsdesk.sources.importers import iter_import
from newsdesk.sources.politeness import next_attempt_after_failure, next_attempt_after_success
from newsdesk.store import Store
from newsdesk.store.error_kinds import MALFORMED, error_kind
from newsdesk.stories.live import LiveStories

TEMPLATE_SAMPLE = 30  # stored pages of a feed that site templates are learned from
Progress = Callable[[int], None]  # called with the number of items just finished


@dataclass
class Report:
    """What one import or poll did, for the CLI's summary line."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    feeds_added: int = 0
    enriched: int = 0
    clustered: int = 0
    errors: list[str] = field(default_factory=list)

    def count(self, statuses: Iterable[str]) -> None:
        for status in statuses:
            setattr(self, status, getattr(self, status) + 1)


def now_utc() -> datetime:
    return datetime.now(UTC)


class Pipeline:
    """Connects the safe client, extractors and the store for one command's lifetime."""

    def __init__(self, settings: Settings, store: Store, client: SafeClient | None = None,
                 *, enricher: Enricher | None = None, enrich: bool | None = None,
                 stories: bool | None = None) -> None:
        self.settings = settings
        self.store = store
        self.fetcher = Fetcher(settings, client)
        self._templates: dict[int, set[str]] = {}
        self._subscriber: int | None = None
        self._enricher = enricher
        self.enrich = settings.enrich if enrich is None else enrich
        self.stories = settings.stories if stories is None else stories
        self._live: LiveStories | None = None

    @property
    def enricher(self) -> Enricher:
        """Made on first use: its language resources load lazily and take seconds."""
        if self._enricher is None:
            self._enricher = Enricher()
        return self._enricher

    def close(self) -> None:
        self.fetcher.close()

    # -- subscribing -----------------------------------------------------------------

    def add_source(self, url: str, *, title: str | None = None,
                   category: str | None = None) -> tuple[Feed, bool]:
        """Subscribe to a feed URL, or to the feed a site URL advertises (autodiscovery)."""
        feed_url, parsed = self.fetcher.discover(url)
        feed = Feed(url=feed_url, title=title or parsed.title, site_url=parsed.site_url,
                    category=category, interval_seconds=self.settings.default_interval)
        return self.store.add_feed(feed)

    # -- importing files ----------------------------------------------------------------

    def import_paths(self, paths: Iterable[str | Path], *, base_url: str | None = None,
                     now: datetime | None = None, strict: bool = False,
                     progress: Progress | None = None, subscriber: int | None = None) -> Report:
        """Import files and folders; bad records are reported (or raised with `strict`).

        Feeds from OPML files are subscribed for the `subscriber` account when given."""
        self._subscriber = subscriber
        report = Report()
        errors: list[InputError] | None = None if strict else []
        items = iter_import(paths, base_url=base_url,
                            max_bytes=self.settings.max_import_bytes, errors=errors)
        batch: list[Article] = []
        for location, item in items:
            try:
                batch.extend(self._articles_from_item(location, item, now, report))
            except (ExtractError, FeedError, InputError) as exc:
                if strict:
                    raise
                report.errors.append(str(exc))
            if len(batch) >= self.settings.batch_size:
                self._save(batch, report, progress)
                batch = []
        self._save(batch, report, progress)
        report.errors.extend(str(e) for e in errors or [])
        return report

    def _articles_from_item(self, location: str, item: object, now: datetime | None,
                            report: Report) -> list[Article]:
        if isinstance(item, Article):
            return [item]
        if isinstance(item, Feed):
            feed, created = self.store.add_feed(item)
            report.feeds_added += int(created)
            if self._subscriber is not None and feed.id is not None:
                self.store.subscribe(self._subscriber, feed.id, title=item.title,
                                     category=item.category)
            return []
        if isinstance(item, ParsedFeed):
            return [article_from_entry(entry, None) for entry in item.entries]
        if isinstance(item, Page):
            anchor = now or _file_time(location) or now_utc()
            return [extract_article(item, now=anchor)]
        raise InputError(f"unexpected import item {type(item).__name__}", where=location)

    def _save(self, batch: list[Article], report: Report, progress: Progress | None) -> None:
        if not batch:
            return
        results = self.store.save_articles(batch)
        report.count(r.status for r in results)
        if self.enrich:
            self.enrich_ids([r.article_id for r in results if r.status != "unchanged"], report)
        if self.stories:
            self.cluster_ids([r.article_id for r in results if r.status == "inserted"], report)
        if progress:
            progress(len(batch))

    # -- stories -----------------------------------------------------------------------------

    @property
    def live_stories(self) -> LiveStories:
        """One story engine per pipeline, rebuilt from the store's recent window on first
        use (so a restarted poller continues its stories)."""
        if self._live is None:
            self._live = LiveStories(self.store, embeddings=self.settings.story_embeddings)
        return self._live

    def cluster_ids(self, article_ids: list[int], report: Report) -> None:
        """Place new stored articles into stories, in arrival order. A failure is reported
        and leaves the batch stored; those articles simply belong to no story. A setting
        that cannot work (an embedding model not on this machine) switches stories off for
        this pipeline, reported once: the next process rebuilds the window's stories."""
        if not article_ids:
            return
        stored = [a for a in (self.store.get_article(i) for i in article_ids) if a is not None]
        try:
            report.clustered += self.live_stories.add(stored)
        except ConfigError as exc:
            self.stories = False
            report.errors.append(f"story clustering off: {exc}")
        except Exception as exc:  # a clustering bug must not lose the stored batch
            report.errors.append(f"story clustering failed: {exc!r}")

    # -- enrichment ------------------------------------------------------------------------

    def enrich_ids(self, article_ids: Iterable[int], report: Report) -> None:
        """Enrich stored articles, read back so offsets index the text as stored."""
        stored = [self.store.get_article(i) for i in article_ids]
        self.enrich_articles([a for a in stored if a is not None], report)

    def enrich_articles(self, batch: list[Article], report: Report) -> None:
        """Observe the batch (corpus statistics), then enrich and save each article.

        An article whose enrichment fails is reported and left unenriched, so the rest of
        the batch is kept and `newsdesk enrich` retries it."""
        for article in batch:
            self.enricher.observe(article.text, article.language)
        for article in batch:
            assert article.id is not None
            try:
                found = self.enricher.enrich(article.text, article.language, article.published,
                                             article.title)
            except Exception as exc:  # a rule's bug must not lose the stored batch
                report.errors.append(f"article {article.id}: enrichment failed: {exc!r}")
                continue
            self.store.save_enrichment(article.id, found)
            report.enriched += 1

    def enrich_stored(self, *, redo_all: bool = False, progress: Progress | None = None,
                      batch: int = 50) -> Report:
        """Enrich the stored articles of another enricher version, or all of them."""
        report = Report()
        version = None if redo_all else self.enricher.version
        pending: list[Article] = []
        for article in self.store.articles_to_enrich(version, batch):
            pending.append(article)
            if len(pending) >= batch:
                self._enrich_batch(pending, report, progress)
                pending = []
        self._enrich_batch(pending, report, progress)
        return report

    def _enrich_batch(self, batch: list[Article], report: Report,
                      progress: Progress | None) -> None:
        self.enrich_articles(batch, report)
        if progress and batch:
            progress(len(batch))

    # -- polling -------------------------------------------------------------------------

    def poll_due(self, now: datetime | None = None, progress: Progress | None = None) -> Report:
        """Fetch every due feed once, then the pages of its new entries."""
        now = now or now_utc()
        report = Report()
        feeds = self.store.due_feeds(now)
        workers = max(1, self.settings.poll_concurrency)
        with ThreadPoolExecutor(max_workers=workers) as pool:
            fetched = list(pool.map(self.fetcher.fetch_feed, feeds))
            jobs: list[tuple[Feed, Entry]] = []
            for feed, outcome in zip(feeds, fetched, strict=True):
                jobs.extend(self._record_feed(feed, outcome, now, report))
            self._learn_templates({feed.id for feed, _entry in jobs if feed.id is not None})
            batch: list[Article] = []
            for article in pool.map(self._article_for_entry, jobs):
                batch.append(article)
                if len(batch) >= self.settings.batch_size:
                    self._save(batch, report, progress)
                    batch = []
            self._save(batch, report, progress)
        return report

    def _record_feed(self, feed: Feed, outcome: FeedFetch | NewsdeskError, now: datetime,
                     report: Report) -> list[tuple[Feed, Entry]]:
        """Store the feed's fetch state; return the entries whose pages must be fetched."""
        feed.last_fetched = now
        if isinstance(outcome, NewsdeskError):
            feed.error_count += 1
            feed.last_error, feed.last_error_kind = str(outcome.message), error_kind(outcome)
            error = outcome if isinstance(outcome, FetchError | FeedError) else FeedError(
                outcome.message, where=feed.url)
            feed.next_attempt = next_attempt_after_failure(feed, error, now, self.settings)
            self.store.update_feed(feed)
            report.errors.append(str(outcome))
            return []
        other = self.store.feed_by_url(outcome.url)
        if other is not None and other.id is not None and other.id != feed.id:
            # discovery led to a feed that is stored already: its subscribers join that one
            self.store.merge_feed(feed.id or 0, other.id)
            return []
        parsed = outcome.parsed
        feed.url, feed.etag, feed.last_modified = outcome.url, outcome.etag, outcome.last_modified
        entries = parsed.entries if parsed else []
        times = [e.published for e in entries if e.published]
        feed.next_attempt, feed.interval_seconds = next_attempt_after_success(
            feed, times, now, self.settings, cache_max_age=outcome.max_age)
        feed.error_count, feed.last_error, feed.last_success = 0, None, now
        feed.last_error_kind = None
        if parsed:
            feed.title = feed.title or parsed.title
            feed.site_url = feed.site_url or parsed.site_url
            if parsed.bozo and parsed.problem:
                feed.last_error = f"feed is malformed, kept what parsed: {parsed.problem}"
                feed.last_error_kind = MALFORMED
        self.store.update_feed(feed)
        return [(feed, e) for e in entries if not self.store.has_entry(feed.id, e.guid, e.link)]

    def _article_for_entry(self, job: tuple[Feed, Entry]) -> Article:
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

    def _learn_templates(self, feed_ids: set[int]) -> None:
        """Per feed, the paragraphs that repeat across its stored pages (menus, newsletter
        boxes, cookie notes): they are left out of the feed's new pages. Computed here, on
        the calling thread, so the page workers only read it."""
        self._templates = {}
        for feed_id in feed_ids:
            stored = self.store.list_articles(feed_id=feed_id, limit=TEMPLATE_SAMPLE)
            self._templates[feed_id] = learn_boilerplate(
                [a.text for a in stored if a.origin == "page"])

    def _page_article(self, entry: Entry, feed_id: int | None = None) -> Article | None:
        page = self.fetcher.page(entry.link) if entry.link else None
        if page is None:
            return None
        try:
            return extract_article(page, now=page.fetched_at,
                                   site_boilerplate=self._templates.get(feed_id or 0))
        except ExtractError:
            return None


def extract_file(path: str, settings: Settings, *, now: datetime | None = None,
                 base_url: str | None = None) -> Article:
    """Extract one local file (HTML page, app copy or JSONL record) without storing it."""
    for location, item in iter_import([path], base_url=base_url,
                                      max_bytes=settings.max_import_bytes):
        if isinstance(item, Page):
            return extract_article(item, now=now or _file_time(location) or now_utc())
        if isinstance(item, Article):
            return item
    raise InputError("no article in this file", where=path)


def _file_time(location: str) -> datetime | None:
    """The modification time of the file behind a location (`path`, `path:12`, `path#3`)."""
    path = Path(location.split("#")[0])
    if not path.exists():
        path = Path(location.rsplit(":", 1)[0])
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC).astimezone()
    except OSError:
        return None
