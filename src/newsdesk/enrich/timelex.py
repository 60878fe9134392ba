"""Per-language words for time expressions: the data `times_grammar` builds its patterns from.

Month and weekday names come from babel's CLDR data (both the nominative 'stand-alone' and
the inflected 'format' forms, e.g. Polish "grudzień"/"grudnia"), so spelling stays right;
everything CLDR does not carry (locative months, accusative weekdays, "yesterday",
"il y a", number words, duration units) is written here by hand, one small table per
language. Words are stored lower-case; matching is case-insensitive except where the
grammar says otherwise (English "May"/"March" must be capitalised).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from babel.dates import get_day_names, get_month_names

from newsdesk.enrich.timelex_data import DE, EN, ES, FR, IT
from newsdesk.enrich.timelex_more import BG, CS
from newsdesk.enrich.timelex_slavic import PL, RU, UK

LANG_DATA: dict[str, dict[str, str]] = {
    "en": EN, "fr": FR, "de": DE, "pl": PL, "uk": UK, "ru": RU, "es": ES, "it": IT,
    "cs": CS, "bg": BG,
}
LANGS = tuple(LANG_DATA)


@dataclass(frozen=True)
class Lexicon:
    """All words of one language, each mapped to what it means."""

    lang: str
    months: dict[str, int]  # surface form -> 1..12
    short_months: frozenset[str]  # abbreviations ("sie", "mar"), too ambiguous alone
    weekdays: dict[str, int]  # surface form -> 0 (Monday)..6
    day_words: dict[str, int]  # "yesterday" -> -1
    parts: dict[str, str]  # "evening" -> "EV" (TIMEX3 part of day)
    units: dict[str, str]  # "years" -> "Y"; codes Y M W D H MIN S DE CE
    numbers: dict[str, int]  # "four" -> 4
    relative: dict[str, tuple[str, int]]  # "last week" -> ("W", -1)
    seasons: dict[str, str]  # "winter" -> "WI"
    ago_before: tuple[str, ...] = ()  # "il y a" N jours
    ago_after: tuple[str, ...] = ()  # N days "ago"
    later_before: tuple[str, ...] = ()  # "dans" N jours
    later_after: tuple[str, ...] = ()  # N days "from now"
    approx: tuple[str, ...] = ()  # "nearly", "près de"
    edges: tuple[str, ...] = ()  # "early", "début": keep the value, widen the span
    refs: dict[str, str] = field(default_factory=dict)  # "now" -> PRESENT_REF
    anaphors: dict[str, tuple[str, int]] = field(default_factory=dict)  # "that day" -> (D, 0)
    sets: dict[str, str] = field(default_factory=dict)  # "daily" -> P1D (TIMEX3 SET)
    at_words: tuple[str, ...] = ()  # "at", "à", "о": join a clock time to its day
    mods_before: dict[str, int] = field(default_factory=dict)  # "last" March/Monday -> -1
    mods_after: dict[str, int] = field(default_factory=dict)  # mars "dernier" -> -1
    year_after: dict[str, int] = field(default_factory=dict)  # March "of last year" -> -1
    future_cues: str = r"(?!)"  # regex: sentence speaks of the future
    past_cues: str = r"(?!)"  # regex: sentence speaks of the past


_FOLD = str.maketrans({"ʼ": "'", "’": "'", "‘": "'", "\u00a0": " ", "\u2011": "-"})


def fold(text: str) -> str:
    """Text with apostrophe and space variants made plain, keeping every offset.

    Ukrainian "пʼятниця" is written with ʼ, ’ or '; each maps to one character so the
    folded text can be matched and its offsets used on the original.
    """
    return text.translate(_FOLD)


def _words(text: str) -> list[str]:
    return [fold(w.replace("_", " ")) for w in text.split()]


def _table(text: str) -> dict[str, int]:
    """'one=1 two=2' -> {'one': 1, 'two': 2}; several forms may share a value: 'un|une=1'."""
    out: dict[str, int] = {}
    for item in text.split():
        forms, value = item.split("=")
        for form in forms.split("|"):
            out[fold(form.replace("_", " ")).lower()] = int(value)
    return out


def _str_table(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in text.split():
        forms, value = item.split("=")
        for form in forms.split("|"):
            out[fold(form.replace("_", " ")).lower()] = value
    return out


def _relative(text: str) -> dict[str, tuple[str, int]]:
    """'last_week=W-1 next_month=M+1' -> {'last week': ('W', -1), ...}."""
    out: dict[str, tuple[str, int]] = {}
    for item in text.split():
        forms, value = item.split("=")
        sign = "+" if "+" in value else "-"
        unit, offset = value.split(sign)
        for form in forms.split("|"):
            key = fold(form.replace("_", " ")).lower()
            out[key] = (unit, int(offset) * (1 if sign == "+" else -1))
    return out


def _cldr_months(lang: str, widths: tuple[Literal['wide', 'abbreviated'], ...]) -> dict[str, int]:
    out: dict[str, int] = {}
    for width in widths:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, lang).items():
                name = fold(name.lower().rstrip("."))
                if len(name) >= 3:
                    out[name] = int(number)
                    if width == "abbreviated":
                        out[name + "."] = int(number)
    return out


def _cldr_weekdays(lang: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in get_day_names("wide", context, lang).items():
            out[fold(name.lower())] = int(number)
    return out


@cache
def lexicon(lang: str) -> Lexicon | None:
    """The lexicon of `lang` ("fr", "fr-CA" and "fr_FR" alike), None when we have none."""
    base = lang.replace("_", "-").split("-")[0].lower()
    if base not in LANGS:
        return None
    raw = LANG_DATA[base]
    months = _cldr_months(base, ("wide",)) | _table(raw.get("months", ""))
    short = {k: v for k, v in _cldr_months(base, ("abbreviated",)).items() if k not in months}
    weekdays = _cldr_weekdays(base) | _table(raw.get("weekdays", ""))
    return Lexicon(
        lang=base,
        months=months | short,
        short_months=frozenset(short),
        weekdays=weekdays,
        day_words=_table(raw["day_words"]),
        parts=_str_table(raw["parts"]),
        units=_str_table(raw["units"]),
        numbers=_table(raw["numbers"]),
        relative=_relative(raw["relative"]),
        seasons=_str_table(raw["seasons"]),
        ago_before=tuple(_words(raw.get("ago_before", ""))),
        ago_after=tuple(_words(raw.get("ago_after", ""))),
        later_before=tuple(_words(raw.get("later_before", ""))),
        later_after=tuple(_words(raw.get("later_after", ""))),
        approx=tuple(_words(raw.get("approx", ""))),
        edges=tuple(_words(raw.get("edges", ""))),
        refs=_str_table(raw.get("refs", "")),
        anaphors=_relative(raw.get("anaphors", "")),
        sets=_str_table(raw.get("sets", "")),
        at_words=tuple(_words(raw.get("at_words", ""))),
        mods_before=_table(raw.get("mods_before", "")),
        mods_after=_table(raw.get("mods_after", "")),
        year_after=_table(raw.get("year_after", "")),
        future_cues=raw.get("future", r"(?!)"),
        past_cues=raw.get("past", r"(?!)"),
    )
