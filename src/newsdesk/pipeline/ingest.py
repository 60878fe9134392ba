"""Local files and records into articles: what `newsdesk import` and `newsdesk extract` read.

Kept apart from polling because nothing here touches the network: an import item is
already a page, a parsed feed, a subscription or a finished article."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from newsdesk.errors import InputError
from newsdesk.extract import article_from_entry, extract_article
from newsdesk.model import Article, Feed, Page, ParsedFeed
from newsdesk.pipeline.report import Report, now_utc
from newsdesk.settings import Settings
from newsdesk.sources.importers import iter_import
from newsdesk.store import Store


def articles_from_item(store: Store, location: str, item: object, *, now: datetime | None,
                       report: Report, subscriber: int | None) -> list[Article]:
    """The articles one import item holds; a feed (from OPML) is subscribed instead, for the
    `subscriber` account when given."""
    if isinstance(item, Article):
        return [item]
    if isinstance(item, Feed):
        feed, created = store.add_feed(item)
        report.feeds_added += int(created)
        if subscriber is not None and feed.id is not None:
            store.subscribe(subscriber, feed.id, title=item.title, category=item.category)
        return []
    if isinstance(item, ParsedFeed):
        return [article_from_entry(entry, None) for entry in item.entries]
    if isinstance(item, Page):
        anchor = now or file_time(location) or now_utc()
        return [extract_article(item, now=anchor)]
    raise InputError(f"unexpected import item {type(item).__name__}", where=location)


def extract_file(path: str, settings: Settings, *, now: datetime | None = None,
                 base_url: str | None = None) -> Article:
    """Extract one local file (HTML page, app copy or JSONL record) without storing it."""
    for location, item in iter_import([path], base_url=base_url,
                                      max_bytes=settings.max_import_bytes):
        if isinstance(item, Page):
            return extract_article(item, now=now or file_time(location) or now_utc())
        if isinstance(item, Article):
            return item
    raise InputError("no article in this file", where=path)


def file_time(location: str) -> datetime | None:
    """The modification time of the file behind a location (`path`, `path:12`, `path#3`):
    a saved page's best guess at "now" when it names no date of its own."""
    path = Path(location.split("#")[0])
    if not path.exists():
        path = Path(location.rsplit(":", 1)[0])
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC).astimezone()
    except OSError:
        return None
