"""Turn the bytes of a feed document into a `ParsedFeed`.

RSS 0.9x/1.0/2.0 and Atom go through feedparser; JSON Feed (which feedparser does not
know) goes through `jsonfeed`. feedparser is only ever handed a byte stream, never a
string, because a string that looks like a URL or a path would make it fetch or open it.
Its SAX parser has external entities turned off and it strips the DOCTYPE, so a
hostile feed cannot make it read local files.

A malformed feed is still data: every entry that parsed is kept, with `bozo` set and
`problem` saying what was wrong. A document that is no feed at all raises `FeedError`.
"""

from __future__ import annotations

import calendar
import io
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser
import lxml.html

from newsdesk.errors import FeedError
from newsdesk.model import Entry, ParsedFeed
from newsdesk.sources import jsonfeed

# Root elements of the XML feed formats: RSS 0.9x/2.0, RSS 0.90/1.0 (RDF), Atom.
_FEED_ROOTS = frozenset({"rss", "rdf", "feed"})
_SNIFF_BYTES = 4096
# Skipped before the root element: XML declaration, processing instructions, comments, DOCTYPE.
_PROLOG = re.compile(r"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(\[.*?\])?\s*>)", re.S | re.I)
_ROOT_TAG = re.compile(r"\s*<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")
_HTML_ROOT = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.S | re.I)
_WHITESPACE = re.compile(r"\s+")


def looks_like_feed(body: bytes) -> bool:
    """Cheaply tell whether `body` is probably a feed (RSS/RDF/Atom root or JSON Feed).

    Used to pick a parser and to check discovered links before parsing in full; it
    reads only the first few kilobytes.
    """
    head = _decode_head(body)
    if head.startswith("{"):
        return jsonfeed.looks_like_json_feed(head)
    root = root_element_name(head)
    return root is not None and root.lower() in _FEED_ROOTS


def root_element_name(head: str) -> str | None:
    """The local name of the first element of an XML document's head, or None."""
    pos = 0
    while True:
        prolog = _PROLOG.match(head, pos)
        if not prolog:
            break
        pos = prolog.end()
    match = _ROOT_TAG.match(head, pos)
    return match.group(2) if match else None


def _decode_head(body: bytes) -> str:
    """The first bytes of `body` as text, honouring a UTF-16/UTF-8 byte order mark."""
    chunk = body[:_SNIFF_BYTES]
    if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
        return chunk.decode("utf-16", "replace").lstrip("\ufeff").lstrip()
    return chunk.decode("utf-8", "replace").lstrip("\ufeff").lstrip()


def parse_feed(body: bytes, url: str | None, location: str) -> ParsedFeed:
    """Parse a feed document; `url` (the feed's own URL) resolves relative links.

    Raises FeedError(where=location) when the document is not a feed at all.
    """
    head = _decode_head(body)
    if not head:
        raise FeedError("not a feed: empty document", where=location)
    if head.startswith(("{", "[")):
        return jsonfeed.parse_json_feed(body, url, location)
    return _parse_xml_feed(body, url, location)


def _parse_xml_feed(body: bytes, url: str | None, location: str) -> ParsedFeed:
    headers = {"content-type": "application/xml"}
    if url:
        headers["content-location"] = url
    result = feedparser.parse(io.BytesIO(body), response_headers=headers)
    if not result.get("version"):
        raise FeedError(f"not a feed: {_why_not_a_feed(body, result)}", where=location)
    feed = result.feed
    is_atom = str(result.version).startswith("atom")
    feed_language = _clean(feed.get("language"))
    feed_authors = _authors(feed) if is_atom else []
    entries = [_entry(raw, url, feed_language, feed_authors) for raw in result.entries]
    problem = _problem(result.get("bozo_exception")) if result.get("bozo") else None
    return ParsedFeed(
        title=_plain_title(feed),
        site_url=_absolute(feed.get("link"), url),
        language=feed_language,
        entries=entries,
        bozo=bool(result.get("bozo")),
        problem=problem,
    )


def _why_not_a_feed(body: bytes, result: Any) -> str:
    """A short reason for the FeedError message."""
    if _HTML_ROOT.match(body[:_SNIFF_BYTES]):
        return "an HTML page"
    root = root_element_name(_decode_head(body))
    if root:
        return f"unknown root element <{root}>"
    exc = result.get("bozo_exception")
    return f"unparseable XML ({_problem(exc)})" if exc else "no RSS, RDF or Atom root element"


def _problem(exc: object) -> str:
    """One line naming what made the feed bozo."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    name = type(exc).__name__
    return f"{name}: {text}" if text else name


def _entry(raw: Any, url: str | None, feed_language: str | None, feed_authors: list[str]) -> Entry:
    link = _absolute(raw.get("link"), url)
    content = _content_html(raw)
    summary = raw.get("summary") or None
    if summary is not None and summary == content:
        summary = None  # feedparser copies content into summary when there is none
    return Entry(
        guid=_clean(raw.get("id")) or link,
        link=link,
        title=_plain_title(raw),
        # dict.get: FeedParserDict.get("updated_parsed") silently falls back to published
        published=_utc(dict.get(raw, "published_parsed")),
        updated=_utc(dict.get(raw, "updated_parsed")),
        authors=_authors(raw) or list(feed_authors),
        summary=summary,
        content_html=content,
        language=_entry_language(raw) or feed_language,
        image_url=_image_url(raw, url),
    )


def _plain_title(item: Any) -> str | None:
    """The title as plain text: feedparser has decoded entities; HTML titles lose tags."""
    title = item.get("title")
    if not title:
        return None
    detail = item.get("title_detail") or {}
    if "html" in str(detail.get("type", "")):
        title = lxml.html.fragment_fromstring(title, create_parent="div").text_content()
    return _WHITESPACE.sub(" ", title).strip() or None


def _content_html(raw: Any) -> str | None:
    contents = raw.get("content") or []
    for wanted in ("html", ""):
        for part in contents:
            if wanted in str(part.get("type", "")) and part.get("value"):
                return str(part["value"])
    return None


def _authors(item: Any) -> list[str]:
    names: list[str] = []
    for author in item.get("authors") or []:
        name = _clean(author.get("name")) or _clean(author.get("email"))
        if name and name not in names:
            names.append(name)
    if not names and _clean(item.get("author")):
        names.append(str(item["author"]).strip())
    return names


def _entry_language(raw: Any) -> str | None:
    for key in ("content", "summary_detail", "title_detail"):
        value = raw.get(key)
        detail = value[0] if isinstance(value, list) and value else value
        if isinstance(detail, dict) and _clean(detail.get("language")):
            return _clean(detail.get("language"))
    return None


def _image_url(raw: Any, url: str | None) -> str | None:
    """media:content/media:thumbnail with an image, else an image enclosure."""
    for media in raw.get("media_content") or []:
        kind = f"{media.get('medium', '')} {media.get('type', '')}"
        if media.get("url") and ("image" in kind or not kind.strip()):
            return _absolute(media["url"], url)
    for thumb in raw.get("media_thumbnail") or []:
        if thumb.get("url"):
            return _absolute(thumb["url"], url)
    for link in raw.get("enclosures") or []:
        if str(link.get("type", "")).startswith("image/") and link.get("href"):
            return _absolute(link["href"], url)
    return None


def _utc(parsed: Any) -> datetime | None:
    """feedparser's *_parsed values are UTC struct_times; keep them UTC and tz-aware."""
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)


def _absolute(link: Any, base: str | None) -> str | None:
    link = _clean(link)
    if not link:
        return None
    return urljoin(base, link) if base else link


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
