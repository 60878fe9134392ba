"""Enrichment rows: an article's mentions, quotes and times, and the shared entities.

An article's enrichment is replaced as a whole, so saving the same result twice leaves
the same rows. `entity_names` (names per language with mention counts) is derived from
`mentions`: after a save it is recomputed for every entity the article mentioned before
or mentions now, and entities left without a mention are dropped. Reads are in
enrichment_read.py. Plain SQLAlchemy Core, portable between SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, literal, select

from newsdesk.errors import InputError
from newsdesk.model import Enrichment, Mention, Quote
from newsdesk.store.schema import (
    article_enrichment,
    articles,
    entities,
    entity_names,
    mentions,
    quotes,
    times,
)


def name_key(name: str | None) -> str | None:
    """The case-insensitive form names are looked up by (every script, unlike SQL lower())."""
    return " ".join(name.casefold().split()) if name is not None else None


def save(conn: Connection, article_id: int, found: Enrichment, now: datetime) -> None:
    """Replace the article's enrichment with `found` (call inside one write transaction)."""
    content_hash = conn.execute(
        select(articles.c.content_hash).where(articles.c.id == article_id)).scalar()
    if content_hash is None:
        raise InputError("no such article", where=f"article {article_id}")
    before = _entity_ids_of(conn, article_id)
    for table in (mentions, quotes, times, article_enrichment):
        conn.execute(delete(table).where(table.c.article_id == article_id))
    _ensure_entities(conn, found.mentions, found.quotes)
    conn.execute(insert(article_enrichment).values(
        article_id=article_id, version=found.version, language=found.language,
        content_hash=content_hash, enriched_at=now))
    _insert_rows(conn, article_id, found)
    _recount_names(conn, before | {m.entity for m in found.mentions if m.entity})


def _entity_ids_of(conn: Connection, article_id: int) -> set[str]:
    query = select(mentions.c.entity_id).where(
        mentions.c.article_id == article_id, mentions.c.entity_id.is_not(None)).distinct()
    return {str(row[0]) for row in conn.execute(query)}


def _ensure_entities(conn: Connection, found: list[Mention], said: list[Quote]) -> None:
    """Insert the entities not yet known; a known entity keeps its type and name."""
    wanted: dict[str, dict[str, Any]] = {}
    for m in found:
        if m.entity and m.entity not in wanted:
            name = m.name or m.text
            wanted[m.entity] = {"id": m.entity, "type": m.type, "name": name,
                                "name_key": name_key(name)}
    for q in said:  # a speaker entity is normally also a mention; keep it either way
        if q.speaker_entity and q.speaker_entity not in wanted:
            name = q.speaker or q.speaker_entity
            wanted[q.speaker_entity] = {"id": q.speaker_entity, "type": "PER", "name": name,
                                        "name_key": name_key(name)}
    if not wanted:
        return
    known = {str(row[0]) for row in conn.execute(
        select(entities.c.id).where(entities.c.id.in_(list(wanted))))}
    new = [values for key, values in wanted.items() if key not in known]
    if new:
        conn.execute(insert(entities), new)


def _insert_rows(conn: Connection, article_id: int, found: Enrichment) -> None:
    if found.mentions:
        conn.execute(insert(mentions), [
            {"article_id": article_id, "seq": i, "start": m.start, "end": m.end,
             "text": m.text, "type": m.type, "entity_id": m.entity, "name": m.name}
            for i, m in enumerate(found.mentions)])
    if found.quotes:
        conn.execute(insert(quotes), [
            {"article_id": article_id, "start": q.start, "end": q.end, "text": q.text,
             "direct": q.direct, "speaker": q.speaker, "speaker_key": name_key(q.speaker),
             "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
             "speaker_entity": q.speaker_entity} for q in found.quotes])
    if found.times:
        sentences = _sentences(found)
        conn.execute(insert(times), [
            {"article_id": article_id, "seq": i, "start": t.start, "end": t.end,
             "text": t.text, "value": t.value, "granularity": t.granularity,
             "sentence_start": s[0], "sentence_end": s[1]}
            for i, (t, s) in enumerate(zip(found.times, sentences, strict=True))])


def _sentences(found: Enrichment) -> list[tuple[int, int]]:
    """The sentence of each time; the expression itself when the enricher gave none."""
    if len(found.time_sentences) == len(found.times):
        return found.time_sentences
    return [(t.start, t.end) for t in found.times]


def _recount_names(conn: Connection, entity_ids: Iterable[str]) -> None:
    """Recompute the names and counts of these entities from the mentions table."""
    ids = sorted(entity_ids)
    if not ids:
        return
    conn.execute(delete(entity_names).where(entity_names.c.entity_id.in_(ids)))
    language = func.coalesce(article_enrichment.c.language, literal(""))
    counted = (
        select(mentions.c.entity_id, language, mentions.c.text, func.count())
        .join(article_enrichment, article_enrichment.c.article_id == mentions.c.article_id)
        .where(mentions.c.entity_id.in_(ids))
        .group_by(mentions.c.entity_id, language, mentions.c.text)
    )
    rows = [{"entity_id": e, "language": lang, "name": text, "name_key": name_key(text),
             "mentions": int(n)} for e, lang, text, n in conn.execute(counted)]
    if rows:
        conn.execute(insert(entity_names), rows)
    still_named = {r["entity_id"] for r in rows}
    quoted = {str(row[0]) for row in conn.execute(
        select(quotes.c.speaker_entity).where(quotes.c.speaker_entity.in_(ids)).distinct())}
    orphans = [e for e in ids if e not in still_named and e not in quoted]
    if orphans:
        conn.execute(delete(entities).where(entities.c.id.in_(orphans)))
