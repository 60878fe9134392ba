"""Regex patterns for time expressions, built from one language's lexicon.

Each rule finds one *shape* of expression (day-month-year, "N units ago", a weekday with
an optional part of day, ...) and names its pieces with regex groups; `times_resolve`
turns the pieces into a TIMEX3 value. Rules may overlap: the caller keeps the longest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from newsdesk.enrich.timelex import Lexicon, lexicon
from newsdesk.enrich.times_compare import shift_rules
from newsdesk.enrich.times_holidays import POST_MODS, PRE_MODS
from newsdesk.enrich.times_holidays import names as holiday_names
from newsdesk.enrich.times_periods import period_rules

_B = r"(?<![\w'])"  # no word character (or elided article) right before
_E = r"(?![\w])"
YEAR = r"(?P<y>1[6-9]\d\d|20\d\d)(?![\d,.]\d)"


def alt(words: Iterable[str]) -> str:
    """One regex alternative of `words`, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    parts = [re.escape(w).replace(r"\ ", r"\s+") for w in ordered if w]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _rules(lx: Lexicon) -> list[tuple[str, str]]:
    month, wd, unit = alt(lx.months), alt(lx.weekdays), alt(lx.units)
    before = alt({*lx.mods_before, "last", "next", "this", "past", "dernier", "prochain"})
    after = alt({*lx.mods_after, "dernier", "prochain", "passé"})
    num = (r"(?:(?:\d+(?:[.,]\d+)?|" + alt(lx.numbers) + r")(?P<half>\s+1/2|\s*½)?"
           r"(?:\s+more)?)")
    edge = r"(?:" + alt(lx.edges) + r"(?:\s+|-))?"
    approx = r"(?:" + alt(lx.approx) + r"\s+)?"
    part = alt(lx.parts)
    of = r"(?:\s*,?\s*(?:of|de|del|di|du|in|im)?\s*)"
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|\.|º|-?го|-?ого)?"
    clock = (
        r"(?P<h>[01]?\d|2[0-3])(?:(?::|h\s?|\.(?=\d\d\s*(?:Uhr|часа|ч\.|hod)))(?P<mi>[0-5]\d))?"
        r"(?:\s*(?P<ap>[ap]\.\s?m\.|[ap]m\b)|\s*(?P<uhr>Uhr|h|godz\.|год\.|часа|ч\.|hod\.)"
        r"(?!\w))?"
    )
    rules = [
        ("iso", r"(?<![\d-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])"),
        ("numdate", r"(?<![\d./])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[01]?\d)(?P=sep)"
                    r"(?P<y>\d{4})(?![\d])"),
        ("dmy", _B + edge + day + r"\s*(?:de\s+|of\s+)?(?P<mon>" + month + ")" + _E
         + r"(?:" + of + YEAR + ")?"),
        ("mdy", _B + edge + r"(?P<mon>" + month + r")" + _E + r"\s*" + day + r"(?!\d)"
         + r"(?:\s*,?\s*" + YEAR + ")?" + _E),
        ("my", _B + edge + r"(?P<mon>" + month + ")" + _E + r"(?:" + of + YEAR + ")?"),
        ("year", _B + edge + r"(?<![$€£#\d])" + YEAR + _E),
        ("decade", _B + r"(?:the\s+)?(?:(?P<dec>1[6-9]\d0|20\d0)'?s|'(?P<dec2>\d0)s)" + _E),
        ("weekday", _B + r"(?:(?P<mod>" + before + r")\s+)?(?P<wd>"
         + wd + r")(?:\s*(?:,\s*)?(?:in\s+the\s+|am\s+|à\s+la\s+)?(?P<part>" + part + "))?"
         + r"(?:\s+(?P<mod2>" + after + "))?" + _E),
        ("dayword", _B + r"(?P<dw>" + alt(lx.day_words) + r")(?:\s*,?\s*(?:in\s+the\s+)?"
         + r"(?P<part>" + part + "))?" + _E),
        ("relative", _B + edge + r"(?P<rel>" + alt(lx.relative) + ")" + _E),
        ("season", _B + edge + r"(?P<season>" + alt(lx.seasons) + ")" + of + YEAR + _E),
        ("ago", _B + r"(?:" + alt(lx.ago_before) + r")\s+" + approx + r"(?P<n>" + num
         + r")\s+(?P<unit>" + unit + ")" + _E),
        ("ago", _B + approx + r"(?P<n>" + num + r")\s+(?P<unit>" + unit + r")\s+(?:"
         + alt(lx.ago_after) + ")" + _E),
        ("later", _B + r"(?:" + alt(lx.later_before) + r")\s+" + approx + r"(?P<n>" + num
         + r")\s+(?P<unit>" + unit + ")" + _E),
        ("later", _B + r"(?P<n>" + num + r")\s+(?P<unit>" + unit + r")\s+(?:"
         + alt(lx.later_after) + ")" + _E),
        *shift_rules(lx.lang, num, unit),  # before "anaphor": "rok wcześniej" keeps a quarter
        ("duration", _B + approx + r"(?P<n>" + num + r")(?:\s+|-)(?P<unit>" + unit + ")"
         + r"(?:-long|-old)?" + _E),
        ("time", _B + clock + _E),
        ("ref", _B + r"(?P<ref>" + alt(lx.refs) + ")" + _E),
        ("set", _B + r"(?P<set>" + alt(lx.sets) + ")" + _E),
        ("anaphor", _B + edge + r"(?P<ana>" + alt(lx.anaphors) + ")" + _E),
        ("holiday", _B + r"(?:(?P<mod>" + alt(PRE_MODS) + r")\s+)?(?P<hol>"
         + alt(holiday_names(lx.lang)) + r")" + _E + r"(?:\s+(?P<wk>week)|\s*,?\s*" + YEAR
         + r"|\s+(?P<mod2>" + alt(POST_MODS) + r"))?" + _E),
    ]
    if lx.lang == "en":
        rules += [
            ("season", _B + edge + r"(?:the\s+)?(?P<mod>last|this|next|past)\s+"
             r"(?P<season>" + alt(lx.seasons) + ")" + _E),
            ("duration", _B + r"(?:the\s+)(?:past|last|coming|next)\s+(?P<n>)(?P<unit>decade|"
             r"century|year|month|week)" + _E),
            ("duration", r"(?:(?<=\bfor\s)|(?<=\bover\s)|\b(?:recent|coming)\s+)(?P<n>)"
             r"(?P<unit>days|weeks|months|years|decades)(?:-long)?" + _E),
            ("duration", _B + r"(?P<n>)(?P<unit>days|weeks|months|years|decades|hour|day|week|"
             r"month|year)-long" + _E),  # "a day-long meeting" is P1D, "years-long" PXY
            ("noon", _B + r"(?<!high\s)(?P<noon>noon|midday|midnight)" + _E),
        ]
    return (rules + _modified_months(lx, month, edge)
            + period_rules(lx.lang, YEAR, edge, list(lx.year_after)))


