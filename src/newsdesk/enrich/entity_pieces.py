"""Splitting a run of capitalised words into the names it strings together.

A run of capitalised words is often several names side by side: a country and its
leader ("Rosji Władimir Putin"), an institution and its spokesperson ("Departamentu
Stanu USA Heather Nauert", "МИД Сергея Лаврова"), a name and an acronym ("d'État
TASS"), a Latin-script name followed by a Cyrillic one. The cuts come from evidence
that does not depend on particular names: the gazetteer, known bodies, a change of
script, and a given name (`entity_firstnames`) followed by one more word that ends the
run. An institution's own words ("МИД Германии", "Ministerstwo Obrony") stay together.
"""

from __future__ import annotations

from collections.abc import Callable

from newsdesk.enrich.entities_lexicon import COUNTRY_ABBREVIATIONS, PLACE_PREPS
from newsdesk.enrich.entity_firstnames import is_first_name
from newsdesk.enrich.entity_resolve import known_body
from newsdesk.enrich.entity_rules import DocContext
from newsdesk.enrich.entity_splits import state_place
from newsdesk.enrich.entity_words import adjectival_pair, org_head_word
from newsdesk.enrich.gazetteer import Gazetteer, Place
from newsdesk.enrich.identity import SLAVIC, phrase_key
from newsdesk.enrich.names import Token

Piece = tuple[list[Token], Place | None]
_VOWELS = frozenset("aeiouyáéíóúýěąęůаеёиоуыэюяіїєьй")
# Genitive plural endings, which end in a consonant too ("Badań Ekonomicznych").
_GENITIVE_PLURAL = ("ych", "ich", "ých", "ích", "ów", "ań", "ых", "их", "ов", "ев", "ів", "ей")
IsCommon = Callable[[Token], bool]


def pieces(run: list[Token], place: Place | None, ctx: DocContext, gaz: Gazetteer,
           prev_words: list[str] | None = None,
           common: IsCommon | None = None) -> list[Piece]:
    """The names of `run` with the place each names (see module doc)."""
    if place is not None or len(run) == 1:
        return [(run, place or gaz.lookup([run[0].text], ctx.lang))]
    state = state_place(run, gaz, ctx.lang)
    if state is not None:
        return [(run, state)]  # "Республики Беларусь": one name, not a town and a country
    if len(run) == 2 and adjectival_pair(run, ctx.lang):
        return [(run, _region(run, ctx, gaz))]
    cut = _script_change(run) or _person_start(run, ctx, common)
    if cut and not _script_change(run) and _given_name_shape(run[cut - 1], ctx, gaz) and (
            cut == 1 or gaz.lookup([run[cut - 2].text], ctx.lang) is not None):
        cut -= 1  # "(в Москве) Джамал Насир Гарвал": one person, three names
    if cut:
        return [*pieces(run[:cut], None, ctx, gaz, prev_words, common),
                *pieces(run[cut:], None, ctx, gaz, None, common)]
    last = run[-1]
    if last.is_allcaps and len(last.text) <= 5 and not org_head_word(last.text) and not any(
            t.is_allcaps for t in run[:-1]):
        return [*pieces(run[:-1], None, ctx, gaz), ([last], None)]  # "d'État TASS"
    if known_body([run[0].text], ctx.lang) is not None:
        return [([run[0]], None), *pieces(run[1:], None, ctx, gaz)]
    for k in range(len(run) - 1):
        if k > 1 or (k == 1 and not (run[0].is_allcaps or org_head_word(run[0].text))):
            break
        head = gaz.lookup([run[k].text], ctx.lang) or _abbreviated(run[k].text)
        if head is not None and head.kind == "city" and (not (
                k == 0 and prev_words and prev_words[0] in PLACE_PREPS) or is_first_name(
                run[k].text, ctx.lang)):
            continue  # "Volodymyr Zelenskyj": a first name that is also a town
        if head is not None and head.kind != "org":
            left = run[: k + 1]
            return [(left, head if k == 0 else None), *pieces(run[k + 1:], None, ctx, gaz)]
    if len(run) == 2 and not org_head_word(run[0].text):
        tail = gaz.lookup([run[1].text], ctx.lang)
        if tail is not None and tail.kind == "country":
            return [([run[0]], None), ([run[1]], tail)]
    return [(run, None)]


def _region(run: list[Token], ctx: DocContext, gaz: Gazetteer) -> Place | None:
    """A place named by an adjective and a country or region ("Europy Środkowej"): a
    place of its own, not the country."""
    for tok in run:
        place = gaz.lookup([tok.text], ctx.lang)
        if place is not None and place.kind in ("country", "region"):
            words = [t.text for t in run]
            return Place("n:" + phrase_key(words, ctx.lang), " ".join(words), 0, "region")
    return None


def _script(token: Token) -> str:
    letter = next((ch for ch in token.text if ch.isalpha()), "a")
    return "cyrillic" if "\u0400" <= letter <= "\u04ff" else "latin"


def _script_change(run: list[Token]) -> int:
    """Index of the first word written in another script than the one before it, or 0."""
    for k in range(1, len(run)):
        if _script(run[k]) != _script(run[k - 1]):
            return k
    return 0


def _person_start(run: list[Token], ctx: DocContext, common: IsCommon | None) -> int:
    """Index where "given name + surname" ends the run after other words, or 0: the given
    name is no common word and the word before it is not a given name ("Anna Maria")."""
    if len(run) < 3:
        return 0
    k = len(run) - 2
    name, surname, before = run[k], run[-1], run[k - 1]
    if surname.is_allcaps or not surname.is_cap or "-" in name.text:
        return 0
    if not is_first_name(name.text, ctx.lang) or is_first_name(before.text, ctx.lang):
        return 0
    if common is not None and (common(name) or common(surname)):
        return 0
    return k


def _given_name_shape(word: Token, ctx: DocContext, gaz: Gazetteer) -> bool:
    """A lone unknown word before "given name + surname" in a Slavic article, ending in a
    consonant: a body or place there stands in the genitive ("Gazpromu Aleksiej Miller",
    "МИД Сергея Лаврова" is capitals), so a word in the bare stem form is the person's
    first given name that the lexicon lacks (foreign names, transliterated). A body recurs in
    the article on its own; a first given name does not."""
    text = word.text
    return ctx.lang in SLAVIC and not word.is_allcaps and len(text) > 3 and text.isalpha() \
        and text[-1].lower() not in _VOWELS and not text.lower().endswith(_GENITIVE_PLURAL) \
        and not org_head_word(text) \
        and known_body([text], ctx.lang) is None and gaz.lookup([text], ctx.lang) is None \
        and gaz.demonym(text, ctx.lang) is None and ctx.text.count(text) == 1


def _abbreviated(word: str) -> Place | None:
    code = COUNTRY_ABBREVIATIONS.get(word)
    return Place(f"cc:{code}", code, 10**9, "country") if code else None
