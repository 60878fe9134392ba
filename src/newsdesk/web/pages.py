"""Reading pages: the river, one article, read/star state, search and saved searches."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from newsdesk.errors import InputError
from newsdesk.model import RiverItem
from newsdesk.web.context import (
    field_text,
    posted_form,
    redirect,
    render,
    require_user,
    store_of,
)
from newsdesk.web.params import (
    Id,
    decode_cursor,
    encode_cursor,
    filter_query,
    parse_filter,
    search_query,
)
from newsdesk.web.storypages import story_river

router = APIRouter(include_in_schema=False)


def _page_size(request: Request) -> int:
    user = require_user(request).user
    return max(5, min(200, user.page_size if user else 30))


@router.get("/")
def river(request: Request) -> Response:
    """Stories by default; `view=articles` (or no stories at all) gives the article river."""
    ctx = require_user(request)
    if request.query_params.get("view") != "articles":
        stories = story_river(request, _page_size(request))
        if stories is not None:
            return stories
    store = store_of(request)
    flt = parse_filter(request.query_params)
    size = _page_size(request)
    items = store.river(ctx.uid, flt, before=decode_cursor(request.query_params.get("before")),
                        limit=size + 1)
    more = len(items) > size
    items = items[:size]
    cursor = encode_cursor(store.river_cursor(items[-1])) if more and items else None
    return render(request, "river.html", items=items, flt=flt,
                  subscriptions=store.list_subscriptions(ctx.uid),
                  categories=store.categories(ctx.uid), params=request.query_params,
                  next_query=filter_query(request.query_params, before=cursor) if cursor else None,
                  saved=store.list_saved_searches(ctx.uid),
                  stories_query=filter_query({k: v for k, v in request.query_params.items()
                                              if k != "view"}))


@router.get("/article/{article_id}")
def article(request: Request, article_id: Id) -> Response:
    ctx = require_user(request)
    store = store_of(request)
    item = store.user_article(ctx.uid, article_id)
    if item is None:
        raise HTTPException(404, ctx.loc.gettext("No such article."))
    if not item.read:
        item = store.set_article_state(ctx.uid, article_id, read=True) or item
    return render(request, "article.html", item=item, a=item.article)


def _state_json(item: RiverItem) -> JSONResponse:
    return JSONResponse({"id": item.article.id, "read": item.read, "starred": item.starred})


@router.post("/article/{article_id}/state")
def article_state(request: Request, article_id: Id) -> Response:
    ctx, form = posted_form(request)
    changes = {}
    for name in ("read", "starred"):
        value = field_text(form, name)
        if value is not None:
            if value not in ("0", "1"):
                raise HTTPException(400, f"{name}: expected 1 or 0")
            changes[name] = value == "1"
    if not changes:
        raise HTTPException(400, "nothing to change: send read or starred")
    item = store_of(request).set_article_state(ctx.uid, article_id, **changes)
    if item is None:
        raise HTTPException(404, ctx.loc.gettext("No such article."))
    if "application/json" in request.headers.get("accept", ""):
        return _state_json(item)
    back = field_text(form, "next") or f"/article/{article_id}"
    return redirect(back if _local_path(back) else "/")


def _local_path(target: str) -> bool:
    """Only paths on this site: browsers read `//host` and `/\\host` as another host."""
    return target.startswith("/") and not target.startswith(("//", "/\\")) and all(
        c.isprintable() and not c.isspace() for c in target)


@router.get("/search")
def search(request: Request) -> Response:
    ctx = require_user(request)
    store = store_of(request)
    query = search_query(request.query_params.get("q"))
    flt = parse_filter(request.query_params)
    items: list[RiverItem] = []
    error = None
    if query:
        try:
            items = store.search_user(ctx.uid, query, flt, limit=_page_size(request))
        except InputError as exc:
            error = exc.message
    return render(request, "search.html", query=query, items=items, error=error, flt=flt,
                  params=request.query_params, saved=store.list_saved_searches(ctx.uid),
                  categories=store.categories(ctx.uid),
                  subscriptions=store.list_subscriptions(ctx.uid))


@router.post("/search/save")
def save_search(request: Request) -> Response:
    ctx, form = posted_form(request)
    query = search_query(field_text(form, "q", required=True))
    name = field_text(form, "name") or query
    filters = {k: v for k, v in form.items() if k in ("lang", "source", "category", "feed",
                                                     "unread", "starred", "since", "until")
               and isinstance(v, str) and v}
    parse_filter(filters)  # validate before storing
    store_of(request).save_search(ctx.uid, name[:200], query, filters)
    return redirect("/search?" + filter_query(filters, q=query))


@router.post("/search/{search_id}/delete")
def delete_search(request: Request, search_id: Id) -> Response:
    ctx, _form = posted_form(request)
    if not store_of(request).delete_saved_search(ctx.uid, search_id):
        raise HTTPException(404, ctx.loc.gettext("No such saved search."))
    return redirect("/search")
