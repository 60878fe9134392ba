"""Sentence starts by look-up: every quote rule asks where the sentence around a position
begins, and scanning the text from its start for each question made that the costliest
part of finding quotes in long articles.

The breaks are found once per text; a question is answered by bisection, and falls back
to the scan only where a break straddles the bounds asked about (a run of blank lines
across `floor`, or the position inside the spaces after a full stop), so answers are
exactly the scan's.
"""

from __future__ import annotations

import re
from bisect import bisect_right

SENT_BREAK = re.compile(r"[.!?…][\"»”“'’)]?\s+|\n")


class SentenceBreaks:
    """The sentence breaks of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans = [m.span() for m in SENT_BREAK.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def start_before(self, pos: int, floor: int = 0) -> int:
        """The end of the last break within [floor, pos), else `floor`."""
        k = bisect_right(self.ends, pos) - 1
        straddles_pos = k + 1 < len(self.starts) and self.starts[k + 1] < pos
        straddles_floor = k >= 0 and self.starts[k] < floor < self.ends[k]
        if straddles_pos or straddles_floor:
            return self._scan(pos, floor)
        return self.ends[k] if k >= 0 and self.starts[k] >= floor else floor

    def _scan(self, pos: int, floor: int) -> int:
        start = floor
        for match in SENT_BREAK.finditer(self.text, floor, pos):
            start = match.end()
        return start
