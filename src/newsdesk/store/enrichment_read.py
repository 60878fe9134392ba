"""Reading enrichment back: one article's, the articles still to enrich, entities, quotes.

Name look-ups compare casefolded `*_key` columns with LIKE, so "peskov", "PESKOV" and
"песков"/"Песков" all match, in any script.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, func, or_, select

from newsdesk.model import Article, Enrichment, Mention, Quote, TimeExpr
from newsdesk.store.base import EntitySummary
from newsdesk.store.enrichment import name_key
from newsdesk.store.rows import article_from_row
from newsdesk.store.schema import (
    article_enrichment,
    articles,
    entities,
    entity_names,
    mentions,
    quotes,
    times,
)


def get(conn: Connection, article_id: int) -> Enrichment | None:
    head = conn.execute(select(article_enrichment).where(
        article_enrichment.c.article_id == article_id)).first()
    if head is None:
        return None
    found = Enrichment(head.language, head.version)
    for row in conn.execute(select(mentions).where(mentions.c.article_id == article_id)
                            .order_by(mentions.c.seq)):
        found.mentions.append(Mention(row.start, row.end, row.text, row.type, row.entity_id,
                                      row.name))
    for row in conn.execute(select(quotes).where(quotes.c.article_id == article_id)
                            .order_by(quotes.c.start, quotes.c.id)):
        found.quotes.append(_quote(row))
    for row in conn.execute(select(times).where(times.c.article_id == article_id)
                            .order_by(times.c.seq)):
        found.times.append(TimeExpr(row.start, row.end, row.text, row.value, row.granularity))
        found.time_sentences.append((row.sentence_start, row.sentence_end))
    return found


def _quote(row: Any) -> Quote:
    return Quote(row.start, row.end, row.text, bool(row.direct), row.speaker,
                 row.speaker_start, row.speaker_end, row.speaker_entity)


def to_enrich(conn: Connection, version: str | None, after_id: int, size: int) -> list[Article]:
    """The next `size` articles by id after `after_id` whose enrichment is missing, of
    another version, or older than their text; every article when `version` is None."""
    query = select(articles).where(articles.c.id > after_id)
    if version is not None:
        query = query.outerjoin(
            article_enrichment, article_enrichment.c.article_id == articles.c.id
        ).where(or_(article_enrichment.c.article_id.is_(None),
                    article_enrichment.c.version != version,
                    article_enrichment.c.content_hash != articles.c.content_hash))
    query = query.order_by(articles.c.id).limit(size)
    return [article_from_row(row) for row in conn.execute(query)]


def _like(query: str) -> str:
    key = name_key(query) or ""
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _entities_named(pattern: str) -> Any:
    """Ids of the entities whose display name or any recorded name contains `pattern`."""
    return select(entity_names.c.entity_id).where(
        entity_names.c.name_key.like(pattern, escape="\\")
    ).union(select(entities.c.id).where(entities.c.name_key.like(pattern, escape="\\")))


def list_entities(conn: Connection, type_: str | None, query: str | None,
                  limit: int) -> list[EntitySummary]:
    """Most mentioned first, with article counts and names per language."""
    mention_count = (select(func.coalesce(func.sum(entity_names.c.mentions), 0))
                     .where(entity_names.c.entity_id == entities.c.id).scalar_subquery())
    article_count = (select(func.count(func.distinct(mentions.c.article_id)))
                     .where(mentions.c.entity_id == entities.c.id).scalar_subquery())
    conditions: list[ColumnElement[bool]] = []
    if type_:
        conditions.append(entities.c.type == type_.upper())
    if query:
        conditions.append(entities.c.id.in_(_entities_named(_like(query))))
    rows = conn.execute(
        select(entities.c.id, entities.c.type, entities.c.name,
               mention_count.label("n"), article_count.label("a"))
        .where(*conditions).order_by(mention_count.desc(), entities.c.name)
        .limit(limit)).all()
    names = _names_of(conn, [row.id for row in rows])
    return [EntitySummary(row.id, row.type, row.name, int(row.n), int(row.a),
                          names.get(row.id, {})) for row in rows]


def _names_of(conn: Connection, ids: list[str]) -> dict[str, dict[str, list[tuple[str, int]]]]:
    out: dict[str, dict[str, list[tuple[str, int]]]] = {}
    if not ids:
        return out
    query = (select(entity_names).where(entity_names.c.entity_id.in_(ids))
             .order_by(entity_names.c.language, entity_names.c.mentions.desc(),
                       entity_names.c.name))
    for row in conn.execute(query):
        out.setdefault(row.entity_id, {}).setdefault(row.language, []).append(
            (row.name, int(row.mentions)))
    return out


def quotes_by(conn: Connection, speaker: str | None, limit: int) -> list[tuple[int, Quote]]:
    """Quotes, newest article first; with `speaker`, those whose speaker name or speaker
    entity's names contain it (case-insensitively)."""
    query = select(quotes).join(articles, articles.c.id == quotes.c.article_id)
    if speaker:
        pattern = _like(speaker)
        query = query.where(or_(quotes.c.speaker_key.like(pattern, escape="\\"),
                                quotes.c.speaker_entity.in_(_entities_named(pattern))))
    query = query.order_by(articles.c.sort_time.desc(), articles.c.id.desc(),
                           quotes.c.start).limit(limit)
    return [(int(row.article_id), _quote(row)) for row in conn.execute(query)]
