"""Dates: relative times of app copies and the published/updated dates of pages.

Every datetime leaving this module is timezone-aware. A page date written without a zone
(``2025-03-04`` or ``2025-03-04T10:00``) is taken as UTC: pages rarely say which zone they
mean and UTC keeps the error under a day while sorting stays stable.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import htmldate
from dateparser.date import DateDataParser
from dateparser.search import search_dates
from lxml.html import HtmlElement

from newsdesk.extract.language import detect_language

log = logging.getLogger(__name__)

HTMLDATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
MIN_SEARCH_WORDS = 4
_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_PUBLISHED_META = ("article:published_time", "datepublished", "og:published_time", "pubdate")
_UPDATED_META = ("article:modified_time", "datemodified", "og:updated_time", "lastmod")


def resolve_relative_time(
    s: str, now: datetime, languages: list[str] | None = None
) -> datetime | None:
    """The moment `s` ("4 godzin temu", "vor 3 Stunden", "yesterday") names, seen from `now`.

    The result carries `now`'s UTC offset, because an app shows times in the reader's zone.
    A naive `now` is taken as UTC. When `s` as a whole is no date, the first date written
    inside it counts ("… il 2 ottobre 1935 prese il via …"); None when there is none.
    """
    parsed, _ = parse_relative_time(s, now, languages)
    if parsed is None and s.strip():
        aware_now = now if now.tzinfo else now.replace(tzinfo=UTC)
        found, _ = _first_date_in_text(s, aware_now, languages)
        parsed = _in_zone(found, aware_now) if found else None
    return parsed


def parse_relative_time(
    s: str, now: datetime, languages: list[str] | None = None
) -> tuple[datetime | None, str | None]:
    """`s` as a whole read as a date, with the language dateparser recognised.

    Strict on purpose: app-copy parsing tries suffixes of a line ("Le Monde il y a 2 heures")
    and needs the exact suffix that is a time, not a date found somewhere inside.
    """
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
    return _in_zone(data.date_obj, aware_now), data.locale


def _in_zone(value: datetime, aware_now: datetime) -> datetime:
    if value.tzinfo is not None:
        return value.astimezone(aware_now.tzinfo)
    return value.replace(tzinfo=aware_now.tzinfo)


def _first_date_in_text(
    s: str, aware_now: datetime, languages: list[str] | None
) -> tuple[datetime | None, str | None]:
    """The first date written inside a longer text ("… il 2 ottobre 1935 prese il via …").

    Whole-string parsing fails on a sentence; dateparser's search finds the dates in it.
    Only tried for text longer than a date, so short garbage stays None.
    """
    if len(s.split()) < MIN_SEARCH_WORDS and not _CJK.search(s):
        return None, None
    settings = {
        "RELATIVE_BASE": aware_now.replace(tzinfo=None),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",  # "September 1939" names the month, not today's day
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    detected = detect_language(s)
    tried = [languages] if languages else [[detected]] if detected else []
    for candidate in [*tried, None]:
        try:
            found = search_dates(
                s, languages=candidate, settings=settings, add_detected_language=True
            )
        except ValueError:  # a language dateparser does not know: let it detect instead
            continue
        dated = [item for item in found or [] if _DIGIT.search(item[0])]
        if dated:  # a date inside prose is written with numbers; bare words mislead search
            return dated[0][1], dated[0][2]
    return None, None


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
        published = published or parse_page_date(_as_str(node.get("dateCreated")))
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
    for element in tree.xpath("//*[@itemprop][not(self::meta)]"):
        itemprop = (element.get("itemprop") or "").lower()
        if itemprop in ("datepublished", "datemodified"):
            value = element.get("datetime") or element.get("content")
            if value:
                yield itemprop, value


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
