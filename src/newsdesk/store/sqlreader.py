"""The reader half of SqlStore: accounts, sessions, tokens, subscriptions, per-user state.

A mixin so sqlstore.py stays small; like the rest of SqlStore, each method is one
connection (a read snapshot or one write transaction) around an entity module's SQL.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from newsdesk.errors import InputError
from newsdesk.model import ArticleFilter, RiverItem, SavedSearch, Subscription, User
from newsdesk.store import river as river_sql
from newsdesk.store import saved as saved_sql
from newsdesk.store import subscriptions as sub_sql
from newsdesk.store import users as user_sql
from newsdesk.store import usersearch

MAX_PAGE = 500


def _now() -> datetime:
    return datetime.now(UTC)


def _page(limit: int) -> int:
    if not 1 <= limit <= MAX_PAGE:
        raise InputError(f"limit must be between 1 and {MAX_PAGE}", where=f"limit={limit}")
    return limit


class ReaderMethods:
    """Mixed into SqlStore, which provides the connections and `_trigram`."""

    _trigram: bool

    def _read(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    # --- users ---------------------------------------------------------------------------
    def create_user(self, name: str, password_hash: str, *, is_admin: bool = False) -> User:
        with self._write() as conn:
            return user_sql.create_user(conn, name, password_hash, is_admin, _now())

    def get_user(self, user_id: int) -> User | None:
        with self._read() as conn:
            return user_sql.get_user(conn, user_id)

    def user_by_name(self, name: str) -> tuple[User, str] | None:
        with self._read() as conn:
            return user_sql.user_by_name(conn, name)

    def list_users(self) -> list[User]:
        with self._read() as conn:
            return user_sql.list_users(conn)

    def count_users(self) -> int:
        with self._read() as conn:
            return user_sql.count_users(conn)

    def set_password(self, user_id: int, password_hash: str) -> None:
        with self._write() as conn:
            user_sql.set_password(conn, user_id, password_hash)

    def update_user_settings(self, user_id: int, *, locale: str | None, timezone: str | None,
                             theme: str, page_size: int) -> User:
        with self._write() as conn:
            return user_sql.update_settings(conn, user_id, locale, timezone, theme, page_size)

    # --- sessions and tokens -------------------------------------------------------------
    def create_session(self, user_id: int, token_hash: str, csrf_token: str,
                       expires_at: datetime) -> None:
        with self._write() as conn:
            user_sql.create_session(conn, user_id, token_hash, csrf_token, expires_at, _now())

    def session_user(self, token_hash: str, now: datetime) -> tuple[User, str] | None:
        with self._read() as conn:
            return user_sql.session_user(conn, token_hash, now)

    def delete_session(self, token_hash: str) -> None:
        with self._write() as conn:
            user_sql.delete_session(conn, token_hash)

    def delete_expired_sessions(self, now: datetime) -> int:
        with self._write() as conn:
            return user_sql.delete_expired_sessions(conn, now)

    def create_api_token(self, user_id: int, name: str, token_hash: str) -> int:
        with self._write() as conn:
            return user_sql.create_api_token(conn, user_id, name, token_hash, _now())

    def token_user(self, token_hash: str) -> User | None:
        with self._write() as conn:
            return user_sql.token_user(conn, token_hash, _now())

    def list_api_tokens(self, user_id: int) -> list[tuple[int, str, datetime, datetime | None]]:
        with self._read() as conn:
            return user_sql.list_api_tokens(conn, user_id)

    def delete_api_token(self, user_id: int, token_id: int) -> bool:
        with self._write() as conn:
            return user_sql.delete_api_token(conn, user_id, token_id)

    # --- subscriptions -------------------------------------------------------------------
    def subscribe(self, user_id: int, feed_id: int, *, title: str | None = None,
                  category: str | None = None) -> bool:
        with self._write() as conn:
            return sub_sql.subscribe(conn, user_id, feed_id, title, category, _now())

    def unsubscribe(self, user_id: int, feed_id: int) -> bool:
        with self._write() as conn:
            return sub_sql.unsubscribe(conn, user_id, feed_id)

    def list_subscriptions(self, user_id: int) -> list[Subscription]:
        with self._read() as conn:
            return sub_sql.list_subscriptions(conn, user_id)

    def get_subscription(self, user_id: int, feed_id: int) -> Subscription | None:
        with self._read() as conn:
            return sub_sql.get_subscription(conn, user_id, feed_id)

    def update_subscription(self, user_id: int, feed_id: int, *, title: str | None,
                            category: str | None) -> bool:
        with self._write() as conn:
            return sub_sql.update_subscription(conn, user_id, feed_id, title, category)

    def merge_feed(self, from_id: int, into_id: int) -> int:
        with self._write() as conn:
            return sub_sql.merge_feed(conn, from_id, into_id)

    def adopt_orphan_feeds(self, user_id: int) -> int:
        with self._write() as conn:
            return sub_sql.adopt_orphan_feeds(conn, user_id, _now())

    def request_refresh(self, feed_id: int, now: datetime) -> None:
        with self._write() as conn:
            sub_sql.request_refresh(conn, feed_id, now)

    def categories(self, user_id: int) -> list[str]:
        with self._read() as conn:
            return sub_sql.categories(conn, user_id)

    # --- per-user article state and the river --------------------------------------------
    def set_article_state(self, user_id: int, article_id: int, *, read: bool | None = None,
                          starred: bool | None = None) -> RiverItem | None:
        with self._write() as conn:
            return river_sql.set_state(conn, user_id, article_id, read, starred, _now())

    def mark_all_read(self, user_id: int, flt: ArticleFilter,
                      before: datetime | None = None) -> int:
        with self._write() as conn:
            return river_sql.mark_all_read(conn, user_id, flt, before, _now())

    def river(self, user_id: int, flt: ArticleFilter, *,
              before: tuple[datetime, int] | None = None, limit: int = 30) -> list[RiverItem]:
        with self._read() as conn:
            return list(river_sql.river(conn, user_id, flt, before, _page(limit)))

    def river_cursor(self, item: RiverItem) -> tuple[datetime, int]:
        with self._read() as conn:
            return river_sql.cursor_of(conn, item)

    def user_article(self, user_id: int, article_id: int) -> RiverItem | None:
        with self._read() as conn:
            return river_sql.user_article(conn, user_id, article_id)

    def search_user(self, user_id: int, query: str, flt: ArticleFilter, *, limit: int = 30,
                    offset_cursor: tuple[float, int] | None = None) -> list[RiverItem]:
        with self._read() as conn:
            return list(usersearch.search_user(conn, user_id, query, flt, _page(limit),
                                               offset_cursor, trigram=self._trigram))

    def search_cursor(self, item: RiverItem) -> tuple[float, int]:
        """(rank, id) of a search result, for `search_user(offset_cursor=...)`."""
        rank: Any = getattr(item, "rank", None)
        if rank is None or item.article.id is None:
            raise InputError("not a search result", where=str(item.article.id))
        return float(rank), item.article.id

    # --- saved searches ------------------------------------------------------------------
    def save_search(self, user_id: int, name: str, query: str,
                    filters: dict[str, Any]) -> SavedSearch:
        with self._write() as conn:
            return saved_sql.save_search(conn, user_id, name, query, filters, _now())

    def list_saved_searches(self, user_id: int) -> list[SavedSearch]:
        with self._read() as conn:
            return saved_sql.list_saved_searches(conn, user_id)

    def delete_saved_search(self, user_id: int, search_id: int) -> bool:
        with self._write() as conn:
            return saved_sql.delete_saved_search(conn, user_id, search_id)
