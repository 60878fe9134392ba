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

from newsdesk.model import Article, Feed, SearchHit

SaveStatus = Literal["inserted", "updated", "unchanged"]


@dataclass(frozen=True)
class SaveResult:
    """What `save_articles` did with one article, in input order."""

    article_id: int
    status: SaveStatus


class Store(Protocol):
    """Feeds with their fetch state, articles with their history, and search."""

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
