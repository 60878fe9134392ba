"""What every handler shares: the request context (user, CSRF, language) and rendering.

The security headers and request-size limit wrap the app in `middleware.py`.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio.from_thread
from markupsafe import Markup, escape
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.templating import Jinja2Templates

from newsdesk.model import User
from newsdesk.store import Store
from newsdesk.web import auth
from newsdesk.web.i18n import LANGUAGES, Localizer, localizer, negotiate, valid_timezone
from newsdesk.web.middleware import MAX_BODY

HERE = Path(__file__).parent
MAX_FIELD = 2_048  # characters of one ordinary form field
TZ_COOKIE = "nd_tz"

templates = Jinja2Templates(directory=str(HERE / "templates"))


@dataclass
class WebState:
    store: Store
    secure_cookies: bool | None = None
    throttle: auth.LoginThrottle = field(default_factory=auth.LoginThrottle)


@dataclass
class Ctx:
    """The reader behind one request."""

    user: User | None
    csrf: str
    loc: Localizer
    nonce: str
    set_csrf_cookie: bool = False

    @property
    def uid(self) -> int:
        if self.user is None or self.user.id is None:
            raise HTTPException(401, "not logged in")
        return self.user.id


def state(request: Request) -> WebState:
    web: WebState = request.app.state.web
    return web


def store_of(request: Request) -> Store:
    return state(request).store


def get_ctx(request: Request) -> Ctx:
    """Resolve the session, CSRF token, language and time zone (cached per request)."""
    cached = getattr(request.state, "ctx", None)
    if isinstance(cached, Ctx):
        return cached
    now = datetime.now(UTC)
    user, csrf = None, None
    cookie = request.cookies.get(auth.SESSION_COOKIE)
    if cookie and len(cookie) < 200:
        found = store_of(request).session_user(auth.token_hash(cookie), now)
        if found:
            user, csrf = found
    set_cookie = False
    if csrf is None:
        csrf = request.cookies.get(auth.CSRF_COOKIE) or ""
        if not (20 <= len(csrf) <= 100):
            csrf, set_cookie = secrets.token_urlsafe(24), True
    lang = (user.locale if user else None) or negotiate(request.headers.get("accept-language"))
    tz = valid_timezone(user.timezone if user else None) or valid_timezone(
        request.cookies.get(TZ_COOKIE))
    nonce = getattr(request.state, "nonce", "") or secrets.token_urlsafe(16)
    ctx = Ctx(user, csrf, localizer(lang, tz, now), nonce, set_cookie)
    request.state.ctx = ctx
    return ctx


def require_user(request: Request) -> Ctx:
    """The context of a logged-in reader; otherwise redirect to login (or first-run setup)."""
    ctx = get_ctx(request)
    if ctx.user is None:
        target = "/setup" if store_of(request).count_users() == 0 else "/login"
        raise HTTPException(303, "login required", headers={"Location": target})
    return ctx


def check_csrf(request: Request, ctx: Ctx, form: FormData | None) -> None:
    sent = request.headers.get("x-csrf-token") or (form.get("csrf") if form else None)
    if not auth.same_token(str(sent or ""), ctx.csrf):
        raise HTTPException(403, ctx.loc.gettext("The form has expired; reload the page and "
                                                 "try again."))


async def read_form(request: Request) -> FormData:
    """The posted form, with field count and size limits (413/400 on abuse)."""
    try:
        form = await request.form(max_files=1, max_fields=50, max_part_size=MAX_BODY)
    except Exception as exc:  # multipart errors of any kind are the client's fault
        raise HTTPException(400, f"malformed form: {exc}") from exc
    for key, value in form.multi_items():
        if isinstance(value, str) and len(value) > MAX_FIELD:
            raise HTTPException(400, f"form field {key!r} is longer than {MAX_FIELD} characters")
    return form


def posted_form(request: Request, *, login_required: bool = True) -> tuple[Ctx, FormData]:
    """The posted form of a reader, after the size limits and the CSRF check.

    Form handlers are plain `def`s, which FastAPI runs in its thread pool: a store write
    waiting on SQLite's lock or a password hash then never stalls the event loop (and with
    it every other reader). Only reading the body hops back onto the loop.
    """
    form = anyio.from_thread.run(read_form, request)
    ctx = require_user(request) if login_required else get_ctx(request)
    check_csrf(request, ctx, form)
    return ctx, form


def field_text(form: FormData, name: str, *, required: bool = False) -> str | None:
    value = form.get(name)
    text = value.strip() if isinstance(value, str) else ""
    if required and not text:
        raise HTTPException(400, f"form field {name!r} is required")
    return text or None


def highlight(snippet: str | None) -> Markup:
    """Escape a search snippet, then turn the store's \\x02…\\x03 markers into <mark>."""
    escaped = str(escape(snippet or ""))
    return Markup(escaped.replace("\x02", "<mark>").replace("\x03", "</mark>"))


templates.env.filters["highlight"] = highlight


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    ctx = get_ctx(request)
    values = {
        "ctx": ctx, "user": ctx.user, "loc": ctx.loc, "_": ctx.loc.gettext,
        "ngettext": ctx.loc.ngettext, "csrf": ctx.csrf, "nonce": ctx.nonce,
        "languages": LANGUAGES, "theme": ctx.user.theme if ctx.user else "auto",
    }
    values.update(context)
    response = templates.TemplateResponse(request, name, values, status_code=status_code)
    remember_csrf(request, ctx, response)
    return response


def remember_csrf(request: Request, ctx: Ctx, response: Response) -> None:
    if ctx.set_csrf_cookie:
        response.set_cookie(auth.CSRF_COOKIE, ctx.csrf, httponly=True, samesite="lax",
                            secure=secure(request), max_age=86_400)


def render_error(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", status_code=status, status=status, message=message)


def secure(request: Request) -> bool:
    configured = state(request).secure_cookies
    return request.url.scheme == "https" if configured is None else configured


def redirect(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


def session_expiry(now: datetime) -> datetime:
    return now + timedelta(days=auth.SESSION_DAYS)
