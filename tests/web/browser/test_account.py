"""First run in a browser: the setup page creates the first account; log out and in again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_first_run_creates_the_admin_and_logs_in(fresh_desk: Any,
                                                 tab_factory: Callable[..., Any]) -> None:
    tab = tab_factory(fresh_desk)
    page = tab.page
    page.goto(fresh_desk.url("/"))
    assert page.url.endswith("/setup")
    assert "newsdesk user add NAME --admin" in page.inner_text("main")
    page.fill("#name", "ada")
    page.fill("#password", "short")
    # the browser itself refuses a too-short password (minlength), nothing is posted
    assert page.evaluate("document.querySelector('#password').validity.tooShort")
    page.fill("#password", "correct horse battery")
    with page.expect_navigation():
        page.click("form.login button[type=submit]")
    assert page.url.rstrip("/") == fresh_desk.base
    assert "(ada)" in page.inner_text("form.logout")
    assert page.locator("main h1").inner_text() == "Latest articles"
    # the account exists for the command line too
    assert "ada\tadmin" in fresh_desk.cli("user", "list")
    # setup is closed now
    page.goto(fresh_desk.url("/setup"))
    assert page.locator("form[action='/setup']").count() == 0

    with page.expect_navigation():
        page.click("form.logout button")
    page.goto(fresh_desk.url("/"))
    assert "/login" in page.url

    page.fill("#name", "ada")
    page.fill("#password", "wrong password!")
    with page.expect_navigation():
        page.click("form.login button[type=submit]")
    assert page.locator("p.error[role=alert]").count() == 1
    assert "/login" in page.url

    tab.login("ada", "correct horse battery")
    assert "(ada)" in page.inner_text("form.logout")
    cookies = {c["name"]: c for c in page.context.cookies()}
    session = [c for c in cookies.values() if c["httpOnly"]]
    assert session and all(c["sameSite"] == "Lax" for c in session), cookies
