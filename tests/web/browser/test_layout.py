"""Layout and accessibility in a browser: phone width, labels, landmarks, focus order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from playwright.sync_api import Page

PHONE = {"width": 375, "height": 740}

UNLABELLED = """() => Array.from(document.querySelectorAll("input, select, textarea"))
  .filter(el => el.type !== "hidden")
  .filter(el => !(el.labels && el.labels.length) && !el.getAttribute("aria-label")
                && !el.getAttribute("aria-labelledby"))
  .map(el => el.outerHTML)"""
NAMELESS_BUTTONS = """() => Array.from(document.querySelectorAll("button, a[href]"))
  .filter(el => !(el.textContent || "").trim() && !el.getAttribute("aria-label")
                && !el.querySelector("img[alt]:not([alt=''])"))
  .map(el => el.outerHTML)"""
OVERFLOW = """() => ({page: document.documentElement.scrollWidth, view: window.innerWidth,
  wide: Array.from(document.querySelectorAll("main *"))
    .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
    .slice(0, 5).map(el => el.tagName + "." + el.className)})"""


def assert_fits(page: Page, where: str) -> None:
    sizes = page.evaluate(OVERFLOW)
    assert sizes["page"] <= sizes["view"], f"{where} scrolls sideways: {sizes}"


def test_phone_width_has_no_horizontal_scroll(news_reader: Callable[..., Any]) -> None:
    tab = news_reader("phone", viewport=PHONE, is_mobile=True, has_touch=True)
    page = tab.goto("/")
    assert page.locator(".river .item").count() >= 6
    assert_fits(page, "river")
    for title in ("Harbour city switches on its first tidal power plant",
                  "У Львові відкрили оновлену наукову бібліотеку"):
        shown = tab.story_titles()
        assert title in shown, shown
        with page.expect_navigation():
            page.get_by_role("link", name=title, exact=True).click()
        assert_fits(page, title)
    for path in ("/search?q=harbour", "/feeds", "/settings"):
        assert_fits(tab.goto(path), path)


def test_labels_landmarks_and_focus_order(news_reader: Callable[..., Any]) -> None:
    tab = news_reader("access")
    page = tab.goto("/")
    first = page.locator(".river .item a.title").first.get_attribute("href")
    for path in ("/", "/?unread=1&lang=en", "/search?q=harbour", "/feeds", "/settings", first):
        page = tab.goto(path)
        assert page.evaluate(UNLABELLED) == [], path
        assert page.evaluate(NAMELESS_BUTTONS) == [], path
        assert page.locator("main").count() == 1, path
        assert page.locator("h1").count() == 1, path
        assert page.locator("html").get_attribute("lang") == "en"
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip", path
        assert page.locator("a.skip").is_visible(), "the skip link shows when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    page.context.clear_cookies()
    page = tab.goto("/login")
    assert page.evaluate(UNLABELLED) == []
    assert page.locator("main").count() == 1
