"""What a story page adds to its articles: key entities, key quotes, a timeline, a summary.

All drawn from the stored enrichment of the story's visible first copies (duplicates
would only repeat them). The timeline is ordered by what the times *mean*: "2026-W04"
sorts as the Monday of that week, "2026-W03-WE" as its Saturday, "2025-Q4" as October, so
mixed granularities interleave. Each entry also carries its *context*: the next sentence of
the same paragraph when that sentence names no time of its own. News narrative keeps its
reference time until a new time is named ("They met in Miami at the weekend. He told
Bloomberg from Davos that progress was made."), so that sentence belongs to the same entry.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select

from newsdesk.enrich.times_sentence import sentence_span
from newsdesk.model import KeyEntity, KeyQuote, RiverItem, TimelineEntry
from newsdesk.store.schema import entities, mentions, quotes, times

MAX_ENTITIES = 12
MAX_QUOTES = 6
MAX_TIMES = 40
MAX_CONTEXT = 320  # characters of the follow-on sentence a timeline entry carries
_SENTENCE_END = re.compile(r"(?<=[.!?…。])[\"”»’)]?\s+(?=[\"“«„(]?[A-ZÀ-ÖØ-ÞА-ЯЁЇІЄҐ0-9])")
_SEASONS = {"SP": "03", "SU": "06", "FA": "09", "AU": "09", "WI": "12"}


def lead_sentence(text: str, limit: int = 320) -> str | None:
    """The first sentence of the text (cut at `limit` characters on a word boundary)."""
    text = " ".join(text.split())
    if not text:
        return None
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(first) > limit:
        first = first[:limit].rsplit(" ", 1)[0] + " …"
    return first


def key_entities(conn: Connection, article_ids: list[int]) -> list[KeyEntity]:
    """The most mentioned canonical entities across the articles."""
    if not article_ids:
        return []
    m, e = mentions, entities
    n = func.count().label("n")
    rows = conn.execute(
        select(e.c.id, e.c.name, e.c.type, n,
               func.count(func.distinct(m.c.article_id)).label("docs"))
        .select_from(m.join(e, e.c.id == m.c.entity_id))
        .where(m.c.article_id.in_(article_ids))
        .group_by(e.c.id, e.c.name, e.c.type)
        .order_by(func.count(func.distinct(m.c.article_id)).desc(), n.desc(), e.c.name)
        .limit(MAX_ENTITIES)).all()
    return [KeyEntity(r.id, r.name, r.type, int(r.n), int(r.docs)) for r in rows]


def key_quotes(conn: Connection, article_ids: list[int],
               items: dict[int | None, RiverItem]) -> list[KeyQuote]:
    """Quotes with a speaker; the most quoted speakers first, direct quotes first, at most
    two per speaker and no repeated text. A word or two in quotation marks (the seed's
    «significatifs» inside Witkoff's reported words) is a borrowed phrase, not a statement."""
    if not article_ids:
        return []
    rows = conn.execute(select(quotes).where(quotes.c.article_id.in_(article_ids),
                                             quotes.c.speaker.is_not(None))).all()
    speaker_counts = Counter(_speaker(r) for r in rows)
    ranked = sorted(rows, key=lambda r: (-speaker_counts[_speaker(r)], not r.direct,
                                         abs(len(r.text) - 160), r.article_id, r.start))
    out: list[KeyQuote] = []
    per_speaker: Counter[str] = Counter()
    seen: set[str] = set()
    for r in ranked:
        text_key = " ".join(r.text.lower().split())
        if text_key in seen or per_speaker[_speaker(r)] >= 2 or len(text_key.split()) < 3:
            continue
        seen.add(text_key)
        per_speaker[_speaker(r)] += 1
        item = items.get(r.article_id)
        out.append(KeyQuote(int(r.article_id), r.text, r.speaker, bool(r.direct),
                            _source_of(item)))
        if len(out) >= MAX_QUOTES:
            break
    return out


def _speaker(row: Any) -> str:
    return str(row.speaker_entity or (row.speaker or "").casefold())


def _source_of(item: RiverItem | None) -> str | None:
    return (item.article.source or item.feed_title) if item else None


def timeline(conn: Connection, article_ids: list[int],
             items: dict[int | None, RiverItem]) -> list[TimelineEntry]:
    """Resolved times with their sentence and article, by value; one entry per (value,
    sentence), durations and unplaceable values left out."""
    if not article_ids:
        return []
    rows = conn.execute(select(times).where(times.c.article_id.in_(article_ids),
                                            times.c.granularity != "duration")
                        .order_by(times.c.article_id, times.c.seq)).all()
    starts: dict[int, list[int]] = {}
    for r in rows:
        starts.setdefault(int(r.article_id), []).append(int(r.start))
    found: dict[tuple[str, str], tuple[str, TimelineEntry]] = {}
    for r in rows:
        key = time_sort_key(r.value)
        item = items.get(r.article_id)
        if key is None or item is None:
            continue
        text = item.article.text
        sentence = " ".join(text[r.sentence_start:r.sentence_end].split())
        context = follow_on(text, int(r.sentence_end), starts[int(r.article_id)])
        entry = TimelineEntry(r.value, r.granularity, r.text, sentence or r.text,
                              int(r.article_id), _source_of(item), context)
        found.setdefault((r.value, sentence[:80].casefold()), (key, entry))
    ordered = sorted(found.values(), key=lambda pair: (pair[0], pair[1].article_id))
    return [entry for _, entry in ordered[:MAX_TIMES]]


def follow_on(text: str, sentence_end: int, time_starts: list[int]) -> str:
    """The sentence after `text[:sentence_end]` when it is in the same paragraph and holds
    none of the article's time expressions (see the module doc); else ""."""
    gap = text[sentence_end:sentence_end + 8]
    start = sentence_end + len(gap) - len(gap.lstrip())
    if start >= len(text) or "\n" in text[sentence_end:start] or start == sentence_end:
        return ""
    left, right = sentence_span(text, start, start + 1)
    if left < start or any(left <= t < right for t in time_starts):
        return ""
    sentence = " ".join(text[left:right].split())
    if len(sentence) > MAX_CONTEXT:
        sentence = sentence[:MAX_CONTEXT].rsplit(" ", 1)[0] + " …"
    return sentence


def time_sort_key(value: str) -> str | None:
    """A sortable `YYYY-MM-DD…` string for an ISO value of any granularity, or None."""
    if re.match(r"^\d{4}-\d{2}-\d{2}", value) or re.fullmatch(r"\d{4}(-\d{2})?", value):
        return value
    week = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if week:
        try:
            return date.fromisocalendar(int(week[1]), int(week[2]),
                                        6 if week[3] else 1).isoformat()
        except ValueError:
            return None
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if quarter:
        return f"{quarter[1]}-{(int(quarter[2]) - 1) * 3 + 1:02d}"
    half = re.fullmatch(r"(\d{4})-H([12])", value)
    if half:
        return f"{half[1]}-{'01' if half[2] == '1' else '07'}"
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value)
    if season:
        return f"{season[1]}-{_SEASONS[season[2]]}"
    decade = re.fullmatch(r"(\d{3})X", value)
    if decade:
        return f"{decade[1]}0"
    return None
