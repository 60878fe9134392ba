"""Feeds, entries, pages and articles: what sources fetch and extract produces."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from newsdesk.model.times import parse_iso_time

# Where the stored text of an article came from.
Origin = Literal["page", "feed", "appcopy", "html-file", "warc", "jsonl"]


@dataclass(frozen=True)
class Image:
    """The lead image of an article; caption and credit are kept apart."""

    url: str | None = None
    caption: str | None = None
    credit: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"url": self.url, "caption": self.caption, "credit": self.credit}


@dataclass
class Feed:
    """A subscription: one feed URL with its fetch state.

    The fetch state (validators, errors, next attempt) lives on the row so that
    `newsdesk feeds` can show each feed's health and the scheduler can back off.
    """

    url: str
    title: str | None = None
    site_url: str | None = None
    category: str | None = None
    id: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_fetched: datetime | None = None
    last_success: datetime | None = None
    next_attempt: datetime | None = None
    last_error: str | None = None
    last_error_kind: str | None = None
    error_count: int = 0
    interval_seconds: int = 3600


@dataclass
class Entry:
    """One item of a parsed feed, before its article page is fetched."""

    guid: str | None
    link: str | None
    title: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    authors: list[str] = field(default_factory=list)
    summary: str | None = None
    content_html: str | None = None
    language: str | None = None
    image_url: str | None = None


@dataclass
class ParsedFeed:
    """The result of parsing one feed document.

    `bozo` is set when the document was malformed; the entries that did parse are
    kept all the same and `problem` says what was wrong.
    """

    title: str | None
    site_url: str | None
    language: str | None
    entries: list[Entry]
    bozo: bool = False
    problem: str | None = None


@dataclass
class Page:
    """A fetched or imported document: bytes plus where they came from.

    `location` names the input for error messages (a URL, a path, `file.warc.gz#record 12`).
    """

    body: bytes
    url: str | None
    location: str
    content_type: str | None = None
    fetched_at: datetime | None = None
    origin: Origin = "page"


@dataclass
class Article:
    """A clean, extracted article: the unit newsdesk stores, searches and shows.

    `to_json` gives the stable JSON contract of `newsdesk extract --format json` and
    `newsdesk show --json`; its key names must not change.
    """

    title: str | None
    text: str
    url: str | None = None
    canonical_url: str | None = None
    original_url: str | None = None
    source: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    language: str | None = None
    interface_language: str | None = None
    authors: list[str] = field(default_factory=list)
    image: Image | None = None
    sections: list[str] = field(default_factory=list)
    ai_generated: bool = False
    ai_disclosure: str | None = None
    html: str = ""
    origin: Origin = "page"
    feed_id: int | None = None
    guid: str | None = None
    fetched_at: datetime | None = None
    content_hash: str | None = None
    id: int | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    def replace(self, **changes: Any) -> Article:
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape (also the JSONL export/import format)."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "original_url": self.original_url,
            "published": _iso(self.published),
            "updated": _iso(self.updated),
            "language": self.language,
            "interface_language": self.interface_language,
            "authors": list(self.authors),
            "image": self.image.to_json() if self.image else None,
            "sections": list(self.sections),
            "text": self.text,
            "ai_generated": self.ai_generated,
            "ai_disclosure": self.ai_disclosure,
            "html": self.html,
            "origin": self.origin,
            "feed_id": self.feed_id,
            "guid": self.guid,
            "fetched_at": _iso(self.fetched_at),
            "content_hash": self.content_hash,
            "extras": dict(self.extras),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Article:
        """Inverse of `to_json`; raises ValueError/TypeError on a malformed record."""
        if not isinstance(data, dict):
            raise TypeError("an article record must be a JSON object")
        text = data.get("text")
        if not isinstance(text, str):
            raise ValueError("missing or non-string 'text'")
        image = data.get("image")
        authors = data.get("authors") or []
        sections = data.get("sections") or []
        if not isinstance(authors, list) or not isinstance(sections, list):
            raise ValueError("'authors' and 'sections' must be lists")
        return cls(
            title=_opt_str(data, "title"),
            text=text,
            url=_opt_str(data, "url"),
            canonical_url=_opt_str(data, "canonical_url"),
            original_url=_opt_str(data, "original_url"),
            source=_opt_str(data, "source"),
            published=parse_iso_time(data.get("published"), "published"),
            updated=parse_iso_time(data.get("updated"), "updated"),
            language=_opt_str(data, "language"),
            interface_language=_opt_str(data, "interface_language"),
            authors=[str(a) for a in authors],
            image=Image(image.get("url"), image.get("caption"), image.get("credit"))
            if isinstance(image, dict)
            else None,
            sections=[str(s) for s in sections],
            ai_generated=bool(data.get("ai_generated", False)),
            ai_disclosure=_opt_str(data, "ai_disclosure"),
            html=data.get("html") or "",
            origin=_origin(data.get("origin")),
            guid=_opt_str(data, "guid"),
            fetched_at=parse_iso_time(data.get("fetched_at"), "fetched_at"),
            extras=_extras(data.get("extras")),
        )


ORIGINS: tuple[Origin, ...] = ("page", "feed", "appcopy", "html-file", "warc", "jsonl")


def _origin(value: Any) -> Origin:
    """The recorded origin of an exported article, so a round trip changes nothing."""
    for origin in ORIGINS:
        if value == origin:
            return origin
    return "jsonl"


def _extras(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError("'extras' must be an object")
    return dict(value)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _opt_str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"'{key}' must be a string or null")
    return value
