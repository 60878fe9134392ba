"""Stories, read side: the story river and one story's page, for one user.

The visibility rule is the river's: a story shows when at least one of its articles is
visible to the user (and matches the filter), and everything shown — counts, sources,
languages, headline, entities, quotes, timeline — is drawn from the visible articles
only. Pages are keyset pages on the stored (last_seen, id), newest first.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, exists, literal, select, true
from sqlalchemy.sql import Select

from newsdesk.model import ArticleFilter, RiverItem, StoryArticle, StoryDetail, StoryItem
from newsdesk.store.schema import (
    article_states,
    articles,
    feeds,
    stories,
    story_articles,
    subscriptions,
)
from newsdesk.store.scope import (
    StoredItem,
    filter_conditions,
    item_from_row,
    keyset_after,
    visible,
)
from newsdesk.store.stories_extras import key_entities, key_quotes, lead_sentence, timeline

MAX_MEMBERS = 1000  # articles read for one story page (newest first)


@dataclass
class Member:
    item: StoredItem
    story_id: int
    duplicate_of: int | None

    @property
    def id(self) -> int:
        assert self.item.article.id is not None
        return self.item.article.id

    @property
    def source(self) -> str | None:
        return self.item.article.source or self.item.feed_title


def _before(cursor: tuple[datetime, int] | None) -> ColumnElement[bool]:
    if cursor is None:
        return true()
    return keyset_after(stories.c.last_seen, stories.c.id, *cursor)


def river(conn: Connection, user_id: int, flt: ArticleFilter,
          before: tuple[datetime, int] | None, limit: int,
          prefer: str | None) -> list[StoryItem]:
    s, sa, a = stories, story_articles, articles
    matching = exists(select(sa.c.article_id)
                      .select_from(sa.join(a, a.c.id == sa.c.article_id))
                      .where(sa.c.story_id == s.c.id, *filter_conditions(user_id, flt)))
    rows = conn.execute(select(s.c.id, s.c.title, s.c.last_seen).where(matching, _before(before))
                        .order_by(s.c.last_seen.desc(), s.c.id.desc()).limit(limit)).all()
    members = _members(conn, user_id, [r.id for r in rows], light=True)
    out = []
    for row in rows:
        mine = [m for m in members if m.story_id == row.id]
        if mine:
            out.append(_story_item(row.id, row.title, mine, prefer, (row.last_seen, row.id)))
    return out


def detail(conn: Connection, user_id: int, story_id: int,
           prefer: str | None) -> StoryDetail | None:
    row = conn.execute(select(stories).where(stories.c.id == story_id)).first()
    if row is None:
        return None
    members = _members(conn, user_id, [story_id], light=False)
    if not members:
        return None
    item = _story_item(story_id, row.title, members, prefer, (row.last_seen, story_id))
    groups = _groups(members)
    originals = [g.item for g in groups]
    by_id = {g.item.article.id: g.item for g in groups}
    by_language: dict[str, list[StoryArticle]] = {}
    for group in sorted(groups, key=lambda g: (g.item.article.language != prefer,
                                               _time(g.item))):
        by_language.setdefault(group.item.article.language or "", []).append(group)
    ids = [a.article.id for a in originals if a.article.id is not None]
    return StoryDetail(
        story=item,
        summary=lead_sentence(item.lead.article.text) if item.lead else None,
        by_language=by_language,
        entities=key_entities(conn, ids),
        quotes=key_quotes(conn, ids, by_id),
        timeline=timeline(conn, ids, by_id),
        source_counts=Counter(m.source for m in members if m.source).most_common(),
        language_counts=Counter(m.item.article.language for m in members
                                if m.item.article.language).most_common(),
    )


def _time(item: RiverItem) -> datetime:
    at = getattr(item, "sort_time", None)
    assert isinstance(at, datetime)
    return at


def _groups(members: list[Member]) -> list[StoryArticle]:
    """Originals with their visible copies; a copy whose original is hidden stands alone."""
    visible_ids = {m.id for m in members}
    groups: dict[int, StoryArticle] = {}
    for m in members:
        if m.duplicate_of is None or m.duplicate_of not in visible_ids:
            groups[m.id] = StoryArticle(m.item)
    for m in members:
        if m.id not in groups and m.duplicate_of in groups:
            groups[m.duplicate_of].copies.append(m.item)
    return list(groups.values())


def _story_item(story_id: int, title: str | None, members: list[Member], prefer: str | None,
                cursor: tuple[datetime, int]) -> StoryItem:
    groups = _groups(members)
    lead = max(groups, key=lambda g: (g.item.article.language == prefer and prefer is not None,
                                      bool(g.item.article.title), len(g.copies),
                                      -_time(g.item).timestamp()))
    times = [_time(m.item) for m in members]
    langs = Counter(m.item.article.language for m in members if m.item.article.language)
    sources = Counter(m.source for m in members if m.source)
    return StoryItem(
        id=story_id, title=lead.item.article.title or title, first_seen=min(times),
        last_seen=max(times), article_count=len(members),
        languages=[k for k, _ in langs.most_common()],
        sources=[k for k, _ in sources.most_common()], lead=lead.item, also_in=lead.also_in,
        unread=sum(1 for m in members if not m.item.read), cursor=cursor)


def _member_query(user_id: int, light: bool) -> Select[Any]:
    """Articles with the user's feed title and state (as `scope.item_query`); `light`
    leaves the text out, for the river."""
    a, sa, f = articles, story_articles, feeds
    s, st = subscriptions.alias("my_sub"), article_states.alias("my_state")
    columns: list[Any] = list(a.c)
    if light:
        columns = [c for c in a.c if c.name not in ("text", "html")]
        columns += [literal("").label("text"), literal("").label("html")]
    joined = (
        sa.join(a, a.c.id == sa.c.article_id)
        .outerjoin(s, and_(s.c.user_id == user_id, s.c.feed_id == a.c.feed_id))
        .outerjoin(f, f.c.id == a.c.feed_id)
        .outerjoin(st, and_(st.c.user_id == user_id, st.c.article_id == a.c.id))
    )
    return select(*columns, s.c.title.label("sub_title"), f.c.title.label("feed_title"),
                  f.c.site_url.label("feed_site_url"), st.c.read.label("state_read"),
                  st.c.starred.label("state_starred"), sa.c.story_id,
                  sa.c.duplicate_of).select_from(joined)


def _members(conn: Connection, user_id: int, story_ids: list[int], light: bool) -> list[Member]:
    if not story_ids:
        return []
    a, sa = articles, story_articles
    query = (_member_query(user_id, light)
             .where(sa.c.story_id.in_(story_ids), visible(user_id))
             .order_by(a.c.sort_time.desc(), a.c.id.desc()))
    if len(story_ids) == 1:
        query = query.limit(MAX_MEMBERS)
    rows = conn.execute(query).all()
    return [Member(item_from_row(r), int(r.story_id), r.duplicate_of) for r in reversed(rows)]
