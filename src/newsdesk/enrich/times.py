"""Time expressions of an article, resolved against its publication time (TIMEX3 values).

`find_times` runs the language's rules (`times_grammar`), resolves every match
(`times_resolve`, whose docstring states the placement rules), keeps the longest
non-overlapping matches, then joins a clock time to the day next to it ("вчора о 12:30"
-> one datetime) or anchors it to the nearest day of its sentence, and finally applies the
context rules of `times_context` ("April 24 and 25", "the week of March 6"). Tense comes
from `times_tense`, computed only for the rule kinds that read it.

Values: 2026-01-22, 2025-12, 2026-W04, 2026-W03-WE, 2026-SU, 2026-Q1, 2025-H2, 2022,
18 (the 19th century, `times_periods`), "a year earlier" moved from the last date
(`times_compare`),
2026-01-21T12:30, 2026-01-22TEV, P4Y/PT5H/PXY, 199X (the 1990s, as TempEval-3 writes
it), and the TIMEX3 references PRESENT_REF,
PAST_REF, FUTURE_REF ("now", "recently", "the future"; granularity "datetime").
Without a publication time, expressions that need one are dropped. `lang=None` means
English; a language without a lexicon gets only ISO/numeric dates and clock times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import dateparser

from newsdesk.enrich.timelex import Lexicon, fold, lexicon
from newsdesk.enrich.times_compare import anchor_shifts
from newsdesk.enrich.times_context import apply_context
from newsdesk.enrich.times_fallback import dateparser_times
from newsdesk.enrich.times_grammar import compiled_rules
from newsdesk.enrich.times_kinds import RESOLVERS, TENSED_KINDS
from newsdesk.enrich.times_resolve import shift_anchor
from newsdesk.enrich.times_sentence import sentence_span
from newsdesk.enrich.times_tense import SENTENCE_END, SentenceTenses
from newsdesk.model import TimeExpr

__all__ = ["find_times", "resolve_phrase", "sentence_span"]

_CLOCK_KINDS = ("time", "noon")
_ANCHOR_VALUE = re.compile(r"\d{4}(?:-\d\d){0,2}(?:T|$)")  # a year, month, day or datetime


@dataclass
class _Hit:
    start: int
    end: int
    kind: str
    value: str
    granularity: str
    order: int
    clock: tuple[int, int] | None = None


def find_times(text: str, lang: str | None, published: datetime | None) -> list[TimeExpr]:
    """Every time expression of `text`, sorted by start, non-overlapping (see module doc)."""
    code = lang or "en"
    lx = lexicon(code)
    folded = fold(text)
    ref = published.date() if published else None
    tenses = SentenceTenses(folded, lx)
    hits: list[_Hit] = []
    for order, (kind, pattern) in enumerate(compiled_rules(code)):
        for match in pattern.finditer(folded):
            tense = tenses.at(*match.span()) if kind in TENSED_KINDS else None
            hit = _resolve(kind, match, lx, ref, tense, order)
            if hit is not None and hit.end > hit.start:
                hits.append(hit)
    if lx is None:  # no lexicon of ours: dateparser's word lists, after our numeric rules
        ours = list(hits)
        hits += [_Hit(start, end, "dateparser", value, grain, len(ours) + 1000)
                 for start, end, value, grain in dateparser_times(text, code, published)
                 if all(end <= h.start or start >= h.end for h in ours)]
    chosen = _longest_first(hits)
    chosen = _join_clocks(chosen, folded, lx, ref)
    chosen = _anchor_anaphors(chosen)
    chosen = anchor_shifts(chosen, folded, ref)
    chosen = apply_context(chosen, folded, lx.lang if lx else code, _new_hit)
    return [TimeExpr(h.start, h.end, text[h.start:h.end], h.value, h.granularity)
            for h in chosen]


def _new_hit(start: int, end: int, kind: str, value: str, granularity: str) -> _Hit:
    return _Hit(start, end, kind, value, granularity, order=10_000)


def resolve_phrase(text: str, lang: str | None, reference: datetime) -> datetime | None:
    """The moment a short relative phrase ("il y a 3 jours", "вчора о 12:30") names.

    dateparser is the parsing core; when it cannot read `text` in `lang` (feeds label
    languages wrongly), it is asked again with language detection.
    """
    settings = {"RELATIVE_BASE": reference.replace(tzinfo=None)}
    languages = [lang] if lang else None
    try:
        found = dateparser.parse(text, languages=languages, settings=settings)
    except ValueError:  # dateparser refuses a language code it does not know
        found = None
    if found is None and languages:
        found = dateparser.parse(text, settings=settings)
    if found is None:
        return None
    return found.replace(tzinfo=reference.tzinfo) if found.tzinfo is None else found


def _resolve(kind: str, m: re.Match[str], lx: Lexicon | None, ref: date | None,
             tense: str | None, order: int) -> _Hit | None:
    """One match as a hit with its value, or None when it is not a time expression."""
    result = RESOLVERS[kind](m, lx, ref, tense)
    if result is None:
        return None
    value, granularity, clock = result
    return _Hit(m.start(), m.end(), kind, value, granularity, order, clock)


def _longest_first(hits: list[_Hit]) -> list[_Hit]:
    """Greedy choice of the longest matches (earlier rule on ties) that do not overlap."""
    taken: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.order, h.start)):
        if all(hit.end <= t.start or hit.start >= t.end for t in taken):
            taken.append(hit)
    return sorted(taken, key=lambda h: h.start)


def _gap_joins(gap: str, lx: Lexicon | None) -> bool:
    words = set(lx.at_words if lx else ()) | {"on", "at", "am", "le", "el", "il"}
    rest = [w for w in re.split(r"[\s,()]+", gap) if w]
    return len(gap) <= 12 and all(w.lower() in words or re.fullmatch(r"[A-Z]{2,4}", w)
                                  for w in rest)


def _join_clocks(hits: list[_Hit], text: str, lx: Lexicon | None,
                 ref: date | None) -> list[_Hit]:
    """Merge a clock time with an adjacent day; anchor the others to their sentence's day."""
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        hit = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if nxt and hit.kind == "weekday" and nxt.kind in ("dmy", "mdy") and re.fullmatch(
                r"\s*,?\s*", text[hit.end:nxt.start]):  # "Monday, Oct. 26": the date decides
            out.append(_Hit(hit.start, nxt.end, "date", nxt.value, "day", hit.order))
            i += 2
            continue
        if nxt and _pair(hit, nxt) and _gap_joins(text[hit.end:nxt.start], lx):
            day, clock = (hit, nxt) if hit.clock is None else (nxt, hit)
            assert clock.clock is not None
            out.append(_Hit(hit.start, nxt.end, "datetime", _at(day.value, clock.clock),
                            "datetime", hit.order))
            i += 2
            continue
        if hit.clock is not None:
            anchor = _nearest_day(hit, hits, text) or (ref.isoformat() if ref else None)
            if anchor is None:
                i += 1
                continue
            hit.value = _at(anchor, hit.clock)
        out.append(hit)
        i += 1
    return out


