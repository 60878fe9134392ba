"""An "as"-frame set between two pieces of one quote: „Sie wäre“, wie X in der Y schreibt,
„fürchterlich“ / "It is", as X wrote in Y, "over".

The attribution is a clause of its own ("wie"/"as"/"comme"/"jak" + subject + speech verb)
and may run long — an apposition, a title in quote marks — so the verb lies far past the
usual reach of an attribution after a quote. The frame ends at the comma before the next
piece's opening mark; its subject is the speaker of both pieces.
"""

from __future__ import annotations

import re

from newsdesk.enrich.attribution import Attribution
from newsdesk.enrich.quotemarks import Marked
from newsdesk.enrich.speakers import Mention

_FRAME_REACH = 260  # characters from the closing mark to the next piece's opening mark
_OPENERS = "„“«»\"‚"


class Frames(Attribution):
    """The as-frame rule of one text."""

    def framed(self, m: Marked, rest: list[Marked]) -> Mention | None:
        """The speaker of either piece around an as-frame, or None."""
        pieces: dict[int, Mention] = vars(self).setdefault("_frame_pieces", {})
        if m.outer_start in pieces:
            return pieces[m.outer_start]
        nxt = next((r for r in rest if r.outer_start - m.outer_end <= _FRAME_REACH
                    and self.text[:r.outer_start].rstrip().endswith(",")), None)
        who = self._as_frame_between(m, nxt) if nxt is not None else None
        if who is not None and nxt is not None:
            pieces[nxt.outer_start] = who
        return who

    def _as_frame_between(self, m: Marked, following: Marked) -> Mention | None:
        """The speaker named in "<quote>, as X said, <quote>"."""
        comma = re.compile(r"\s*,").match(self.text, m.outer_end)
        frame = self.as_frame.match(self.text, comma.end()) if comma else None
        if frame is None or self.text[following.outer_start] not in _OPENERS:
            return None
        verbs = list(self.verbs.finditer(self.text, frame.end(), following.outer_start))
        if not verbs:
            return None
        verb = verbs[-1]
        return (self.pick(frame.end(), verb.start())
                or self.subject(frame.end(), verb.start()))
