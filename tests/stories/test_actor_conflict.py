"""The sister-event gate (`similarity._actor_conflict`): one fixture per case under
tests/fixtures/stories/actors/, each with the people of the story's articles, of the new
article and the expected verdict beside them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.stories.features import Features
from newsdesk.stories.scorer import load_model
from newsdesk.stories.similarity import _actor_conflict, features_for
from newsdesk.stories.story import Story

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "stories" / "actors"


def _article(aid: str, actors: dict[str, float]) -> Features:
    return Features(aid, "en", None, {"arrest": 1.0}, {"org:team": 1.0}, {}, frozenset(),
                    frozenset(), persons=dict(actors), actors=dict(actors))


def _story(members: list[dict[str, float]]) -> Story:
    story = Story(1)
    for i, actors in enumerate(members):
        story.add(_article(f"m{i}", actors))
    return story


@pytest.mark.parametrize("path", sorted(CASES.glob("*.json")), ids=lambda p: p.stem)
def test_actor_conflict_fires_only_on_a_passing_mention(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    story = _story(case["story"])
    assert _actor_conflict(_article("new", case["article"]), story) == case["expect"], case["why"]


def test_the_shipped_model_gates_a_conflicting_same_language_story() -> None:
    """The gate is on in the shipped model: a conflicting candidate needs near certainty."""
    model = load_model()
    story = _story([{"n:first": 1.0}])
    kind, x = features_for(_article("new", {"n:second": 0.83, "n:first": 0.17}), story)
    assert kind == "mono" and x["actor_conflict"] == 1.0
    assert model.decide(kind, x)[1] >= 0.99
