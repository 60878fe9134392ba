"""Clause frames of reported speech that are not one sentence after a comma: English
reports without "that" ("Police said no one was injured") and messages announced by a
cataphoric pronoun before a colon ("teilte Folgendes mit: …"), which run past one sentence.
"""

from __future__ import annotations

import re

from newsdesk.enrich.according import According
from newsdesk.enrich.attribution import WORDS
from newsdesk.enrich.quote_bare import (
    MAX_OBJECT,
    MAX_SUBJECT,
    clause_after_object,
    clause_start,
    comma_subject,
    subject_phrase,
    told_verb,
)
from newsdesk.enrich.speaker_tails import skip_leading_time
from newsdesk.enrich.speakers import Mention
from newsdesk.model import Quote

# A pronoun announcing what follows ("teilte Folgendes mit:", "said the following:"): the
# message is not one sentence but everything after the colon, to the paragraph's end.
CATAPHOR = re.compile(
    r"\b(?:folgendes|nachstehendes|the following|ce qui suit|lo siguiente|quanto segue|"
    r"o seguinte|het volgende|následující|co następuje|następujące|следующее|наступне|"
    r"следното)\b", re.IGNORECASE)
# English reports drop "that": "Police said no one was injured", "She says it is over".
_EN_CLAUSE_START = re.compile(
    r"\s+(?=(?:he|she|they|it|we|i|you|there|no|the|his|her|their|its|our|this)\s+\w+\s)",
    re.IGNORECASE)
_OBJECT_VERBS = frozenset({"asked", "ask", "asks", "urged", "warned"})
_CLAUSE_STOP = re.compile(r"[,;:()«»„“”\"–—\n]|[.!?](?:\s|$)")
_MARKS = re.compile(r"[«»„“”\"]")


class ClauseFrames(According):
    """The multi-sentence and that-less clause rules."""

    def _speaker_of(self, verb: re.Match[str], limit: int) -> Mention | None:
        sent = self.sentence_start(verb.start())
        return (self.subject(sent, verb.start(), verb.end()) or self.inverted(verb.end(), limit)
                or self.speakers.antecedent(sent))

    def _bare_clause(self, verb: re.Match[str]) -> Quote | None:
        """English "Police said no one was injured": a clause right after a verb whose subject
        stands before it (not the inverted ", said the minister")."""
        if self.lang != "en" or self.text[:verb.start()].rstrip()[-1:] in ",\"”'’" or \
                verb.group().lower() in _OBJECT_VERBS:  # "urged them to leave", "asked if …"
            return None
        start = self._finite_clause(verb)  # a finite clause may be short: "it would appeal"
        least = 3
        if start is None and not told_verb(verb.group()):
            after = _EN_CLAUSE_START.match(self.text, verb.end())
            start, least = (after.end(), 4) if after else (None, 4)
        if start is None:
            return None
        end = self.sentence_end(start)
        if len(WORDS.findall(self.text[start:end])) < least:
            return None
        return quote(start, end, self.text, False, self._bare_speaker(verb, start))

    def _finite_clause(self, verb: re.Match[str]) -> int | None:
        """Where a finite clause starts after the verb ("said taxes would not rise", "told
        Reuters the talks had stalled"), past a leading time word; see quote_bare.py."""
        stop = _CLAUSE_STOP.search(self.text, verb.end())
        end = stop.start() if stop else len(self.text)
        words = list(WORDS.finditer(self.text, verb.end(), end))
        words = skip_leading_time(words[:MAX_OBJECT + MAX_SUBJECT + 2], self.lang)
        strings = [w.group() for w in words]
        k = clause_after_object(strings) if told_verb(verb.group()) else clause_start(strings)
        return None if k is None else words[k].start()

    def _bare_speaker(self, verb: re.Match[str], limit: int) -> Mention | None:
        """The subject before the verb; a longer noun phrase opening the sentence ("A
        spokesman for the ministry said") before any antecedent of an earlier sentence."""
        sent = self.sentence_start(verb.start())
        comma = self.text.rfind(",", sent, verb.start())
        after_comma = comma_subject(self.text, comma + 1, verb.start()) if comma >= 0 else None
        return (after_comma or self.subject(sent, verb.start(), verb.end())
                or self.inverted(verb.end(), limit)
                or subject_phrase(self.text, sent, verb.start())
                or self.speakers.antecedent(sent))

    def _announced_end(self, end: int) -> int:
        """After "Folgendes berichtet:" the message runs sentence by sentence to the end of
        its paragraph, short of a sentence holding quote marks (a quote of its own)."""
        para_end = self.text.find("\n", end)
        para_end = len(self.text) if para_end < 0 else para_end
        while end < para_end:
            nxt = self.sentence_end(end + 1)
            nxt = min(para_end, nxt + 1 if nxt < para_end else nxt)
            if _MARKS.search(self.text, end, nxt):
                break
            end = nxt
        return len(self.text[:end].rstrip())


def quote(start: int, end: int, text: str, direct: bool, who: Mention | None,
          body: str | None = None) -> Quote:
    """A Quote over text[start:end] (or `body`, a multi-paragraph quote without its
    re-opening marks) with `who` (or no one) as its speaker."""
    said = text[start:end] if body is None else body
    if who is None:
        return Quote(start, end, said, direct)
    return Quote(start, end, said, direct, who.name, who.start, who.end)


def inside(pos: int, quotes: list[Quote]) -> bool:
    return any(q.start <= pos < q.end for q in quotes)


def overlaps(found: Quote, others: list[Quote]) -> bool:
    """More than half of `found` already covered by one other quote."""
    size = max(1, found.end - found.start)
    return any(min(q.end, found.end) - max(q.start, found.start) > size / 2 for q in others)