def _anchor_anaphors(hits: list[_Hit]) -> list[_Hit]:
    """Give "that same day", "the next morning", "later that year" the value of the last
    date before them in the text, moved by their offset (TempEval-3 anchors them so);
    without a fine enough date before them they are dropped."""
    out: list[_Hit] = []
    anchor: str | None = None
    for hit in hits:
        if hit.granularity != "anaphor":
            if _ANCHOR_VALUE.match(hit.value):
                anchor = hit.value
            out.append(hit)
            continue
        value = shift_anchor(anchor, hit.value[1:]) if anchor else None
        if value is not None:
            hit.value, hit.granularity = value
            out.append(hit)
    return out


def _pair(a: _Hit, b: _Hit) -> bool:
    day = a if a.clock is None else b
    return (a.clock is None) != (b.clock is None) and day.granularity == "day"


def _at(day_value: str, clock: tuple[int, int]) -> str:
    return f"{day_value[:10]}T{clock[0]:02d}:{clock[1]:02d}"


def _nearest_day(hit: _Hit, hits: list[_Hit], text: str) -> str | None:
    """The day-valued hit closest to `hit` within its sentence, if any."""
    best: tuple[int, str] | None = None
    for other in hits:
        if other.granularity != "day" or other.clock is not None:
            continue
        lo, hi = sorted((other.end, hit.start)) if other.end <= hit.start else sorted(
            (hit.end, other.start))
        if SENTENCE_END.search(text, lo, hi) or hi - lo > 80:
            continue
        if best is None or hi - lo < best[0]:
            best = (hi - lo, other.value[:10])
    return best[1] if best else None
