"""German speech events whose cue closes a subordinate or infinitive clause.

"Eine Regierung, die nicht in der Lage ist, einen klaren Plan vorzulegen, darf …" and "Wenn
er Auffälligkeiten wahrnimmt, wird er …": the cue ends its clause, so the comma after it
opens the narrator's next clause, not the message. The message is the cue's object before
it, as for any clause-final cue (event_objects.py). Also a few cues of presenting and
perceiving ("wahrnehmen", "teilen", "einschätzen") that debate annotation treats as speech
events only in that position, with their object in front. Where the ordinary rules find no
message (or one the checks reject), two more shapes: a separable cue whose particle stands
after adverbs before its "dass"-clause ("geht schon seit 2015 davon aus, dass …"), and a noun
phrase fronted before a V2 cue and its subject pronoun ("Diese Gleichsetzung weise ich … zurück").
"""

from __future__ import annotations

import re

from newsdesk.enrich.attribution import WORDS
from newsdesk.enrich.event_checks import no_event
from newsdesk.enrich.event_objects import fronted_object, object_before
from newsdesk.enrich.speechevents import Events
from newsdesk.model import Quote

# Words opening a clause whose finite verb comes last.
_SUBORDINATORS = frozenset({"die", "der", "den", "dem", "deren", "dessen", "denen", "dass",
                            "weil", "wenn", "ob", "um", "als", "nachdem", "obwohl", "welche",
                            "welcher", "welches", "falls", "sobald", "damit", "bevor"})
_AUXILIARIES = frozenset({"hat", "haben", "habe", "hatte", "hatten", "wird", "werden",
                          "worden", "wurde", "wurden", "ist", "sind", "war", "kann", "können",
                          "muss", "müssen", "will", "wollen", "soll", "sollen", "darf", "möchte"})
_FINITE = _AUXILIARIES | {"darf", "dürfen", "sollte", "sollten", "könnte", "könnten",
                          "müsste", "würde", "würden", "hätte", "hätten", "wäre", "wären",
                          "ist", "sind", "bleibt", "gilt", "zeigt", "heißt"}
_V2_SUBJECTS = frozenset({"ich", "wir", "er", "sie", "man"})
_NP_DETERMINERS = frozenset({"diese", "diesen", "dieses", "den", "die", "einen", "eine",
                             "solche", "solchen", "ihre", "ihren", "seine", "seinen"})
_ZU_INFINITIVE = re.compile(r"\w+zu\w+en$")
_PARTICLE_COMP = re.compile(r"[^,.;:!?]{0,60}?\b(?:aus|fest|hin|an)\s*,\s*(?=(?:dass|daß|ob)\b)")
# Cues of perceiving and presenting, taken only where they end their clause.
_FINAL_ONLY = re.compile(r"(?<![\w-])(?:wahrnehm(?:e|en)|wahrnimmt|wahrzunehmen|"
                         r"(?<=zu\s)teilen|einzuschätzen|einschätz(?:e|en|t)|"
                         r"ausgesprochen|gelesen|geschrieben|zu\s+schreiben)(?!\w)")


class FinalEvents(Events):
    """Clause-final cues before a comma: the object before the cue is the message."""

    def speech_events(self, taken: list[Quote]) -> list[Quote]:
        found = super().speech_events(taken)
        if not self.comma_clauses:
            return found
        for cue in _FINAL_ONLY.finditer(self.text):
            if self._ends_clause(cue) and not any(q.start <= cue.start() < q.end
                                                  for q in taken + found if q.direct):
                self._keep(self._checked(cue, self._final_event(cue)), taken, found)
        return found

    def _verb_event(self, cue: re.Match[str]) -> Quote | None:
        if self._ends_clause(cue) and self._subordinate(cue) and self._main_clause_follows(cue):
            return self._final_event(cue)
        event = super()._verb_event(cue)
        if event is not None and not no_event(self.text, cue.start(), cue.end(), event):
            return event
        return self._particle_complement(cue) or self._fronted_phrase(cue) or event

    def _fronted_phrase(self, cue: re.Match[str]) -> Quote | None:
        """"Diese Gleichsetzung weise ich … zurück": a noun phrase fronted before a V2 cue
        whose subject pronoun follows it is the cue's object."""
        words = list(WORDS.finditer(self.text, self._clause_start(cue.start()), cue.start()))
        after = WORDS.match(self.text, cue.end() + 1)
        if not 2 <= len(words) <= 4 or after is None or after.group() not in _V2_SUBJECTS:
            return None
        if words[0].group().lower() not in _NP_DETERMINERS or not words[-1].group()[:1].isupper():
            return None
        who = self._event_speaker(cue)
        return self._span(words[0].start(), words[-1].end(), who) if who else None

    def _particle_complement(self, cue: re.Match[str]) -> Quote | None:
        """"Die WHO geht schon seit 2015 davon aus, dass …": adverbs between a separable
        cue and its particle hide the "dass"-clause that is its message."""
        comp = _PARTICLE_COMP.match(self.text, cue.end(), self._clause_end(cue.end()))
        who = self._event_speaker(cue) if comp else None
        if comp is None or who is None:
            return None
        return self._span(comp.end(), self._clause_end(comp.end()), who)

    def _ends_clause(self, cue: re.Match[str]) -> bool:
        """Only auxiliaries stand between the cue and a comma or the sentence end."""
        end = self._clause_end(cue.end())
        comma = self.text.find(",", cue.end(), end)
        stop = end if comma < 0 else comma
        return all(w.lower() in _AUXILIARIES for w in WORDS.findall(self.text, cue.end(), stop))

    def _main_clause_follows(self, cue: re.Match[str]) -> bool:
        """"…, darf sich nicht wundern": a finite verb right after the comma opens the main
        clause the cue's clause was fronted to; a complement ("…, was sie tun") is the
        message instead."""
        comma = re.compile(r"[\s\w]*?,\s*").match(self.text, cue.end(), self._clause_end(cue.end()))
        nxt = WORDS.match(self.text, comma.end()) if comma else None
        return nxt is not None and nxt.group() in _FINITE

    def _subordinate(self, cue: re.Match[str]) -> bool:
        """A zu-infinitive cue, or one in a clause opened by a subordinator or relative."""
        word = cue.group().split()[-1]
        before = self.text[max(0, cue.start() - 4):cue.start()]
        if _ZU_INFINITIVE.match(word) or before.endswith("zu "):
            return True
        first = WORDS.search(self.text, self._clause_start(cue.start()), cue.start())
        return first is not None and first.group() in _SUBORDINATORS

    def _final_event(self, cue: re.Match[str]) -> Quote | None:
        """The object phrase in front of the cue, with the subject as speaker."""
        who = self._event_speaker(cue)
        if who is None:
            return None
        clause = self._clause_start(cue.start())
        phrase = fronted_object(self.text, clause, cue, final=True) or object_before(
            self.text, clause, cue.start(), (who.start, who.end))
        if phrase is None:
            return None
        return self._span(phrase[0], phrase[1], who)
