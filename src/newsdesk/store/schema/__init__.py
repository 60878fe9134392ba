"""The tables of the store, in SQLAlchemy Core: one module per migration's group of tables
(`content`, `reader`, `enrichment`, `stories`), their shared column types in `coltypes`.

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

from newsdesk.store.schema.coltypes import OffsetDateTime, UtcDateTime, as_aware, metadata
from newsdesk.store.schema.content import article_history, articles, feeds
from newsdesk.store.schema.enrichment import (
    article_enrichment,
    entities,
    entity_names,
    mentions,
    quotes,
    times,
)
from newsdesk.store.schema.reader import (
    api_tokens,
    article_states,
    saved_searches,
    sessions,
    subscriptions,
    users,
)
from newsdesk.store.schema.stories import stories, story_articles, story_keys

__all__ = [
    "OffsetDateTime", "UtcDateTime", "api_tokens", "article_enrichment", "article_history",
    "article_states", "articles", "as_aware", "entities", "entity_names", "feeds", "mentions",
    "metadata", "quotes", "saved_searches", "sessions", "stories", "story_articles",
    "story_keys", "subscriptions", "times", "users",
]
