"""Frames that name their speaker before the words: "according to X", "selon X", "laut X",
"за словами X", and the opinion frame "Pour le maire X, « … »".

The speaker is the name right after the frame (past an article in German), else the person
inside the frame's phrase or set off by commas right after it, else (for "according to"
frames) the short phrase itself: "Según la policía", "По думите на министъра".
"""

from __future__ import annotations

import re

from newsdesk.enrich.attribution import WORDS, Attribution
from newsdesk.enrich.speakers import Mention

_ARTICLE_AFTER = re.compile(r"\s*(?:der|des|dem|den|die)\s+(?=[A-ZÄÖÜ])")
_PHRASE_END = re.compile(r"\s*[,.;:!?()\n«»“”„\"]")


class According(Attribution):
    """The speaker look-ups of frames."""

    def according_speaker(self, start: int, end: int) -> Mention | None:
        for frame in self.according.finditer(self.text, start, end):
            at = frame.end()
            article = _ARTICLE_AFTER.match(self.text, at) if self.comma_clauses else None
            at = article.end() if article else at  # "laut der AfD": the name after its article
            for m in self.speakers.mentions:
                if m.start == at or (m.start < at < m.end and self.text[at - 1].isspace()):
                    return Mention(at, m.end, self.text[at:m.end], m.person) if m.start < at else m
            found = self._according_phrase(frame, end)
            if found:
                return found
        return None

    def opinion_speaker(self, start: int, end: int) -> Mention | None:
        """"Pour le maire de Lyon, Grégory Doucet, « … »": the frame's person. Only a person:
        "pour" also opens "Pour la première fois, « … »", where no one speaks."""
        frame = self.opinion.match(self.text, start, end)
        if frame is None or len(WORDS.findall(frame.group(1))) > 8:
            return None
        persons = [m for m in self.speakers.names_in(frame.start(1), end, roles=True)
                   if m.person]
        return persons[0] if persons else None

    def _according_phrase(self, frame: re.Match[str], end: int) -> Mention | None:
        """"Secondo il sindaco Luca Bianchi,", "Selon le porte-parole, Claire Martin,",
        "Según la policía,": the person in (or set off right after) the frame's phrase, else
        the short phrase itself. German "so" is too common a word to frame a bare phrase."""
        stop = _PHRASE_END.search(self.text, frame.end(), min(end + 40, len(self.text)))
        if stop is None or stop.start() > min(end, frame.end() + 80):
            return None
        persons = [m for m in self.speakers.names_in(frame.end(), stop.start(), roles=True)
                   if m.person]
        found = (persons[0] if persons else self._apposed_person(stop.start(), end)
                 if stop.group().startswith(",") else None)
        if found or frame.group().strip().lower() == "so":
            return found
        if len(WORDS.findall(self.text, frame.end(), stop.start())) > 4:
            return None
        return self._noun_phrase(frame.end(), stop.start())
