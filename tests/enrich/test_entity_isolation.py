"""Recognisers in one process do not leak into each other (newsdesk issue 5, part B).

The gazetteer is process-wide; another language's territory names ("Maurice": Mauritius
in French) must not turn an English first name into a country after a French article
was recognised by some other recogniser."""

from __future__ import annotations

from newsdesk.enrich.entities import EntityRecognizer

ENGLISH = "The coach said on Tuesday that Maurice had been fired. Maurice Cheeks was replaced."
FRENCH = "Le président de Maurice est arrivé à Port-Louis."


def _mentions(recognizer: EntityRecognizer) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.type, m.entity) for m in recognizer.find(ENGLISH, "en")]


def test_another_recognizers_language_does_not_change_the_result() -> None:
    before = _mentions(EntityRecognizer(use_spacy=False))
    other = EntityRecognizer(use_spacy=False)
    other.observe(FRENCH, "fr")
    other.find(FRENCH, "fr")
    after = _mentions(EntityRecognizer(use_spacy=False))
    assert after == before
    assert all(entity != "cc:MU" for _, _, entity in after)


def test_corpus_statistics_are_per_recognizer() -> None:
    fresh = EntityRecognizer(use_spacy=False)
    expected = _mentions(fresh)
    trained = EntityRecognizer(use_spacy=False)
    for _ in range(5):
        trained.observe("the maurice of the cheeks was fired", "en")
    _mentions(trained)
    assert _mentions(EntityRecognizer(use_spacy=False)) == expected
    assert fresh.stats.lower is not trained.stats.lower
