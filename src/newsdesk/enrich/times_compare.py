"""Comparisons: "a year earlier", "two months later", "un an plus tôt", "rok wcześniej".

Such a phrase names a date, not a period: the date the text last mentioned, moved by
the amount ("third-quarter profit rose from $3 million a year earlier" is the third
quarter of the year before, TIMEX3 "2024-Q3"). The moved date keeps the grain of its
anchor when the unit allows (a year moves a quarter, half, month or week, and a day to
its year; a month moves a month, or a day to its month); without a date before it, the
publication date is the anchor. The phrase must end its clause: "two days after the
attack" is anchored to an event, which a rule cannot date, so it stays a plain duration.

Financial news also writes "a year ago" for such a comparison: when a quarter or half
year comes before it in the same sentence, "a year ago" is that period a year back
(TimeBank's annotators write "1988-Q3" for "... from $X a year ago" after "third-quarter
net"); otherwise it keeps its publication-relative value.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TypeVar

from newsdesk.enrich import times_resolve as rs
from newsdesk.enrich.times_context import Hit
from newsdesk.enrich.times_tense import SENTENCE_END

_B = r"(?<![\w'])"
_BACK = {"en": "earlier before", "fr": "plus_tôt auparavant", "de": "zuvor früher davor vorher",
         "es": "antes", "it": "prima", "pl": "wcześniej", "cs": "dříve předtím",
         "ru": "ранее раньше", "uk": "раніше", "bg": "по-рано"}
_AHEAD = {"en": "later after", "fr": "plus_tard après", "de": "später danach",
          "es": "después más_tarde", "it": "dopo più_tardi", "pl": "później", "cs": "později",
          "ru": "спустя позже", "uk": "пізніше", "bg": "по-късно"}
_CLAUSE_END = (r"(?=\s*(?:[.,;:!?)\"'”»]|$)|\s+(?:and|but|when|while|to|from|in|at|on|for|"
               r"with|et|und|y|e|i|и|і|a)\b)")
_ANCHOR = re.compile(r"(?P<y>\d{4})(?P<rest>-(?:[QH]\d|W\d\d|\d\d(?:-\d\d)?))?$")
_PERIOD = re.compile(r"\d{4}-[QH]\d$")


def shift_rules(lang: str, num: str, unit: str) -> list[tuple[str, str]]:
    """The "N units earlier/later" rule of `lang` (kind "shifted", resolved to a placeholder
    by `times_amounts.shifted`)."""
    if lang not in _BACK:
        return []
    back = "|".join(re.escape(w).replace("_", r"\s+") for w in _BACK[lang].split())
    ahead = "|".join(re.escape(w).replace("_", r"\s+") for w in _AHEAD[lang].split())
    return [("shifted", _B + r"(?:(?P<n>" + num + r")\s+)?(?P<unit>" + unit + r")\s+(?:(?P<back>"
             + back + r")|(?P<ahead>" + ahead + r"))" + _CLAUSE_END)]


H = TypeVar("H", bound=Hit)


def anchor_shifts(hits: list[H], text: str, ref: date | None) -> list[H]:
    """Resolve "shift" placeholders and year-ago comparisons (module doc); a placeholder
    with nothing to anchor it is dropped."""
    out: list[H] = []
    for hit in hits:
        if hit.granularity == "shift":
            unit = hit.value[1]
            anchor = _last_anchor(out) or (
                ref.isoformat()[:{"Y": 4, "M": 7}.get(unit, 10)] if ref else None)
            moved = _move(anchor, hit.value[1:]) if anchor else None
            if moved is None:
                continue
            hit.value, hit.granularity = moved
        elif hit.kind == "ago" and re.fullmatch(r"\d{4}", hit.value):
            period = _period_in_sentence(out, hit, text)
            if period is not None and ref is not None:
                moved = _move(period, f"Y{int(hit.value) - ref.year:+d}")
                if moved is not None:
                    hit.value, hit.granularity = moved
        out.append(hit)
    return out


def _last_anchor(hits: list[H]) -> str | None:
    for hit in reversed(hits):
        if _ANCHOR.match(hit.value):
            return hit.value
    return None


def _period_in_sentence(hits: list[H], hit: H, text: str) -> str | None:
    for other in reversed(hits):
        if SENTENCE_END.search(text, other.end, hit.start):
            return None
        if _PERIOD.match(other.value):
            return other.value
    return None


def _move(anchor: str, move: str) -> tuple[str, str] | None:
    """`anchor` moved by `move` ("Y-1", "M+3"), keeping the anchor's grain when it can."""
    found = _ANCHOR.match(anchor[:10])
    if found is None:
        return None
    unit, offset = move[0], int(move[1:])
    rest = found["rest"] or ""
    if unit == "Y":  # a quarter, half, week or month keeps its grain; a day gives its year
        rest = "" if len(rest) == 6 else rest
        grain = {"Q": "quarter", "H": "half", "W": "week"}.get(rest[1:2], "")
        return f"{int(found['y']) + offset:04d}{rest}", grain or ("month" if rest else "year")
    if unit == "M" and rest[1:2] == "Q" and offset % 3 == 0:
        index = int(found["y"]) * 4 + int(rest[2]) - 1 + offset // 3
        return f"{index // 4:04d}-Q{index % 4 + 1}", "quarter"
    if rest[1:2] in ("Q", "H", "W"):
        return None
    if unit == "M" and len(rest) == 6:  # a day: "a month later" is that day's month
        rest = rest[:3]
    if unit == "W" and len(rest) == 6:  # a day: "a week later" is a day too
        unit, offset = "D", offset * 7
    return rs.shift_anchor(f"{found['y']}{rest}", f"{unit}{offset:+d}")
