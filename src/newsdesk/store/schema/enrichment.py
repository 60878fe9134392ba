"""Enrichment (migration 0003): entities, mentions, quotes and times per article."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, Text

from newsdesk.store.schema.coltypes import UtcDateTime, metadata

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
