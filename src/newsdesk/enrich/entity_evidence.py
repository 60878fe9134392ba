"""Evidence about a name from the words and marks right around it.

Small, general signs that decide a name's type or keep it whole, split from
`entity_rules`: a kind of company written before the name ("koncernu Rosněfť"), quotation
marks (Slavic news quotes companies and products, never people), Latin script inside a
Cyrillic article (companies keep their spelling, people are transliterated), and the
capitals of known bodies that another language writes small as a function word ("KE").
Also the article's own word forms that `DocContext` carries.
"""

from __future__ import annotations

from newsdesk.enrich.entities_lexicon import COUNTRY_ABBREVIATIONS, KNOWN_ORGS, ORG_CLASS_NOUNS
from newsdesk.enrich.entity_firstnames import is_first_name
from newsdesk.enrich.entity_words import is_latin
from newsdesk.enrich.names import Candidate, Token, at_sentence_start

# Capitals that abbreviate a known body or country, though also a function word of some
# language written small ("KE" = Komisja Europejska, Czech "ke"; "UE", "EU").
KNOWN_ACRONYMS = frozenset(
    alias for aliases in KNOWN_ORGS.values() for alias in aliases
    if alias.isupper() and " " not in alias) | frozenset(COUNTRY_ABBREVIATIONS)
_OPEN_QUOTES = frozenset('"«„“')
_CLOSE_QUOTES = frozenset('"»“”')
_CYRILLIC_LANGS = frozenset({"ru", "uk", "bg", "be", "mk"})


def org_by_apposition(words: list[str], cand: Candidate, lang: str | None) -> bool:
    """A kind of company or institute stands right before the name ("koncernu Rosněfť",
    "podnik Gazprom", "institutu Forsa"): the text itself says what the name is."""
    return bool(cand.prev) and cand.prev[0].startswith(ORG_CLASS_NOUNS) and not is_first_name(
        words[0], lang)


def quoted(tokens: list[Token], text: str) -> bool:
    """The name stands in quotation marks, as Slavic news writes companies and products,
    never people ("„Нафтогаз“", "«Газпром»")."""
    start, end = tokens[0].start, tokens[-1].end
    return start > 0 and end < len(text) and text[start - 1] in _OPEN_QUOTES and \
        text[end] in _CLOSE_QUOTES


def foreign_script_body(words: list[str], lang: str | None) -> bool:
    """Latin-script words in a Cyrillic-script article, not starting with a given name:
    such news transliterates people's names ("Хайко Маас") but keeps the Latin spelling of
    companies, brands and bodies ("Anglo American", "Allseas Group")."""
    return lang in _CYRILLIC_LANGS and all(is_latin(w) for w in words) and not is_first_name(
        words[0], lang)


def doc_forms(text: str, tokens: list[Token]) -> tuple[frozenset[str], frozenset[str]]:
    """The article's lowercase words, and its words capitalised mid-sentence."""
    lower = frozenset(t.text for t in tokens if t.text[:1].islower())
    capital = frozenset(t.text for t in tokens
                        if t.text[:1].isupper() and not at_sentence_start(text, t.start))
    return lower, capital
