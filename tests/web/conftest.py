"""Web fixtures: a fresh store, the app in-process, users that are logged in."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from newsdesk.model import Article, Feed
from newsdesk.store import Store
from newsdesk.web import auth
from newsdesk.web.app import create_app

T0 = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"


@pytest.fixture()
def app_client(store: Store) -> TestClient:
    return TestClient(create_app(store), follow_redirects=False)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html) or re.search(
        r'name="csrf-token" content="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return found.group(1)


class Reader:
    """A logged-in browser: a TestClient with the session cookie and the CSRF token."""

    def __init__(self, store: Store, name: str) -> None:
        self.user = store.create_user(name, auth.hash_password(PASSWORD))
        self.client = TestClient(create_app(store), follow_redirects=False)
        page = self.client.get("/login")
        response = self.client.post("/login", data={"name": name, "password": PASSWORD,
                                                    "csrf": csrf_of(page.text)})
        assert response.status_code == 303, response.text
        self.csrf = csrf_of(self.client.get("/settings").text)

    def post(self, path: str, **data: Any) -> Any:
        return self.client.post(path, data={"csrf": self.csrf, **data})

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.client.get(path, **kwargs)


@pytest.fixture()
def reader(store: Store) -> Callable[[str], Reader]:
    return lambda name: Reader(store, name)


def make_article(n: int, **extra: Any) -> Article:
    fields: dict[str, Any] = {
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


@pytest.fixture()
def feed_with_articles(store: Store) -> Callable[..., tuple[Feed, list[int]]]:
    def make(url: str = "https://news.example/feed.xml", count: int = 3,
             **extra: Any) -> tuple[Feed, list[int]]:
        feed, _ = store.add_feed(Feed(url=url, title="News Example",
                                      site_url="https://news.example/"))
        results = store.save_articles([make_article(n, feed_id=feed.id,
                                                    url=f"{url}/{n}", **extra)
                                       for n in range(count)])
        return feed, [r.article_id for r in results]

    return make




@pytest.fixture()
def page_csrf() -> Callable[[str], str]:
    return csrf_of


@pytest.fixture()
def article_factory() -> Callable[..., Article]:
    return make_article
