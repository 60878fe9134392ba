"""The repair pass's second look at a story of one article: an article that arrived before
its story held a member worded like it joins that story once it has grown, on the
assignment threshold; an unrelated loner stays alone. And the batch command gives the
stream's tail that second look too."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from newsdesk.stories import StoryEngine, cluster_stream
from newsdesk.stories.cluster import StoryClusterer
from newsdesk.stories.features import Features
from newsdesk.stories.repair import repair
from newsdesk.stories.scorer import LinearModel, StoryModel

START = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
# p >= 0.5 exactly when the best member's cosine is >= 0.6: the decisions below are plain.
BEST_MEMBER = LinearModel(("max_member",), (10.0,), -6.0, (0.0,), (1.0,), 0.5)
MODEL = StoryModel(BEST_MEMBER, BEST_MEMBER, merge_threshold=0.995)


def _article(fid: str, terms: dict[str, float], minutes: int) -> Features:
    f = Features(fid, "en", START + timedelta(minutes=minutes), terms, {}, {},
                 frozenset(), frozenset())
    f.keys = [f"t:{k}" for k in terms]
    return f


def _stream(extra: list[Features]) -> tuple[StoryClusterer, dict[str, int]]:
    """X first (alone: A1 is too unlike it), then A1 and A2 (A2 joins A1, and is the
    member worded like X), then `extra`."""
    clusterer = StoryClusterer(MODEL)
    arts = [_article("x", {"a": 0.6, "b": 0.8}, 0), _article("a1", {"a": 0.8, "c": 0.6}, 10),
            _article("a2", {"a": 0.6, "b": 0.48, "c": 0.64}, 20), *extra]
    return clusterer, {f.id: clusterer.add(f).story for f in arts}


def test_a_loner_joins_the_story_that_grew_a_member_like_it() -> None:
    clusterer, story = _stream([])
    assert story["a2"] == story["a1"] != story["x"]  # online: X came too early
    result = repair(clusterer)
    assert result.merged == [(story["x"], story["a1"])]
    assert clusterer.live[story["a1"]].member_ids == ["a1", "a2", "x"]
    assert story["x"] not in clusterer.live


def test_an_unrelated_loner_stays_alone() -> None:
    clusterer, story = _stream([_article("y", {"b": 0.5, "z": 0.866}, 30)])
    assert story["y"] not in {story["a1"], story["x"]}
    result = repair(clusterer)
    assert (story["y"], story["a1"]) not in result.merged
    assert clusterer.live[story["y"]].member_ids == ["y"]


def test_the_batch_command_repairs_once_more_at_the_end_of_the_stream() -> None:
    class Counting(StoryEngine):
        repairs = 0

        def repair(self) -> None:
            Counting.repairs += 1
            super().repair()

    lines = [json.dumps({"id": str(i), "lang": "en", "title": f"Item {i}",
                         "text": f"Short note number {i}."}) for i in range(3)]
    out = list(cluster_stream(lines, engine=Counting(repair_every=50)))
    assert [o["id"] for o in out] == ["0", "1", "2"]
    assert Counting.repairs == 1
