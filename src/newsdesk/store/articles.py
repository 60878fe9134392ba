"""Article queries: the upsert, lookups, keyset listing, history.

Every function takes an open Connection; the Store decides the transactions. The SQL is
plain SQLAlchemy Core, portable between SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    and_,
    func,
    insert,
    or_,
    select,
    update,
)

from newsdesk.model import Article
from newsdesk.store.base import SaveResult
from newsdesk.store.rows import article_from_row, article_values, inserted_id, sort_time
from newsdesk.store.schema import article_history, articles
from newsdesk.store.scope import keyset_after

# When the new version of an article does not know these, the stored value is kept:
# re-importing a copy without its feed or URLs must not forget them.
_KEEP_WHEN_MISSING = ("feed_id", "guid", "identity_url", "url", "canonical_url", "original_url")


def save_batch(conn: Connection, batch: Sequence[Article], now: datetime) -> list[SaveResult]:
    """Upsert each article in order; earlier ones of the batch are visible to later ones."""
    return [save_one(conn, article, now) for article in batch]


def save_one(conn: Connection, article: Article, now: datetime) -> SaveResult:
    values = article_values(article)
    existing = find_existing(conn, values)
    if existing is None:
        return SaveResult(_insert(conn, values, article.fetched_at, now), "inserted")
    return _update(conn, existing, values, article.fetched_at, now)


def find_existing(conn: Connection, values: dict[str, Any]) -> Row[Any] | None:
    """The stored row with the same identity: the first of url, (feed, guid), hash present.

    Only the first available key is used: feeds with recycled guids must not merge
    articles that have different URLs.
    """
    a = articles
    if values["identity_url"]:
        condition = a.c.identity_url == values["identity_url"]
    elif values["guid"]:
        condition = and_(_same_feed(values["feed_id"]), a.c.guid == values["guid"])
    else:
        condition = a.c.content_hash == values["content_hash"]
    return conn.execute(select(a).where(condition).order_by(a.c.id).limit(1)).first()


def _same_feed(feed_id: int | None) -> ColumnElement[bool]:
    return articles.c.feed_id.is_(None) if feed_id is None else articles.c.feed_id == feed_id


def _insert(conn: Connection, values: dict[str, Any], fetched_at: datetime | None,
            now: datetime) -> int:
    row = {
        **values,
        "fetched_at": fetched_at,
        "inserted_at": now,
        "sort_time": sort_time(values["published"], fetched_at, now),
    }
    return inserted_id(conn.execute(insert(articles).values(row)))


def _update(conn: Connection, existing: Row[Any], values: dict[str, Any],
            fetched_at: datetime | None, now: datetime) -> SaveResult:
    old = existing._mapping
    merged = {
        key: old[key] if key in _KEEP_WHEN_MISSING and value is None else value
        for key, value in values.items()
    }
    changed = {key: value for key, value in merged.items() if _differs(old[key], value)}
    if not changed:
        return SaveResult(old["id"], "unchanged")
    first_fetched = old["fetched_at"] or fetched_at
    changed.update(
        fetched_at=first_fetched,
        changed_at=now,
        sort_time=sort_time(merged["published"], first_fetched, old["inserted_at"]),
    )
    if "content_hash" in changed:
        conn.execute(insert(article_history).values(
            article_id=old["id"], content_hash=old["content_hash"], replaced_at=now))
    conn.execute(update(articles).where(articles.c.id == old["id"]).values(changed))
    return SaveResult(old["id"], "updated")


def _differs(stored: Any, new: Any) -> bool:
    """Datetimes differ when their text differs: a new UTC offset is a change too."""
    if isinstance(stored, datetime) and isinstance(new, datetime):
        return stored != new or stored.utcoffset() != new.utcoffset()
    return bool(stored != new)


def get_article(conn: Connection, article_id: int) -> Article | None:
    row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
    return article_from_row(row) if row else None


def has_entry(conn: Connection, feed_id: int | None, guid: str | None, url: str | None) -> bool:
    a = articles
    conditions: list[ColumnElement[bool]] = []
    if guid:
        conditions.append(and_(_same_feed(feed_id), a.c.guid == guid))
    if url:
        conditions += [a.c.identity_url == url, a.c.url == url, a.c.original_url == url]
    if not conditions:
        return False
    found = conn.execute(select(a.c.id).where(or_(*conditions)).limit(1)).first()
    return found is not None


def list_page(
    conn: Connection,
    limit: int,
    before: tuple[datetime | None, int] | None,
    filters: dict[str, Any],
) -> list[Article]:
    """One page, newest first; `before` is the (sort_time, id) keyset cursor."""
    a = articles
    query = select(a).where(*_equal_filters(filters))
    if before is not None:
        query = query.where(_before(conn, before))
    query = query.order_by(a.c.sort_time.desc(), a.c.id.desc()).limit(limit)
    return [article_from_row(row) for row in conn.execute(query)]


def _equal_filters(filters: dict[str, Any]) -> list[ColumnElement[bool]]:
    return [articles.c[name] == value for name, value in filters.items() if value is not None]


def _before(conn: Connection, cursor: tuple[datetime | None, int]) -> ColumnElement[bool]:
    """Rows after the cursor row in listing order.

    The stored sort_time of the cursor's id wins over the given time: callers only see
    `published`/`fetched_at`, which may differ from the sort_time the row fell back to.
    """
    given, last_id = cursor
    a = articles
    stored = conn.execute(select(a.c.sort_time).where(a.c.id == last_id)).scalar()
    at = stored or given
    if at is None:
        return a.c.id < last_id
    # the redundant `<=` makes the cursor a range start of ix_articles_sort (no re-scan)
    return keyset_after(a.c.sort_time, a.c.id, at, last_id)


def batch_after(conn: Connection, after_id: int, size: int) -> list[Article]:
    """The next `size` articles by id after `after_id` (keyset, for streaming)."""
    query = (
        select(articles).where(articles.c.id > after_id).order_by(articles.c.id).limit(size)
    )
    return [article_from_row(row) for row in conn.execute(query)]


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())


def history(conn: Connection, article_id: int) -> list[tuple[str, datetime]]:
    h = article_history
    query = (
        select(h.c.content_hash, h.c.replaced_at)
        .where(h.c.article_id == article_id)
        .order_by(h.c.replaced_at, h.c.id)
    )
    return [(row.content_hash, row.replaced_at) for row in conn.execute(query)]
