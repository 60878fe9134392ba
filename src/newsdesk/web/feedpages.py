"""The feeds page: subscribe, rename, categorize, remove, refresh, OPML in and out.

Subscribing stores the URL as a feed that is due now; the scheduler fetches it, finds the
real feed behind a site URL (autodiscovery) and records any error on the feed's row,
which this page shows in words. Nothing here touches the network.
"""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from newsdesk.errors import InputError
from newsdesk.model import Feed
from newsdesk.sources.opml import parse_opml, write_opml
from newsdesk.web.context import (
    field_text,
    posted_form,
    redirect,
    render,
    require_user,
    store_of,
)
from newsdesk.web.feederrors import error_reason
from newsdesk.web.params import Id

router = APIRouter(include_in_schema=False)


def valid_feed_url(url: str) -> str:
    """A plausible http(s) URL; the SSRF guard itself runs again when the scheduler fetches."""
    if len(url) > 2000 or not url.lower().startswith(("http://", "https://")):
        raise HTTPException(400, "url: expected an http:// or https:// address")
    return url


def subscribe_url(request: Request, user_id: int, url: str, title: str | None,
                  category: str | None) -> Feed:
    store = store_of(request)
    feed, _created = store.add_feed(Feed(url=valid_feed_url(url)))
    assert feed.id is not None
    store.subscribe(user_id, feed.id, title=title, category=category)
    return feed


@router.get("/feeds")
def feeds(request: Request) -> Response:
    ctx = require_user(request)
    store = store_of(request)
    return render(request, "feeds.html", subscriptions=store.list_subscriptions(ctx.uid),
                  categories=store.categories(ctx.uid),
                  message=request.query_params.get("msg"), error_reason=error_reason)


@router.post("/feeds/add")
def add_feed(request: Request) -> Response:
    ctx, form = posted_form(request)
    url = field_text(form, "url", required=True) or ""
    subscribe_url(request, ctx.uid, url, field_text(form, "title"), field_text(form, "category"))
    return redirect("/feeds?msg=added")


@router.post("/feeds/{feed_id}/edit")
def edit_feed(request: Request, feed_id: Id) -> Response:
    ctx, form = posted_form(request)
    if not store_of(request).update_subscription(ctx.uid, feed_id,
                                                 title=field_text(form, "title"),
                                                 category=field_text(form, "category")):
        raise HTTPException(404, ctx.loc.gettext("No such feed."))
    return redirect("/feeds?msg=saved")


@router.post("/feeds/{feed_id}/remove")
def remove_feed(request: Request, feed_id: Id) -> Response:
    ctx, _form = posted_form(request)
    if not store_of(request).unsubscribe(ctx.uid, feed_id):
        raise HTTPException(404, ctx.loc.gettext("No such feed."))
    return redirect("/feeds?msg=removed")


@router.post("/feeds/{feed_id}/refresh")
def refresh_feed(request: Request, feed_id: Id) -> Response:
    ctx, _form = posted_form(request)
    store = store_of(request)
    if store.get_subscription(ctx.uid, feed_id) is None:
        raise HTTPException(404, ctx.loc.gettext("No such feed."))
    store.request_refresh(feed_id, datetime.now(UTC))
    return redirect("/feeds?msg=refreshing")


@router.get("/feeds/export.opml")
def export_opml(request: Request) -> Response:
    ctx = require_user(request)
    feeds = []
    for sub in store_of(request).list_subscriptions(ctx.uid):
        feeds.append(Feed(url=sub.feed.url, title=sub.display_title, category=sub.category,
                          site_url=sub.feed.site_url))
    return Response(write_opml(feeds), media_type="text/x-opml; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="newsdesk.opml"'})


@router.post("/feeds/import")
def import_opml(request: Request) -> Response:
    ctx, form = posted_form(request)
    upload = form.get("opml")
    if not isinstance(upload, UploadFile):
        raise HTTPException(400, "opml: choose an OPML file")
    body = upload.file.read()
    try:
        outlines = parse_opml(body, upload.filename or "upload.opml")
    except InputError as exc:
        raise HTTPException(400, str(exc)) from exc
    added = 0
    for outline in outlines:
        try:
            valid_feed_url(outline.url)
        except HTTPException:
            continue
        subscribe_url(request, ctx.uid, outline.url, outline.title, outline.category)
        added += 1
    return redirect(f"/feeds?msg=imported&n={added}")

