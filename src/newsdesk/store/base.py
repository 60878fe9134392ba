"""The Store interface: everything newsdesk keeps, behind one object.

The pipeline, CLI and web code against this Protocol only; `open_store(url)` picks the
implementation from the URL (SQLite today, PostgreSQL later), and one test suite runs
against every implementation.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol

from newsdesk.model import (
    Article,
    ArticleFilter,
    Enrichment,
    Feed,
    Quote,
    RiverItem,
    SavedSearch,
    SearchHit,
    StoryDetail,
    StoryItem,
    Subscription,
    User,
)

SaveStatus = Literal["inserted", "updated", "unchanged"]


@dataclass(frozen=True)
class SaveResult:
    """What `save_articles` did with one article, in input order."""

    article_id: int
    status: SaveStatus


@dataclass(frozen=True)
class EntitySummary:
    """An entity as `list_entities` gives it: counts over all articles, and its names per
    language (most mentioned first) as written in the articles."""

    id: str
    type: str
    name: str
    mentions: int
    articles: int
    names: dict[str, list[tuple[str, int]]]


class Store(Protocol):
    """Feeds with their fetch state, articles with their history, and search; and the
    reader's accounts, subscriptions and per-user state.

    Visibility rule of the reader methods: feeds and articles are shared rows, and a
    user sees the articles of the feeds they subscribe to plus every article without a
    feed (imported HTML/JSONL/WARC files, or a removed feed's articles). Subscriptions,
    read/star states, sessions, API tokens and saved searches belong to one user: every
    such method takes `user_id` and scopes its query by it, so another user's ids give
    None/False/nothing, never their data. The web pages and the JSON API read articles
    only through `river`, `user_article` and `search_user` (one query layer).

    Secrets are never stored: callers pass password hashes and sha256 hashes of session
    cookies and API tokens.
    """

    url: str

    # --- feeds -------------------------------------------------------------------------
    def add_feed(self, feed: Feed) -> tuple[Feed, bool]:
        """Subscribe; a known URL gives back the existing row unchanged and False."""
        ...

    def get_feed(self, feed_id: int) -> Feed | None: ...

    def feed_by_url(self, url: str) -> Feed | None: ...

    def list_feeds(self) -> list[Feed]:
        """Every feed, by id."""
        ...

    def update_feed(self, feed: Feed) -> None:
        """Write the fetch state and descriptive fields of an existing feed (by id)."""
        ...

    def remove_feed(self, feed_id: int) -> bool:
        """Unsubscribe; the feed's articles stay, with feed_id set to None."""
        ...

    def due_feeds(self, now: datetime, limit: int | None = None) -> list[Feed]:
        """Feeds never tried or whose next_attempt <= now; never tried first, then oldest."""
        ...

    # --- articles ----------------------------------------------------------------------
    def save_articles(self, articles: Sequence[Article]) -> list[SaveResult]:
        """Upsert a batch in ONE transaction (all or nothing); results in input order.

        Identity, first match wins: canonical_url (else url), then (feed_id, guid),
        then content_hash for articles with neither. Identical → "unchanged", no write;
        otherwise "updated" in place (a replaced content_hash goes to the history).
        """
        ...

    def get_article(self, article_id: int) -> Article | None: ...

    def has_entry(self, feed_id: int | None, guid: str | None, url: str | None) -> bool:
        """Whether a feed entry is already stored, so the poller can skip its page."""
        ...

    def list_articles(
        self,
        *,
        limit: int = 50,
        before: tuple[datetime | None, int] | None = None,
        language: str | None = None,
        source: str | None = None,
        feed_id: int | None = None,
    ) -> list[Article]:
        """Newest first by (sort_time, id); pass before=(time, id) of the last row shown."""
        ...

    def iter_articles(self, batch: int = 500) -> Iterator[Article]:
        """Every article by id, read in batches of `batch` (for export)."""
        ...

    def count_articles(self) -> int: ...

    def article_history(self, article_id: int) -> list[tuple[str, datetime]]:
        """Earlier content hashes of an article with when each was replaced, oldest first."""
        ...

    # --- enrichment: entities, quotes and times of articles -----------------------------
    def save_enrichment(self, article_id: int, enrichment: Enrichment) -> None:
        """Replace the article's enrichment in one transaction (saving twice changes
        nothing). InputError for an unknown article."""
        ...

    def get_enrichment(self, article_id: int) -> Enrichment | None: ...

    def articles_to_enrich(self, version: str | None, batch: int = 100) -> Iterator[Article]:
        """Articles by id whose enrichment is missing, of another version or older than
        their text (every article when `version` is None), read in short batches."""
        ...

    def list_entities(self, type: str | None = None, query: str | None = None,
                      limit: int = 50) -> list[EntitySummary]:
        """Most mentioned first; `query` matches any of their names, ignoring case."""
        ...

    def quotes_by(self, speaker: str | None = None,
                  limit: int = 50) -> list[tuple[int, Quote]]:
        """(article_id, quote), newest article first; `speaker` matches the speaker's
        name or any name of the speaker's entity, ignoring case."""
        ...

    # --- search and upkeep ---------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        language: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        source: str | None = None,
        limit: int = 20,
    ) -> list[SearchHit]:
        """Full-text search, best first; snippets mark hits with \\x02 … \\x03."""
        ...

    def integrity_ok(self) -> bool: ...

    # --- users ---------------------------------------------------------------------------
    def create_user(self, name: str, password_hash: str, *, is_admin: bool = False) -> User:
        """InputError("user already exists", where=name) when the name is taken in any case."""
        ...

    def get_user(self, user_id: int) -> User | None: ...

    def user_by_name(self, name: str) -> tuple[User, str] | None:
        """(user, password_hash), the name matched regardless of case."""
        ...

    def list_users(self) -> list[User]: ...

    def count_users(self) -> int: ...

    def set_password(self, user_id: int, password_hash: str) -> None: ...

    def update_user_settings(self, user_id: int, *, locale: str | None, timezone: str | None,
                             theme: str, page_size: int) -> User:
        """theme in light/dark/auto and 5 <= page_size <= 200, else InputError."""
        ...

    # --- sessions (token_hash = sha256 hex of the cookie value) and API tokens -----------
    def create_session(self, user_id: int, token_hash: str, csrf_token: str,
                       expires_at: datetime) -> None: ...

    def session_user(self, token_hash: str, now: datetime) -> tuple[User, str] | None:
        """(user, csrf_token) of a live session; None when unknown or expired."""
        ...

    def delete_session(self, token_hash: str) -> None: ...

    def delete_expired_sessions(self, now: datetime) -> int: ...

    def create_api_token(self, user_id: int, name: str, token_hash: str) -> int: ...

    def token_user(self, token_hash: str) -> User | None:
        """The token's user (and its last_used set to now), or None."""
        ...

    def list_api_tokens(self, user_id: int) -> list[tuple[int, str, datetime, datetime | None]]:
        """(id, name, created, last_used) of the user's tokens."""
        ...

    def delete_api_token(self, user_id: int, token_id: int) -> bool: ...

    # --- subscriptions: shared feed rows, each user's own title and category -------------
    def subscribe(self, user_id: int, feed_id: int, *, title: str | None = None,
                  category: str | None = None) -> bool:
        """False if already subscribed."""
        ...

    def unsubscribe(self, user_id: int, feed_id: int) -> bool: ...

    def list_subscriptions(self, user_id: int) -> list[Subscription]:
        """With unread counts; by category (uncategorised last), then title."""
        ...

    def get_subscription(self, user_id: int, feed_id: int) -> Subscription | None: ...

    def update_subscription(self, user_id: int, feed_id: int, *, title: str | None,
                            category: str | None) -> bool: ...

    def merge_feed(self, from_id: int, into_id: int) -> int:
        """Move feed `from_id`'s subscribers to feed `into_id` and delete `from_id`
        (a site URL whose advertised feed is stored already); returns how many moved."""
        ...

    def adopt_orphan_feeds(self, user_id: int) -> int:
        """Subscribe the user to every feed nobody subscribes to (first admin after imports)."""
        ...

    def request_refresh(self, feed_id: int, now: datetime) -> None:
        """next_attempt = now: the scheduler fetches it; the web never fetches."""
        ...

    def categories(self, user_id: int) -> list[str]: ...

    # --- per-user article state and the one query layer ----------------------------------
    def set_article_state(self, user_id: int, article_id: int, *, read: bool | None = None,
                          starred: bool | None = None) -> RiverItem | None:
        """Set the flags given; None (nothing written) if the article is not visible."""
        ...

    def mark_all_read(self, user_id: int, flt: ArticleFilter,
                      before: datetime | None = None) -> int:
        """Mark read every visible article matching `flt` with sort_time <= before."""
        ...

    def river(self, user_id: int, flt: ArticleFilter, *,
              before: tuple[datetime, int] | None = None, limit: int = 30) -> list[RiverItem]:
        """Newest first by (sort_time, id); keyset pages: before=river_cursor(last item)."""
        ...

    def river_cursor(self, item: RiverItem) -> tuple[datetime, int]:
        """The keyset cursor (sort_time, id) of an item."""
        ...

    def user_article(self, user_id: int, article_id: int) -> RiverItem | None: ...

    def search_user(self, user_id: int, query: str, flt: ArticleFilter, *, limit: int = 30,
                    offset_cursor: tuple[float, int] | None = None) -> list[RiverItem]:
        """Best first; snippet set (\\x02 … \\x03); next page: search_cursor(last item).
        An invalid query raises InputError."""
        ...

    def search_cursor(self, item: RiverItem) -> tuple[float, int]:
        """The keyset cursor (rank, id) of a `search_user` result."""
        ...

    # --- stories: articles grouped by the pipeline's clustering engine ------------------
    def assign_story(self, article_id: int, story_key: str, duplicate_of: int | None,
                     kind: str | None) -> int:
        """Put the article in the stored story of the engine's `story_key` (a key seen
        for the first time adopts the article's current story, else starts one), marked
        as a duplicate of `duplicate_of` (`kind`: how it was found). Returns the story id.
        InputError for an unknown article."""
        ...

    def merge_stories(self, from_id: int, into_id: int) -> bool:
        """Move every article (and engine key) of one story into another; False when
        either story is unknown."""
        ...

    def story_of(self, article_id: int) -> int | None: ...

    def stories_river(self, user_id: int, flt: ArticleFilter, *,
                      before: tuple[datetime, int] | None = None, limit: int = 30,
                      prefer_language: str | None = None) -> list[StoryItem]:
        """Stories with at least one visible article matching `flt`, newest last_seen
        first; counts, sources and headline from visible articles only (the headline in
        `prefer_language` when the story has one). Next page: before=item.cursor."""
        ...

    def get_story(self, user_id: int, story_id: int, *,
                  prefer_language: str | None = None) -> StoryDetail | None:
        """None when the story has no article visible to the user."""
        ...

    def recent_articles_for_clustering(self, since: datetime) -> Iterator[Article]:
        """Articles listed since `since`, in arrival (id) order: to rebuild the engine."""
        ...

    # --- saved searches ------------------------------------------------------------------
    def save_search(self, user_id: int, name: str, query: str,
                    filters: dict[str, Any]) -> SavedSearch:
        """Saving under an existing name replaces that search."""
        ...

    def list_saved_searches(self, user_id: int) -> list[SavedSearch]: ...

    def delete_saved_search(self, user_id: int, search_id: int) -> bool: ...

    def close(self) -> None: ...
