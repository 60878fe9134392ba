"""What one user may see, and the filters of the river, search and API as SQL conditions.

The visibility rule (see base.py): an article is visible to a user when its feed is one
they subscribe to, or when it was imported from a file (HTML, JSONL, WARC, app copy). Every
reader query starts from `visible(user_id)` or a condition that implies it, so no query
can reach another user's feeds or states by id.

Conditions are correlated EXISTS sub-queries on primary keys rather than joins: the
planner then walks an index already in (sort_time, id) order and stops after one page,
instead of collecting and sorting every visible row (see river.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, exists, or_, select, true
from sqlalchemy.sql import Select

from newsdesk.model import ArticleFilter, RiverItem
from newsdesk.store.rows import article_from_row
from newsdesk.store.schema import article_states, articles, feeds, subscriptions


@dataclass
class StoredItem(RiverItem):
    """A RiverItem with the keys its page cursor needs (listing time, search rank)."""

    sort_time: datetime | None = None
    rank: float | None = None


def _subscribed(user_id: int, category: str | None = None) -> ColumnElement[bool]:
    s = subscriptions
    where = [s.c.user_id == user_id, s.c.feed_id == articles.c.feed_id]
    if category is not None:
        where.append(s.c.category == category)
    return exists().where(*where)


IMPORTED_ORIGINS = ("html-file", "warc", "jsonl", "appcopy")


def visible(user_id: int) -> ColumnElement[bool]:
    """Subscribed feeds, plus imported files. Articles of a removed feed (feed_id NULL,
    fetched from a feed or its pages) stay private: nobody sees them in the reader."""
    imported = and_(articles.c.feed_id.is_(None), articles.c.origin.in_(IMPORTED_ORIGINS))
    return or_(imported, _subscribed(user_id))


def _state(user_id: int, flag: ColumnElement[bool]) -> ColumnElement[bool]:
    st = article_states
    return exists().where(st.c.user_id == user_id, st.c.article_id == articles.c.id, flag)


def is_read(user_id: int) -> ColumnElement[bool]:
    return _state(user_id, article_states.c.read.is_(True))


def filter_conditions(user_id: int, flt: ArticleFilter) -> list[ColumnElement[bool]]:
    """Visibility plus every filter set in `flt` (a category implies a subscription)."""
    a = articles
    conditions = [visible(user_id) if flt.category is None
                  else _subscribed(user_id, flt.category)]
    for column, value in (("language", flt.language), ("source", flt.source),
                          ("feed_id", flt.feed_id)):
        if value is not None:
            conditions.append(a.c[column] == value)
    if flt.since is not None:
        conditions.append(a.c.sort_time >= flt.since)
    if flt.until is not None:
        conditions.append(a.c.sort_time < flt.until)
    if flt.unread:
        conditions.append(~is_read(user_id))
    if flt.starred:
        st = article_states
        starred = select(st.c.article_id).where(st.c.user_id == user_id, st.c.starred.is_(True))
        conditions.append(a.c.id.in_(starred))
    return conditions


def item_query(user_id: int, *extra: Any) -> Select[Any]:
    """Articles with the user's feed title and state; the joins are all primary-key look-ups
    made for the rows of the page only (the outer loop stays on `articles`).

    Aliased, so the EXISTS conditions on the same tables correlate only to `articles`.
    """
    a, f = articles, feeds
    s, st = subscriptions.alias("my_sub"), article_states.alias("my_state")
    joined = (
        a.outerjoin(s, and_(s.c.user_id == user_id, s.c.feed_id == a.c.feed_id))
        .outerjoin(f, f.c.id == a.c.feed_id)
        .outerjoin(st, and_(st.c.user_id == user_id, st.c.article_id == a.c.id))
    )
    return select(
        a,
        s.c.title.label("sub_title"),
        f.c.title.label("feed_title"),
        f.c.site_url.label("feed_site_url"),
        st.c.read.label("state_read"),
        st.c.starred.label("state_starred"),
        *extra,
    ).select_from(joined)


def item_from_row(row: Row[Any], snippet: str | None = None,
                  rank: float | None = None) -> StoredItem:
    m = row._mapping
    return StoredItem(
        article=article_from_row(row),
        feed_title=m["sub_title"] or m["feed_title"],
        site_url=m["feed_site_url"],
        read=bool(m["state_read"]),
        starred=bool(m["state_starred"]),
        snippet=snippet,
        sort_time=m["sort_time"],
        rank=rank,
    )


def before_cursor(cursor: tuple[datetime, int] | None) -> ColumnElement[bool]:
    """Articles strictly after the (sort_time, id) cursor in newest-first order."""
    if cursor is None:
        return true()
    return keyset_after(articles.c.sort_time, articles.c.id, *cursor)


def keyset_after(time: ColumnElement[Any], row_id: ColumnElement[Any], at: datetime,
                 last_id: int) -> ColumnElement[bool]:
    """Rows strictly after the (time, id) row `(at, last_id)` in newest-first order: the
    keyset page condition of every river (articles, stories, listings).

    The redundant `time <= at` is what lets the planner start the index walk at the
    cursor (a range) instead of filtering every newer row out again on each page.
    """
    return and_(time <= at, or_(time < at, and_(time == at, row_id < last_id)))
