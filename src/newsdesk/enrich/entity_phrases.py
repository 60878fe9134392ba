"""Names that are not runs of capitalised words: phrases built around a country.

Slavic news names institutions and events with lowercase words around a place:
"ukrajinská armáda", "rosyjskiej armii", "российский МИД" (a country adjective and an
institution noun: ORG), "wojna na Ukrainie", "inwazji na Ukrainę", "ruské invaze" (a war
or invasion noun with its country: EVT), "МИД Германии", "Ministerstwo Obrony Ukrainy" (an
institution followed by the country it belongs to, in the genitive: one ORG). These are
general patterns of the languages, found from closed word classes (the nouns below) and
the gazetteer's country names (`Gazetteer.is_country_adjective`), never from lists of
particular names. The pass runs after the capitalisation rules and replaces the spans it
covers.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from newsdesk.enrich.entity_bodies import with_place_institutions, with_treaties
from newsdesk.enrich.entity_resolve import Span
from newsdesk.enrich.entity_treaties import with_titled_treaties
from newsdesk.enrich.names import Token

# Institution nouns that a country adjective turns into an organisation.
_INSTITUTION = re.compile(
    r"(?:armi|armád|wojsk|vojsk|rząd|władz|vlád|арми|армі|войск|військ|правительств|"
    r"правителств|уряд|влад[аиіуо]|властей|власти|дипведомств|štáb|sztab|штаб)\w{0,4}")
# Words that may stand between the adjective and the noun, or after the noun ("siły zbrojne").
# Ministries, which take the country adjective into their name ("российский МИД").
_MINISTRY = re.compile(r"(?:minist|міністерств|министерств|мид|мвд|мзс|msz|mzv|мвс)\w*")
_INSTITUTION_PART = re.compile(
    r"(?:zbrojn|ozbrojen|вооруж[её]нн|збройн|generáln|generaln|генеральн|sił[ay]?$|síl[ay]?$|"
    r"сил[ыаи]?$|силами$|сили$)\w{0,4}")
# War, invasion and aggression nouns; the first group also names an event with its place.
_WAR = re.compile(r"(?:wojn|válk|войн|війн|inwazj|invaz|вторжени|вторгненн|agresj|agres[ei]|"
                  r"агресси|агресі|atak|ataku)\w{0,3}")
_INVASION = re.compile(r"(?:inwazj|invaz|вторжени|вторгненн|agresj|agres[ei]|агресси|агресі)"
                       r"\w{0,3}")
# "war in/on": the place of a named war; "war against Ukraine" is not a name.
_EVENT_PREPS = frozenset({"na", "w", "we", "v", "ve", "в", "во", "на", "у"})

IsCountryAdjective = Callable[[str], bool]


def with_phrases(text: str, tokens: list[Token], spans: list[Span],
                 country_adjective: IsCountryAdjective,
                 inflected: Callable[[str], bool]) -> list[Span]:
    """`spans` with the phrases of the module doc added (covered spans are dropped).
    `inflected(word)`: the word is a place name in another case than the nominative."""
    _type_coordinated_places(text, spans)
    found = _institutions(text, tokens, spans, country_adjective)
    found += _events(text, tokens, spans, country_adjective)
    found += _institutions_of_countries(text, spans, inflected)
    found += with_place_institutions(text, tokens, spans)
    found += with_treaties(text, tokens, spans)
    found += with_titled_treaties(text, tokens)
    if not found:
        return spans
    kept: list[Span] = []
    for phrase in sorted(found, key=lambda s: (s.start, -(s.end - s.start))):
        if not any(p.start < phrase.end and phrase.start < p.end for p in kept):
            kept.append(phrase)
    rest = [s for s in spans if not any(p.start < s.end and s.start < p.end for p in kept)]
    return sorted(rest + kept, key=lambda s: s.start)


def _near(text: str, a: Token | Span, b: Token | Span) -> bool:
    return text[a.end:b.start] in (" ", "\u00a0")


def _institutions(text: str, tokens: list[Token], spans: list[Span],
                  adjective: IsCountryAdjective) -> list[Span]:
    """"ukrajinská armáda", "armii rosyjskiej", "rosyjskie siły zbrojne", "российский МИД"."""
    out: list[Span] = []
    org_at = {s.start: s for s in spans if s.type == "ORG" and s.place is None
              and _MINISTRY.fullmatch(s.words[0].lower())}
    for i, tok in enumerate(tokens):
        if not adjective(tok.text):
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or not _near(text, tok, nxt):
            pass
        elif nxt.start in org_at:
            org = org_at[nxt.start]
            out.append(Span(tok.start, org.end, [tok.text, *org.words], "ORG"))
            continue
        else:
            end = _institution_end(text, tokens, i + 1)
            if end is not None:
                words = [t.text for t in tokens[i:end + 1]]
                out.append(Span(tok.start, tokens[end].end, words, "ORG"))
                continue
        prev = tokens[i - 1] if i else None
        if prev is not None and _near(text, prev, tok) and _INSTITUTION.fullmatch(
                prev.text.lower()):
            out.append(Span(prev.start, tok.end, [prev.text, tok.text], "ORG"))
    return out


def _institution_end(text: str, tokens: list[Token], i: int) -> int | None:
    """Index of the last token of an institution phrase starting at `i`, or None: up to
    three words, each an institution noun or part ("siły zbrojne"), with a noun or two parts."""
    last, nouns = None, 0
    for k in range(i, min(i + 3, len(tokens))):
        low = tokens[k].text.lower()
        if (k > i and not _near(text, tokens[k - 1], tokens[k])) or not (
                _INSTITUTION.fullmatch(low) or _INSTITUTION_PART.match(low)):
            break
        nouns += bool(_INSTITUTION.fullmatch(low))
        last = k
    if last is None or (nouns == 0 and last == i):
        return None
    return last


def _events(text: str, tokens: list[Token], spans: list[Span],
            adjective: IsCountryAdjective) -> list[Span]:
    """"wojna na Ukrainie", "ataku Rosji na Ukrainę", "ruské invaze"."""
    out: list[Span] = []
    loc_at = {s.start: s for s in spans if s.type == "LOC"}
    for i, tok in enumerate(tokens):
        low = tok.text.lower()
        if not _WAR.fullmatch(low):
            continue
        start = tok.start
        if i and adjective(tokens[i - 1].text) and _near(text, tokens[i - 1], tok) \
                and _INVASION.fullmatch(low):
            start = tokens[i - 1].start
        j = i + 1
        if j < len(tokens) and tokens[j].start in loc_at and _near(text, tok, tokens[j]):
            j = _index_after(tokens, loc_at[tokens[j].start].end, j)  # "ataku Rosji na"
        place = None
        if j + 1 < len(tokens) and tokens[j].text.lower() in _EVENT_PREPS \
                and _near(text, tokens[j - 1], tokens[j]) and tokens[j + 1].start in loc_at:
            place = loc_at[tokens[j + 1].start]
        end = place.end if place is not None else tok.end if start < tok.start else None
        if end is not None:
            out.append(Span(start, end, text[start:end].split(), "EVT"))
    return out


def _index_after(tokens: list[Token], end: int, j: int) -> int:
    while j < len(tokens) and tokens[j].start < end:
        j += 1
    return j


def _institutions_of_countries(text: str, spans: list[Span],
                               inflected: Callable[[str], bool]) -> list[Span]:
    """"МИД Германии", "Ministerstwo Obrony Ukrainy": an institution (not an unknown
    word, which may be a company) and its country in the genitive (or an acronym)."""
    out = []
    for a, b in itertools.pairwise(spans):
        country = (b.place is not None and b.place.kind == "country") or (
            b.fixed is not None and b.fixed.startswith("cc:"))
        if a.type == "ORG" and a.place is None and not a.fixed and not a.weak and country \
                and len(b.words) == 1 and _near(text, a, b) and (
                    b.words[0].isupper() or inflected(b.words[0])):
            out.append(Span(a.start, b.end, [*a.words, *b.words], "ORG"))
    return out


_AND = re.compile(r"(?:,| (?:i|a|oraz|und|и|і|та|й|или|або|lub|nebo|či)) ")


def _type_coordinated_places(text: str, spans: list[Span]) -> None:
    """An unknown word in a list with a known place is a place too ("w Rosji i Niemczech",
    "в Англии, Швейцарии и Нидерландах"): retype such weak guesses."""
    for a, b in itertools.pairwise(spans):
        if not _AND.fullmatch(text[a.end:b.start]):
            continue
        for weak, known in ((a, b), (b, a)):
            if weak.weak and weak.place is None and known.place is not None \
                    and known.place.kind in ("country", "region"):
                weak.type, weak.weak = "LOC", False
