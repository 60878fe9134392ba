"""Conversions between model dataclasses and table rows, and the store's content hash.

Kept apart from the SQL so that each backend shares one mapping: lists and extras
are JSON text (sorted keys, so equal values give equal text and "unchanged" can be
decided by comparing rows), the image is three columns.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import CursorResult, Row

from newsdesk.extract.hashing import hash_title_text
from newsdesk.model import Article, Feed, Image
from newsdesk.store.schema import as_aware

# Highlight markers of search snippets; removed from stored text so they stay unambiguous.
MARK_START = "\x02"
MARK_END = "\x03"
_MARKERS = str.maketrans("", "", MARK_START + MARK_END)

CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
    "\U00020000-\U0002fa1f]"
)
_SPACE = re.compile(r"\s+")

# The feed columns `update_feed` writes: all but id and created_at.
FEED_STATE_COLUMNS = (
    "url", "title", "site_url", "category", "etag", "last_modified", "last_fetched",
    "last_success", "next_attempt", "last_error", "last_error_kind", "error_count",
    "interval_seconds",
)


def content_hash(title: str | None, text: str) -> str:
    """The one content hash of newsdesk (defined by the extract stage), always recomputed
    here so a hash carried in by an import can never disagree with the stored text."""
    return hash_title_text(title, text)


def has_cjk(*values: str | None) -> bool:
    return any(value and CJK.search(value) for value in values)


def strip_markers(value: str | None) -> str | None:
    return None if value is None else value.translate(_MARKERS)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def identity_url(article: Article) -> str | None:
    return article.canonical_url or article.url or None


def article_values(article: Article) -> dict[str, Any]:
    """The content columns of an article (no id, no first-seen or bookkeeping times)."""
    title = strip_markers(article.title)
    text = strip_markers(article.text) or ""
    image = article.image or Image()
    published = article.published
    return {
        "feed_id": article.feed_id,
        "guid": article.guid,
        "identity_url": identity_url(article),
        "url": article.url,
        "canonical_url": article.canonical_url,
        "original_url": article.original_url,
        "title": title,
        "text": text,
        "html": article.html or "",
        "source": article.source,
        "language": article.language,
        "interface_language": article.interface_language,
        "published": published,
        "published_utc": as_aware(published).astimezone(UTC) if published else None,
        "updated": article.updated,
        "authors": _json(list(article.authors)),
        "sections": _json(list(article.sections)),
        "image_url": image.url,
        "image_caption": image.caption,
        "image_credit": image.credit,
        "ai_generated": bool(article.ai_generated),
        "ai_disclosure": article.ai_disclosure,
        "origin": article.origin,
        "extras": _json(dict(article.extras)),
        "content_hash": content_hash(title, text),
        "has_cjk": has_cjk(title, text),
    }


def sort_time(published: datetime | None, fetched_at: datetime | None,
              inserted_at: datetime) -> datetime:
    return published or fetched_at or inserted_at


def article_from_row(row: Row[Any]) -> Article:
    m = row._mapping
    has_image = any(m[key] is not None for key in ("image_url", "image_caption", "image_credit"))
    return Article(
        id=m["id"],
        title=m["title"],
        text=m["text"],
        url=m["url"],
        canonical_url=m["canonical_url"],
        original_url=m["original_url"],
        source=m["source"],
        published=m["published"],
        updated=m["updated"],
        language=m["language"],
        interface_language=m["interface_language"],
        authors=list(json.loads(m["authors"])),
        image=Image(m["image_url"], m["image_caption"], m["image_credit"]) if has_image else None,
        sections=list(json.loads(m["sections"])),
        ai_generated=bool(m["ai_generated"]),
        ai_disclosure=m["ai_disclosure"],
        html=m["html"],
        origin=m["origin"],
        feed_id=m["feed_id"],
        guid=m["guid"],
        fetched_at=m["fetched_at"],
        content_hash=m["content_hash"],
        extras=dict(json.loads(m["extras"])),
    )


def feed_values(feed: Feed) -> dict[str, Any]:
    return {name: getattr(feed, name) for name in FEED_STATE_COLUMNS}


def feed_from_row(row: Row[Any]) -> Feed:
    m = row._mapping
    return Feed(id=m["id"], **{name: m[name] for name in FEED_STATE_COLUMNS})


def inserted_id(result: CursorResult[Any]) -> int:
    """The primary key of the row an INSERT just wrote."""
    key = result.inserted_primary_key
    if key is None or key[0] is None:
        raise RuntimeError("the database did not report the new row's id")
    return int(key[0])
