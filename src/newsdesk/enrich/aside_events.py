"""German speech events whose message runs on past a parenthetical between dashes.

Debate speakers set asides off with dashes inside the message they announce: "ich appelliere
an uns alle hier: Wir alle haben Verantwortung - bis auf ganz rechts, das ist ganz gut so -,
auch die Bundesländer …, ein gemeinsames Konzept vorzulegen". A dash ends a clause for the
event rules, which is right for a single dash ("… - das hat sie gesagt"), but a pair of
dashes encloses an aside, and the message resumes after the second one, to its clause end.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdesk.enrich.final_events import FinalEvents
from newsdesk.model import Quote

# " - aside -" right after the message, then a comma or the clause going on.
_ASIDE = re.compile(r"\s[–—-]\s[^–—.!?;:]{1,120}?\s[–—-](?=[\s,])[\s,]*(?=\w)")


class AsideEvents(FinalEvents):
    """Messages after their cue, extended over dash-enclosed asides."""

    def _verb_event(self, cue: re.Match[str]) -> Quote | None:
        event = super()._verb_event(cue)
        if event is None or event.start < cue.end():
            return event
        end = event.end
        while (aside := _ASIDE.match(self.text, end)) is not None:
            end = self._clause_end(aside.end())
            colon = self.text.find(":", aside.end(), end)  # a new announcement ends it
            end = end if colon < 0 else colon
        while end > event.end and self.text[end - 1] in " ,:\u00a0":
            end -= 1
        if end == event.end:
            return event
        return replace(event, end=end, text=self.text[event.start:end])
