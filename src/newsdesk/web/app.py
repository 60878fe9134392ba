"""App factory: the reader's pages and the JSON API over one store (FastAPI + Jinja2).

Handlers are thin: parse and validate input, call one store method of the shared query
layer, render. The web layer never fetches or runs the pipeline: adding a feed stores it
as due and "refresh now" moves its next attempt; the scheduler does the fetching.
Article HTML was sanitized before storage and is the only markup rendered unescaped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.staticfiles import StaticFiles

from newsdesk import __version__
from newsdesk.errors import InputError
from newsdesk.store import Store
from newsdesk.web import account, api, api_feeds, api_stories, feedpages, pages, storypages
from newsdesk.web.context import WebState, render_error
from newsdesk.web.middleware import BodyLimit, SecurityHeaders

HERE = Path(__file__).parent
# Every router of the app, in inclusion order (the API first: its paths are the most specific).
ROUTERS: tuple[APIRouter, ...] = (api.router, api_feeds.router, api_stories.router,
                                  account.router, feedpages.router, pages.router,
                                  storypages.router)


def create_app(store: Store, *, secure_cookies: bool | None = None) -> FastAPI:
    """The ASGI app. `secure_cookies=None` marks cookies Secure when the request is https."""
    app = FastAPI(
        title="newsdesk API",
        version=__version__,
        description="Articles, feeds, search and read/star state of one newsdesk user. "
        "Authenticate with `Authorization: Bearer <token>` (create one with "
        "`newsdesk token create USER`).",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
        middleware=[Middleware(BodyLimit), Middleware(SecurityHeaders)],
    )
    app.state.web = WebState(store=store, secure_cookies=secure_cookies)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(_allowed_methods(request.url.path))
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code,
                                headers=headers)
        location = (exc.headers or {}).get("Location")
        if exc.status_code == 303 and location:
            return RedirectResponse(location, status_code=303)
        response = render_error(request, exc.status_code, str(exc.detail))
        response.headers.update(headers)
        return response

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> Response:
        """A value the store refused (too long, duplicate, ...) is the client's mistake."""
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=400)
        return render_error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [_problem(e) for e in exc.errors()]
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "invalid request", "problems": problems},
                                status_code=400)
        return render_error(request, 400, "; ".join(problems))

    return app


def app_routes() -> list[APIRoute]:
    """The app's handlers, read from our routers: FastAPI wraps included routers in
    objects of its own (private, changed across versions), so the app's list is not it."""
    return [r for router in ROUTERS for r in router.routes if isinstance(r, APIRoute)]


def _allowed_methods(path: str) -> list[str]:
    """Every method any route serves at `path` (RFC 9110 wants them in a 405's Allow)."""
    methods: set[str] = set()
    for route in app_routes():
        if route.path_regex.match(path):
            methods |= route.methods or set()
    return sorted(methods)


def _problem(error: dict[str, Any]) -> str:
    where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
    return f"{where}: {error.get('msg', 'invalid')}"
