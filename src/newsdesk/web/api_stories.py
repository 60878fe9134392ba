"""The JSON API's stories, `/api/v1/stories`: the story river and one story, per user.

Same query layer as the pages (`Store.stories_river`, `Store.get_story`), same filters and
keyset cursors as `/articles`; a story with no article visible to the user is a 404.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.requests import Request

from newsdesk.model import StoryDetail, StoryItem
from newsdesk.web.api import (
    ERRORS,
    ArticleOut,
    CurrentUser,
    FeedId,
    Limit,
    Text,
    When,
    _article,
    _filters,
    _uid,
)
from newsdesk.web.context import store_of
from newsdesk.web.params import CURSOR_PATTERN, Id, decode_cursor, encode_cursor

router = APIRouter(prefix="/api/v1", tags=["api"], responses=ERRORS)
Lang = Annotated[str | None, Query(max_length=20, description="the reader's language: "
                                   "the headline is taken from an article in it if any")]


class StoryOut(BaseModel):
    id: int
    title: str | None
    first_seen: datetime
    last_seen: datetime
    article_count: int
    unread: int
    languages: list[str]
    sources: list[str]
    lead: ArticleOut | None = Field(description="the article whose headline the story shows")
    also_in: list[str] = Field(description="sources of the lead article's duplicates")


class StoryPage(BaseModel):
    items: list[StoryOut]
    next: str | None = Field(description="pass as `before` to get the next page")


class StoryArticleOut(ArticleOut):
    duplicates: list[ArticleOut]


class EntityOut(BaseModel):
    id: str
    name: str
    type: str
    mentions: int
    articles: int


class QuoteOut(BaseModel):
    article_id: int
    text: str
    speaker: str
    direct: bool
    source: str | None


class TimeOut(BaseModel):
    value: str = Field(description="ISO 8601 at the expression's granularity")
    granularity: str
    text: str
    sentence: str
    article_id: int
    source: str | None
    context: str = Field("", description="the next sentence of the same paragraph when it "
                         "names no time of its own (it continues this moment), else empty")


class StoryDetailOut(StoryOut):
    summary: str | None
    articles: dict[str, list[StoryArticleOut]] = Field(
        description="by language code (\"\" when unknown); duplicates folded under their "
        "first copy")
    entities: list[EntityOut]
    quotes: list[QuoteOut]
    timeline: list[TimeOut]


def _story(item: StoryItem) -> dict[str, Any]:
    return {"id": item.id, "title": item.title, "first_seen": item.first_seen,
            "last_seen": item.last_seen, "article_count": item.article_count,
            "unread": item.unread, "languages": item.languages, "sources": item.sources,
            "lead": _article(item.lead) if item.lead else None, "also_in": item.also_in}


def _detail(d: StoryDetail) -> dict[str, Any]:
    articles = {lang: [{**_article(g.item), "duplicates": [_article(c) for c in g.copies]}
                       for g in groups] for lang, groups in d.by_language.items()}
    return {**_story(d.story), "summary": d.summary, "articles": articles,
            "entities": [vars(e) for e in d.entities], "quotes": [vars(q) for q in d.quotes],
            "timeline": [vars(t) for t in d.timeline]}


@router.get("/stories", response_model=StoryPage)
def list_stories(request: Request, user: CurrentUser, lang: Text = None, source: Text = None,
                 category: Text = None, feed: FeedId = None, unread: bool = False,
                 starred: bool = False, since: When = None, until: When = None,
                 before: Annotated[str | None, Query(pattern=CURSOR_PATTERN)] = None,
                 limit: Limit = 30, prefer: Lang = None) -> dict[str, Any]:
    """Stories with an article you can see, latest update first; filters apply to their
    articles. Page with `before` (keyset cursor from `next`)."""
    flt = _filters(lang, source, category, feed, unread, starred, since, until)
    items = store_of(request).stories_river(_uid(user), flt, before=decode_cursor(before),
                                            limit=limit + 1, prefer_language=prefer)
    last = items[limit - 1].cursor if len(items) > limit else None
    return {"items": [_story(i) for i in items[:limit]],
            "next": encode_cursor(last) if last else None}


@router.get("/stories/{story_id}", response_model=StoryDetailOut)
def get_story(request: Request, user: CurrentUser, story_id: Id,
              prefer: Lang = None) -> dict[str, Any]:
    """One story: its articles by language, key entities and quotes, and a timeline."""
    detail = store_of(request).get_story(_uid(user), story_id, prefer_language=prefer)
    if detail is None:
        raise HTTPException(404, "no such story")
    return _detail(detail)
