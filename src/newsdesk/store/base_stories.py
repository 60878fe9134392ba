"""The stories part of the Store interface (implemented by `sqlstories.StoryMethods`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Protocol

from newsdesk.model import Article, ArticleFilter, StoryDetail, StoryItem


class StoryStore(Protocol):
    """Articles grouped into stories by the pipeline's clustering engine."""

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
