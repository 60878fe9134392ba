"""Makes the screenshots in docs/screenshots/ (skipped unless NEWSDESK_SCREENSHOTS=1).

Run `python docs/screenshots/make.py` (or `NEWSDESK_SCREENSHOTS=1 pytest` on this file).
A fresh newsdesk gets the multilingual fixture feeds of tests/fixtures/browser/ and, when
the shared seed file is present, the French seed article imported with `newsdesk import`;
the story page shows the story of tests/fixtures/stories/pipeline/ in Polish.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import SEED

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(os.environ.get("NEWSDESK_SCREENSHOTS_DIR", ROOT / "docs" / "screenshots"))
STORY = ROOT / "tests" / "fixtures" / "stories" / "pipeline" / "articles.jsonl"
SEED_TITLE = "Witkoff rapporte des progrès «significatifs» : Poutine le reçoit jeudi"

pytestmark = pytest.mark.skipif(os.environ.get("NEWSDESK_SCREENSHOTS") != "1",
                                reason="makes docs/screenshots; set NEWSDESK_SCREENSHOTS=1")


IMAGES_SHOWN = """() => Array.from(document.images)
  .filter(i => i.getBoundingClientRect().top < window.innerHeight)
  .every(i => i.complete && i.naturalWidth > 0)"""


def shoot(page: Any, name: str) -> None:
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.wait_for_function(IMAGES_SHOWN, timeout=5_000)  # lazy thumbnails in view
    page.screenshot(path=str(OUT / name), animations="disabled")


def test_make_screenshots(fresh_desk: Any, site: Any, tab_factory: Callable[..., Any]) -> None:
    desk = fresh_desk
    OUT.mkdir(parents=True, exist_ok=True)
    desk.add_user("ada", admin=True)
    if SEED.exists():
        desk.cli("import", str(SEED), "--now", datetime.now(UTC).isoformat(timespec="seconds"))
    tab = tab_factory(desk)
    tab.login("ada")
    wanted = 1 if SEED.exists() else 0
    # the desk has no poller: subscribe, then let `newsdesk poll --once` fetch
    for path, count, category in (("/news/feed.xml", 6, "World"), ("/wire/", 2, "Coast")):
        tab.goto("/feeds")
        tab.page.fill("#feed-url", site.url(path))
        tab.page.fill("#feed-category", category)
        with tab.page.expect_navigation():
            tab.page.click(".add-feed button[type=submit]")
        desk.cli("poll", "--once")
        wanted += count
    tab.wait_for_articles(wanted)
    page = tab.page
    page.keyboard.press("j")
    page.keyboard.press("j")
    shoot(page, "river.png")

    title = SEED_TITLE if SEED.exists() else (
        "Les vendanges commencent trois semaines plus tôt en Bourgogne")
    with page.expect_navigation():
        page.get_by_role("link", name=title, exact=True).click()
    shoot(page, "article.png")

    tab.goto("/search?q=ville")
    page.fill("#ssname", "Villes")
    with page.expect_navigation():
        page.click("form.save-search button[type=submit]")
    tab.goto("/search?q=harbour&lang=en")
    shoot(page, "search.png")

    tab.goto("/feeds")
    shoot(page, "feeds.png")

    tab.goto("/settings")
    page.select_option("#locale", "pl")
    with page.expect_navigation():
        page.click("form.settings button[type=submit]")
    tab.goto("/")
    shoot(page, "river-pl.png")

    desk.cli("import", str(STORY))  # one story in English and French, with wire copies
    tab.goto("/")
    with page.expect_navigation():
        page.locator('a[href^="/story/"]', has_text="Abu Dhabi").first.click()
    shoot(page, "story.png")

    page.set_viewport_size({"width": 375, "height": 740})
    tab.goto("/")
    shoot(page, "river-phone.png")
