"""Store fixtures: one `store` per backend, so every test runs against each of them.

Only SQLite exists today; a PostgreSQL param joins BACKENDS when that backend lands
(skipped when no server is configured).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from newsdesk.model import Article
from newsdesk.store import Store, open_store

BACKENDS = ["sqlite"]


def backend_url(backend: str, tmp_path: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'store' / 'newsdesk.db'}"
    raise AssertionError(f"no test URL for backend {backend}")


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return backend_url(request.param, tmp_path)


@pytest.fixture()
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()


BASE_TIME = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


@pytest.fixture()
def make_article() -> Callable[..., Article]:
    """Article n: a unique URL, title and text, published n hours after BASE_TIME."""

    def make(n: int, **changes: Any) -> Article:
        article = Article(
            title=f"Headline number {n}",
            text=f"Body of article {n}. It has a few sentences about topic{n}.",
            url=f"https://news.example/a/{n}",
            source="Example News",
            published=BASE_TIME + timedelta(hours=n),
            language="en",
        )
        return article.replace(**changes) if changes else article

    return make
