"""Stories: articles grouped into stories, duplicates marked, engine keys mapped.

Revision ID: 0004
Revises: 0003
Create Date: 2026-01-24

Existing articles belong to no story until the pipeline clusters new ones (a restarted
poller re-reads the recent window). Types are spelled out, as in 0001.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc() -> sa.types.TypeEngine[Any]:
    return sa.String(32).with_variant(sa.DateTime(timezone=True), "postgresql")


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("first_seen", _utc(), nullable=False),
        sa.Column("last_seen", _utc(), nullable=False),
        sa.Column("article_count", sa.Integer, nullable=False),
        sa.Column("languages", sa.Text, nullable=False),
        sa.Column("sources", sa.Text, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_stories_last_seen", "stories", ["last_seen", "id"])
    op.create_table(
        "story_articles",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("duplicate_of", sa.Integer,
                  sa.ForeignKey("articles.id", ondelete="SET NULL")),
        sa.Column("duplicate_kind", sa.String(16)),
    )
    op.create_index("ix_story_articles_story", "story_articles", ["story_id", "article_id"])
    op.create_table(
        "story_keys",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE"),
                  nullable=False),
    )
    op.create_index("ix_story_keys_story", "story_keys", ["story_id"])


def downgrade() -> None:
    for table in ("story_keys", "story_articles", "stories"):
        op.drop_table(table)
