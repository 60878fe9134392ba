"""Enrichment: entities with their names per language, mentions, quotes, times.

Revision ID: 0003
Revises: 0002
Create Date: 2026-01-23

Existing articles get no enrichment rows; `newsdesk enrich` fills them in (an article
without an `article_enrichment` row counts as enriched by no version). Types are spelled
out (not imported from schema.py), as in 0001.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc() -> sa.types.TypeEngine[Any]:
    return sa.String(32).with_variant(sa.DateTime(timezone=True), "postgresql")


def _article_fk(**kwargs: Any) -> sa.Column[Any]:
    return sa.Column("article_id", sa.Integer,
                     sa.ForeignKey("articles.id", ondelete="CASCADE"), **kwargs)


def _entity_fk(name: str, **kwargs: Any) -> sa.Column[Any]:
    return sa.Column(name, sa.Text, sa.ForeignKey("entities.id", ondelete="SET NULL"), **kwargs)


def upgrade() -> None:
    _create_article_enrichment()
    _create_entities()
    _create_mentions()
    _create_quotes()
    _create_times()


def downgrade() -> None:
    for table in ("times", "quotes", "mentions", "entity_names", "entities",
                  "article_enrichment"):
        op.drop_table(table)


def _create_article_enrichment() -> None:
    op.create_table(
        "article_enrichment",
        _article_fk(primary_key=True),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("language", sa.String(16)),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("enriched_at", _utc(), nullable=False),
    )
    op.create_index("ix_article_enrichment_version", "article_enrichment", ["version"])


def _create_entities() -> None:
    op.create_table(
        "entities",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("type", sa.String(8), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),
    )
    op.create_index("ix_entities_type", "entities", ["type"])
    op.create_table(
        "entity_names",
        sa.Column("entity_id", sa.Text, sa.ForeignKey("entities.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("language", sa.String(16), primary_key=True),
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
    )
    op.create_index("ix_entity_names_key", "entity_names", ["name_key"])


def _create_mentions() -> None:
    op.create_table(
        "mentions",
        _article_fk(primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("type", sa.String(8), nullable=False),
        _entity_fk("entity_id"),
        sa.Column("name", sa.Text),
    )
    op.create_index("ix_mentions_entity", "mentions", ["entity_id", "article_id"])


def _create_quotes() -> None:
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_fk(nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("direct", sa.Boolean, nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("speaker_key", sa.Text),
        sa.Column("speaker_start", sa.Integer),
        sa.Column("speaker_end", sa.Integer),
        _entity_fk("speaker_entity"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_quotes_article", "quotes", ["article_id", "start"])
    op.create_index("ix_quotes_speaker_entity", "quotes", ["speaker_entity"])


def _create_times() -> None:
    op.create_table(
        "times",
        _article_fk(primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("granularity", sa.String(16), nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("sentence_end", sa.Integer, nullable=False),
    )
    op.create_index("ix_times_value", "times", ["value"])
