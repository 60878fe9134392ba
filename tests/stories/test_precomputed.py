"""Story features from an enrichment's mentions and times instead of a second recognition:
the same features when they are what the engine's own recogniser finds, and the same
stories on our fixtures when they come from the real enricher (spaCy and all)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

import pytest

from newsdesk.enrich import Enricher
from newsdesk.enrich.entities import EntityRecognizer
from newsdesk.enrich.times import find_times
from newsdesk.model import Article, Enrichment, Mention
from newsdesk.stories import StoryEngine
from newsdesk.stories.batch import parse_line
from newsdesk.stories.features import ArticleInput, FeatureExtractor
from newsdesk.stories.live import article_input

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"
CASES = sorted(FIXTURES.glob("*.jsonl"))


def _inputs(path: Path) -> list[ArticleInput]:
    return [parse_line(line, f"{path.name}:{i}")
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_features_are_identical_with_the_recognisers_own_mentions(path: Path) -> None:
    """Headline-less articles, so the one-pass text is the body: given what a twin of the
    extractor's recogniser finds there, every view comes out the same."""
    own, given = FeatureExtractor(), FeatureExtractor()
    twin = EntityRecognizer(use_spacy=False)
    for art in (dataclasses.replace(a, title=None) for a in _inputs(path)):
        body = art.text[:5000]
        twin.observe(f"\n{body}", art.lang)
        found = dataclasses.replace(art, mentions=twin.find(body, art.lang),
                                    times=find_times(body, art.lang, art.published))
        assert given.extract(found) == own.extract(art)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_live_stories_are_the_same_with_the_enrichers_mentions(path: Path) -> None:
    enricher = Enricher()
    arts = _inputs(path)
    for art in arts:
        enricher.observe(art.text, art.lang)
    enriched = [enricher.enrich(a.text, a.lang, a.published, a.title) for a in arts]
    assert any(e.mentions for e in enriched) and any(e.times for e in enriched)
    plain, reused = StoryEngine(), StoryEngine()
    story = {a.id: plain.ingest(a).story for a in arts}
    again = {a.id: reused.ingest(dataclasses.replace(a, mentions=e.mentions, times=e.times)).story
             for a, e in zip(arts, enriched, strict=True)}
    for a, b in combinations(story, 2):
        assert (story[a] == story[b]) == (again[a] == again[b]), (a, b, story, again)


def _article(text: str) -> Article:
    return Article(url="https://example.org/a", text=text, title="Talks", language="en",
                   published=datetime(2026, 1, 23, tzinfo=UTC), id=7)


def _enrichment(version: str = "9") -> Enrichment:
    return Enrichment("en", version, [Mention(0, 5, "Paris", "LOC", "geo:1", "Paris")], [], [])


def test_a_stored_enrichment_gives_the_input_its_mentions_and_times() -> None:
    art = article_input(_article("Paris hosts the talks."), _enrichment())
    assert art.mentions == _enrichment().mentions and art.times == []


def test_an_enrichment_of_an_older_text_is_not_used() -> None:
    art = article_input(_article("In Paris, talks."), _enrichment())
    assert art.mentions is None and art.times is None


def test_a_step_the_enricher_lacked_is_recognised_again() -> None:
    art = article_input(_article("Paris hosts the talks."), _enrichment("9-no-times"))
    assert art.mentions is not None and art.times is None
    assert article_input(_article("Paris hosts the talks.")).mentions is None


def test_mentions_beyond_the_featured_text_are_left_out() -> None:
    text = "Paris " + "x " * 3000 + "Berlin"
    far = Mention(len(text) - 6, len(text), "Berlin", "LOC", "geo:2", "Berlin")
    art = ArticleInput("a", text, lang="en",
                       mentions=[Mention(0, 5, "Paris", "LOC", "geo:1", "Paris"), far], times=[])
    assert set(FeatureExtractor().extract(art).entities) == {"geo:1"}
