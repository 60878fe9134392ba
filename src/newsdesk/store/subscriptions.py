"""Per-user subscriptions to shared feeds.

A feed row (URL and fetch state) is shared by everyone who subscribes to it, so the
poller fetches it once; each subscription carries the user's own title and category.
Every query here is scoped by user_id: one user can never see or change another's.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Row,
    and_,
    delete,
    exists,
    func,
    insert,
    literal,
    select,
    update,
)

from newsdesk.errors import InputError
from newsdesk.model import Subscription
from newsdesk.store.rows import feed_from_row
from newsdesk.store.schema import article_states, articles, feeds, subscriptions, users

MAX_TITLE_CHARS = 300
MAX_CATEGORY_CHARS = 100


def _clean(value: str | None, limit: int, what: str) -> str | None:
    """Blank means "none"; an over-long value is the user's mistake, not truncated."""
    clean = (value or "").strip()
    if len(clean) > limit:
        raise InputError(f"{what} longer than {limit} characters", where=clean[:80])
    return clean or None


def subscribe(conn: Connection, user_id: int, feed_id: int, title: str | None,
              category: str | None, now: datetime) -> bool:
    """False when already subscribed; an unknown user or feed is an InputError."""
    s = subscriptions
    if conn.execute(select(s.c.feed_id).where(s.c.user_id == user_id,
                                              s.c.feed_id == feed_id)).first():
        return False
    if conn.execute(select(feeds.c.id).where(feeds.c.id == feed_id)).first() is None:
        raise InputError("no such feed", where=f"feed {feed_id}")
    if conn.execute(select(users.c.id).where(users.c.id == user_id)).first() is None:
        raise InputError("no such user", where=f"user {user_id}")
    conn.execute(insert(s).values(
        user_id=user_id, feed_id=feed_id, created_at=now,
        title=_clean(title, MAX_TITLE_CHARS, "title"),
        category=_clean(category, MAX_CATEGORY_CHARS, "category")))
    return True


def unsubscribe(conn: Connection, user_id: int, feed_id: int) -> bool:
    s = subscriptions
    result = conn.execute(delete(s).where(s.c.user_id == user_id, s.c.feed_id == feed_id))
    return bool(result.rowcount)


def update_subscription(conn: Connection, user_id: int, feed_id: int, title: str | None,
                        category: str | None) -> bool:
    s = subscriptions
    result = conn.execute(update(s).where(s.c.user_id == user_id, s.c.feed_id == feed_id)
                          .values(title=_clean(title, MAX_TITLE_CHARS, "title"),
                                  category=_clean(category, MAX_CATEGORY_CHARS, "category")))
    return bool(result.rowcount)


def _subscription(row: Row[Any], unread: int) -> Subscription:
    m = row._mapping
    return Subscription(feed=feed_from_row(row), title=m["sub_title"],
                        category=m["sub_category"], unread=unread)


def _subscription_query(user_id: int) -> Any:
    s = subscriptions
    return (select(feeds, s.c.title.label("sub_title"), s.c.category.label("sub_category"))
            .join(s, and_(s.c.feed_id == feeds.c.id, s.c.user_id == user_id)))


def list_subscriptions(conn: Connection, user_id: int) -> list[Subscription]:
    """By category (uncategorised last), then by the title the user sees."""
    unread = unread_counts(conn, user_id)
    subs = [_subscription(row, unread.get(row.id, 0))
            for row in conn.execute(_subscription_query(user_id))]
    return sorted(subs, key=lambda sub: (sub.category is None, (sub.category or "").casefold(),
                                         sub.display_title.casefold(), sub.feed.id or 0))


def get_subscription(conn: Connection, user_id: int, feed_id: int) -> Subscription | None:
    row = conn.execute(_subscription_query(user_id).where(feeds.c.id == feed_id)).first()
    if row is None:
        return None
    return _subscription(row, unread_counts(conn, user_id, feed_id).get(feed_id, 0))


def unread_counts(conn: Connection, user_id: int, feed_id: int | None = None) -> dict[int, int]:
    """Articles per subscribed feed minus the ones this user has read.

    Two grouped counts instead of one anti-join: the totals are a covering scan of
    ix_articles_feed_sort, the read ones a range of the user's own state rows.
    """
    a, s, st = articles, subscriptions, article_states
    mine = select(s.c.feed_id).where(s.c.user_id == user_id)
    if feed_id is not None:
        mine = mine.where(s.c.feed_id == feed_id)
    totals = conn.execute(select(a.c.feed_id, func.count()).where(a.c.feed_id.in_(mine))
                          .group_by(a.c.feed_id)).all()
    read = conn.execute(
        select(a.c.feed_id, func.count())
        .select_from(st.join(a, a.c.id == st.c.article_id))
        .where(st.c.user_id == user_id, st.c.read.is_(True), a.c.feed_id.in_(mine))
        .group_by(a.c.feed_id)).all()
    read_by_feed = {row[0]: int(row[1]) for row in read}
    return {row[0]: int(row[1]) - read_by_feed.get(row[0], 0) for row in totals}


def merge_feed(conn: Connection, from_id: int, into_id: int) -> int:
    """Move every subscription of feed `from_id` to feed `into_id`, then delete `from_id`.

    Used when a site URL added in the reader turns out to advertise a feed that is already
    stored: its subscribers simply join the existing feed. Returns subscriptions moved."""
    s = subscriptions
    moved = 0
    for user_id in [r.user_id for r in conn.execute(select(s.c.user_id).where(
            s.c.feed_id == from_id))]:
        taken = conn.execute(select(s.c.user_id).where(s.c.feed_id == into_id,
                                                       s.c.user_id == user_id)).first()
        if taken is None:  # a user subscribed to both keeps the existing subscription
            conn.execute(update(s).where(s.c.feed_id == from_id, s.c.user_id == user_id)
                         .values(feed_id=into_id))
            moved += 1
    conn.execute(delete(feeds).where(feeds.c.id == from_id))
    return moved


def adopt_orphan_feeds(conn: Connection, user_id: int, now: datetime) -> int:
    """Subscribe the user to every feed nobody subscribes to, keeping the feed's category.

    For the first admin after `newsdesk add`/OPML imports made feeds without a user.
    """
    if conn.execute(select(users.c.id).where(users.c.id == user_id)).first() is None:
        raise InputError("no such user", where=f"user {user_id}")
    s = subscriptions
    created = literal(now, s.c.created_at.type)
    orphans = (select(literal(user_id), feeds.c.id, feeds.c.category, created)
               .where(~exists().where(s.c.feed_id == feeds.c.id)))
    result = conn.execute(insert(s).from_select(
        ["user_id", "feed_id", "category", "created_at"], orphans))
    return int(result.rowcount)


def request_refresh(conn: Connection, feed_id: int, now: datetime) -> None:
    """Make the feed due now; the scheduler fetches it on its next round."""
    conn.execute(update(feeds).where(feeds.c.id == feed_id).values(next_attempt=now))


def categories(conn: Connection, user_id: int) -> list[str]:
    s = subscriptions
    rows = conn.execute(select(s.c.category).distinct()
                        .where(s.c.user_id == user_id, s.c.category.is_not(None)))
    return sorted((row[0] for row in rows), key=str.casefold)
