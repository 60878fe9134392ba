"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org), which feedparser does not read.

Kept apart from `feeds` so each format's mapping onto `Entry` stays short. Like the
XML path, a feed with some bad items keeps the good ones and is marked bozo.
"""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import lxml.html

from newsdesk.errors import FeedError
from newsdesk.model import Entry, ParsedFeed

VERSION_PREFIX = "https://jsonfeed.org/version/"
_VERSION_SNIFF = re.compile(r'"version"\s*:\s*"https?://jsonfeed\.org/version/')
_PARAGRAPHS = re.compile(r"\n\s*\n")


def looks_like_json_feed(head: str) -> bool:
    """True when the start of a JSON document declares a JSON Feed version."""
    return bool(_VERSION_SNIFF.search(head))


def parse_json_feed(body: bytes, url: str | None, location: str) -> ParsedFeed:
    """Parse a JSON Feed; raise FeedError when `body` is not one."""
    try:
        data = json.loads(body)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise FeedError(f"not a feed: invalid JSON ({exc})", where=location) from exc
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith(
        (VERSION_PREFIX, VERSION_PREFIX.replace("https:", "http:", 1))
    ):
        raise FeedError("not a feed: JSON without a JSON Feed version", where=location)
    base = url or _text(data.get("feed_url"))
    problems: list[str] = []
    items = data.get("items")
    if not isinstance(items, list):
        problems.append("'items' is not a list")
        items = []
    feed_language = _text(data.get("language"))
    feed_authors = _authors(data)
    entries: list[Entry] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            problems.append(f"item {number} is not an object")
            continue
        entries.append(_entry(item, number, base, feed_language, feed_authors, problems))
    return ParsedFeed(
        title=_title(data.get("title")),
        site_url=_absolute(data.get("home_page_url"), base),
        language=feed_language,
        entries=entries,
        bozo=bool(problems),
        problem="; ".join(problems) if problems else None,
    )


def _entry(
    item: dict[str, Any],
    number: int,
    base: str | None,
    feed_language: str | None,
    feed_authors: list[str],
    problems: list[str],
) -> Entry:
    link = _absolute(item.get("url"), base) or _absolute(item.get("external_url"), base)
    item_id = item.get("id")
    guid = str(item_id).strip() if item_id not in (None, "") else None
    return Entry(
        guid=guid or link,
        link=link,
        title=_title(item.get("title")),
        published=_date(item, "date_published", number, problems),
        updated=_date(item, "date_modified", number, problems),
        authors=_authors(item) or list(feed_authors),
        summary=_text(item.get("summary")),
        content_html=_links_made_absolute(_text(item.get("content_html")), base)
        or _text_as_html(item.get("content_text")),
        language=_text(item.get("language")) or feed_language,
        image_url=_absolute(item.get("image"), base)
        or _absolute(item.get("banner_image"), base)
        or _image_attachment(item, base),
    )


def _authors(obj: dict[str, Any]) -> list[str]:
    """`authors` (1.1) or `author` (1.0): objects with a name (or a url)."""
    raw = obj.get("authors")
    if not isinstance(raw, list):
        raw = [obj["author"]] if isinstance(obj.get("author"), dict) else []
    names: list[str] = []
    for author in raw:
        if isinstance(author, dict):
            name = _text(author.get("name")) or _text(author.get("url"))
            if name and name not in names:
                names.append(name)
    return names


def _date(item: dict[str, Any], key: str, number: int, problems: list[str]) -> datetime | None:
    """An RFC 3339 date; a malformed one is reported and dropped, the item kept."""
    value = item.get(key)
    if value in (None, ""):
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        problems.append(f"item {number}: bad {key} {value!r}")
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _image_attachment(item: dict[str, Any], base: str | None) -> str | None:
    attachments = item.get("attachments")
    for attachment in attachments if isinstance(attachments, list) else []:
        if isinstance(attachment, dict) and str(attachment.get("mime_type", "")).startswith(
            "image/"
        ):
            return _absolute(attachment.get("url"), base)
    return None


def _links_made_absolute(fragment: str | None, base: str | None) -> str | None:
    """Resolve relative links in content_html, as feedparser does for XML feeds."""
    if not fragment or not base:
        return fragment
    wrapper = lxml.html.fragment_fromstring(fragment, create_parent="div")
    wrapper.make_links_absolute(base, resolve_base_href=False)
    serialized = lxml.html.tostring(wrapper, encoding="unicode")
    return serialized.removeprefix("<div>").removesuffix("</div>")


def _text_as_html(value: Any) -> str | None:
    """content_text as escaped paragraphs, so callers always get HTML in content_html."""
    text = _text(value)
    if not text:
        return None
    paragraphs = [p.strip() for p in _PARAGRAPHS.split(text) if p.strip()]
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def _title(value: Any) -> str | None:
    """JSON Feed titles are plain text, but feeds in the wild often carry entities."""
    text = _text(value)
    return " ".join(html.unescape(text).split()) or None if text else None


def _absolute(value: Any, base: str | None) -> str | None:
    link = _text(value)
    if not link:
        return None
    return urljoin(base, link) if base else link


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None
