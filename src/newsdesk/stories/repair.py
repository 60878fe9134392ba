"""The periodic repair pass over recent stories: merge what was split, split off misfits.

Online assignment decides with what it has seen so far: two stories may begin apart and
only later turn out to be one (merge), and an early article may have joined a story it
does not belong to (split). The pass looks only at the stories updated most recently,
so its cost does not grow with the number of live stories. Merging uses the same model
as assignment, with the (stricter) merge threshold of the shipped model. A story of one
article gets a second look as an arrival (`_reoffer_alone`): the same article-to-story
decision as assignment, now against stories that have grown since.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from newsdesk.stories.cluster import StoryClusterer
from newsdesk.stories.features import Features
from newsdesk.stories.similarity import features_for
from newsdesk.stories.story import Story

__all__ = ["RepairResult", "repair"]


@dataclass
class RepairResult:
    """Merges as (absorbed story, surviving story); splits as (article id, new story)."""

    merged: list[tuple[int, int]] = field(default_factory=list)
    split: list[tuple[str, int]] = field(default_factory=list)


def repair(clusterer: StoryClusterer, recent: int = 200) -> RepairResult:
    """Run one merge-and-split pass over the `recent` most recently updated stories."""
    result = RepairResult()
    stories = list(clusterer.live.values())[-recent:]
    for story in stories:
        if story.id in clusterer.live:
            _merge_into_best(clusterer, story, result)
    for story in stories:
        if story.id in clusterer.live and story.size == 1 and story.members:
            _reoffer_alone(clusterer, story, result)
    for story in stories:
        if story.id in clusterer.live:
            _split_misfits(clusterer, story, result)
    return result


def _as_article(story: Story) -> Features:
    """A story seen as one article, so the assignment features apply to story pairs."""
    lang = story.langs.most_common(1)[0][0]
    return Features(f"story:{story.id}", lang, story.last, _unit(story.centroids.get(lang, {})),
                    _unit(story.entities), _unit(story.names), frozenset(story.days),
                    frozenset(story.years), keys=sorted(story.keys)[:40],
                    title=_unit(story.titles), lead=_unit(story.leads),
                    numbers=frozenset(story.numbers), embedding=_unit_dense(story.embedding))


def _unit(vec: dict[str, float] | Counter[str]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {k: v / norm for k, v in vec.items()} if norm else {}


def _unit_dense(vec: np.ndarray | None) -> np.ndarray | None:
    """The story's mean direction (its embedding is a sum), or None without embeddings."""
    if vec is None:
        return None
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm > 0 else None


def _merge_into_best(clusterer: StoryClusterer, story: Story, result: RepairResult) -> None:
    me = _as_article(story)
    best: Story | None = None
    best_p = clusterer.model.merge_threshold
    for other in clusterer.candidates(me):
        if other.id == story.id or clusterer.out_of_window(me, other):
            continue
        kind, x = features_for(me, other)
        p, _ = clusterer.model.decide(kind, x)
        if p >= best_p:
            best, best_p = other, p
    if best is None:
        return
    keep, gone = (best, story) if best.size >= story.size else (story, best)
    clusterer.drop(gone)
    keep.absorb(gone)
    clusterer.reindex(keep)
    result.merged.append((gone.id, keep.id))


def _reoffer_alone(clusterer: StoryClusterer, story: Story, result: RepairResult) -> None:
    """Offer a story's only article again, as a new arrival, to the other live stories.

    An article that arrives before its story has a member worded like it (the first report
    of a shooting, the next day's "hit-and-run leaves mother dead") starts a story alone;
    by the next pass its story has grown and holds more of its words, names and numbers.
    Unlike a merge of two stories, this is the very decision the model was fitted on
    (article to story), so the assignment threshold applies, not the merge threshold."""
    member = story.members[0]
    best, _ = clusterer.best(member, exclude=story.id)
    if best is None:
        return
    clusterer.drop(story)
    best.absorb(story)
    clusterer.reindex(best)
    result.merged.append((story.id, best.id))


def _split_misfits(clusterer: StoryClusterer, story: Story, result: RepairResult) -> None:
    """Members (all known: small story) that the rest of their story would not take."""
    if story.size < 3 or story.size > len(story.members):
        return
    for member in list(story.members):
        story.remove(member)
        kind, x = features_for(member, story)
        p, _ = clusterer.model.decide(kind, x)
        if p >= clusterer.model.split_threshold:
            story.add(member)
            continue
        alone = clusterer.new_story()
        alone.add(member)
        alone.clock = story.clock
        clusterer.reindex(alone)
        result.split.append((member.id, alone.id))
        if story.size < 3:
            return
