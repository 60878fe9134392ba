"""Plain dataclasses shared by every stage.

Stages pass these values along the one-way flow sources → extract → store → web/cli.
This module depends on the standard library only, so any stage may import it.
Datetimes are always timezone-aware (UTC unless the source gave an offset).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from typing import Any, Literal

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


def filter_bound(value: str, end_of_day: bool = False) -> datetime:
    """A since/until bound typed by a user: a bare date is the whole day (its first or last
    instant), a datetime without offset is UTC. ValueError when it is not ISO 8601."""
    parsed = datetime.fromisoformat(value)
    if len(value) == 10:
        parsed = datetime.combine(parsed.date(), time.max if end_of_day else time.min)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def parse_iso_time(value: Any, key: str, *, naive_utc: bool = False) -> datetime | None:
    """An input record's ISO 8601 field: None when absent; a ValueError naming `key` when it
    is not a string or not ISO 8601. Without an offset it is refused (exports always carry
    one) unless `naive_utc`, for hand-written inputs where UTC is the reasonable reading."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"'{key}' must be an ISO 8601 string or null")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"'{key}' is not ISO 8601: {value!r}") from exc
    if parsed.tzinfo is None:
        if not naive_utc:
            raise ValueError(f"'{key}' has no UTC offset: {value!r}")
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


@dataclass(frozen=True)
class SearchHit:
    """One search result: the article id, a highlighted snippet and its rank."""

    article_id: int
    title: str | None
    source: str | None
    published: datetime | None
    language: str | None
    snippet: str
    rank: float


@dataclass(frozen=True)
class Mention:
    """A named entity mention: a character span of an article's text and its identity.

    `entity` is the canonical id shared across articles and languages; `name` its display name.
    """

    start: int
    end: int
    text: str
    type: str  # PER | LOC | ORG | EVT | PRO | MISC
    entity: str | None = None
    name: str | None = None

    def to_json(self) -> dict[str, Any]:
        """One item of the documented `entities` list."""
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "entity": self.entity, "name": self.name}


@dataclass(frozen=True)
class Quote:
    """A quotation (direct or reported) with its speaker, as character spans of the text."""

    start: int
    end: int
    text: str
    direct: bool
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_entity: str | None = None


@dataclass(frozen=True)
class TimeExpr:
    """A time expression resolved against the article's publication time.

    `value` is ISO 8601 at the expression's granularity: 2026-01-22, 2025-12, 2026-W04,
    2022, a datetime, or a P… duration.
    """

    start: int
    end: int
    text: str
    value: str
    granularity: str  # datetime | day | week | month | season | quarter | year | decade | duration


# --- the reader: accounts, subscriptions and per-user state -------------------------------


@dataclass
class User:
    """A reader account. Preferences are the user's own; `None` means "from the browser"."""

    name: str
    id: int | None = None
    is_admin: bool = False
    created_at: datetime | None = None
    locale: str | None = None
    timezone: str | None = None
    theme: str = "auto"  # light | dark | auto
    page_size: int = 30


@dataclass
class Subscription:
    """A user's view of a shared feed: their own title and category, their unread count."""

    feed: Feed
    title: str | None = None
    category: str | None = None
    unread: int = 0

    @property
    def display_title(self) -> str:
        return self.title or self.feed.title or self.feed.url


@dataclass(frozen=True)
class ArticleFilter:
    """Filters shared by the river, search and the API (one query layer)."""

    language: str | None = None
    source: str | None = None
    category: str | None = None
    feed_id: int | None = None
    unread: bool = False
    starred: bool = False
    since: datetime | None = None
    until: datetime | None = None


@dataclass
class RiverItem:
    """An article as one user sees it: with its feed's name and their read/star state."""

    article: Article
    feed_title: str | None = None
    site_url: str | None = None
    read: bool = False
    starred: bool = False
    snippet: str | None = None  # search hits only: highlighted with \x02 … \x03


@dataclass
class SavedSearch:
    id: int | None
    name: str
    query: str
    filters: dict[str, Any] = field(default_factory=dict)


@dataclass
class Enrichment:
    """What enrichment found in one article's text, and which enricher found it.

    `time_sentences[i]` is the (start, end) of the sentence holding `times[i]`, so a story
    timeline can say what happened when. `to_json` gives the `newsdesk annotate` lists.
    """

    language: str | None
    version: str
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    time_sentences: list[tuple[int, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """`entities`, `quotes` and `times` in the documented annotate format."""
        return {
            "entities": [m.to_json() for m in self.mentions],
            "quotes": [{"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker,
                        "speaker_entity": q.speaker_entity, "speaker_start": q.speaker_start,
                        "speaker_end": q.speaker_end, "direct": q.direct} for q in self.quotes],
            "times": [{"start": t.start, "end": t.end, "text": t.text, "value": t.value,
                       "granularity": t.granularity} for t in self.times],
        }


# --- stories: articles about one event, across sources and languages ----------------------


@dataclass
class StoryItem:
    """A story as one user sees it in the river: only their visible articles count.

    `lead` is the article whose headline the story shows (in the reader's language when the
    story has one); `also_in` the sources of the lead's duplicates; `cursor` the keyset
    (stored last_seen, id) of the story for the next page.
    """

    id: int
    title: str | None
    first_seen: datetime
    last_seen: datetime
    article_count: int
    languages: list[str]
    sources: list[str]
    lead: RiverItem | None = None
    also_in: list[str] = field(default_factory=list)
    unread: int = 0
    cursor: tuple[datetime, int] | None = None


@dataclass
class StoryArticle:
    """An article of a story with its duplicates folded under it."""

    item: RiverItem
    copies: list[RiverItem] = field(default_factory=list)

    @property
    def also_in(self) -> list[str]:
        mine = self.item.article.source
        seen = [c.article.source or c.feed_title or "" for c in self.copies]
        return [s for s in dict.fromkeys(seen) if s and s != mine]


@dataclass(frozen=True)
class KeyEntity:
    id: str
    name: str
    type: str
    mentions: int
    articles: int


@dataclass(frozen=True)
class KeyQuote:
    article_id: int
    text: str
    speaker: str
    direct: bool
    source: str | None


@dataclass(frozen=True)
class TimelineEntry:
    """A resolved time from enrichment, with the sentence and the article it came from, and
    the next sentence when it continues that moment without naming a time of its own."""

    value: str
    granularity: str
    text: str
    sentence: str
    article_id: int
    source: str | None
    context: str = ""


@dataclass
class StoryDetail:
    """Everything the story page shows, from the articles the user may see."""

    story: StoryItem
    summary: str | None
    by_language: dict[str, list[StoryArticle]]
    entities: list[KeyEntity] = field(default_factory=list)
    quotes: list[KeyQuote] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    source_counts: list[tuple[str, int]] = field(default_factory=list)
    language_counts: list[tuple[str, int]] = field(default_factory=list)
