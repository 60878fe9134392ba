"""`Pipeline`: one command's connection of the safe client, extractors, enricher and store.

It owns the order of the work and the batches; what a feed's fetch means (`polling`), what an
import item holds (`ingest`) and how a batch is enriched (`enrichment`) live beside it."""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

from newsdesk.enrich import Enricher
from newsdesk.errors import ConfigError, ExtractError, FeedError, InputError
from newsdesk.model import Article, Feed
from newsdesk.pipeline.enrichment import enrich_and_save
from newsdesk.pipeline.ingest import articles_from_item
from newsdesk.pipeline.polling import EntryPages, Job, record_feed
from newsdesk.pipeline.report import Progress, Report, now_utc
from newsdesk.settings import Settings
from newsdesk.sources.fetcher import Fetcher
from newsdesk.sources.http import SafeClient
from newsdesk.sources.importers import iter_import
from newsdesk.store import Store
from newsdesk.stories.live import LiveStories


class Pipeline:
    """Connects the safe client, extractors and the store for one command's lifetime."""

    def __init__(self, settings: Settings, store: Store, client: SafeClient | None = None,
                 *, enricher: Enricher | None = None, enrich: bool | None = None,
                 stories: bool | None = None) -> None:
        self.settings = settings
        self.store = store
        self.fetcher = Fetcher(settings, client)
        self.pages = EntryPages(self.fetcher)
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
        report = Report()
        errors: list[InputError] | None = None if strict else []
        items = iter_import(paths, base_url=base_url,
                            max_bytes=self.settings.max_import_bytes, errors=errors)
        batch: list[Article] = []
        for location, item in items:
            try:
                batch.extend(articles_from_item(self.store, location, item, now=now,
                                                report=report, subscriber=subscriber))
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
            self._live = LiveStories(self.store, embeddings=self.settings.story_embeddings,
                                     xling_days=self.settings.story_xling_days)
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
        """Observe the batch (corpus statistics), then enrich and save each article; a
        failure is reported and leaves that article for `newsdesk enrich`."""
        enrich_and_save(self.enricher, self.store, batch, report)

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
            jobs: list[Job] = []
            for feed, outcome in zip(feeds, fetched, strict=True):
                jobs.extend(record_feed(self.store, self.settings, feed, outcome, now, report))
            self.pages.learn_templates(
                self.store, {feed.id for feed, _entry in jobs if feed.id is not None})
            batch: list[Article] = []
            for article in pool.map(self.pages.article_for_entry, jobs):
                batch.append(article)
                if len(batch) >= self.settings.batch_size:
                    self._save(batch, report, progress)
                    batch = []
            self._save(batch, report, progress)
        return report
