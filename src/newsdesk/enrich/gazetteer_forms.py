"""Nominative forms of inflected place names, and names that only look like a place.

Split from `gazetteer`: an inflected form is found by removing the case ending and
trying the nominative endings of the language ("w Moskwie" -> Moskwa, "в Киеве" -> Киев,
"Білоруссю" -> Білорусь).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsdesk.enrich.identity import ENDINGS, fold

# Nominative endings tried after a case ending was removed, per language.
_RESTORE: dict[str, tuple[str, ...]] = {
    "pl": ("", "a", "o", "y", "e", "i"), "cs": ("", "o", "a", "y", "e"),
    "sk": ("", "o", "a", "y"), "sl": ("", "a", "o"), "hr": ("", "a", "o"),
    "ru": ("", "а", "я", "ия", "ь", "ы", "и"), "uk": ("", "а", "я", "ь", "и", "і"),
    "be": ("", "а", "я", "ь"), "bg": ("", "а", "я"),
}
# A soft consonant doubled before the instrumental "-ю" ("Білоруссю" <- Білорусь).
_DOUBLED = tuple((c + c, c) for c in "сзлнтдцчж")
# Consonant alternations before a locative ending ("Polsce" <- Polska, "Praze" <- Praha).
_ALTERNATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "pl": (("c", "k"), ("dz", "g"), ("rz", "r"), ("sz", "ch"), ("ni", "n"), ("ci", "t")),
    "cs": (("c", "k"), ("z", "h"), ("ř", "r"), ("š", "ch")),
    "sk": (("c", "k"), ("z", "h")),
    "ru": (("ь", ""),), "uk": (("ь", ""), ("і", "о"), ("і", "е"), *_DOUBLED),
}

# Adjectival surname endings ("Зеленский", "Kowalski", "Novotný"): GeoNames keeps such old
# or local names for a few towns, and a person is far likelier.
_SURNAME_LIKE = re.compile(r"(?:ск(?:ий|ого|ому|им|ом)|цк(?:ий|ого|ому|им|ом)|ськ(?:ий|ого|ому|им)|"
                           r"ski(?:ego|emu|m)?|cki(?:ego|emu|m)?|ský|ského|ském|skému)$")
_SMALL_TOWN = 500_000

# Starts of Slavic country adjectives whose country's name starts otherwise ("немецкий" -
# Германия, "британский" - Великобритания, "американский" - США, "английский", "голландский",
# "brytyjski" - Wielka Brytania): the gazetteer's prefixes come from the names only, and
# all are folded to ASCII.
ADJECTIVE_ONLY_PREFIXES = frozenset({"nem", "bri", "bry", "ame", "ang", "gol", "hol"})


def surname_like(word: str, kind: str, population: int) -> bool:
    """A town of under half a million found by a word shaped like a surname."""
    return kind == "city" and population < _SMALL_TOWN and bool(
        _SURNAME_LIKE.search(word.lower()))


def inflection_bases(word: str, lang: str | None) -> list[str]:
    """Candidate nominative forms of an inflected name, the word itself first."""
    low = word.lower()
    forms = [low]
    restore = _RESTORE.get(lang or "", ())
    for ending in ENDINGS.get(lang or "", ()):
        if not low.endswith(ending) or len(low) - len(ending) < 3:
            continue
        base = low[: len(low) - len(ending)]
        bases = [base] + [base[: -len(a)] + b for a, b in _ALTERNATIONS.get(lang or "", ())
                          if base.endswith(a)]
        forms += [b + r for b in bases for r in restore]
    return forms


@lru_cache(maxsize=65536)
def country_adjective(low: str, prefixes: frozenset[str]) -> bool:
    match = ADJECTIVE_FORM.fullmatch(low)
    if match is None:
        return False
    stem = re.sub(r"[^a-z]", "", fold(match.group(1)))
    need = 3 if len(stem) >= 3 else len(stem)
    return need >= 2 and stem[:need] in prefixes


ADJECTIVE_FORM = re.compile(r"(\w+?)(?:ськ|цьк|зьк|ск|цк|зк|sk|ck|zk)\w{1,4}")
DEMONYM_END = re.compile(
    r"j?an(ie|om|ami|ach|ow)?|c(y|ow|om|ami|ach|i|u|um|e)|ove|ov|ow|u|um|ane|anu|anum"
    r"|ian(ie|om|ami|ach|ow)?|czy(cy|kow|kom)|any|anech"  # "Evropany"
    r"|in(ow|ie|i|om|ami|ach)|ejczy(k|cy|kow|kom|kami|kach)")  # "Białorusinów", "Europejczyków"


def demonym_stems(name: str) -> list[str]:
    """Country-name stems a demonym starts with: "rosja" -> "rosj", "rusko" -> "rus"."""
    stem = name.rstrip("aeiouy")
    stems = [stem] if len(stem) >= 4 else []
    for tail in ("sk", "k"):
        if stem.endswith(tail) and len(stem) - len(tail) >= 3:
            stems.append(stem[: -len(tail)])
    return stems
