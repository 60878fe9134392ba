"""Reading in a browser: add a feed, open an article, search and save it, read in Polish."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from playwright.sync_api import Page


def open_article(page: Page, title: str) -> None:
    with page.expect_navigation():
        page.get_by_role("link", name=title, exact=True).click()
    assert re.search(r"/article/\d+$", page.url), page.url


def test_add_a_site_then_read_its_article(desk: Any, site: Any, accounts: Callable[[str], str],
                                          tab_factory: Callable[..., Any]) -> None:
    tab = tab_factory(desk)
    tab.login(accounts("wire"))
    # a site address, not a feed: the poller finds the feed the page advertises
    titles = tab.subscribe(site.url("/wire/"), 2, category="Coast")
    assert titles == ["Lighthouse keepers return to Gull Point after forty years",
                      "Ferry timetable changes for the winter season"]
    feeds = tab.feeds_text()
    assert "Coastal Courier" in feeds and "Last fetched" in feeds
    assert "Not fetched yet" not in feeds

    page = tab.goto("/?view=articles")
    item = page.locator(".river .item").first
    assert item.locator("time").get_attribute("title")  # absolute time on hover
    assert item.locator(".badge").inner_text() == "AI-generated"
    assert item.locator("img.thumb").count() == 1
    open_article(page, titles[0])
    article = page.locator("article.article")
    assert article.locator("h1").inner_text() == titles[0]
    assert article.locator(".body h2").all_inner_texts() == ["A museum in the tower",
                                                             "Open on weekends"]
    assert "Ewan Price" in article.locator(".byline").inner_text()
    caption = article.locator("figure.lead figcaption")
    assert caption.inner_text().startswith("The lamp room at Gull Point lighthouse.")
    assert caption.locator(".credit").inner_text() == "Credit: Ewan Price/Coastal Courier"
    assert page.evaluate("document.querySelector('figure.lead img').naturalWidth") > 0
    # the browser's time zone (Europe/Warsaw, sent by app.js in a cookie) is used
    assert "+01" in article.locator(".times time").first.inner_text()
    disclosure = article.locator(".disclosure[role=note]")
    assert "artificial intelligence" in disclosure.inner_text()
    original = article.locator(".original a")
    assert original.get_attribute("href") == site.url("/wire/lighthouse.html")
    assert set((original.get_attribute("rel") or "").split()) == {"noopener", "noreferrer"}


def test_search_highlights_and_saves(news_reader: Callable[..., Any]) -> None:
    tab = news_reader("searcher")
    page = tab.page
    page.fill("#q", "turbines")
    with page.expect_navigation():
        page.press("#q", "Enter")
    assert "/search?q=turbines" in page.url
    assert page.locator(".count").inner_text() == "1 article found"
    result = page.locator(".river .item")
    assert result.locator("a.title").inner_text() == (
        "Harbour city switches on its first tidal power plant")
    marks = result.locator(".snippet mark").all_inner_texts()
    assert marks and all(m.lower() == "turbines" for m in marks), marks

    page.fill("#ssname", "Tidal energy")
    with page.expect_navigation():
        page.click("form.save-search button[type=submit]")
    saved = page.locator("section.saved a", has_text="Tidal energy")
    assert saved.count() == 1
    tab.goto("/search")
    with page.expect_navigation():
        page.locator("section.saved a", has_text="Tidal energy").click()
    assert page.locator("#q2").input_value() == "turbines"
    assert page.locator(".river .item").count() == 1


def test_polish_reader_sees_polish_plurals(news_reader: Callable[..., Any]) -> None:
    tab = news_reader("polka")
    page = tab.goto("/settings")
    page.select_option("#locale", "pl")
    with page.expect_navigation():
        page.click("form.settings button[type=submit]")
    page = tab.goto("/?view=articles")
    assert page.locator("html").get_attribute("lang") == "pl"
    assert page.locator("main h1").inner_text() == "Najnowsze artykuły"
    times = dict(zip(page.locator(".river .item a.title").all_inner_texts(),
                     page.locator(".river .item time").all_inner_texts(), strict=True))
    assert times["Harbour city switches on its first tidal power plant"] == "1 godzinę temu"
    assert times["Madrid amplía la red de bicicletas públicas a los barrios del sur"] == (
        "3 godziny temu")
    assert times["Nowa linia tramwajowa połączy dworzec z kampusem"] == "4 godziny temu"
    assert times["Les vendanges commencent trois semaines plus tôt en Bourgogne"] == (
        "5 godzin temu")
    assert times["Bahn testet Wasserstoffzüge im Schwarzwald"] == "7 godzin temu"
    assert page.locator(".river .badge").all_inner_texts() == ["Wygenerowane przez AI"]
