"""Stories: articles about one event, across sources and languages, as a reader sees them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from newsdesk.model.reader import RiverItem


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
