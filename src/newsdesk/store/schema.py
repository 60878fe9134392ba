"""The tables of the store, in SQLAlchemy Core.

This is the schema the queries are written against; the Alembic migrations in
`migrations/versions/` create the same tables (a test compares the two), and
append-only migrations remain the source of truth for existing databases.

Datetimes are stored in two ways, because they serve two purposes:

* `UtcDateTime` — instants used for sorting and filtering (`sort_time`,
  `next_attempt`, ...). On SQLite they are fixed-width UTC ISO text, so text order
  equals time order; on PostgreSQL they would be `timestamptz`.
* `OffsetDateTime` — dates shown to people (`published`, `updated`, `fetched_at`):
  ISO 8601 text *with the original UTC offset*, so 12:00+01:00 comes back as
  12:00+01:00 and not as 11:00+00:00.

The full-text tables (SQLite FTS5) are not declared here: they are dialect-specific
and live in the migration and in `search.py`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    types,
)

_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def as_aware(value: datetime) -> datetime:
    """Naive datetimes are taken as UTC (the model promises aware ones; be lenient)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


class UtcDateTime(types.TypeDecorator[datetime]):
    """An instant, normalised to UTC; comparable in SQL on every backend."""

    impl = String(32)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> types.TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(DateTime(timezone=True))
        return dialect.type_descriptor(String(32))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        utc = as_aware(value).astimezone(UTC)
        return utc if dialect.name == "postgresql" else utc.strftime(_UTC_FORMAT)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            return as_aware(value).astimezone(UTC)
        return datetime.strptime(value, _UTC_FORMAT).replace(tzinfo=UTC)


class OffsetDateTime(types.TypeDecorator[datetime]):
    """A datetime kept as ISO 8601 text with the offset it was given in."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        return None if value is None else as_aware(value).isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


metadata = MetaData()

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

# --- the reader (migration 0002): accounts, sessions, tokens, per-user state -------------
# Every per-user row carries user_id and every reader query is scoped by it; feeds and
# articles stay shared. Secrets are never stored: only hashes the web layer computed.

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    # casefolded name: user names are unique regardless of case
    Column("name_key", Text, nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("is_admin", Boolean, nullable=False, default=False),
    Column("locale", String(35)),
    Column("timezone", String(64)),
    Column("theme", String(8), nullable=False, default="auto"),
    Column("page_size", Integer, nullable=False, default=30),
    Column("created_at", UtcDateTime, nullable=False),
    sqlite_autoincrement=True,
)

sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("csrf_token", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
)
Index("ix_sessions_user", sessions.c.user_id)
Index("ix_sessions_expires", sessions.c.expires_at)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text, nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("last_used", UtcDateTime),
    sqlite_autoincrement=True,
)
Index("ix_api_tokens_user", api_tokens.c.user_id)

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True),
    Column("title", Text),
    Column("category", Text),
    Column("created_at", UtcDateTime, nullable=False),
)
Index("ix_subscriptions_feed", subscriptions.c.feed_id)

article_states = Table(
    "article_states",
    metadata,
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("read", Boolean, nullable=False, default=False),
    Column("starred", Boolean, nullable=False, default=False),
    Column("changed_at", UtcDateTime, nullable=False),
)
Index("ix_article_states_article", article_states.c.article_id)
Index("ix_article_states_starred", article_states.c.user_id, article_states.c.starred)

saved_searches = Table(
    "saved_searches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text, nullable=False),
    Column("query", Text, nullable=False),
    Column("filters", Text, nullable=False, default="{}"),
    Column("created_at", UtcDateTime, nullable=False),
    sqlite_autoincrement=True,
)
Index("ux_saved_searches_user_name", saved_searches.c.user_id, saved_searches.c.name,
      unique=True)

# the river of one feed (and its unread count) is a range of this index
Index("ix_articles_feed_sort", articles.c.feed_id, articles.c.sort_time)

# --- enrichment (migration 0003): entities, mentions, quotes, times per article ----------
# An article's enrichment is replaced as a whole (store/enrichment.py). `*_key` columns
# hold casefolded names, so look-ups ignore case in every script (SQLite's LIKE and
# lower() only fold ASCII). entity_names is derived from mentions and recomputed for the
# entities an article touches, so re-enrichment never drifts the counts.

article_enrichment = Table(
    "article_enrichment",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("version", String(64), nullable=False),
    Column("language", String(16)),
    # the article's content_hash when it was enriched: changed text means enrich again
    Column("content_hash", String(64), nullable=False),
    Column("enriched_at", UtcDateTime, nullable=False),
)
Index("ix_article_enrichment_version", article_enrichment.c.version)

entities = Table(
    "entities",
    metadata,
    Column("id", Text, primary_key=True),  # the canonical key, e.g. "geo:703448", "n:putin"
    Column("type", String(8), nullable=False),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False),
)
Index("ix_entities_type", entities.c.type)

entity_names = Table(
    "entity_names",
    metadata,
    Column("entity_id", Text, ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    Column("language", String(16), primary_key=True),  # "" when unknown
    Column("name", Text, primary_key=True),
    Column("name_key", Text, nullable=False),
    Column("mentions", Integer, nullable=False),
)
Index("ix_entity_names_key", entity_names.c.name_key)

mentions = Table(
    "mentions",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("seq", Integer, primary_key=True),  # the order in the article
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(8), nullable=False),
    Column("entity_id", Text, ForeignKey("entities.id", ondelete="SET NULL")),
    Column("name", Text),
)
Index("ix_mentions_entity", mentions.c.entity_id, mentions.c.article_id)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("speaker", Text),
    Column("speaker_key", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_entity", Text, ForeignKey("entities.id", ondelete="SET NULL")),
    sqlite_autoincrement=True,
)
Index("ix_quotes_article", quotes.c.article_id, quotes.c.start)
Index("ix_quotes_speaker_entity", quotes.c.speaker_entity)

times = Table(
    "times",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("seq", Integer, primary_key=True),  # the order in the article
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("granularity", String(16), nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
)
Index("ix_times_value", times.c.value)

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
