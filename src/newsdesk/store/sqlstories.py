"""The stories half of SqlStore: membership, merges, the story river and story pages.

A mixin like sqlreader.py; each method is one connection around stories*.py's SQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime

from sqlalchemy import Connection

from newsdesk.errors import InputError
from newsdesk.model import Article, ArticleFilter, StoryDetail, StoryItem
from newsdesk.store import stories as story_sql
from newsdesk.store import stories_read
from newsdesk.store.engine import batches_by_id

MAX_PAGE = 500


class StoryMethods:
    """Mixed into SqlStore, which provides the connections."""

    def _read(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def assign_story(self, article_id: int, story_key: str, duplicate_of: int | None,
                     kind: str | None) -> int:
        if not story_key or len(story_key) > 64:
            raise InputError("story key must be 1 to 64 characters", where=story_key[:80])
        with self._write() as conn:
            return story_sql.assign(conn, article_id, story_key, duplicate_of, kind,
                                    datetime.now(UTC))

    def merge_stories(self, from_id: int, into_id: int) -> bool:
        with self._write() as conn:
            return story_sql.merge(conn, from_id, into_id)

    def story_of(self, article_id: int) -> int | None:
        with self._read() as conn:
            return story_sql.story_of(conn, article_id)

    def stories_river(self, user_id: int, flt: ArticleFilter, *,
                      before: tuple[datetime, int] | None = None, limit: int = 30,
                      prefer_language: str | None = None) -> list[StoryItem]:
        if not 1 <= limit <= MAX_PAGE:
            raise InputError(f"limit must be between 1 and {MAX_PAGE}", where=f"limit={limit}")
        with self._read() as conn:
            return stories_read.river(conn, user_id, flt, before, limit, prefer_language)

    def get_story(self, user_id: int, story_id: int, *,
                  prefer_language: str | None = None) -> StoryDetail | None:
        with self._read() as conn:
            return stories_read.detail(conn, user_id, story_id, prefer_language)

    def recent_articles_for_clustering(self, since: datetime,
                                       batch: int = 200) -> Iterator[Article]:
        """By id (arrival order); each batch its own short read."""
        return batches_by_id(
            self._read, lambda conn, after, size: story_sql.recent_batch(
                conn, since, after, size), batch)
