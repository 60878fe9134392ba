"""Feed queries: subscriptions and their fetch state (plain, portable SQLAlchemy Core)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, delete, insert, nulls_first, or_, select, update

from newsdesk.errors import StoreError
from newsdesk.model import Feed
from newsdesk.store.rows import feed_from_row, feed_values, inserted_id
from newsdesk.store.schema import feeds


def add_feed(conn: Connection, feed: Feed, now: datetime) -> tuple[Feed, bool]:
    """Insert unless the URL is known; a known feed is returned as stored, untouched.

    Called inside a write (BEGIN IMMEDIATE) transaction, so the look-up and the insert
    cannot race with another writer.
    """
    existing = feed_by_url(conn, feed.url)
    if existing is not None:
        return existing, False
    values = {**feed_values(feed), "created_at": now}
    new_id = inserted_id(conn.execute(insert(feeds).values(values)))
    stored = get_feed(conn, new_id)
    assert stored is not None  # just inserted in this transaction
    return stored, True


def get_feed(conn: Connection, feed_id: int) -> Feed | None:
    row = conn.execute(select(feeds).where(feeds.c.id == feed_id)).first()
    return feed_from_row(row) if row else None


def feed_by_url(conn: Connection, url: str) -> Feed | None:
    row = conn.execute(select(feeds).where(feeds.c.url == url)).first()
    return feed_from_row(row) if row else None


def list_feeds(conn: Connection) -> list[Feed]:
    return [feed_from_row(row) for row in conn.execute(select(feeds).order_by(feeds.c.id))]


def update_feed(conn: Connection, feed: Feed) -> None:
    """Write every stored field of `feed` (found by id); an unknown id is an error."""
    if feed.id is None:
        raise StoreError("cannot update a feed without an id", where=feed.url)
    result = conn.execute(update(feeds).where(feeds.c.id == feed.id).values(feed_values(feed)))
    if result.rowcount == 0:
        raise StoreError(f"no feed with id {feed.id}", where=feed.url)


def remove_feed(conn: Connection, feed_id: int) -> bool:
    """Delete the feed; the foreign key (ON DELETE SET NULL) detaches its articles."""
    return bool(conn.execute(delete(feeds).where(feeds.c.id == feed_id)).rowcount)


def due_feeds(conn: Connection, now: datetime, limit: int | None) -> list[Feed]:
    """Feeds to poll now: never tried first, then the longest-waiting, then by id."""
    query = (
        select(feeds)
        .where(or_(feeds.c.next_attempt.is_(None), feeds.c.next_attempt <= now))
        .order_by(nulls_first(feeds.c.next_attempt.asc()), feeds.c.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return [feed_from_row(row) for row in conn.execute(query)]
