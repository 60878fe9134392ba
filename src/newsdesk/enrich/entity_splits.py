"""Runs of capitalised words that are more (or less) than one name, and word shapes that
name a person indirectly: the cases a run-level typing rule cannot see.

"Rosja-USA" (two places joined by a hyphen), "W Donbasie Rosjanie" (a place, then a people),
"Wielka Brytania" / "Ministerstwo Obrony" at a sentence start (the first word belongs to the
name), "francuska Engie" (a country's adjective describes a body, a person would have a
title), "Trumpův postoj" (a Czech possessive adjective made from a person's name).
"""

from __future__ import annotations

import re

from newsdesk.enrich.entities_lexicon import STATE_WORDS
from newsdesk.enrich.entity_resolve import Span
from newsdesk.enrich.entity_shapes import is_inflected_acronym
from newsdesk.enrich.entity_words import org_head_word
from newsdesk.enrich.gazetteer import Gazetteer, Place
from newsdesk.enrich.identity import SLAVIC, phrase_key
from newsdesk.enrich.names import Token


def place_pair(run: list[Token], gaz: Gazetteer, lang: str | None) -> list[Span]:
    """Two places joined by a hyphen ("Rosja-USA", "Zaporoże-Lwów"): two mentions, as Slavic
    news annotation has them (French "Paris-Nice" is one name, a race)."""
    if lang not in SLAVIC or len(run) != 1 or run[0].text.count("-") != 1:
        return []
    tok = run[0]
    left, right = tok.text.split("-")
    places = [gaz.lookup([w], lang) if len(w) > 1 else None for w in (left, right)]
    if places[0] is None or places[1] is None:
        return []
    return [Span(tok.start, tok.start + len(left), [left], "LOC", places[0]),
            Span(tok.end - len(right), tok.end, [right], "LOC", places[1])]


def demonym_split(run: list[Token], place: Place | None, gaz: Gazetteer,
                  lang: str | None) -> list[list[Token]]:
    """The run cut before a last word that names a people ("Donbasie Rosjanie")."""
    if place is not None or len(run) < 2 or lang not in SLAVIC or \
            gaz.demonym(run[-1].text, lang) is None:
        return [run]
    return [run[:-1], run[-1:]]


def acronym_split(run: list[Token], place: Place | None, lang: str | None) -> list[list[Token]]:
    """The run cut after a first word that is a declined acronym ("главу МИДа Мариз Пэйн"):
    a body's abbreviation is never a given name, so what follows is a name of its own."""
    if place is not None or len(run) < 2 or lang not in SLAVIC or \
            not is_inflected_acronym(run[0].text) or run[1].is_allcaps:
        return [run]
    return [run[:1], run[1:]]


def described_by_country(tokens: list[Token], first: int, gaz: Gazetteer,
                         lang: str | None) -> bool:
    """A lowercase country adjective right before the name, in the same phrase
    ("brytyjsko-holenderska Royal Dutch Shell")."""
    if first == 0:
        return False
    before = tokens[first - 1]
    return before.text[:1].islower() and tokens[first].start - before.end == 1 and \
        gaz.is_country_adjective(before.text.split("-")[-1], lang)


def whole_name(run: list[Token], gaz: Gazetteer, lang: str | None) -> bool:
    """A run that starts a sentence and is a name with its first word: a known place
    ("Wielka Brytania") or an institution ("Ministerstwo Obrony Ukrainy")."""
    return len(run) > 1 and (org_head_word(run[0].text) or gaz.lookup(
        [t.text for t in run], lang) is not None or state_place(run, gaz, lang) is not None)


def state_place(run: list[Token], gaz: Gazetteer, lang: str | None) -> Place | None:
    """A state's formal name, a state word and its country in either order ("Республики
    Беларусь", "Republika Czeska", "Австрийская Республика"): one place, the country when
    it is named, not a town "Республика" and a country side by side."""
    if len(run) != 2 or lang not in SLAVIC:
        return None
    is_state = [t.text.lower().startswith(STATE_WORDS) for t in run]
    if is_state[0] == is_state[1]:
        return None
    other = run[1] if is_state[0] else run[0]
    country = gaz.lookup([other.text], lang)
    if country is not None and country.kind == "country":
        return country
    if gaz.is_country_adjective(other.text, lang):
        words = [t.text for t in run]
        return Place("n:" + phrase_key(words, lang), " ".join(words), 0, "region")
    return None


# Czech and Slovak possessive adjectives made from a person's name ("Trumpův", "Putinovými");
# not "-ova", "-ově": the cases of a surname in "-ov" ("Peskova", "o Peskově").
_POSSESSIVE = re.compile(r"(\w{3,}?)(?:ův|ovy|ových|ovým|ovými|ovou)")
_POSSESSIVE_LANGS = frozenset({"cs", "sk"})


def possessive_owner(run: list[Token], place: Place | None, lang: str | None) -> str | None:
    """The name a Czech possessive adjective is made from, or None."""
    if lang not in _POSSESSIVE_LANGS or len(run) != 1 or place is not None or run[0].is_allcaps:
        return None
    match = _POSSESSIVE.fullmatch(run[0].text)
    return match.group(1) if match else None
