"""Rules that look at the words around already-resolved time expressions.

`times` runs them on its chosen hits, in text order:

* a day number coordinated with a full date takes that date's month and year:
  "April 24 and 25", "24 и 25 апреля", "le 3 ou 4 mars", "12, 20 i 24 lipca" (TempEval-3
  marks the bare "25"); only increasing days, so "3, 2015" or "17, 4 May" stay out;
* "the week of March 6" is the ISO week of that day;
* "over the weekend" (English) is a two-day span, P2D, as TempEval-3 writes it;
* a sentence-initial English "Now" is a discourse marker ("Now the alliance's mission
  is...") rather than a time. ("daily" before a newspaper's name stays a SET: TempEval-3
  annotators marked "the Communist Party daily Granma" as P1D more often than not.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Protocol, TypeVar

from newsdesk.enrich.times_resolve import iso_week

_AND = (r"(?:,|and|or|to|through|et|ou|au|und|bis|oder|y|o|al|e|i|lub|do|albo|і|й|та|до|"
        r"или|и|a|nebo|až|en|of|tot)")
_DAY_AFTER = re.compile(r"(?P<gap>\s*(?:-|–|" + _AND + r"\s))\s*(?P<d>[0-3]?\d)(?![\d.,]?\d)"
                        r"(?=\s*[.,;:)!?]|\s*$|\s*\n|\s*(?:-|–|" + _AND + r"\s))", re.I)
_DAY_BEFORE = re.compile(r"(?<![\d.,])(?P<d>[0-3]?\d)(?:\.|-?го)?(?P<gap>\s*(?:-|–|" + _AND
                         + r"\s)\s*)$", re.I)
_WEEK_OF = re.compile(r"(?:\bthe\s+)?\bweek\s+of\s+$", re.I)
_OVER_WEEKEND = re.compile(r"(?<=\bover\s)the\s+weekend\b", re.I)
_SENTENCE_START = re.compile(r"(?:\A|[.!?][\"'”’`]*\s+|\n\s*|[\"“`]{1,2})$")
_DAY_VALUE = re.compile(r"(?P<ym>\d{4}-\d\d)-(?P<d>\d\d)$")


class Hit(Protocol):
    """What the context rules here and in `times_compare` need of `times._Hit`."""

    start: int
    end: int
    kind: str
    value: str
    granularity: str
    order: int


H = TypeVar("H", bound=Hit)


def apply_context(hits: list[H], text: str, lang: str,
                  make: Callable[[int, int, str, str, str], H]) -> list[H]:
    """`hits` (sorted, non-overlapping) after the rules of the module doc.

    `make(start, end, kind, value, granularity)` builds a new hit for a coordinated day.
    """
    out: list[H] = []
    for hit in hits:
        if lang == "en" and _is_not_a_time(hit, text):
            continue
        hit = _week_of(hit, text)
        out.append(hit)
    out += _coordinated_days(out, text, make)
    if lang == "en":
        out += _weekends(out, text, make)
    return sorted(out, key=lambda h: h.start)


def _is_not_a_time(hit: Hit, text: str) -> bool:
    return text[hit.start:hit.end] == "Now" and bool(
        _SENTENCE_START.search(text, max(0, hit.start - 8), hit.start))


def _week_of(hit: H, text: str) -> H:
    found = _DAY_VALUE.match(hit.value) if hit.granularity == "day" else None
    before = _WEEK_OF.search(text, max(0, hit.start - 16), hit.start)
    if found is None or before is None:
        return hit
    hit.start, hit.granularity = before.start(), "week"
    hit.value = iso_week(date(*(int(x) for x in hit.value.split("-"))))
    return hit


def _free(hits: list[H], start: int, end: int) -> bool:
    return all(end <= h.start or start >= h.end for h in hits)


def _coordinated_days(hits: list[H], text: str, make: Callable[[int, int, str, str, str], H]
                      ) -> list[H]:
    """Bare day numbers joined by "and", "-" or "," to a written date that starts or ends
    with its day (see module doc); chains too: "12, 20 i 24 lipca"."""
    added: list[H] = []
    for hit in hits:
        found = _DAY_VALUE.match(hit.value) if hit.granularity == "day" else None
        if found is None:
            continue
        day, start, end = int(found["d"]), hit.start, hit.end
        while text[end - 1].isdigit() and (after := _DAY_AFTER.match(text, end)) and (
                day < int(after["d"]) <= 31 and _free(hits, after.start("d"), after.end())):
            day, end = int(after["d"]), after.end()
            added.append(make(after.start("d"), end, "dmy", f"{found['ym']}-{day:02d}", "day"))
        day = int(found["d"])
        while text[start].isdigit() and (before := _DAY_BEFORE.search(
                text, max(0, start - 12), start)) and (
                1 <= int(before["d"]) < day and _free(hits, before.start(), before.end("d"))):
            day, start = int(before["d"]), before.start()
            added.append(make(start, before.end("d"), "dmy", f"{found['ym']}-{day:02d}", "day"))
    return added


def _weekends(hits: list[H], text: str, make: Callable[[int, int, str, str, str], H]
              ) -> list[H]:
    return [make(m.start(), m.end(), "duration", "P2D", "duration")
            for m in _OVER_WEEKEND.finditer(text) if _free(hits, m.start(), m.end())]
