"""Stories (migration 0004): the stories articles join, and the engine's keys for them."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, Text

from newsdesk.store.schema.coltypes import UtcDateTime, metadata

stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text),
    Column("first_seen", UtcDateTime, nullable=False),
    Column("last_seen", UtcDateTime, nullable=False),
    Column("article_count", Integer, nullable=False),
    Column("languages", Text, nullable=False, default="[]"),  # JSON list, most articles first
    Column("sources", Text, nullable=False, default="[]"),  # JSON list, most articles first
    sqlite_autoincrement=True,
)
Index("ix_stories_last_seen", stories.c.last_seen, stories.c.id)

story_articles = Table(
    "story_articles",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    # the first copy this article duplicates (wire copy, updated version), if any
    Column("duplicate_of", Integer, ForeignKey("articles.id", ondelete="SET NULL")),
    Column("duplicate_kind", String(16)),
)
Index("ix_story_articles_story", story_articles.c.story_id, story_articles.c.article_id)

# the clustering engine's story ids of one process, mapped to stored stories
story_keys = Table(
    "story_keys",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
)
Index("ix_story_keys_story", story_keys.c.story_id)
