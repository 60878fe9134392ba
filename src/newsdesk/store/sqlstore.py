"""`SqlStore`: the Store over a SQLAlchemy engine.

A thin shell: each method takes one connection (a read snapshot or one write
transaction, see engine.py), calls the entity module that holds the SQL, and turns
database errors into StoreError naming the database. It is safe to share between
threads: connections come from the engine's pool, one per call.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, text

from newsdesk.errors import InputError, StoreError
from newsdesk.model import Article, Enrichment, Feed, Quote, SearchHit
from newsdesk.store import articles as article_sql
from newsdesk.store import enrichment as enrichment_sql
from newsdesk.store import enrichment_read
from newsdesk.store import feeds as feed_sql
from newsdesk.store import search as search_sql
from newsdesk.store.base import EntitySummary, SaveResult
from newsdesk.store.engine import (
    batches_by_id,
    read_connection,
    table_exists,
    write_transaction,
)
from newsdesk.store.sqlreader import ReaderMethods
from newsdesk.store.sqlstories import StoryMethods


def _now() -> datetime:
    return datetime.now(UTC)


def _positive(name: str, value: int) -> int:
    if value < 1:
        raise InputError(f"{name} must be at least 1", where=f"{name}={value}")
    return value


class SqlStore(ReaderMethods, StoryMethods):
    """The Store implementation for SQLite (and, later, PostgreSQL).

    The reader's methods (users, sessions, subscriptions, river, ...) are in sqlreader.py,
    the stories' in sqlstories.py.
    """

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        with self._read() as conn:
            self._trigram = table_exists(conn, "articles_trigram")

    def _read(self) -> AbstractContextManager[Connection]:
        return read_connection(self.engine, self.url)

    def _write(self) -> AbstractContextManager[Connection]:
        return write_transaction(self.engine, self.url)

    # --- feeds -------------------------------------------------------------------------
    def add_feed(self, feed: Feed) -> tuple[Feed, bool]:
        with self._write() as conn:
            return feed_sql.add_feed(conn, feed, _now())

    def get_feed(self, feed_id: int) -> Feed | None:
        with self._read() as conn:
            return feed_sql.get_feed(conn, feed_id)

    def feed_by_url(self, url: str) -> Feed | None:
        with self._read() as conn:
            return feed_sql.feed_by_url(conn, url)

    def list_feeds(self) -> list[Feed]:
        with self._read() as conn:
            return feed_sql.list_feeds(conn)

    def update_feed(self, feed: Feed) -> None:
        with self._write() as conn:
            feed_sql.update_feed(conn, feed)

    def remove_feed(self, feed_id: int) -> bool:
        with self._write() as conn:
            return feed_sql.remove_feed(conn, feed_id)

    def due_feeds(self, now: datetime, limit: int | None = None) -> list[Feed]:
        with self._read() as conn:
            return feed_sql.due_feeds(conn, now, limit)

    # --- articles ----------------------------------------------------------------------
    def save_articles(self, articles: Sequence[Article]) -> list[SaveResult]:
        if not articles:
            return []
        with self._write() as conn:
            return article_sql.save_batch(conn, articles, _now())

    def get_article(self, article_id: int) -> Article | None:
        with self._read() as conn:
            return article_sql.get_article(conn, article_id)

    def has_entry(self, feed_id: int | None, guid: str | None, url: str | None) -> bool:
        with self._read() as conn:
            return article_sql.has_entry(conn, feed_id, guid, url)

    def list_articles(
        self,
        *,
        limit: int = 50,
        before: tuple[datetime | None, int] | None = None,
        language: str | None = None,
        source: str | None = None,
        feed_id: int | None = None,
    ) -> list[Article]:
        filters = {"language": language, "source": source, "feed_id": feed_id}
        with self._read() as conn:
            return article_sql.list_page(conn, _positive("limit", limit), before, filters)

    def iter_articles(self, batch: int = 500) -> Iterator[Article]:
        """Each batch is its own short read, so a slow consumer never pins a snapshot."""
        return batches_by_id(self._read, article_sql.batch_after, _positive("batch", batch))

    def count_articles(self) -> int:
        with self._read() as conn:
            return article_sql.count(conn)

    def article_history(self, article_id: int) -> list[tuple[str, datetime]]:
        with self._read() as conn:
            return article_sql.history(conn, article_id)

    # --- enrichment ----------------------------------------------------------------------
    def save_enrichment(self, article_id: int, enrichment: Enrichment) -> None:
        with self._write() as conn:
            enrichment_sql.save(conn, article_id, enrichment, _now())

    def get_enrichment(self, article_id: int) -> Enrichment | None:
        with self._read() as conn:
            return enrichment_read.get(conn, article_id)

    def articles_to_enrich(self, version: str | None, batch: int = 100) -> Iterator[Article]:
        """Keyset by id, each batch its own short read: articles enriched meanwhile (or
        again, with version None) are never handed out twice."""
        return batches_by_id(
            self._read, lambda conn, after, size: enrichment_read.to_enrich(
                conn, version, after, size), _positive("batch", batch))

    def list_entities(self, type: str | None = None, query: str | None = None,
                      limit: int = 50) -> list[EntitySummary]:
        with self._read() as conn:
            return enrichment_read.list_entities(conn, type, query, _positive("limit", limit))

    def quotes_by(self, speaker: str | None = None,
                  limit: int = 50) -> list[tuple[int, Quote]]:
        with self._read() as conn:
            return enrichment_read.quotes_by(conn, speaker, _positive("limit", limit))

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
        filters = search_sql.Filters(language, source, since, until)
        with self._read() as conn:
            return search_sql.search(conn, query, filters, _positive("limit", limit),
                                     trigram=self._trigram)

    def integrity_ok(self) -> bool:
        """SQLite's integrity_check plus FTS5's own check that the index matches the rows."""
        with self._read() as conn:
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        if rows != ["ok"]:
            return False
        return self._fts_consistent()

    def _fts_consistent(self) -> bool:
        tables = ["articles_fts"] + (["articles_trigram"] if self._trigram else [])
        try:
            with self._write() as conn:
                for table in tables:
                    conn.execute(text(f"INSERT INTO {table}({table}) VALUES ('integrity-check')"))
        except StoreError:
            return False
        return True

    def close(self) -> None:
        self.engine.dispose()
