"""App factory and thin handlers: each page is one short function over the store.

Pages read the store only; they never call the pipeline. Article HTML was sanitized
before storage (extract.sanitize) and is the only markup rendered unescaped.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from newsdesk.errors import InputError
from newsdesk.store import Store

HERE = Path(__file__).parent
PAGE_SIZE = 50
MAX_QUERY = 500


class SecurityHeaders(BaseHTTPMiddleware):
    """Strict CSP with a per-request nonce, no referrer, no framing, no sniffing."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        request.state.nonce = secrets.token_urlsafe(16)
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; img-src https: http: data:; "
            f"style-src 'self'; script-src 'nonce-{request.state.nonce}'; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        )
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        return response


def _highlight(snippet: str) -> Markup:
    """Escape a search snippet, then turn the store's \\x02…\\x03 markers into <mark>."""
    return Markup(str(escape(snippet)).replace("\x02", "<mark>").replace("\x03", "</mark>"))


def _cursor(value: str | None) -> tuple[datetime | None, int] | None:
    """Parse the keyset cursor `<iso time>|<id>` (time may be empty)."""
    if not value:
        return None
    try:
        when, _, ident = value.rpartition("|")
        return (datetime.fromisoformat(when) if when else None, int(ident))
    except ValueError:
        raise HTTPException(400, "invalid 'before' cursor") from None


def create_app(store: Store) -> Starlette:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["highlight"] = _highlight

    def render(request: Request, name: str, **context: Any) -> Response:
        return templates.TemplateResponse(request, name, context)

    def river(request: Request) -> Response:
        language = request.query_params.get("lang") or None
        articles = store.list_articles(limit=PAGE_SIZE + 1, language=language,
                                       before=_cursor(request.query_params.get("before")))
        more = len(articles) > PAGE_SIZE
        articles = articles[:PAGE_SIZE]
        cursor = None
        if more:
            last = articles[-1]
            when = last.published or last.fetched_at
            cursor = f"{when.isoformat() if when else ''}|{last.id}"
        return render(request, "river.html", articles=articles, cursor=cursor, lang=language)

    def article(request: Request) -> Response:
        found = store.get_article(int(request.path_params["article_id"]))
        if found is None:
            raise HTTPException(404, "no such article")
        return render(request, "article.html", article=found, body=Markup(found.html))

    def search(request: Request) -> Response:
        query = request.query_params.get("q", "").strip()
        if len(query) > MAX_QUERY:
            raise HTTPException(400, f"query longer than {MAX_QUERY} characters")
        hits = []
        error = None
        if query:
            try:
                hits = store.search(query, limit=PAGE_SIZE)
            except InputError as exc:
                error = exc.message
        return render(request, "search.html", query=query, hits=hits, error=error)

    routes = [
        Route("/", river),
        Route("/article/{article_id:int}", article),
        Route("/search", search),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    return Starlette(routes=routes, middleware=[Middleware(SecurityHeaders)])
