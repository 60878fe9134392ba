"""Where a speaker phrase after its verb ends: before a time expression or a preposition.

"…," said the minister on Tuesday / », a déclaré le ministre mardi à la presse / – powiedział
minister we wtorek / — заявил министр в интервью …: the inverted subject is a short noun
phrase, and what follows it is an adverbial of time or circumstance, never part of the name.
Without a parser the phrase is cut at the first such word; the time words come from the
time lexicons (timelex.py), the prepositions below open circumstance adverbials ("in a
statement", "à la presse", "w rozmowie z", "в интервью"). Prepositions that build titles
("minister of finance", "ministre de l'Intérieur", "министр по делам", "міністр з питань",
"Minister für") are left out on purpose.
"""

from __future__ import annotations

import re
from functools import cache

from newsdesk.enrich.timelex import lexicon

# Prepositions opening an adverbial after an inverted subject, per language.
_PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"on", "in", "at", "to", "during", "after", "before", "via", "earlier",
                     "later"}),
    "fr": frozenset({"à", "au", "aux", "lors", "dans", "devant", "pendant", "après", "avant",
                     "sur", "en"}),
    "de": frozenset({"am", "im", "in", "an", "auf", "bei", "beim", "gegenüber", "vor", "nach",
                     "während", "zum"}),
    "es": frozenset({"a", "al", "ante", "en", "durante", "tras", "después", "antes"}),
    "it": frozenset({"a", "al", "ai", "alla", "alle", "in", "nel", "nella", "durante", "dopo",
                     "prima"}),
    "pt": frozenset({"a", "ao", "aos", "à", "em", "no", "na", "durante", "após"}),
    "nl": frozenset({"op", "in", "tijdens", "na", "tegen", "tegenover", "bij"}),
    "pl": frozenset({"w", "we", "na", "podczas", "po", "przed", "dla", "wobec"}),
    "cs": frozenset({"v", "ve", "na", "během", "po", "před", "pro"}),
    "ru": frozenset({"в", "во", "на", "после", "перед"}),
    "uk": frozenset({"у", "в", "на", "під", "після", "перед"}),
    "bg": frozenset({"в", "във", "на", "пред", "след"}),
}
# Words that may close a phrase cut before a time word ("dijo el ministro el martes").
_DETERMINERS = frozenset({"the", "a", "an", "this", "le", "la", "les", "l", "el", "los", "las",
                          "il", "lo", "i", "gli", "o", "os", "de", "het", "der", "die", "das",
                          "den", "dem", "ce", "cette"})
_DIGIT = re.compile(r"\s*\d")


@cache
def time_words(lang: str) -> frozenset[str]:
    """Single words that name a day, month, part of day or a day relative to today."""
    lex = lexicon(lang) if lang else None
    if lex is None:
        return frozenset()
    months = {k for k in lex.months if k not in lex.short_months and not k.endswith(".")}
    words = set(lex.weekdays) | months | set(lex.day_words) | set(lex.parts)
    return frozenset(w for w in words if " " not in w)


@cache
def _months(lang: str) -> frozenset[str]:
    lex = lexicon(lang) if lang else None
    return frozenset(lex.months) if lex else frozenset()


@cache
def _modifiers(lang: str) -> frozenset[str]:
    """"last", "next", "прошлый": a time word follows them ("last week")."""
    lex = lexicon(lang) if lang else None
    return frozenset(lex.mods_before) | frozenset(lex.units) if lex else frozenset()


def is_time_name(name: str, lang: str) -> bool:
    """"Tuesday", "Mardi": a name made only of weekday or relative-day words is no speaker
    (months are left to the caller: "May", "August" are also names)."""
    words = [w.lower() for w in re.findall(r"\w[\w’'-]*", name)]
    days = time_words(lang) - _months(lang)
    return bool(words) and all(w in days for w in words)


def _cuts(text: str, words: list[re.Match[str]], k: int, lang: str) -> bool:
    """Whether word `k` opens an adverbial tail."""
    word = words[k].group().lower()
    if word in _PREPOSITIONS.get(lang, frozenset()):
        return True
    nxt = words[k + 1].group().lower() if k + 1 < len(words) else ""
    if word in _modifiers(lang) and nxt in time_words(lang) | _modifiers(lang):
        return True
    if word not in time_words(lang):
        return False
    if word not in _months(lang):
        return True
    # A month cuts after a lower-case word or before a day number ("the minister May 5"),
    # not inside a name ("Theresa May", "Augusto").
    return words[k - 1].group()[:1].islower() or bool(_DIGIT.match(text, words[k].end()))


def opens_tail(text: str, words: list[re.Match[str]], k: int, lang: str) -> bool:
    """Whether word `k` opens a time or circumstance adverbial ("on Tuesday", "in London",
    "last week"); a month at the start does only before a day number ("said May 5")."""
    if k == 0 and words[0].group().lower() in _months(lang):
        return bool(_DIGIT.match(text, words[0].end()))
    return _cuts(text, words, k, lang)


def cut_tail(text: str, words: list[re.Match[str]], lang: str) -> list[re.Match[str]]:
    """The words of an inverted subject before its time or prepositional tail (at least
    one word is kept; a determiner left dangling before the tail goes too)."""
    for k in range(1, len(words)):
        if _cuts(text, words, k, lang):
            kept = words[:k]
            while len(kept) > 1 and kept[-1].group().lower() in _DETERMINERS:
                kept.pop()
            return kept
    return words


def determined_phrase(words: list[re.Match[str]], lang: str) -> bool:
    """"the head of the central bank": a lower-case phrase opened by an article, what an
    inverted subject cut before its tail ("… in London") is. Not "el presidente Bachar"
    (a name cut at "al") nor Spanish "a este diario" ("a" is a preposition there)."""
    first = words[0].group().lower() if words else ""
    return 1 < len(words) <= 8 and first in _DETERMINERS and \
        first not in _PREPOSITIONS.get(lang, frozenset()) and \
        all(w.group()[:1].islower() for w in words)


def skip_leading_time(words: list[re.Match[str]], lang: str) -> list[re.Match[str]]:
    """"a déclaré mardi le ministre", "dijo el martes el ministro", "said on Tuesday": a
    time word right after the verb (maybe after an article or preposition) comes before
    the subject, if any."""
    times = time_words(lang) - _months(lang)
    lead = _DETERMINERS | _PREPOSITIONS.get(lang, frozenset())
    for k, word in enumerate(words[:2]):
        if word.group().lower() in times and all(w.group().lower() in lead for w in words[:k]):
            return words[k + 1:]
    return words
