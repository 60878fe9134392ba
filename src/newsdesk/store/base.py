"""The Store interface: everything newsdesk keeps, behind one object.

The pipeline, CLI and web code against this Protocol only; `open_store(url)` picks the
implementation from the URL (SQLite today, PostgreSQL later), and one test suite runs
against every implementation.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from newsdesk.model import Article, Enrichment, Feed, Quote, SearchHit
from newsdesk.store.base_reader import ReaderStore
from newsdesk.store.base_stories import StoryStore

SaveStatus = Literal["inserted", "updated", "unchanged"]


@dataclass(frozen=True)
class SaveResult:
    """What `save_articles` did with one article, in input order."""

    article_id: int
    status: SaveStatus


@dataclass(frozen=True)
class EntitySummary:
    """An entity as `list_entities` gives it: counts over all articles, and its names per
    language (most mentioned first) as written in the articles."""

    id: str
    type: str
    name: str
    mentions: int
    articles: int
    names: dict[str, list[tuple[str, int]]]


class Store(ReaderStore, StoryStore, Protocol):
    """Feeds with their fetch state, articles with their history, enrichment and search;
    and, through `ReaderStore` and `StoryStore`, the reader's accounts, subscriptions and
    per-user state, and the stories articles are grouped into."""

    url: str

    # --- feeds -------------------------------------------------------------------------
    def add_feed(self, feed: Feed) -> tuple[Feed, bool]:
        """Subscribe; a known URL gives back the existing row unchanged and False."""
        ...

    def get_feed(self, feed_id: int) -> Feed | None: ...

    def feed_by_url(self, url: str) -> Feed | None: ...

    def list_feeds(self) -> list[Feed]:
        """Every feed, by id."""
        ...

    def update_feed(self, feed: Feed) -> None:
        """Write the fetch state and descriptive fields of an existing feed (by id)."""
        ...

    def remove_feed(self, feed_id: int) -> bool:
        """Unsubscribe; the feed's articles stay, with feed_id set to None."""
        ...

    def due_feeds(self, now: datetime, limit: int | None = None) -> list[Feed]:
        """Feeds never tried or whose next_attempt <= now; never tried first, then oldest."""
        ...

    # --- articles ----------------------------------------------------------------------
    def save_articles(self, articles: Sequence[Article]) -> list[SaveResult]:
        """Upsert a batch in ONE transaction (all or nothing); results in input order.

        Identity, first match wins: canonical_url (else url), then (feed_id, guid),
        then content_hash for articles with neither. Identical → "unchanged", no write;
        otherwise "updated" in place (a replaced content_hash goes to the history).
        """
        ...

    def get_article(self, article_id: int) -> Article | None: ...

    def has_entry(self, feed_id: int | None, guid: str | None, url: str | None) -> bool:
        """Whether a feed entry is already stored, so the poller can skip its page."""
        ...

    def list_articles(
        self,
        *,
        limit: int = 50,
        before: tuple[datetime | None, int] | None = None,
        language: str | None = None,
        source: str | None = None,
        feed_id: int | None = None,
    ) -> list[Article]:
        """Newest first by (sort_time, id); pass before=(time, id) of the last row shown."""
        ...

    def iter_articles(self, batch: int = 500) -> Iterator[Article]:
        """Every article by id, read in batches of `batch` (for export)."""
        ...

    def count_articles(self) -> int: ...

    def article_history(self, article_id: int) -> list[tuple[str, datetime]]:
        """Earlier content hashes of an article with when each was replaced, oldest first."""
        ...

    # --- enrichment: entities, quotes and times of articles -----------------------------
    def save_enrichment(self, article_id: int, enrichment: Enrichment) -> None:
        """Replace the article's enrichment in one transaction (saving twice changes
        nothing). InputError for an unknown article."""
        ...

    def get_enrichment(self, article_id: int) -> Enrichment | None: ...

    def articles_to_enrich(self, version: str | None, batch: int = 100) -> Iterator[Article]:
        """Articles by id whose enrichment is missing, of another version or older than
        their text (every article when `version` is None), read in short batches."""
        ...

    def list_entities(self, type: str | None = None, query: str | None = None,
                      limit: int = 50) -> list[EntitySummary]:
        """Most mentioned first; `query` matches any of their names, ignoring case."""
        ...

    def quotes_by(self, speaker: str | None = None,
                  limit: int = 50) -> list[tuple[int, Quote]]:
        """(article_id, quote), newest article first; `speaker` matches the speaker's
        name or any name of the speaker's entity, ignoring case."""
        ...

    # --- search and upkeep ---------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        language: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        source: str | None = None,
        limit: int = 20,
    ) -> list[SearchHit]:
        """Full-text search, best first; snippets mark hits with \\x02 … \\x03."""
        ...

    def integrity_ok(self) -> bool: ...

    def close(self) -> None: ...
