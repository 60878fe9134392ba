"""The reader's half of the Store interface: accounts, sessions, API tokens,
subscriptions, per-user article state, the one query layer and saved searches
(implemented by `sqlreader.ReaderMethods`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from newsdesk.model import ArticleFilter, RiverItem, SavedSearch, Subscription, User


class ReaderStore(Protocol):
    """What the reader keeps per user.

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

    # --- saved searches ------------------------------------------------------------------
    def save_search(self, user_id: int, name: str, query: str,
                    filters: dict[str, Any]) -> SavedSearch:
        """Saving under an existing name replaces that search."""
        ...

    def list_saved_searches(self, user_id: int) -> list[SavedSearch]: ...

    def delete_saved_search(self, user_id: int, search_id: int) -> bool: ...
