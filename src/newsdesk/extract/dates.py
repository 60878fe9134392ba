"""Dates: relative times of app copies and the published/updated dates of pages.

Every datetime leaving this module is timezone-aware. A page date written without a zone
(``2025-03-04`` or ``2025-03-04T10:00``) is taken as UTC: pages rarely say which zone they
mean and UTC keeps the error under a day while sorting stays stable.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import htmldate
from dateparser.date import DateDataParser
from lxml.html import HtmlElement

log = logging.getLogger(__name__)

HTMLDATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_PUBLISHED_META = ("article:published_time", "datepublished", "og:published_time", "pubdate")
_UPDATED_META = ("article:modified_time", "datemodified", "og:updated_time", "lastmod")


def resolve_relative_time(
    s: str, now: datetime, languages: list[str] | None = None
) -> datetime | None:
    """The moment `s` ("4 godzin temu", "vor 3 Stunden", "yesterday") names, seen from `now`.

    The result carries `now`'s UTC offset, because an app shows times in the reader's zone.
    A naive `now` is taken as UTC. None when dateparser cannot read `s`.
    """
    parsed, _ = parse_relative_time(s, now, languages)
    return parsed


def parse_relative_time(
    s: str, now: datetime, languages: list[str] | None = None
) -> tuple[datetime | None, str | None]:
    """Like `resolve_relative_time`, also returning the language dateparser recognised."""
    if not s.strip():
        return None, None
    aware_now = now if now.tzinfo else now.replace(tzinfo=UTC)
    parser = DateDataParser(
        languages=languages,
        settings={
            "RELATIVE_BASE": aware_now.replace(tzinfo=None),
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    data = parser.get_date_data(s.strip())
    if data.date_obj is None:
        return None, None
    value = data.date_obj
    if value.tzinfo is not None:
        return value.astimezone(aware_now.tzinfo), data.locale
    return value.replace(tzinfo=aware_now.tzinfo), data.locale


def parse_page_date(value: str | None) -> datetime | None:
    """An ISO-8601-ish page date as an aware datetime; no zone means UTC."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = datetime.strptime(text, HTMLDATE_FORMAT)
        except ValueError:
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def structured_dates(tree: HtmlElement) -> tuple[datetime | None, datetime | None]:
    """Published and updated dates declared in meta tags or JSON-LD, with their time of day."""
    published = updated = None
    for name, content in _meta_pairs(tree):
        if published is None and name in _PUBLISHED_META:
            published = parse_page_date(content)
        elif updated is None and name in _UPDATED_META:
            updated = parse_page_date(content)
    for node in _json_ld_objects(tree):
        published = published or parse_page_date(_as_str(node.get("datePublished")))
        updated = updated or parse_page_date(_as_str(node.get("dateModified")))
    return published, updated


def htmldate_fallback(html: str, *, original: bool) -> datetime | None:
    """htmldate's guess (original publication or latest update) when nothing is declared."""
    try:
        found = htmldate.find_date(
            html, outputformat=HTMLDATE_FORMAT, original_date=original, extensive_search=True
        )
    except (ValueError, TypeError) as exc:  # htmldate raises on some malformed documents
        log.debug("htmldate failed: %s", exc)
        return None
    return parse_page_date(found) if isinstance(found, str) else None


def json_ld_objects(tree: HtmlElement) -> list[dict[str, Any]]:
    """All JSON objects (flattened @graph) of the page's JSON-LD scripts."""
    return list(_json_ld_objects(tree))


def _meta_pairs(tree: HtmlElement) -> Iterator[tuple[str, str]]:
    for meta in tree.iter("meta"):
        name = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        content = meta.get("content")
        if name and content:
            yield name.strip().lower(), content
    for time_el in tree.iter("time"):
        if (time_el.get("itemprop") or "").lower() in ("datepublished", "datemodified"):
            value = time_el.get("datetime") or time_el.get("content")
            if value:
                yield (time_el.get("itemprop") or "").lower(), value


def _json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        yield from _flatten_json_ld(data)


def _flatten_json_ld(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten_json_ld(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten_json_ld(data["@graph"])


def _as_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None
