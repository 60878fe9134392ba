"""Story pages: the river of stories (the default river) and one story's page."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from newsdesk.model import ArticleFilter
from newsdesk.web.context import render, require_user, store_of
from newsdesk.web.params import Id, decode_cursor, encode_cursor, filter_query, parse_filter
from newsdesk.web.storycharts import bars, timeline_dots

router = APIRouter(include_in_schema=False)


def story_river(request: Request, size: int) -> Response | None:
    """The river as stories; None when there are none at all (clustering switched off or
    nothing clustered yet), so the caller shows articles instead."""
    ctx = require_user(request)
    store = store_of(request)
    params = request.query_params
    flt = parse_filter(params)
    before = decode_cursor(params.get("before"))
    items = store.stories_river(ctx.uid, flt, before=before, limit=size + 1,
                                prefer_language=ctx.loc.lang)
    if not items and not store.stories_river(ctx.uid, ArticleFilter(), limit=1):
        return None
    more = len(items) > size
    items = items[:size]
    cursor = items[-1].cursor if more and items else None
    return render(request, "stories.html", stories=items, flt=flt,
                  subscriptions=store.list_subscriptions(ctx.uid),
                  categories=store.categories(ctx.uid), params=params,
                  next_query=filter_query(params, before=encode_cursor(cursor))
                  if cursor else None,
                  articles_query=filter_query(params, view="articles"))


@router.get("/story/{story_id}")
def story(request: Request, story_id: Id) -> Response:
    ctx = require_user(request)
    detail = store_of(request).get_story(ctx.uid, story_id, prefer_language=ctx.loc.lang)
    if detail is None:
        raise HTTPException(404, ctx.loc.gettext("No such story."))
    source_bars, source_height = bars(detail.source_counts)
    language_bars, language_height = bars(
        [(ctx.loc.language_name(code) or code, n) for code, n in detail.language_counts])
    dots, axis_start, axis_end = timeline_dots(detail.timeline)
    return render(request, "story.html", d=detail, s=detail.story,
                  source_bars=source_bars, source_height=source_height,
                  language_bars=language_bars, language_height=language_height,
                  dots=dots, axis_start=axis_start, axis_end=axis_end)
