"""Resolvers of the rule kinds that count units: "three days ago", "in two weeks", "four years".

Split from `times_kinds` (same resolver signature): the number may be a digit, a word of the
lexicon ("quatre", "kilku") or absent ("for years" -> a vague PXY).
"""

from __future__ import annotations

import re
from datetime import date

from newsdesk.enrich import times_resolve as rs
from newsdesk.enrich.timelex import Lexicon
from newsdesk.enrich.times_grammar import norm

Result = tuple[str, str, tuple[int, int] | None] | None


def amount_of(m: re.Match[str], lx: Lexicon) -> tuple[float, str] | None:
    key = norm(re.sub(r"(?:\s+1/2|\s*½)?(?:\s+more)?$", "", m["n"] or ""))
    if not key:  # "the past decade": one unit; "for years": some
        number = -1.0 if m["unit"].lower().endswith("s") else 1.0
    elif key in lx.numbers:
        number = float(lx.numbers[key])
    else:
        try:
            number = float(key.replace(",", "."))
        except ValueError:
            return None
    if m.groupdict().get("half"):  # "5 1/2 hours"
        number += 0.5
    if lx.lang == "en" and key in ("a", "an") and m["unit"].lower().endswith("s"):
        number = -1.0  # "a decades-long battle": the article belongs to the noun
    return number, lx.units[norm(m["unit"])]


def ago(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    amount = amount_of(m, lx) if lx else None
    if amount is None or ref is None:
        return None
    value, granularity = rs.ago(ref, amount[0], amount[1], -1)
    return value, granularity, None


def later(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    amount = amount_of(m, lx) if lx else None
    if amount is None or ref is None:
        return None
    value, granularity = rs.ago(ref, amount[0], amount[1], 1)
    return value, granularity, None


def duration(m: re.Match[str], lx: Lexicon | None, ref: date | None,
             tense: str | None) -> Result:
    amount = amount_of(m, lx) if lx else None
    if amount is None or amount[0] == 0 or m.group(0).lower().endswith("-old"):
        return None  # "a 6-year-old" is an age, not a period TIMEX3 marks
    if amount[1] == "H" and re.fullmatch(r"[0-2]?\d[.,][0-5]\d", m["n"] or ""):
        return None  # "в 16.50 часа" is ten to five, not 16.5 hours: the clock rule has it
    if amount[1] == "S" and norm(m["n"]) in ("a", "an"):
        return None  # "a second" is an ordinal far more often than a second
    return rs.duration(*amount), "duration", None


_MOVES = {"Y": "Y", "DE": "Y", "M": "M", "W": "W", "D": "D"}


def shifted(m: re.Match[str], lx: Lexicon | None, ref: date | None, tense: str | None) -> Result:
    """"a year earlier" as a placeholder "@Y-1" that `times_compare.anchor_shifts` resolves;
    None for vague amounts ("years later") and clock units, which stay durations."""
    amount = amount_of(m, lx) if lx else None
    if amount is None or amount[0] <= 0 or amount[0] != int(amount[0]):
        return None
    number, unit = int(amount[0]), amount[1]
    if unit not in _MOVES:
        return None
    number *= 10 if unit == "DE" else 1
    sign = -1 if m["back"] else 1
    return f"@{_MOVES[unit]}{sign * number:+d}", "shift", None
