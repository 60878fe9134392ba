"""The reader (migration 0002): accounts, sessions, tokens, per-user state."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, Text

from newsdesk.store.schema.coltypes import UtcDateTime, metadata
from newsdesk.store.schema.content import articles

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
