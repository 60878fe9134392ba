"""The JSON API, `/api/v1`: articles, search and read/star state of one user; its feeds
are in `api_feeds`, its stories in `api_stories`.

Authentication is a bearer token (`newsdesk token create USER`); the store keeps only its
SHA-256. Handlers use the same query layer as the pages (`Store.river`, `search_user`,
`set_article_state`, subscriptions). Errors are `{"error": "..."}` with a 4xx status.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import AwareDatetime, BaseModel, BeforeValidator, Field
from starlette.exceptions import HTTPException
from starlette.requests import Request

from newsdesk.errors import InputError
from newsdesk.model import ArticleFilter, RiverItem, User
from newsdesk.web import auth
from newsdesk.web.context import store_of
from newsdesk.web.params import CURSOR_PATTERN, Id, decode_cursor, encode_cursor, search_query

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Invalid request"},
    401: {"description": "Missing or invalid token"},
    404: {"description": "Not found (or not visible to this user)"},
}
router = APIRouter(prefix="/api/v1", tags=["api"], responses=ERRORS)


def api_user(request: Request) -> User:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token or len(token) > 200:
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    user = store_of(request).token_user(auth.token_hash(token.strip()))
    if user is None or user.id is None:
        raise HTTPException(401, "invalid token", headers={"WWW-Authenticate": "Bearer"})
    return user


CurrentUser = Annotated[User, Depends(api_user)]


class ImageOut(BaseModel):
    url: str | None
    caption: str | None
    credit: str | None


class ArticleOut(BaseModel):
    id: int
    title: str | None
    source: str | None
    url: str | None
    original_url: str | None
    published: datetime | None
    language: str | None
    authors: list[str]
    image: ImageOut | None
    ai_generated: bool
    ai_disclosure: str | None
    feed_id: int | None
    feed_title: str | None
    read: bool
    starred: bool
    snippet: str | None = Field(None, description="search hits: matches marked with [ and ]")


class ArticleDetail(ArticleOut):
    text: str
    html: str = Field(description="sanitized article HTML")
    sections: list[str]
    updated: datetime | None
    interface_language: str | None


class ArticlePage(BaseModel):
    items: list[ArticleOut]
    next: str | None = Field(description="pass as `before` to get the next page")
    problem: str | None = Field(None, description="why a search query matched nothing "
                                "(e.g. it has no searchable word)")


class StateIn(BaseModel):
    read: bool | None = None
    starred: bool | None = None


class StateOut(BaseModel):
    id: int
    read: bool
    starred: bool


def _article(item: RiverItem, detail: bool = False) -> dict[str, Any]:
    a = item.article
    data: dict[str, Any] = {
        "id": a.id, "title": a.title, "source": a.source, "url": a.url,
        "original_url": a.original_url, "published": a.published, "language": a.language,
        "authors": a.authors, "image": a.image.to_json() if a.image else None,
        "ai_generated": a.ai_generated, "ai_disclosure": a.ai_disclosure,
        "feed_id": a.feed_id, "feed_title": item.feed_title, "read": item.read,
        "starred": item.starred,
        "snippet": item.snippet.replace("\x02", "[").replace("\x03", "]")
        if item.snippet else None,
    }
    if detail:
        data.update(text=a.text, html=a.html, sections=a.sections, updated=a.updated,
                    interface_language=a.interface_language)
    return data


def _filters(lang: str | None, source: str | None, category: str | None, feed: int | None,
             unread: bool, starred: bool, since: datetime | None,
             until: datetime | None) -> ArticleFilter:
    return ArticleFilter(language=lang, source=source, category=category, feed_id=feed,
                         unread=unread, starred=starred, since=since, until=until)


def _not_a_number(value: Any) -> Any:
    """Pydantic would read `0.5` as a Unix time; the API takes ISO 8601 date-times only."""
    if isinstance(value, str) and re.fullmatch(r"\s*[-+]?[0-9]+(\.[0-9]*)?\s*", value):
        raise ValueError("expected an ISO 8601 date-time with a UTC offset")
    return value


Text = Annotated[str | None, Query(max_length=200)]
When = Annotated[AwareDatetime | None, BeforeValidator(_not_a_number), Query()]
Limit = Annotated[int, Query(ge=1, le=200)]
FeedId = Annotated[int | None, Query(ge=1, le=2**63 - 1)]


@router.get("/articles", response_model=ArticlePage)
def list_articles(request: Request, user: CurrentUser, lang: Text = None, source: Text = None,
                  category: Text = None, feed: FeedId = None,
                  unread: bool = False, starred: bool = False, since: When = None,
                  until: When = None,
                  before: Annotated[str | None, Query(pattern=CURSOR_PATTERN)] = None,
                  limit: Limit = 30) -> dict[str, Any]:
    """Newest first, filtered; page with `before` (keyset cursor from `next`)."""
    store = store_of(request)
    flt = _filters(lang, source, category, feed, unread, starred, since, until)
    items = store.river(_uid(user), flt, before=decode_cursor(before), limit=limit + 1)
    cursor = encode_cursor(store.river_cursor(items[limit - 1])) if len(items) > limit else None
    return {"items": [_article(i) for i in items[:limit]], "next": cursor}


@router.get("/articles/{article_id}", response_model=ArticleDetail)
def get_article(request: Request, user: CurrentUser, article_id: Id) -> dict[str, Any]:
    item = store_of(request).user_article(_uid(user), article_id)
    if item is None:
        raise HTTPException(404, "no such article")
    return _article(item, detail=True)


@router.put("/articles/{article_id}/state", response_model=StateOut)
def set_state(request: Request, user: CurrentUser, article_id: Id,
              body: StateIn) -> dict[str, Any]:
    """Mark read/unread and starred/unstarred (fields left out are unchanged)."""
    item = store_of(request).set_article_state(_uid(user), article_id, read=body.read,
                                               starred=body.starred)
    if item is None:
        raise HTTPException(404, "no such article")
    return {"id": article_id, "read": item.read, "starred": item.starred}


@router.get("/search", response_model=ArticlePage)
def search(request: Request, user: CurrentUser,
           q: Annotated[str, Query(min_length=1, max_length=500)], lang: Text = None,
           source: Text = None, category: Text = None,
           feed: FeedId = None, unread: bool = False,
           starred: bool = False, since: When = None, until: When = None,
           limit: Limit = 30) -> dict[str, Any]:
    """Full-text search, best matches first; matches in `snippet` are marked [like this]."""
    flt = _filters(lang, source, category, feed, unread, starred, since, until)
    try:
        items = store_of(request).search_user(_uid(user), search_query(q), flt, limit=limit)
    except InputError as exc:  # a well-formed string that cannot match anything
        return {"items": [], "next": None, "problem": exc.message}
    return {"items": [_article(i) for i in items], "next": None}


def _uid(user: User) -> int:
    assert user.id is not None
    return user.id
