"""German complement clauses as speech/thought events, found by clause structure, not by verb.

Debates attach a "dass/ob"-clause to far more predicates than any verb list holds: "Sie
zeigen einmal mehr, dass …", "Ich bin … dankbar, dass …", "Wir waren uns … einig, dass …",
"stellt man fest, dass …", "berichten mir, dass …". What they share is a main clause with a
person as its subject (a personal pronoun, "man", or a name) governing the clause after the
comma; that subject is the source and the complement clause up to its end is the message.
Clauses whose subject is "es"/"das" ("Es ist gut, dass …", "das heißt, dass …") are the
speaker's own comment, and "so, dass"/"dafür, dass" are consequences, not messages.
"""

from __future__ import annotations

import re

from newsdesk.enrich.attribution import WORDS
from newsdesk.enrich.event_checks import same_span
from newsdesk.enrich.reported import Reported, inside, quote
from newsdesk.enrich.speaker_nouns import role_noun
from newsdesk.enrich.speakers import Mention
from newsdesk.model import Quote

# "dass/ob" and the interrogatives of an indirect question ("gezeigt, wieso …"); not the
# parenthetical "wie gesagt, …".
_COMPLEMENT = re.compile(r",\s*(?=(?:dass|daß|ob|wie(?!\s+\w+\s*,)|warum|wieso|weshalb|wer|wo|"
                         r"wann|worauf|inwieweit)\b)")
_CLAUSE_END = re.compile(r"[.!?;]|\s[–—-]\s|$")
_CLAUSE_START = re.compile(r"[,;:]|\s[–—-]\s")
# Person subjects of the governing clause; "uns"/"mir" as experiencers ("ist uns bewusst").
_PERSON_SUBJECTS = frozenset({"ich", "wir", "sie", "er", "man", "du", "ihr"})
_EXPERIENCERS = frozenset({"uns", "mir"})
_CONJUNCTIONS = frozenset({"und", "aber", "doch", "oder", "denn", "also", "deshalb"})
# Action verbs whose "dass"-clause is an effect they bring about, not a message.
_EFFECTS = frozenset({"verhindern", "erreichen", "sorgen", "sicherstellen", "gewährleisten",
                      "ermöglichen", "führt", "führen", "bewirken", "bewirkt"})
# Heads that make the "dass"-clause a consequence or a purpose, not a message.
_CONSEQUENCE = frozenset({"so", "derart", "dadurch", "dafür", "sodass", "damit", "soweit",
                          "insofern", "insoweit", "weit", "dazu", "davor", "daran"})
# Openers of the narrator's own subordinate clause: its "dass" hangs on another predicate.
_SUBORDINATE = frozenset({"weil", "obwohl", "als", "damit", "sodass", "nachdem", "bevor",
                          "während", "indem", "dass", "daß", "ob", "der", "die", "das", "was",
                          "wo", "denn"})
_COPULAS = frozenset({"ist", "sind", "war", "waren", "wäre", "wären", "sei", "bin", "bist"})
# Predicates a copula turns into a cognition or attitude ("Ich bin sicher, dass …").
_ATTITUDES = frozenset({"dankbar", "einig", "sicher", "überzeugt", "bewusst", "klar", "froh",
                        "gewiss", "zuversichtlich", "optimistisch", "enttäuscht", "stolz",
                        "Überzeugung", "Meinung", "Ansicht", "Auffassung"})
_MAX_HEAD_WORDS = 16


class ComplementEvents(Reported):
    """The complement-clause rule of one German text."""

    def complement_events(self, taken: list[Quote]) -> list[Quote]:
        """One event per "…, dass"-clause governed by a person subject's clause."""
        if not self.comma_clauses:
            return []
        found: list[Quote] = []
        for comp in _COMPLEMENT.finditer(self.text):
            if inside(comp.start(), [q for q in taken if q.direct]):
                continue
            event = self._complement(comp)
            if event and not any(same_span(event, q) for q in taken + found):
                found.append(event)
        return found

    def _complement(self, comp: re.Match[str]) -> Quote | None:
        start = self._head_start(comp.start())
        head = list(WORDS.finditer(self.text, start, comp.start()))
        if not 2 <= len(head) <= _MAX_HEAD_WORDS or not self._governs(head):
            return None
        who = self._head_subject(head)
        if who is None:
            return None
        stop = _CLAUSE_END.search(self.text, comp.end())
        end = stop.start() if stop else len(self.text)
        if len(WORDS.findall(self.text, comp.end(), end)) < 3:
            return None
        return quote(comp.end(), end, self.text, False, who)

    def _head_start(self, pos: int) -> int:
        """Start of the clause before the comma: the sentence start or the last clause mark;
        a relative clause on the subject ("Die Betreuer, die dort arbeiten, berichten …")
        takes the head back to the subject before it."""
        sent = self.sentence_start(pos)
        marks = [m.end() for m in _CLAUSE_START.finditer(self.text, sent, pos)]
        start = marks[-1] if marks else sent
        if len(marks) >= 2 and self.text[marks[-2] - 1] == "," and _opens_relative(
                self.text, marks[-2], marks[-1]):
            first = WORDS.search(self.text, start, pos)
            if first and first.group()[:1].islower():  # the head opens with its finite verb
                return marks[-3] if len(marks) >= 3 else sent
        return start

    @staticmethod
    def _governs(head: list[re.Match[str]]) -> bool:
        """The clause can govern a message: no consequence or effect head, not itself
        subordinate, no noun taking the clause as its own complement ("die Situation, dass"),
        and a copula only with an attitude predicate."""
        words = [w.group() for w in head]
        while len(words) > 2 and words[0].lower() in _CONJUNCTIONS:
            words = words[1:]
        lower = [w.lower() for w in words]
        article = words[0] in {"Der", "Die", "Das"} and words[1][:1].isupper()  # "Die Betreuer"
        if lower[-1] in _CONSEQUENCE | _EFFECTS or (
                lower[0] in _SUBORDINATE | {"wenn", "wie"} and not article):
            return False
        if lower[0] in {"es", "dies"} or (len(lower) > 1 and lower[1] == "es"):
            return False
        if words[-1][:1].isupper() and words[-1] not in _ATTITUDES | {"Sie", "Ihnen"} and \
                not role_noun(words[-1]):
            return False
        if any(w in _COPULAS for w in lower):
            return any(w in _ATTITUDES for w in words)
        return True

    def _head_subject(self, head: list[re.Match[str]]) -> Mention | None:
        """The head's subject: a nominative pronoun, else a person-like name, else the noun
        phrase before a relative clause, else an experiencer ("ist uns bewusst")."""
        for word in head:
            lower = word.group().lower()
            if lower in _PERSON_SUBJECTS:
                if lower in {"er", "sie"} and word.group() != "Sie":
                    return self.pronoun(word)
                return Mention(word.start(), word.end(), word.group(), True)
        names = [m for m in self.speakers.names_in(head[0].start(), head[-1].end(), roles=True,
                                                   weak=True) if m.person]
        if names:
            return names[0]
        comma = self.text.find(",", head[0].start(), head[-1].end())
        if comma > 0 and head[0].group() in {"Die", "Der", "Das", "Viele", "Alle", "Einige"}:
            return Mention(head[0].start(), comma, self.text[head[0].start():comma], True)
        for word in head:
            if word.group().lower() in _EXPERIENCERS:
                return Mention(word.start(), word.end(), word.group(), True)
        return None


def _opens_relative(text: str, start: int, end: int) -> bool:
    word = WORDS.search(text, start, end)
    return word is not None and word.group() in {"die", "der", "das", "denen", "dem", "den"}

