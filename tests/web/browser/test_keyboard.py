"""Keyboard shortcuts in a browser: j/k select, m read, s star, / search, ? help, o open."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from playwright.sync_api import Locator, Page

WAIT_MS = 5_000  # the in-place toggle is one small fetch


def selected_index(page: Page) -> list[int]:
    return page.evaluate("Array.from(document.querySelectorAll('.river > .item'))"
                         ".flatMap((el, i) => el.classList.contains('selected') ? [i] : [])")


def wait_for_state(item: Locator, name: str, value: str) -> None:
    item.page.wait_for_function(
        "([id, name, value]) => document.querySelector(`.item[data-id='${id}']`)"
        "?.dataset[name] === value",
        arg=[item.get_attribute("data-id"), name, value], timeout=WAIT_MS)


def test_keyboard_shortcuts(news_reader: Callable[..., Any]) -> None:
    tab = news_reader("keys")
    page = tab.goto("/?view=articles")
    assert selected_index(page) == []
    page.keyboard.press("j")
    assert selected_index(page) == [0]
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert selected_index(page) == [2]
    page.keyboard.press("k")
    assert selected_index(page) == [1]

    second = page.locator(".river > .item").nth(1)
    item_id = second.get_attribute("data-id")
    assert second.get_attribute("class") == "item selected"
    page.keyboard.press("m")
    wait_for_state(second, "read", "1")
    assert "read" in (second.get_attribute("class") or "").split()
    assert second.locator(".toggle-read").inner_text() == "Mark unread"
    page.keyboard.press("s")
    wait_for_state(second, "starred", "1")
    assert second.locator(".toggle-star").get_attribute("aria-pressed") == "true"
    assert second.locator(".toggle-star").inner_text() == "Unstar"

    page.reload()  # the state was stored on the server
    again = page.locator(f".river > .item[data-id='{item_id}']")
    assert "read" in (again.get_attribute("class") or "").split()
    assert again.locator(".toggle-read").inner_text() == "Mark unread"
    assert again.locator(".toggle-star").inner_text() == "Unstar"
    assert page.locator(".river > .item.read").count() == 1
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("m")  # and back to unread
    wait_for_state(again, "read", "0")
    assert "read" not in (again.get_attribute("class") or "").split()
    page.reload()
    assert page.locator(".river > .item.read").count() == 0
    starred = page.locator(".river > .item[data-starred='1']")
    assert starred.count() == 1 and starred.get_attribute("data-id") == item_id

    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("j")  # typing in the search box is not a shortcut
    assert page.locator("#q").input_value() == "j"
    assert selected_index(page) == []
    page.locator("#q").fill("")
    page.evaluate("document.activeElement.blur()")

    page.keyboard.press("?")
    help_dialog = page.locator("dialog#help")
    assert help_dialog.is_visible()
    assert help_dialog.locator("kbd").count() >= 7
    page.keyboard.press("Escape")
    assert not help_dialog.is_visible()

    page.keyboard.press("j")
    title = page.locator(".river > .item a.title").first.inner_text()
    with page.expect_navigation():
        page.keyboard.press("o")
    assert re.search(r"/article/\d+$", page.url)
    assert page.locator("article h1").inner_text() == title
    # on the article page the article itself is the selection
    article = page.locator("article.item")
    page.keyboard.press("s")
    wait_for_state(article, "starred", "1")
    assert article.locator(".toggle-star").inner_text() == "Unstar"
