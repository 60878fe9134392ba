"""The reader: accounts, subscriptions, per-user state, filters and search hits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from newsdesk.model.content import Article, Feed


@dataclass(frozen=True)
class SearchHit:
    """One search result: the article id, a highlighted snippet and its rank."""

    article_id: int
    title: str | None
    source: str | None
    published: datetime | None
    language: str | None
    snippet: str
    rank: float


@dataclass
class User:
    """A reader account. Preferences are the user's own; `None` means "from the browser"."""

    name: str
    id: int | None = None
    is_admin: bool = False
    created_at: datetime | None = None
    locale: str | None = None
    timezone: str | None = None
    theme: str = "auto"  # light | dark | auto
    page_size: int = 30


@dataclass
class Subscription:
    """A user's view of a shared feed: their own title and category, their unread count."""

    feed: Feed
    title: str | None = None
    category: str | None = None
    unread: int = 0

    @property
    def display_title(self) -> str:
        return self.title or self.feed.title or self.feed.url


@dataclass(frozen=True)
class ArticleFilter:
    """Filters shared by the river, search and the API (one query layer)."""

    language: str | None = None
    source: str | None = None
    category: str | None = None
    feed_id: int | None = None
    unread: bool = False
    starred: bool = False
    since: datetime | None = None
    until: datetime | None = None


@dataclass
class RiverItem:
    """An article as one user sees it: with its feed's name and their read/star state."""

    article: Article
    feed_title: str | None = None
    site_url: str | None = None
    read: bool = False
    starred: bool = False
    snippet: str | None = None  # search hits only: highlighted with \x02 … \x03


@dataclass
class SavedSearch:
    id: int | None
    name: str
    query: str
    filters: dict[str, Any] = field(default_factory=dict)
