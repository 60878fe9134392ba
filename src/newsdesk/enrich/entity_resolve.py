"""From typed name spans to mentions with one identity across articles and languages.

Within an article: a lone surname takes the identity and type of the full name it
shortens ("Witkoff" -> "Steve Witkoff"), an acronym the identity of the spelled-out name
it abbreviates, and every mention of one entity gets the entity's majority type. Across
articles the identity is `canonical_id`: the gazetteer's id for places and countries,
a known body's id, else the orthographic key of the name (`identity`), a person's being
the key of the surname alone.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from newsdesk.enrich.entities_lexicon import COUNTRY_ABBREVIATIONS, KNOWN_ORGS
from newsdesk.enrich.entity_memory import TypeMemory
from newsdesk.enrich.entity_rules import acronym_index
from newsdesk.enrich.gazetteer import Place, gazetteer
from newsdesk.enrich.identity import fold, person_key, phrase_key, strip_ending
from newsdesk.enrich.names import tokenize
from newsdesk.model import Mention


def _stems(words: list[str], lang: str | None) -> str:
    """Inflected forms meet: "Unii Europejskiej" = "Unia Europejska"."""
    return " ".join(fold(strip_ending(w, lang)) for w in words)


_KNOWN_ORG_INDEX = {fold(alias): name for name, aliases in KNOWN_ORGS.items()
                    for alias in (name, *aliases)}
_STEMMED_ORG_INDEX = {_stems(alias.split(), lang): name for name, aliases in KNOWN_ORGS.items()
                      for alias in aliases for lang in ("pl", "cs", "sk", "ru", "uk", "bg")}


UNSURE = "?"  # a word that is a name only if it shortens a person's name of the article


@dataclass
class Span:
    """A typed name span before identity resolution."""

    start: int
    end: int
    words: list[str]
    type: str
    place: Place | None = None
    fixed: str | None = None  # an id decided by a lexicon (known body, country abbreviation)
    fixed_name: str | None = None
    weak: bool = False  # the type is only the default guess for an unknown word
    sure: bool = False  # the text names the kind right before ("koncern X"): outvotes guesses


def known_body(words: list[str], lang: str | None) -> tuple[str, str] | None:
    """(id, English name) of a well-known body or a country abbreviation, or None."""
    return _known_body(tuple(words), lang)


@lru_cache(maxsize=65536)
def _known_body(words: tuple[str, ...], lang: str | None) -> tuple[str, str] | None:
    """`known_body`, remembered: it is asked about every candidate run of every article."""
    text = " ".join(words)
    if text in COUNTRY_ABBREVIATIONS:
        code = COUNTRY_ABBREVIATIONS[text]
        return f"cc:{code}", Locale.parse("en").territories.get(code, code)
    name = _KNOWN_ORG_INDEX.get(fold(text))
    if name is None:
        name = _STEMMED_ORG_INDEX.get(_stems(list(words), lang))
    return (f"org:{name}", name) if name else None


def canonical_id(name: str, type: str, lang: str | None) -> str:
    """The cross-language identity of a name of the given type (see module doc)."""
    words = [t.text for t in tokenize(name)]
    if not words:
        return "n:" + fold(name).strip()
    known = known_body(words, lang)
    if known is not None:
        return known[0]
    if type != "PER":
        place = gazetteer().lookup(words, lang)
        if place is not None:
            return place.id
    return _key_id(words, type, lang)


def _key_id(words: list[str], type: str, lang: str | None) -> str:
    key = person_key(words, lang) if type == "PER" else phrase_key(words, lang)
    return "n:" + key


def resolve(spans: list[Span], text: str, lang: str | None,
            memory: TypeMemory | None = None) -> list[Mention]:
    """Mentions with in-article coreference, majority types, ids and display names;
    `memory` lends lone words the type their entity had in earlier articles."""
    surnames = {person_key(s.words, lang): s for s in spans if s.type == "PER" and len(s.words) > 1}
    acronyms = acronym_index([s.words for s in spans if len(s.words) > 2 and s.type == "ORG"])
    ids: list[str] = []
    for span in spans:
        ids.append(_span_id(span, surnames, acronyms, lang))
    if memory is not None:
        _remember(spans, ids, memory)
    kept = [(s, i_d) for s, i_d in zip(spans, ids, strict=False) if s.type != UNSURE]
    spans, ids = [s for s, _ in kept], [i_d for _, i_d in kept]
    types = _majority_types(spans, ids)
    names = _display_names(spans, ids)
    return [Mention(s.start, s.end, text[s.start:s.end], types[i], i_d, names[i_d])
            for i, (s, i_d) in enumerate(zip(spans, ids, strict=False))]


def _remember(spans: list[Span], ids: list[str], memory: TypeMemory) -> None:
    """Teach `memory` the types that rest on evidence; retype the guesses it knows better."""
    for span, i_d in zip(spans, ids, strict=False):
        if span.fixed or span.place is not None or (len(span.words) > 1 and not span.weak):
            if span.type not in (UNSURE, "MISC"):
                memory.learn(i_d, span.type)
        elif len(span.words) == 1 and (span.weak or span.type == UNSURE):
            known = memory.type_of(i_d)
            if known is not None:
                span.type, span.weak = known, False


def _span_id(span: Span, surnames: dict[str, Span], acronyms: dict[str, list[str]],
             lang: str | None) -> str:
    if span.fixed:
        return span.fixed
    if span.place is not None and span.type != "PER":
        return span.place.id
    if len(span.words) == 1:
        key = person_key(span.words, lang)
        if key in surnames and span.type != "LOC":
            span.type = "PER"
            return "n:" + key
        spelled = acronyms.get(fold(span.words[0])) if len(span.words[0]) >= 2 else None
        if spelled is not None:
            return _key_id(spelled, "ORG", lang)
    return _key_id(span.words, span.type, lang)


def _majority_types(spans: list[Span], ids: list[str]) -> list[str]:
    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for span, i_d in zip(spans, ids, strict=False):
        if span.fixed and span.type == "PER":
            continue  # "Rusové" shares the country's id, but says nothing of "Ruska"'s type
        weight = 0.0 if span.type == "MISC" else 4 if span.place else 1 if span.weak else \
            3 if span.sure else 2
        votes[i_d][span.type] += weight
    out = []
    for span, i_d in zip(spans, ids, strict=False):
        kind, weight = max(votes[i_d].items(), key=lambda kv: kv[1], default=(span.type, 0.0))
        out.append(kind if weight > 0 and not span.fixed else span.type)
    return out


def _display_names(spans: list[Span], ids: list[str]) -> dict[str, str]:
    """English name when known, else the longest, most frequent, shortest-spelled form."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    fixed: dict[str, str] = {}
    for span, i_d in zip(spans, ids, strict=False):
        if span.fixed_name:
            fixed[i_d] = span.fixed_name
        elif span.place is not None and i_d == span.place.id:
            fixed[i_d] = span.place.name
        forms[i_d][" ".join(span.words)] += 1
    names = {}
    for i_d, counter in forms.items():
        names[i_d] = fixed.get(i_d) or max(
            counter, key=lambda f: (len(f.split()), counter[f], -len(f)))
    return names
