"""The JSON API's feeds, `/api/v1/feeds`: one user's subscriptions, with each feed's fetch
state (last error and its kind) so a client can show why a feed is failing.

Adding a feed only stores and subscribes it: the scheduler fetches it (the web never
calls the pipeline).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from newsdesk.model import Feed, Subscription
from newsdesk.web.api import ERRORS, CurrentUser, _uid
from newsdesk.web.context import store_of
from newsdesk.web.feedpages import valid_feed_url
from newsdesk.web.params import Id

router = APIRouter(prefix="/api/v1", tags=["api"], responses=ERRORS)


class FeedIn(BaseModel):
    url: str = Field(min_length=8, max_length=2000, pattern=r"^[Hh][Tt][Tt][Pp][Ss]?://\S+$",
                     description="a feed URL, or a site URL whose feed is discovered")
    title: str | None = Field(None, max_length=300)
    category: str | None = Field(None, max_length=100)


class FeedEdit(BaseModel):
    title: str | None = Field(None, max_length=300)
    category: str | None = Field(None, max_length=100)


class FeedOut(BaseModel):
    id: int
    url: str
    title: str
    category: str | None
    site_url: str | None
    unread: int
    last_fetched: datetime | None
    next_attempt: datetime | None
    last_error: str | None
    last_error_kind: str | None = None  # timeout, not_found, malformed, … (store.error_kinds)
    error_count: int


def _feed(sub: Subscription) -> dict[str, Any]:
    f = sub.feed
    return {"id": f.id, "url": f.url, "title": sub.display_title, "category": sub.category,
            "site_url": f.site_url, "unread": sub.unread, "last_fetched": f.last_fetched,
            "next_attempt": f.next_attempt, "last_error": f.last_error,
            "last_error_kind": f.last_error_kind, "error_count": f.error_count}


@router.get("/feeds", response_model=list[FeedOut])
def list_feeds(request: Request, user: CurrentUser) -> list[dict[str, Any]]:
    return [_feed(s) for s in store_of(request).list_subscriptions(_uid(user))]


@router.post("/feeds", response_model=FeedOut, status_code=201)
def add_feed(request: Request, user: CurrentUser, body: FeedIn) -> dict[str, Any]:
    """Subscribe; the scheduler fetches it soon (a site URL is resolved to its feed)."""
    store = store_of(request)
    feed, _ = store.add_feed(Feed(url=valid_feed_url(body.url.strip())))
    assert feed.id is not None
    store.subscribe(_uid(user), feed.id, title=body.title, category=body.category)
    sub = store.get_subscription(_uid(user), feed.id)
    assert sub is not None
    return _feed(sub)


@router.patch("/feeds/{feed_id}", response_model=FeedOut)
def edit_feed(request: Request, user: CurrentUser, feed_id: Id,
              body: FeedEdit) -> dict[str, Any]:
    store = store_of(request)
    if not store.update_subscription(_uid(user), feed_id, title=body.title,
                                     category=body.category):
        raise HTTPException(404, "no such feed")
    sub = store.get_subscription(_uid(user), feed_id)
    assert sub is not None
    return _feed(sub)


@router.delete("/feeds/{feed_id}", status_code=204, response_class=Response)
def delete_feed(request: Request, user: CurrentUser, feed_id: Id) -> Response:
    if not store_of(request).unsubscribe(_uid(user), feed_id):
        raise HTTPException(404, "no such feed")
    return Response(status_code=204)


@router.post("/feeds/{feed_id}/refresh", status_code=202, response_class=Response,
             responses={202: {"description": "The scheduler will fetch the feed soon"}})
def refresh_feed(request: Request, user: CurrentUser, feed_id: Id) -> Response:
    """Ask the scheduler to fetch this feed now."""
    store = store_of(request)
    if store.get_subscription(_uid(user), feed_id) is None:
        raise HTTPException(404, "no such feed")
    store.request_refresh(feed_id, datetime.now(UTC))
    return Response(status_code=202)
