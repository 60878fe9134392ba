"""Plain dataclasses shared by every stage.

Stages pass these values along the one-way flow sources → extract → enrich → stories →
store → web/cli. The package depends on the standard library only, so any stage may import
it; its modules are named for what they describe: `content` (feeds, entries, pages,
articles), `enrichment` (mentions, quotes, times), `reader` (accounts, subscriptions,
filters, river items, search hits), `stories` (story river and page) and `times` (reading
ISO times from users and input records). Import from `newsdesk.model` itself.
Datetimes are always timezone-aware (UTC unless the source gave an offset).
"""

from newsdesk.model.content import (
    ORIGINS,
    Article,
    Entry,
    Feed,
    Image,
    Origin,
    Page,
    ParsedFeed,
)
from newsdesk.model.enrichment import Enrichment, Mention, Quote, TimeExpr
from newsdesk.model.reader import (
    ArticleFilter,
    RiverItem,
    SavedSearch,
    SearchHit,
    Subscription,
    User,
)
from newsdesk.model.stories import (
    KeyEntity,
    KeyQuote,
    StoryArticle,
    StoryDetail,
    StoryItem,
    TimelineEntry,
)
from newsdesk.model.times import filter_bound, parse_iso_time

__all__ = [
    "ORIGINS", "Article", "ArticleFilter", "Enrichment", "Entry", "Feed", "Image", "KeyEntity",
    "KeyQuote", "Mention", "Origin", "Page", "ParsedFeed", "Quote", "RiverItem", "SavedSearch",
    "SearchHit", "StoryArticle", "StoryDetail", "StoryItem", "Subscription", "TimeExpr",
    "TimelineEntry", "User", "filter_bound", "parse_iso_time",
]
