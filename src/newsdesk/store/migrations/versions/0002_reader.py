"""The reader: users, sessions, API tokens, subscriptions, article states, saved searches.

Revision ID: 0002
Revises: 0001
Create Date: 2026-01-22

Feeds and articles stay shared; everything a reader owns is a row keyed by user_id.
Existing feeds are not subscribed to anyone here: the first admin adopts them
(`Store.adopt_orphan_feeds`). Adds `ix_articles_feed_sort` for per-feed rivers and
unread counts. Types are spelled out (not imported from schema.py), as in 0001.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc() -> sa.types.TypeEngine[Any]:
    return sa.String(32).with_variant(sa.DateTime(timezone=True), "postgresql")


def _user_fk(**kwargs: Any) -> sa.Column[Any]:
    return sa.Column(
        "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False,
        **kwargs,
    )


def upgrade() -> None:
    _create_users()
    _create_sessions_and_tokens()
    _create_subscriptions_and_states()
    _create_saved_searches()
    op.create_index("ix_articles_feed_sort", "articles", ["feed_id", "sort_time"])


def downgrade() -> None:
    op.drop_index("ix_articles_feed_sort", "articles")
    for table in ("saved_searches", "article_states", "subscriptions", "api_tokens",
                  "sessions", "users"):
        op.drop_table(table)


def _create_users() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False, unique=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("is_admin", sa.Boolean, nullable=False),
        sa.Column("locale", sa.String(35)),
        sa.Column("timezone", sa.String(64)),
        sa.Column("theme", sa.String(8), nullable=False),
        sa.Column("page_size", sa.Integer, nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sqlite_autoincrement=True,
    )


def _create_sessions_and_tokens() -> None:
    op.create_table(
        "sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        _user_fk(),
        sa.Column("csrf_token", sa.Text, nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("expires_at", _utc(), nullable=False),
    )
    op.create_index("ix_sessions_user", "sessions", ["user_id"])
    op.create_index("ix_sessions_expires", "sessions", ["expires_at"])
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        _user_fk(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("last_used", _utc()),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_api_tokens_user", "api_tokens", ["user_id"])


def _create_subscriptions_and_states() -> None:
    op.create_table(
        "subscriptions",
        _user_fk(primary_key=True),
        sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("category", sa.Text),
        sa.Column("created_at", _utc(), nullable=False),
    )
    op.create_index("ix_subscriptions_feed", "subscriptions", ["feed_id"])
    op.create_table(
        "article_states",
        _user_fk(primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("read", sa.Boolean, nullable=False),
        sa.Column("starred", sa.Boolean, nullable=False),
        sa.Column("changed_at", _utc(), nullable=False),
    )
    op.create_index("ix_article_states_article", "article_states", ["article_id"])
    op.create_index("ix_article_states_starred", "article_states", ["user_id", "starred"])


def _create_saved_searches() -> None:
    op.create_table(
        "saved_searches",
        sa.Column("id", sa.Integer, primary_key=True),
        _user_fk(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("query", sa.Text, nullable=False),
        sa.Column("filters", sa.Text, nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ux_saved_searches_user_name", "saved_searches", ["user_id", "name"],
                    unique=True)
