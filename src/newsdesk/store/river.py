"""The river: one user's articles newest first, their read/star state, mark-all-read.

Pages are keyset pages on (sort_time, id) — never OFFSET — so page 1000 costs what page
1 costs. The query walks an index already in that order (ix_articles_sort, or the
language/source/feed variants when that filter is set) backwards from the cursor and
checks visibility per row with primary-key look-ups, stopping after `limit` rows: no
sort, no temp table. Its cost grows with how rare the visible rows are among all
articles (a user subscribed to a tiny fraction of a huge shared store scans further).
Two filters that are often that rare are planned differently: a category is read as
one keyset range per feed of the category (ix_articles_feed_sort), merged to one page;
the starred filter is driven from the user's own starred rows.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, literal, select
from sqlalchemy.dialects import postgresql, sqlite

from newsdesk.errors import StoreError
from newsdesk.model import ArticleFilter
from newsdesk.store.schema import article_states, articles, subscriptions
from newsdesk.store.scope import (
    StoredItem,
    before_cursor,
    filter_conditions,
    is_read,
    item_from_row,
    item_query,
    visible,
)


def river_query(user_id: int, flt: ArticleFilter, before: tuple[datetime, int] | None,
                limit: int) -> Any:
    a = articles
    return (item_query(user_id)
            .where(*filter_conditions(user_id, flt), before_cursor(before))
            .order_by(a.c.sort_time.desc(), a.c.id.desc())
            .limit(limit))


def river(conn: Connection, user_id: int, flt: ArticleFilter,
          before: tuple[datetime, int] | None, limit: int) -> list[StoredItem]:
    if flt.category is not None and flt.feed_id is None:
        return _category_river(conn, user_id, flt, before, limit)
    rows = conn.execute(river_query(user_id, flt, before, limit))
    return [item_from_row(row) for row in rows]


def _category_river(conn: Connection, user_id: int, flt: ArticleFilter,
                    before: tuple[datetime, int] | None, limit: int) -> list[StoredItem]:
    """Top `limit` keys of each feed in the category, merged; then one look-up by id.

    Costs (feeds in the category × limit) index entries whatever the category's share
    of the store, where walking the time index would cross every other feed's rows.
    """
    a, s = articles, subscriptions
    feed_ids = conn.execute(select(s.c.feed_id).where(
        s.c.user_id == user_id, s.c.category == flt.category)).scalars().all()
    keys: list[tuple[datetime, int]] = []
    for feed_id in feed_ids:
        one_feed = dataclasses.replace(flt, feed_id=feed_id)
        query = (select(a.c.sort_time, a.c.id)
                 .where(*filter_conditions(user_id, one_feed), before_cursor(before))
                 .order_by(a.c.sort_time.desc(), a.c.id.desc()).limit(limit))
        keys += [(row.sort_time, row.id) for row in conn.execute(query)]
    page = [key[1] for key in sorted(keys, reverse=True)[:limit]]
    if not page:
        return []
    rows = conn.execute(item_query(user_id).where(a.c.id.in_(page))
                        .order_by(a.c.sort_time.desc(), a.c.id.desc()))
    return [item_from_row(row) for row in rows]


def user_article(conn: Connection, user_id: int, article_id: int) -> StoredItem | None:
    query = item_query(user_id).where(articles.c.id == article_id, visible(user_id))
    row = conn.execute(query).first()
    return item_from_row(row) if row else None


def cursor_of(conn: Connection, item: Any) -> tuple[datetime, int]:
    """(sort_time, id) of an item: carried by the item, else read back by id."""
    article_id = item.article.id
    if article_id is None:
        raise StoreError("an unsaved article has no cursor")
    at = getattr(item, "sort_time", None)
    if at is None:
        at = conn.execute(select(articles.c.sort_time)
                          .where(articles.c.id == article_id)).scalar()
    if at is None:
        raise StoreError("no such article", where=f"article {article_id}")
    return at, article_id


def _insert_for(conn: Connection) -> Any:
    """The dialect's INSERT with ON CONFLICT (upsert) support."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert
    return sqlite.insert


def set_state(conn: Connection, user_id: int, article_id: int, read: bool | None,
              starred: bool | None, now: datetime) -> StoredItem | None:
    """Change only the flags given; None (and nothing written) when not visible."""
    if user_article(conn, user_id, article_id) is None:
        return None
    changes: dict[str, Any] = {"changed_at": now}
    if read is not None:
        changes["read"] = read
    if starred is not None:
        changes["starred"] = starred
    if len(changes) > 1:
        st = article_states
        row = {"user_id": user_id, "article_id": article_id, "read": False, "starred": False,
               **changes}
        statement = _insert_for(conn)(st).values(row)
        conn.execute(statement.on_conflict_do_update(
            index_elements=[st.c.user_id, st.c.article_id], set_=changes))
    return user_article(conn, user_id, article_id)


def mark_all_read(conn: Connection, user_id: int, flt: ArticleFilter,
                  before: datetime | None, now: datetime) -> int:
    """Mark every unread article matching `flt` read, up to sort_time <= `before`
    (the newest item the user saw, so articles arriving meanwhile stay unread).

    One INSERT … SELECT with an upsert: new state rows for untouched articles, and
    `read` set on existing ones (starred but unread). Returns how many changed.
    """
    a, st = articles, article_states
    conditions = [*filter_conditions(user_id, flt), ~is_read(user_id)]
    if before is not None:
        conditions.append(a.c.sort_time <= before)
    chosen = select(literal(user_id), a.c.id, literal(True), literal(False),
                    literal(now, st.c.changed_at.type)).where(*conditions)
    statement = _insert_for(conn)(st).from_select(
        ["user_id", "article_id", "read", "starred", "changed_at"], chosen)
    upsert = statement.on_conflict_do_update(
        index_elements=[st.c.user_id, st.c.article_id],
        set_={"read": True, "changed_at": statement.excluded.changed_at})
    return int(conn.execute(upsert).rowcount)
