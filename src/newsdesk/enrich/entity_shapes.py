"""Word shapes that rule a word out as a name or as a place, whatever the rules say.

Split from `entity_rules`: a word glued to a dot and letters is a web address or a stock
ticker; in German, where every noun is capitalised, a town's name that follows an
article or an inflected adjective, or a word with a common noun's ending after a
preposition, is a noun ("zum Ende", "eine schwierige Lage", "in Folge").
"""

from __future__ import annotations

import re

from newsdesk.enrich.entities_lexicon import PLACE_PREPS
from newsdesk.enrich.entity_words import is_function_word
from newsdesk.enrich.names import NOUN_CAPITALISING, Candidate, Token

_DOTTED = re.compile(r"\.(?:[^\W\d_A-ZА-ЯЁІЇЄҐ]|[A-ZА-ЯЁ]{2}|[A-Z](?=[^\w\s]))")


def dotted_code(cand: Candidate, text: str) -> bool:
    """A one-word run glued to a dot and letters: a web address or a stock ticker
    ("BiznesAlert.pl", "ENGIE.PA", "UN01.DE", "RDSa.L"), no mention of its own; a missing space
    after a sentence ("России.К настоящему") is no address."""
    if len(cand.tokens) != 1:
        return False
    tok = cand.tokens[0]
    match = _DOTTED.match(text, tok.end)
    return match is not None and (match.group()[1].islower() or sum(
        ch.isupper() for ch in tok.text) >= 2 or any(ch.isdigit() for ch in tok.text))


# Endings of German common nouns (abstract and -e nouns), which places rarely have.
_GERMAN_NOUN_END = re.compile(
    r"(?:ung|heit|keit|schaft|tion|sion|nis|tum|ität|ismus|ik|enz|anz|ur|ment|e|er|el)$")
_GERMAN_JOINERS = frozenset({"gegen", "oder", "aber", "wieder", "hinter", "über", "unter",
                             "zwischen", "entlang", "jenseits", "diesseits"})
_GERMAN_ARTICLES = frozenset({
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "einen", "eines",
    "beim", "im", "am", "vom", "zum", "zur"})


def noun_after_article(tokens: list[Token], cand: Candidate, lang: str | None) -> bool:
    """A single capitalised word right after an article or an inflected adjective in a
    language that capitalises nouns ("zum Ende", "eine schwierige Lage"): a town's name
    takes neither there, a noun does."""
    if lang not in NOUN_CAPITALISING or len(tokens) != 1:
        return False
    at = cand.tokens.index(tokens[0]) if tokens[0] in cand.tokens else 0
    before = cand.tokens[at - 1].text.lower() if at else (cand.prev[0] if cand.prev else "")
    return before in _GERMAN_ARTICLES or (
        before.endswith(("e", "en", "er", "es", "em")) and before not in PLACE_PREPS
        and before[:1].isalpha() and not at and not is_function_word(before)
        and before not in _GERMAN_JOINERS)


def german_noun(word: str) -> bool:
    """A German word with a common noun's ending ("Beziehung", "Folge")."""
    return bool(_GERMAN_NOUN_END.search(word))


# An acronym with a Cyrillic case ending ("МИДа", "ЦРУшника" is a derivation, not matched):
# Russian and Ukrainian decline acronyms read as words by adding the ending to the capitals.
_INFLECTED_ACRONYM = re.compile(r"[А-ЯЁІЇЄҐ]{2,}(?:а|у|ом|е|і|ов)")


def is_inflected_acronym(word: str) -> bool:
    """ "МИДа" ("НАТО" is not): an abbreviation with a case ending is always a body's; a
    title or speech verb around it ("представитель МИДа … заявила") is the person's."""
    return _INFLECTED_ACRONYM.fullmatch(word) is not None
