"""Feed discovery: each page in tests/fixtures/feeds/discover with its expected links beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.sources.discover import COMMON_FEED_PATHS, candidate_urls, discover_feed_links

PAGES = Path(__file__).parents[1] / "fixtures" / "feeds" / "discover"
CASES = sorted(PAGES.glob("*.html"))


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_discover_fixture(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert discover_feed_links(path.read_bytes(), expected["base_url"]) == expected["links"]


def test_accepts_text_as_well_as_bytes() -> None:
    html = (PAGES / "wordpress.html").read_text(encoding="utf-8")
    links = discover_feed_links(html, "https://gazette.example.org/")
    assert links[0] == "https://gazette.example.org/feed/"


@pytest.mark.parametrize("html", [b"", "   ", b"\x00\x01", "<<<not html"])
def test_garbage_advertises_nothing(html: bytes | str) -> None:
    assert discover_feed_links(html, "https://x.example.org/") == []


def test_candidate_urls_are_on_the_site_root() -> None:
    urls = candidate_urls("https://blog.example.org/2025/01/post.html?x=1#frag")
    assert urls[0] == "https://blog.example.org/feed"
    assert "https://blog.example.org/feeds/posts/default" in urls
    assert len(urls) == len(COMMON_FEED_PATHS) == len(set(urls))
    assert all(url.startswith("https://blog.example.org/") for url in urls)


def test_common_paths_cover_the_usual_suspects() -> None:
    for path in ("/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml"):
        assert path in COMMON_FEED_PATHS
