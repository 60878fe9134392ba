"""Candidate-index keys: an entity the news repeats (low IDF weight) is still filed, so the
story told in another language is offered; it is filed for retrieval only, so the
`key_overlap` feature counts the same core keys as before. And the time gap across
languages when a date is missing."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest

from newsdesk.stories.cluster import StoryClusterer
from newsdesk.stories.features import Features, _most_mentioned
from newsdesk.stories.index_keys import index_keys
from newsdesk.stories.scorer import LinearModel, StoryModel
from newsdesk.stories.similarity import features_for
from newsdesk.stories.story import Story

WHEN = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
# Eight rare, one-off entities outweigh the one both languages share (a country id).
RARE = {f"n:rare{i}": 0.3 for i in range(8)}
SHARED = "cc:XX"


def _article(fid: str, lang: str, entities: dict[str, float]) -> Features:
    f = Features(fid, lang, WHEN, {f"{lang}word": 1.0}, entities, {}, frozenset(), frozenset())
    f.keys, f.core_keys = index_keys(f.entities, f.names, f.terms)
    return f


@pytest.mark.parametrize(("entities", "filed", "core"), [
    ({**RARE, SHARED: 0.05}, True, False),  # ninth by weight: retrieval only
    ({"n:rare0": 0.3, SHARED: 0.05}, True, True),  # among the first eight: core
])
def test_a_frequent_entity_is_filed(entities: dict[str, float], filed: bool,
                                    core: bool) -> None:
    keys, n_core = index_keys(entities, {}, {})
    assert (f"e:{SHARED}" in keys) is filed
    assert (f"e:{SHARED}" in keys[:n_core]) is core


def test_the_most_mentioned_entity_is_filed_however_common() -> None:
    """Sixteen one-off entities outweigh it by IDF; named most often, it is still a key."""
    many = {f"n:rare{i}": 0.3 for i in range(16)}
    keys, n_core = index_keys({**many, SHARED: 0.01}, {}, {}, [SHARED])
    assert f"e:{SHARED}" in keys[n_core:]
    assert f"e:{SHARED}" not in index_keys({**many, SHARED: 0.01}, {}, {})[0]


@pytest.mark.parametrize(("counts", "expected"), [
    ({"cc:XX": 5, "n:a": 2, "n:b": 1}, ["cc:XX", "n:a"]),  # the two named most
    ({"cc:XX": 3, "n:a": 1}, ["cc:XX"]),  # named once: nothing to single out
    ({"n:a": 1, "n:b": 1}, []),
])
def test_the_most_mentioned_entities(counts: dict[str, int], expected: list[str]) -> None:
    assert _most_mentioned(Counter(counts)) == expected


def test_the_other_languages_story_is_offered_by_a_retrieval_key() -> None:
    accept_all = LinearModel(("cos_ent",), (0.0,), 5.0, (0.0,), (1.0,), 0.5)
    clusterer = StoryClusterer(StoryModel(accept_all, accept_all))
    story = clusterer.add(_article("pl", "pl", {SHARED: 1.0})).story
    other = _article("bg", "bg", {**RARE, SHARED: 0.05})
    assert [s.id for s in clusterer.candidates(other)] == [story]


def test_key_overlap_counts_core_keys_only() -> None:
    story = Story(1)
    story.add(_article("pl", "pl", {SHARED: 1.0}))
    article = _article("bg", "bg", {**RARE, SHARED: 0.05})
    assert features_for(article, story)[1]["key_overlap"] == 0.0
    article.core_keys = 0  # every key counted, as before the retrieval-only keys
    assert features_for(article, story)[1]["key_overlap"] > 0.0


def test_an_unknown_date_is_not_read_as_the_same_days() -> None:
    """Without a publication date the gap is the whole window, not zero."""
    story = Story(1)
    story.add(_article("pl", "pl", {SHARED: 1.0}))
    undated = _article("bg", "bg", {SHARED: 1.0})
    undated.time = None
    dated = _article("cs", "cs", {SHARED: 1.0})
    gap_undated = features_for(undated, story)[1]
    gap_dated = features_for(dated, story)[1]
    assert gap_undated["gap_known"] == 0.0 and gap_dated["gap_known"] == 1.0
    assert gap_undated["gap_days"] > gap_dated["gap_days"] == 0.0
