"""The reader's pages in-process on a fresh temporary database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from starlette.testclient import TestClient

from newsdesk.model import Article, Image
from newsdesk.settings import Settings
from newsdesk.store import Store, open_store
from newsdesk.web.app import PAGE_SIZE, create_app

T0 = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)


@pytest.fixture()
def store(settings: Settings) -> Iterator[Store]:
    s = open_store(settings.db_url)
    yield s
    s.close()


@pytest.fixture()
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def _article(n: int, **extra: object) -> Article:
    fields: dict = {
        "title": f"Story number {n}",
        "text": f"Paragraph about harbour number {n}.\n\nSecond paragraph.",
        "url": f"https://news.example/{n}",
        "source": "news.example",
        "published": T0 - timedelta(minutes=n),
        "language": "en",
        "html": f"<p>Paragraph about harbour number {n}.</p>",
    }
    fields.update(extra)
    return Article(**fields)


def test_river_paginates_by_keyset(client: TestClient, store: Store) -> None:
    store.save_articles([_article(n) for n in range(PAGE_SIZE + 5)])
    first = client.get("/")
    assert first.status_code == 200 and "Story number 0<" in first.text
    assert "Older articles" in first.text
    cursor = first.text.split('/?before=')[1].split('"')[0].replace("&amp;", "&")
    second = client.get(f"/?before={cursor}")
    assert f"Story number {PAGE_SIZE + 4}<" in second.text
    assert "Story number 0<" not in second.text


def test_article_page_escapes_metadata_and_keeps_sanitized_body(client: TestClient,
                                                                store: Store) -> None:
    [saved] = store.save_articles([_article(
        1, title="<script>alert(1)</script>", authors=["<b>Eve</b>"],
        image=Image("https://news.example/i.jpg", "A caption", "Photo: AFP"),
        ai_generated=True, ai_disclosure="This article was generated with the help of AI.",
        original_url="javascript:alert(1)")])
    page = client.get(f"/article/{saved.article_id}")
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;" in page.text and "&lt;b&gt;Eve" in page.text
    assert "generated with the help of AI" in page.text
    assert 'href="javascript:' not in page.text
    assert "<p>Paragraph about harbour number 1.</p>" in page.text


def test_security_headers(client: TestClient) -> None:
    headers = client.get("/").headers
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-content-type-options"] == "nosniff"


def test_search_highlights_and_handles_bad_queries(client: TestClient, store: Store) -> None:
    store.save_articles([_article(1)])
    page = client.get("/search", params={"q": "harbour"})
    assert page.status_code == 200 and "<mark>" in page.text
    for query in ['"unbalanced', "AND OR NOT", "title:x", "*", "<script>"]:
        assert client.get("/search", params={"q": query}).status_code == 200
    assert client.get("/search", params={"q": "x" * 600}).status_code == 400


@pytest.mark.parametrize("path", ["/article/999", "/nope", "/?before=garbage"])
def test_bad_requests_are_4xx(client: TestClient, path: str) -> None:
    assert 400 <= client.get(path).status_code < 500


def test_wrong_method_is_405(client: TestClient) -> None:
    assert client.post("/").status_code == 405
