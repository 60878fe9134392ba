"""How a statistical model's entity spans meet the rule layer's evidence.

A small spaCy model (fr_core_news_sm) finds far more names than the capitalisation rules
in OCR'd or unusual text, so its spans are kept; but it types from context alone and
knows nothing of the corpus. Where the rule layer has evidence the model cannot have,
that evidence decides:

- news agencies and picture agencies are organisations ("a affirmé à Bloomberg": a
  surname too, the model's PER), unless the article names a person of that surname;
- a word a language capitalises by convention without naming anything (French "État",
  the polity) is no entity;
- a lone capitalised word the rule layer found no name in, that the article or the
  corpus also writes lowercase, is a common word that a heading or a sentence start
  capitalised ("Rencontres avec les négociateurs ukrainiens").
"""

from __future__ import annotations

from collections.abc import Callable

from newsdesk.enrich.entity_resolve import Span, known_body
from newsdesk.enrich.gazetteer import MIN_POP_AT_SENTENCE_START, Gazetteer
from newsdesk.enrich.identity import fold, person_key
from newsdesk.extract.agencies import NEWS_AGENCIES as WIRE_SERVICES

# Wire services, folded: the sources news cites by name in every language.
NEWS_AGENCIES = frozenset(fold(name) for name in WIRE_SERVICES)
# Words a language capitalises by convention that name no entity ("l'État", "coup d'État").
CONVENTION_CAPITALS = {"fr": frozenset({"etat", "etats"})}


def merged(model: list[Span], rules: list[Span], lang: str | None,
           is_common: Callable[[int, int], bool]) -> list[Span]:
    """The model's spans, retyped or dropped where the rules' evidence says so.

    `is_common(start, end)`: the word at that place is also written lowercase in the
    article or the corpus."""
    people = {person_key(s.words, lang) for s in (*model, *rules)
              if s.type == "PER" and len(s.words) > 1}
    out = []
    for span in model:
        if _conventional_capital(span, lang):
            continue
        if _agency(span) and not (len(span.words) == 1 and person_key(span.words, lang) in people):
            span.type, span.place = "ORG", None
        elif len(span.words) == 1 and span.fixed is None and span.place is None and not any(
                r.start < span.end and span.start < r.end for r in rules) and not span.words[
                0].isupper() and is_common(span.start, span.end):
            continue
        out.append(span)
    return out


def typed_model_span(span: Span, lang: str | None, gaz: Gazetteer) -> Span:
    """A model's span with the gazetteer's place or a known body's identity attached."""
    known = known_body(span.words, lang)
    if known is not None:
        span.fixed, span.fixed_name = known
        span.type = "LOC" if known[0].startswith("cc:") else "ORG"
        return span
    place = gaz.lookup(span.words, lang)
    if place is not None and (span.type != "PER" or (
            len(span.words) == 1 and place.population >= MIN_POP_AT_SENTENCE_START)):
        span.place = place  # "Kiev" tagged PER by a small model is still the city
        span.type = "ORG" if place.kind == "org" else "LOC"
    return span


def _agency(span: Span) -> bool:
    return fold(" ".join(span.words)) in NEWS_AGENCIES


def _conventional_capital(span: Span, lang: str | None) -> bool:
    return len(span.words) == 1 and fold(span.words[0]) in CONVENTION_CAPITALS.get(
        lang or "", frozenset())
