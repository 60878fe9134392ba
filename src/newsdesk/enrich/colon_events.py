"""German colon frames as speech/thought events, found by clause structure, not by verb.

Speakers announce what they say, conclude or ask for with a main clause of their own that
ends in a colon — "komme ich … zu dem Schluss: …", "fassen wir zusammen: …", "ich appelliere
an uns alle hier: …" — and the predicate varies far more than a verb list holds. What these
share is a short clause with a first-person subject ("ich", "wir") closing on the colon: the
speaker announces the rest of the sentence. A third person or "es" subject ("Es gibt zwei
Gründe:", "Die Frage lautet:") is left to the verb rules, which know whom it names.
"""

from __future__ import annotations

import re

from newsdesk.enrich.attribution import WORDS
from newsdesk.enrich.reported import Reported, inside, quote
from newsdesk.enrich.speakers import Mention
from newsdesk.model import Quote

_COLON = re.compile(r"(?<=\w)\s*:\s+")
_CLAUSE_START = re.compile(r"[,;:]|\s[–—-]\s")
_MESSAGE_END = re.compile(r"[.!?;]|$")
_SPEAKERS = frozenset({"ich", "wir"})
# Heads that list or define rather than announce ("Wir haben zwei Probleme:").
_NOT_ANNOUNCING = frozenset({"es", "das", "dies", "folgende", "folgendes", "zwei", "drei",
                             "vier", "fünf", "beispiel", "beispielsweise", "nämlich"})
_SUBORDINATORS = frozenset({"wenn", "weil", "als", "da", "obwohl", "nachdem", "sobald"})
_MAX_HEAD_WORDS = 12
_MIN_MESSAGE_WORDS = 4


class ColonEvents(Reported):
    """The colon-frame rule of one German text."""

    def colon_events(self, taken: list[Quote]) -> list[Quote]:
        """One event per first-person clause closing on a colon, outside found quotes."""
        if not self.comma_clauses:
            return []
        found: list[Quote] = []
        for colon in _COLON.finditer(self.text):
            if inside(colon.start(), taken + found):
                continue
            event = self._colon_event(colon)
            if event and not any(_overlaps(event, q) for q in taken + found):
                found.append(event)
        return found

    def _colon_event(self, colon: re.Match[str]) -> Quote | None:
        who = self._announcer(colon.start())
        if who is None:
            return None
        stop = _MESSAGE_END.search(self.text, colon.end())
        end = stop.start() if stop else len(self.text)
        if len(WORDS.findall(self.text, colon.end(), end)) < _MIN_MESSAGE_WORDS:
            return None
        return quote(colon.end(), end, self.text, False, who)

    def _announcer(self, pos: int) -> Mention | None:
        """The first-person subject of the short clause before the colon, if it announces."""
        sent = self.sentence_start(pos)
        head = self._main_clause(sent, pos)
        if not 2 <= len(head) <= _MAX_HEAD_WORDS:
            return None
        lower = [w.group().lower() for w in head]
        if any(w in _NOT_ANNOUNCING for w in lower):
            return None
        for word in head[:4]:
            if word.group().lower() in _SPEAKERS:
                return Mention(word.start(), word.end(), word.group(), True)
        return None

    def _main_clause(self, sent: int, pos: int) -> list[re.Match[str]]:
        """The words of the clause closing on the colon; one broken by an embedded
        subordinate clause ("komme ich, wenn ich alles zusammenzähle, zu dem Schluss:")
        takes in its part before it as well."""
        marks = [sent, *(m.end() for m in _CLAUSE_START.finditer(self.text, sent, pos))]
        head = list(WORDS.finditer(self.text, marks[-1], pos))
        if len(marks) >= 3:
            inner = WORDS.search(self.text, marks[-2], marks[-1])
            if inner and inner.group().lower() in _SUBORDINATORS:
                head = list(WORDS.finditer(self.text, marks[-3], marks[-2])) + head
        return head


def _overlaps(a: Quote, b: Quote) -> bool:
    return min(a.end, b.end) > max(a.start, b.start)
