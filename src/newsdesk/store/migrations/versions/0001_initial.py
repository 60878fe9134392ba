"""Initial schema: feeds, articles, article_history; SQLite full-text indexes.

Revision ID: 0001
Revises:
Create Date: 2026-01-21

Migrations are append-only: never edit one that has shipped; add a new revision.
Types are spelled out here (not imported from schema.py) so this file keeps meaning
what it meant when it shipped.

Full text on SQLite (see search.py for the query side):
* `articles_fts` — FTS5 external-content table over title, text, source with the
  `unicode61 remove_diacritics 2` tokenizer (so "cafe" finds "café").
* `articles_trigram` — FTS5 `trigram` table over title, text, holding only rows with
  `has_cjk` set: unicode61 does not split Chinese/Japanese/Korean into words, trigrams
  make substring search work there. Needs SQLite >= 3.34; on older SQLite the table
  is not created and CJK queries fall back to LIKE.
Both are kept in sync by triggers, so every writer (even a bare sqlite3 shell) keeps
the index right.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGRAM_MIN_SQLITE = (3, 34, 0)


def _utc() -> sa.types.TypeEngine[Any]:
    return sa.String(32).with_variant(sa.DateTime(timezone=True), "postgresql")


def _offset() -> sa.String:
    return sa.String(40)


def upgrade() -> None:
    _create_feeds()
    _create_articles()
    _create_history()
    if op.get_bind().dialect.name == "sqlite":
        _create_sqlite_fts()
        if _sqlite_version() >= TRIGRAM_MIN_SQLITE:
            _create_sqlite_trigram()


def downgrade() -> None:
    for name in ("articles_fts", "articles_trigram"):
        op.execute(f"DROP TABLE IF EXISTS {name}")
    op.drop_table("article_history")
    op.drop_table("articles")
    op.drop_table("feeds")


def _create_feeds() -> None:
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("site_url", sa.Text),
        sa.Column("category", sa.Text),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_fetched", _utc()),
        sa.Column("last_success", _utc()),
        sa.Column("next_attempt", _utc()),
        sa.Column("last_error", sa.Text),
        sa.Column("error_count", sa.Integer, nullable=False),
        sa.Column("interval_seconds", sa.Integer, nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_feeds_next_attempt", "feeds", ["next_attempt"])


def _create_articles() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="SET NULL")),
        sa.Column("guid", sa.Text),
        sa.Column("identity_url", sa.Text, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("canonical_url", sa.Text),
        sa.Column("original_url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("html", sa.Text, nullable=False),
        sa.Column("source", sa.Text),
        sa.Column("language", sa.Text),
        sa.Column("interface_language", sa.Text),
        sa.Column("published", _offset()),
        sa.Column("published_utc", _utc()),
        sa.Column("updated", _offset()),
        sa.Column("authors", sa.Text, nullable=False),
        sa.Column("sections", sa.Text, nullable=False),
        sa.Column("image_url", sa.Text),
        sa.Column("image_caption", sa.Text),
        sa.Column("image_credit", sa.Text),
        sa.Column("ai_generated", sa.Boolean, nullable=False),
        sa.Column("ai_disclosure", sa.Text),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("extras", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("has_cjk", sa.Boolean, nullable=False),
        sa.Column("fetched_at", _offset()),
        sa.Column("inserted_at", _utc(), nullable=False),
        sa.Column("changed_at", _utc()),
        sa.Column("sort_time", _utc(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_articles_sort", "articles", ["sort_time", "id"])
    op.create_index("ix_articles_feed_guid", "articles", ["feed_id", "guid"])
    op.create_index("ix_articles_url", "articles", ["url"])
    op.create_index("ix_articles_original_url", "articles", ["original_url"])
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_index("ix_articles_language_sort", "articles", ["language", "sort_time"])
    op.create_index("ix_articles_source_sort", "articles", ["source", "sort_time"])


def _create_history() -> None:
    op.create_table(
        "article_history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("replaced_at", _utc(), nullable=False),
    )
    op.create_index("ix_article_history_article", "article_history", ["article_id"])


def _sqlite_version() -> tuple[int, ...]:
    raw = op.get_bind().exec_driver_sql("SELECT sqlite_version()").scalar_one()
    return tuple(int(part) for part in str(raw).split("."))


_FTS_DDL = (
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, source,
        content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text, source)
        VALUES (new.id, new.title, new.text, new.source);
    END""",
    """CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, source)
        VALUES ('delete', old.id, old.title, old.text, old.source);
    END""",
    """CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text, source ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, source)
        VALUES ('delete', old.id, old.title, old.text, old.source);
        INSERT INTO articles_fts(rowid, title, text, source)
        VALUES (new.id, new.title, new.text, new.source);
    END""",
)

_TRIGRAM_DDL = (
    """CREATE VIRTUAL TABLE articles_trigram USING fts5(
        title, text,
        content='articles', content_rowid='id',
        tokenize='trigram')""",
    """CREATE TRIGGER articles_trigram_ai AFTER INSERT ON articles WHEN new.has_cjk BEGIN
        INSERT INTO articles_trigram(rowid, title, text)
        VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_trigram_ad AFTER DELETE ON articles WHEN old.has_cjk BEGIN
        INSERT INTO articles_trigram(articles_trigram, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END""",
    # one trigger, two guarded statements: the old row leaves the index before the new enters
    """CREATE TRIGGER articles_trigram_au AFTER UPDATE OF title, text, has_cjk ON articles BEGIN
        INSERT INTO articles_trigram(articles_trigram, rowid, title, text)
        SELECT 'delete', old.id, old.title, old.text WHERE old.has_cjk;
        INSERT INTO articles_trigram(rowid, title, text)
        SELECT new.id, new.title, new.text WHERE new.has_cjk;
    END""",
)


def _create_sqlite_fts() -> None:
    for statement in _FTS_DDL:
        op.execute(statement)


def _create_sqlite_trigram() -> None:
    for statement in _TRIGRAM_DDL:
        op.execute(statement)
