"""HTML pages → Article: metadata, sections, image credit, disclosure, sanitized HTML."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.errors import ExtractError
from newsdesk.extract import extract_article, extract_html, extract_text
from newsdesk.model import Page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "html"
CASES = sorted(FIXTURES.glob("*.html"), key=lambda p: p.name)
COMPARED = ("title", "source", "canonical_url", "original_url", "published", "updated",
            "language", "authors", "image", "sections", "ai_generated", "ai_disclosure")


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_html_fixture(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    article = extract_html(path.read_bytes(), expected["url"], location=path.name)
    got = article.to_json()
    for key in COMPARED:
        if key in expected:
            assert got[key] == expected[key], key
    text = article.text
    assert text.startswith(expected["text_starts"])
    if "text_ends" in expected:
        assert text.endswith(expected["text_ends"])
    for fragment in expected.get("text_includes", []):
        assert fragment in text
    for fragment in expected.get("text_excludes", []):
        assert fragment not in text
    for fragment in expected.get("html_includes", []):
        assert fragment in article.html
    for fragment in expected.get("html_excludes", []):
        assert fragment not in article.html
    assert article.origin == "page"
    assert article.content_hash and len(article.content_hash) == 64
    for value in (article.published, article.updated):
        assert value is None or value.tzinfo is not None


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_extract_text_is_the_stored_text(path: Path) -> None:
    html = path.read_text(encoding="utf-8")
    url = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["url"]
    assert extract_text(html, url) == extract_html(html, url).text
    assert "\n\n" in extract_text(html)


@pytest.mark.parametrize(
    "body",
    [b"", b"   ", b"%PDF-1.4 \x00\x01binary", b"\x89PNG\r\n\x1a\n\x00\x00",
     b"<html><body><nav><a href='/'>Home</a></nav></body></html>"],
    ids=["empty", "blank", "pdf", "png", "no-text"],
)
def test_bad_input_raises_extract_error_with_location(body: bytes) -> None:
    with pytest.raises(ExtractError) as info:
        extract_html(body, "https://example.org/x", location="inbox/page.html")
    assert info.value.where == "inbox/page.html"


def test_declared_charset_is_honoured() -> None:
    page = (FIXTURES / "de_naive_date.html").read_text(encoding="utf-8")
    latin1 = page.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    article = extract_html(latin1.encode("iso-8859-1"), None)
    assert "Flüsse" in article.text
    assert article.source == "Nachrichten Süd"


def test_extract_article_keeps_page_origin_and_fetch_time() -> None:
    fetched = datetime(2026, 2, 3, 9, 0, tzinfo=UTC)
    page = Page(
        body=(FIXTURES / "fr_disclosure.html").read_bytes(),
        url="https://lequotidien.example/politique/retraites",
        location="archive.warc.gz#record 3",
        content_type="text/html; charset=utf-8",
        fetched_at=fetched,
        origin="warc",
    )
    article = extract_article(page)
    assert article.origin == "warc"
    assert article.fetched_at == fetched
    assert article.ai_generated
