"""The tense of the sentence around a time expression: 'future', 'past' or None.

Weekdays, "this weekend" and seasons are placed by it (see `times_resolve`). The cue
regexes of the language (`Lexicon.future_cues` / `past_cues`) are compiled once per
language; one text's sentence boundaries are found once, and each sentence's cues are
searched once however many expressions it holds. A cue inside the expression itself
("last Friday", "dimanche prochain") does not count: the expression's own modifier
already says where it points.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from newsdesk.enrich.timelex import Lexicon, lexicon

SENTENCE_END = re.compile(r"[.!?\n]\s|\n")
_NEVER = re.compile("(?!)")
Spans = list[tuple[int, int]]


@cache
def _cues(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(future, past) cue patterns of `lang`, compiled once."""
    lx = lexicon(lang)
    if lx is None:
        return _NEVER, _NEVER
    return re.compile(lx.future_cues, re.I), re.compile(lx.past_cues, re.I)


class SentenceTenses:
    """Tense lookups for one (folded) text; boundaries and cues are computed lazily."""

    def __init__(self, text: str, lx: Lexicon | None) -> None:
        self._text = text
        self._future, self._past = _cues(lx.lang) if lx else (_NEVER, _NEVER)
        self._active = lx is not None
        self._starts: list[int] | None = None  # where each sentence begins (after a stop)
        self._stops: list[int] = []  # where each stop begins
        self._cues: dict[tuple[int, int], tuple[Spans, Spans]] = {}

    def at(self, start: int, end: int) -> str | None:
        """The tense of the sentence holding text[start:end]; future cues win."""
        if not self._active:
            return None
        future, past = self._sentence_cues(*self._sentence(start, end))
        if any(b <= start or a >= end for a, b in future):
            return "future"
        if any(b <= start or a >= end for a, b in past):
            return "past"
        return None

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        if self._starts is None:
            found = list(SENTENCE_END.finditer(self._text))
            self._starts = [m.end() for m in found]
            self._stops = [m.start() for m in found]
        i = bisect_right(self._starts, start)
        left = self._starts[i - 1] if i else 0
        j = bisect_left(self._stops, end)
        right = self._stops[j] if j < len(self._stops) else len(self._text)
        return left, right

    def _sentence_cues(self, left: int, right: int) -> tuple[Spans, Spans]:
        key = (left, right)
        if key not in self._cues:
            self._cues[key] = ([m.span() for m in self._future.finditer(self._text, left, right)],
                               [m.span() for m in self._past.finditer(self._text, left, right)])
        return self._cues[key]
