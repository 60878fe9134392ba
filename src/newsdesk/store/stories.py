"""Stories, write side: which story each article belongs to, merges, and the story row.

The clustering engine lives in the pipeline's process and names stories by its own ids
(`story_key`, unique per process); `story_keys` maps them to stored stories, so a
restarted poller whose engine numbers stories afresh continues the stored ones: a key
seen for the first time adopts the story its article already has.

The `stories` row carries what the river sorts and shows without reading members:
first/last seen, article count, languages and sources (recomputed from the members on
every change, so it can never drift from them).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime

from sqlalchemy import Connection, delete, func, insert, select, update

from newsdesk.errors import InputError
from newsdesk.model import Article
from newsdesk.store.rows import article_from_row, inserted_id
from newsdesk.store.schema import articles, feeds, stories, story_articles, story_keys


def assign(conn: Connection, article_id: int, story_key: str, duplicate_of: int | None,
           kind: str | None, now: datetime) -> int:
    """Put the article in the story of `story_key` (see module doc); returns its id."""
    if conn.execute(select(articles.c.id).where(articles.c.id == article_id)).first() is None:
        raise InputError("no such article", where=f"article {article_id}")
    sid = conn.execute(select(story_keys.c.story_id)
                       .where(story_keys.c.key == story_key)).scalar()
    current = story_of(conn, article_id)
    if sid is None:
        sid = current if current is not None else _new_story(conn, now)
        conn.execute(insert(story_keys).values(key=story_key, story_id=sid))
    if duplicate_of == article_id:
        duplicate_of, kind = None, None
    row = {"story_id": sid, "duplicate_of": duplicate_of, "duplicate_kind": kind}
    if current is None:
        conn.execute(insert(story_articles).values(article_id=article_id, **row))
    else:
        conn.execute(update(story_articles).where(story_articles.c.article_id == article_id)
                     .values(**row))
    refresh(conn, sid)
    if current is not None and current != sid:
        refresh(conn, current)
    return int(sid)


def _new_story(conn: Connection, now: datetime) -> int:
    result = conn.execute(insert(stories).values(
        title=None, first_seen=now, last_seen=now, article_count=0, languages="[]",
        sources="[]"))
    return inserted_id(result)


def story_of(conn: Connection, article_id: int) -> int | None:
    return conn.execute(select(story_articles.c.story_id)
                        .where(story_articles.c.article_id == article_id)).scalar()


def merge(conn: Connection, from_id: int, into_id: int) -> bool:
    """Move every member and engine key of `from_id` into `into_id`; False if either is
    unknown (nothing changes)."""
    if from_id == into_id:
        return True
    known = conn.execute(select(func.count()).select_from(stories)
                         .where(stories.c.id.in_([from_id, into_id]))).scalar()
    if known != 2:
        return False
    conn.execute(update(story_articles).where(story_articles.c.story_id == from_id)
                 .values(story_id=into_id))
    conn.execute(update(story_keys).where(story_keys.c.story_id == from_id)
                 .values(story_id=into_id))
    conn.execute(delete(stories).where(stories.c.id == from_id))
    refresh(conn, into_id)
    return True


def refresh(conn: Connection, story_id: int) -> None:
    """Recompute the story row from its members; an empty story is deleted."""
    sa, a = story_articles, articles
    rows = conn.execute(
        select(a.c.title, a.c.language, a.c.source, a.c.sort_time, feeds.c.title.label("feed"),
               sa.c.duplicate_of)
        .select_from(sa.join(a, a.c.id == sa.c.article_id)
                     .outerjoin(feeds, feeds.c.id == a.c.feed_id))
        .where(sa.c.story_id == story_id).order_by(a.c.sort_time, a.c.id)).all()
    if not rows:
        conn.execute(delete(stories).where(stories.c.id == story_id))
        return
    langs = Counter(r.language for r in rows if r.language)
    sources = Counter(r.source or r.feed for r in rows if r.source or r.feed)
    title = next((r.title for r in rows if r.title and r.duplicate_of is None),
                 next((r.title for r in rows if r.title), None))
    conn.execute(update(stories).where(stories.c.id == story_id).values(
        title=title, first_seen=rows[0].sort_time, last_seen=max(r.sort_time for r in rows),
        article_count=len(rows), languages=json.dumps([k for k, _ in langs.most_common()]),
        sources=json.dumps([k for k, _ in sources.most_common()])))


def recent_batch(conn: Connection, since: datetime, after_id: int, size: int) -> list[Article]:
    """Articles listed at or after `since`, by id (arrival order) after `after_id`."""
    query = (select(articles).where(articles.c.sort_time >= since, articles.c.id > after_id)
             .order_by(articles.c.id).limit(size))
    return [article_from_row(row) for row in conn.execute(query)]
