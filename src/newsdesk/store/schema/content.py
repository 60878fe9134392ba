"""Feeds and the articles stored from them, with their replaced versions (migration 0001)."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, Text

from newsdesk.store.schema.coltypes import OffsetDateTime, UtcDateTime, metadata

feeds = Table(
    "feeds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),
    Column("title", Text),
    Column("site_url", Text),
    Column("category", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_fetched", UtcDateTime),
    Column("last_success", UtcDateTime),
    Column("next_attempt", UtcDateTime),
    Column("last_error", Text),
    Column("last_error_kind", String(32)),
    Column("error_count", Integer, nullable=False, default=0),
    Column("interval_seconds", Integer, nullable=False, default=3600),
    Column("created_at", UtcDateTime, nullable=False),
    sqlite_autoincrement=True,
)
Index("ix_feeds_next_attempt", feeds.c.next_attempt)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="SET NULL")),
    Column("guid", Text),
    # canonical_url, else url: the first upsert identity, unique when present
    Column("identity_url", Text, unique=True),
    Column("url", Text),
    Column("canonical_url", Text),
    Column("original_url", Text),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("html", Text, nullable=False, default=""),
    Column("source", Text),
    Column("language", Text),
    Column("interface_language", Text),
    Column("published", OffsetDateTime),
    Column("published_utc", UtcDateTime),
    Column("updated", OffsetDateTime),
    Column("authors", Text, nullable=False, default="[]"),
    Column("sections", Text, nullable=False, default="[]"),
    Column("image_url", Text),
    Column("image_caption", Text),
    Column("image_credit", Text),
    Column("ai_generated", Boolean, nullable=False, default=False),
    Column("ai_disclosure", Text),
    Column("origin", String(16), nullable=False),
    Column("extras", Text, nullable=False, default="{}"),
    Column("content_hash", String(64), nullable=False),
    # set when title/text contain CJK: only those rows go into the trigram index
    Column("has_cjk", Boolean, nullable=False, default=False),
    Column("fetched_at", OffsetDateTime),
    Column("inserted_at", UtcDateTime, nullable=False),
    Column("changed_at", UtcDateTime),
    # published, else first fetched_at, else inserted_at: the listing order
    Column("sort_time", UtcDateTime, nullable=False),
    sqlite_autoincrement=True,
)
Index("ix_articles_sort", articles.c.sort_time, articles.c.id)
Index("ix_articles_feed_guid", articles.c.feed_id, articles.c.guid)
Index("ix_articles_url", articles.c.url)
Index("ix_articles_original_url", articles.c.original_url)
Index("ix_articles_content_hash", articles.c.content_hash)
Index("ix_articles_language_sort", articles.c.language, articles.c.sort_time)
Index("ix_articles_source_sort", articles.c.source, articles.c.sort_time)

article_history = Table(
    "article_history",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "article_id",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("content_hash", String(64), nullable=False),
    Column("replaced_at", UtcDateTime, nullable=False),
)
Index("ix_article_history_article", article_history.c.article_id)