def _day(name: str) -> str:
    return r"(?P<" + name + r">[0-3]?\d)(?:st|nd|rd|th|er|\.|º|-?го|-?ого)?(?!\d)"


def _modified_months(lx: Lexicon, month: str, edge: str) -> list[tuple[str, str]]:
    """A month or date whose year a modifier fixes, in every language: "last October",
    "el pasado 3 de marzo", "le 3 mars prochain", "w grudniu ubiegłego roku"."""
    mon = r"(?P<mon>" + month + ")" + _E
    mod, mod2, ymod = (r"(?P<" + name + ">" + alt(words) + ")" for name, words in (
        ("mod", lx.mods_before), ("mod2", lx.mods_after), ("ymod", lx.year_after)))
    of = r"\s*(?:de\s+|of\s+)?"
    return [
        ("month_mod", _B + edge + mod + r"\s+" + mon + r"(?:\s*" + _day("d") + ")?" + _E),
        ("month_mod", _B + edge + mod + r"\s+" + _day("d") + of + mon),
        ("month_mod", _B + edge + r"(?:" + _day("d") + of + ")?" + mon + r"\s+" + mod2 + _E),
        ("month_mod", _B + edge + r"(?:" + _day("d") + of + ")?" + mon + r"(?:\s*"
         + _day("d2") + r")?\s*,?\s*(?:of\s+|de\s+|del\s+|di\s+)?" + ymod + _E),
    ]


@cache
def compiled_rules(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The compiled rules of `lang`; language-independent ones only when it has no lexicon.
    A tuple: the cached value is shared by every caller, so nobody may change it."""
    lx = lexicon(lang)
    if lx is None:  # numeric rules, and quarters/centuries where we know the words
        base = lang.replace("_", "-").split("-")[0].lower()
        rules = [(kind, rx) for kind, rx in _rules(_empty()) if kind in ("iso", "numdate", "time")]
        rules += period_rules(base, YEAR, "", [])
        return tuple((kind, re.compile(rx, re.IGNORECASE)) for kind, rx in rules)
    return tuple((kind, re.compile(rx, re.IGNORECASE)) for kind, rx in _rules(lx))


def _empty() -> Lexicon:
    return Lexicon("xx", {}, frozenset(), {}, {}, {}, {}, {}, {}, {})


def modifier_step(word: str | None, lx: Lexicon) -> int | None:
    """-1 for "last"/"dernier"/"минулого", +1 for "next", None for "this" or no word."""
    if not word:
        return None
    key = norm(word)
    step = lx.mods_before.get(key, lx.mods_after.get(key))
    if step is None:
        step = -1 if key in ("last", "past", "dernier", "passé") else (
            1 if key in ("next", "prochain") else 0)
    return step or None


def norm(word: str) -> str:
    """The lexicon key of a matched word: lower case, single spaces."""
    return " ".join(word.lower().split())
