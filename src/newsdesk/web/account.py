"""Logging in and out, first-run setup, and the reader's own settings.

First run: while no account exists, `/setup` creates the first (admin) account, but only
for a browser on this machine (a loopback client address); elsewhere it explains
`newsdesk user add NAME --admin`. Later accounts are made with that command.
"""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime

from fastapi import APIRouter
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from newsdesk.errors import InputError
from newsdesk.web import auth
from newsdesk.web.context import (
    field_text,
    posted_form,
    redirect,
    remember_csrf,
    render,
    require_user,
    secure,
    session_expiry,
    state,
    store_of,
)
from newsdesk.web.i18n import LANGUAGES, timezone_choices, valid_timezone

router = APIRouter(include_in_schema=False)
THEMES = ("auto", "light", "dark")


def _client_is_local(request: Request) -> bool:
    host = request.client.host if request.client else ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host in ("testclient", "localhost")


def _start_session(request: Request, user_id: int) -> Response:
    token = auth.new_token()
    now = datetime.now(UTC)
    store_of(request).create_session(user_id, auth.token_hash(token), auth.new_token(),
                                     session_expiry(now))
    response = redirect("/")
    response.set_cookie(auth.SESSION_COOKIE, token, httponly=True, samesite="lax",
                        secure=secure(request), max_age=auth.SESSION_DAYS * 86_400)
    return response


@router.get("/login")
def login_page(request: Request) -> Response:
    if store_of(request).count_users() == 0:
        return redirect("/setup")
    return render(request, "login.html", error=None)


@router.post("/login")
def login(request: Request) -> Response:
    ctx, form = posted_form(request, login_required=False)
    name = field_text(form, "name", required=True) or ""
    password = form.get("password")
    password = password if isinstance(password, str) else ""
    address = request.client.host if request.client else "?"
    keys = (f"user:{name.lower()}", f"addr:{address}")
    throttle = state(request).throttle
    _ = ctx.loc.gettext
    if throttle.blocked(*keys):
        return render(request, "login.html", status_code=429,
                      error=_("Too many failed attempts. Wait a few minutes and try again."))
    found = store_of(request).user_by_name(name)
    if found is None or not auth.verify_password(found[1], password):
        throttle.failed(*keys)
        return render(request, "login.html", status_code=401,
                      error=_("Wrong user name or password."))
    throttle.succeeded(*keys)
    user = found[0]
    assert user.id is not None
    return _start_session(request, user.id)


@router.post("/logout")
def logout(request: Request) -> Response:
    _ctx, _form = posted_form(request)
    cookie = request.cookies.get(auth.SESSION_COOKIE)
    if cookie:
        store_of(request).delete_session(auth.token_hash(cookie))
    response = redirect("/login")
    response.delete_cookie(auth.SESSION_COOKIE)
    return response


@router.get("/setup")
def setup_page(request: Request) -> Response:
    if store_of(request).count_users() > 0:
        return redirect("/login")
    return render(request, "setup.html", local=_client_is_local(request), error=None)


@router.post("/setup")
def setup(request: Request) -> Response:
    ctx, form = posted_form(request, login_required=False)
    store = store_of(request)
    if store.count_users() > 0:
        raise HTTPException(409, "an account exists already: log in")
    if not _client_is_local(request):
        raise HTTPException(403, "the first account can only be created from this machine")
    name = field_text(form, "name", required=True) or ""
    password = form.get("password")
    password = password if isinstance(password, str) else ""
    problem = auth.check_new_password(password) or _name_problem(name)
    if problem:
        return render(request, "setup.html", status_code=400, local=True,
                      error=ctx.loc.gettext(problem))
    try:
        user = store.create_user(name, auth.hash_password(password), is_admin=True)
    except InputError as exc:
        return render(request, "setup.html", status_code=400, local=True, error=exc.message)
    assert user.id is not None
    store.adopt_orphan_feeds(user.id)
    return _start_session(request, user.id)


BAD_NAME = auth.N_("The user name must have 1 to 64 characters and no spaces.")


def _name_problem(name: str) -> str | None:
    if not 1 <= len(name) <= 64 or any(c.isspace() or not c.isprintable() for c in name):
        return BAD_NAME
    return None


@router.get("/settings")
def settings_page(request: Request) -> Response:
    require_user(request)
    return render(request, "settings.html", themes=THEMES, zones=timezone_choices(),
                  saved=request.query_params.get("msg") == "saved")


@router.post("/settings")
def save_settings(request: Request) -> Response:
    ctx, form = posted_form(request)
    locale = field_text(form, "locale")
    timezone = field_text(form, "timezone")
    theme = field_text(form, "theme") or "auto"
    size = field_text(form, "page_size") or "30"
    if locale and locale not in LANGUAGES:
        raise HTTPException(400, "locale: not a supported language")
    if timezone and valid_timezone(timezone) is None:
        raise HTTPException(400, "timezone: not a known time zone")
    if theme not in THEMES:
        raise HTTPException(400, "theme: expected auto, light or dark")
    if not size.isdigit() or not 5 <= int(size) <= 200:
        raise HTTPException(400, "page_size: expected a number from 5 to 200")
    store_of(request).update_user_settings(ctx.uid, locale=locale, timezone=timezone,
                                           theme=theme, page_size=int(size))
    response = redirect("/settings?msg=saved")
    remember_csrf(request, ctx, response)
    return response
