"""Quarters, half-years and centuries in every language of `timelex_periods`.

Values are TIMEX3's: "2025-Q3", "2025-H1", and a century as its first two digits ("18"
for the 19th century, "20" for this one in 2026). A quarter or half without a year is
placed like a month (`times_resolve.place_month`) but looking further back: quarters are
mostly talked about once they are over (results, comparisons), so "the fourth quarter" in
January is last year's, while "the first quarter" in October is this year's. The
sentence's tense then corrects a placement that contradicts it ("will ... in the first
quarter" in December is next year's; "rose in the first quarter" in January is not a
future quarter). "Q3 2025" and "H1 2025" need their year: a bare "Q3" is as often an Audi
as a quarter. A Roman numeral must be written in capitals ("III kwartał", "XIXe siècle"),
so the Polish conjunction "i" or a stray "vi" never counts.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Protocol

from newsdesk.enrich.timelex import Lexicon
from newsdesk.enrich.timelex_periods import CENTURY_WORDS, PERIODS

Result = tuple[str, str, tuple[int, int] | None] | None
_B = r"(?<![\w'])"
_E = r"(?![\w])"
_ROMAN = {"I": 1, "V": 5, "X": 10}
_LINK = r"(?:(?:of|de|del|di|du|des|do|da|van|von|na|на|w)\s+)?"
_TO_YEAR = {"last": -1, "this": 0, "next": 1}


def _phrases(table: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in table.split():
        forms, value = item.split("=")
        for form in forms.split("|"):
            out[form.replace("_", " ")] = int(value)
    return out


@cache
def relative_centuries() -> dict[str, int]:
    """"last century", "siècle dernier", ... of every language -> offset."""
    out: dict[str, int] = {}
    for words in PERIODS.values():
        out |= _phrases(words.get("century_rel", ""))
    return out


def _alt(forms: list[str]) -> str:
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


def period_rules(lang: str, year: str, edge: str, ymods: list[str]) -> list[tuple[str, str]]:
    """(kind, regex) rules for `lang`; `year` is the grammar's year regex (group `y`),
    `edge` its optional "early"/"début" prefix, `ymods` the "of last year" phrases."""
    words = PERIODS.get(lang)
    rules = [("qcode", _B + r"(?P<code>[QH])(?P<n>[1-4])\s*[/'-]?\s*" + year + _E)]
    if words is None:
        return rules
    ordinal = "(?:" + "|".join(f"(?P<o{n}>{words[f'ord{n}']})" for n in range(1, 5)) + ")"
    mods = [re.escape(w).replace(r"\ ", r"\s+") for w in ymods]
    ymod = r"(?P<ymod>" + (_alt(mods) if mods else "(?!)") + ")"
    tail = (r"(?:\s*,?\s*" + _LINK + r"(?:" + year + r"|" + ymod + r"|(?P<the>the\s+year))"
            + _E + ")")
    fiscal = r"(?:fiscal\s+)?" if lang == "en" else ""
    lead = _B + edge + (r"(?:the\s+)?" if lang == "en" else "") + fiscal + ordinal
    rules.append(("quarter", lead + r"(?:\s+|-)" + fiscal + r"(?:" + words["quarter"] + ")"
                  + _E + tail + "?"))
    rules.append(("half", lead + r"(?:\s+|-)(?:" + words["half"] + ")" + _E
                  + (tail if lang == "en" else tail + "?")))
    rules += _century_rules(lang, words, edge)
    return rules


def _century_rules(lang: str, words: dict[str, str], edge: str) -> list[tuple[str, str]]:
    numeral = (r"(?:(?P<cd>[12]?\d)(?:st|nd|rd|th|e|ème|è|er|\.|-?й|-?го|-?ого|-?ти|-?ия)?"
               r"|(?P<cr>[IVX]{1,5})(?:e|ème|è|\.)?|(?P<cw>"
               + _alt([w.replace(" ", r"\s+") for w in CENTURY_WORDS]) + "))")
    rel = [p.replace(" ", r"\s+") for p in _phrases(words.get("century_rel", ""))]
    rules = [("century", _B + edge + r"(?P<crel>" + _alt(rel) + ")" + _E)] if rel else []
    noun = words.get("century", "century" if lang == "en" else "")
    if noun:
        the = r"(?:the\s+)?" if lang == "en" else ""
        rules.append(("century", _B + edge + the + numeral + r"(?:\s+|-)(?:" + noun + r")"
                      + r"(?!\w)"))
    if "century_after" in words:
        rules.append(("century", _B + edge + r"(?:" + words["century_after"]
                      + r")\s+(?P<cr2>[IVX]{1,5})" + _E))
    return rules


def _ordinal(m: re.Match[str]) -> int | None:
    for n in range(1, 5):
        word = m.group(f"o{n}")
        if word is not None:
            return n if _roman_ok(word.rstrip(".")) else None
    return None


def _roman_ok(word: str) -> bool:
    """Letters I, V, X only count as a Roman numeral in capitals."""
    return not re.fullmatch(r"[ivxIVX]+", word) or word.isupper()


def _roman(text: str) -> int | None:
    if not text.isupper():
        return None
    total = 0
    for i, ch in enumerate(text):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(text) and _ROMAN[text[i + 1]] > value else value
    return total if 1 <= total <= 21 else None


def place_period(ref: date, first: int, months: int, tense: str | None) -> int:
    """The year of the period of `months` months starting in month `first` (module doc)."""
    diff = first + months // 2 - ref.month
    year = ref.year - 1 if diff > 3 else ref.year + 1 if diff < -9 else ref.year
    start = date(year, first, 1)
    end_month = first + months - 1
    if tense == "future" and (year, end_month) < (ref.year, ref.month):
        year += 1
    elif tense == "past" and start > ref:
        year -= 1
    return year


def _year(m: re.Match[str], lx: Lexicon | None, ref: date | None) -> int | None:
    groups = m.groupdict()
    if groups.get("y"):
        return int(groups["y"])
    if groups.get("ymod") and ref is not None:
        key = " ".join(groups["ymod"].lower().split())
        found = lx.year_after.get(key) if lx else None
        return ref.year + (found if found is not None else _TO_YEAR.get(key.split()[0], 0))
    return None


def _period(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None,
            months: int) -> Result:
    n = _ordinal(m)
    if n is None or (months == 6 and n > 2):
        return None
    first = (n - 1) * months + 1
    year = _year(m, lx, ref)
    if year is None:
        if ref is None:
            return None
        year = place_period(ref, first, months, tense)
    code, grain = ("Q", "quarter") if months == 3 else ("H", "half")
    return f"{year:04d}-{code}{n}", grain, None


def quarter(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    return _period(m, lx, ref, tense, 3)


def half(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    return _period(m, lx, ref, tense, 6)


def qcode(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    """"Q3 2025" / "H1 2025": written in capitals, with a year."""
    code, n = m["code"], int(m["n"])
    if not code.isupper() or (code == "H" and n > 2):
        return None
    return f"{m['y']}-{code}{n}", "quarter" if code == "Q" else "half", None


def century(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    groups = m.groupdict()
    if groups.get("crel"):
        if ref is None:
            return None
        offset = relative_centuries()[" ".join(groups["crel"].lower().split())]
        return f"{ref.year // 100 + offset:02d}", "century", None
    if groups.get("cd"):
        number: int | None = int(groups["cd"])
    elif groups.get("cw"):
        number = CENTURY_WORDS.get(" ".join(groups["cw"].lower().split()))
    else:
        number = _roman(groups.get("cr") or groups.get("cr2") or "")
    if number is None or not 1 <= number <= 21:
        return None
    return f"{number - 1:02d}", "century", None


class _Resolver(Protocol):
    def __call__(self, m: re.Match[str], lx: Lexicon | None, ref: date | None,
                 tense: str | None, /) -> Result: ...


PERIOD_RESOLVERS: dict[str, _Resolver] = {
    "quarter": quarter, "half": half, "qcode": qcode, "century": century}
