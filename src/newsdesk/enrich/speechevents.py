"""Speech, thought and opinion events in German: "Ich glaube, wir müssen …", "Sie fordern
einen Stufenplan", "Aus meiner Sicht ist das absurd".

Debates and interviews report far more than quotations: every saying, believing, demanding
or recalling has a source and a message, mostly unmarked and often in the first person. A cue
(a speech/thought verb in any person, or an opinion frame) gives an event; its message is, in
order: a "dass/ob/wie"-clause, an indirect question ("weiß ich nicht, wo …") or colon clause
that follows, a main or infinitive clause after a comma, the rest of the sentence after an
opinion frame, else the cue's object — the object phrase before a clause-final cue (see
event_objects.py), a pronoun fronted before the cue and its subject ("das wissen Sie"), or
the words after a V2 cue with its relative clauses ("Sie fordern einen Stufenplan, der …").
The speaker is the subject next to the cue; all are `direct=False`, nested ones kept too.
"""

from __future__ import annotations

import re

from newsdesk.enrich.attribution import WORDS
from newsdesk.enrich.event_checks import after_lead_colon, no_event, same_span
from newsdesk.enrich.event_objects import (
    fronted_object,
    object_before,
    object_pronoun,
    opens_with_preposition,
    relative_object,
    starts_relative,
)
from newsdesk.enrich.reported import Reported, inside, quote
from newsdesk.enrich.speakers import Mention
from newsdesk.model import Quote

_STEMS = (
    r"sag(?:e|st|t|en|te|ten)|gesagt|glaub(?:e|st|t|en|te|ten)|geglaubt|"
    r"weiß|wisst|wissen|wusste|wussten|gewusst|mein(?:e|st|t|en|te|ten)(?=\s*,)|"
    r"denk(?:e|st|t|en)|dachte|dachten|find(?:e|et|en)|"
    r"forder(?:e|n|t|te|ten)|gefordert|erklär(?:e|t|en|te|ten)|"
    r"betone|betonen|behaupt(?:e|et|en|ete|eten)|erinner(?:e|t|n|te)|"
    r"appelliere|appellieren|hinweisen|kritisier(?:e|t|en|te)|vorschlagen|vorgeschlagen|"
    r"ablehnen|zweifeln|bezweifle|bezweifeln|hoff(?:e|en|t)|fürchte|befürchte|befürchten|"
    r"erwart(?:e|en|et)|bedanke|bedanken|danke|zitiere|berichten|berichtet|ankündigen|"
    r"angekündigt|versprech(?:e|en)|versprochen|warn(?:e|en|t)|empfehl(?:e|en)|empfohlen|"
    r"beantragt|beantragen|feststellen|festgestellt|festhalten|anmerken|betont|gefragt|"
    r"sehe|sehen|sieht|stimme|lese|lesen|liest|nenn(?:e|t|en)|genannt|vorleg(?:e|en|t)|"
    r"vorzulegen|vorgelegt|beschließ(?:e|en|t)|beschlossen|bezeichn(?:e|en|et)|"
    r"wiederhol(?:e|en|t)|beklag(?:e|en|t)|darleg(?:e|en|t)|dargelegt|vereinbart|"
    r"ausführ(?:e|en|t)|ausgeführt|befürwort(?:e|en|et)|verkünd(?:e|en|et)|ankündigt|"
    r"verteidig(?:e|en|t)|mitteil(?:e|en|t)|mitgeteilt|informier(?:e|en|t)|eingehen|"
    r"eingegangen|geworben|bescheinig(?:e|en|t)|begrüß(?:e|en|t)|zustimmen|"
    r"(?:gehe|geht|gehen)(?=\s+(?:\w+\s+){0,4}?davon\s+aus\b)|"
    r"hinterfrag(?:e|en|t)|(?<=zur\sKenntnis\s)nehmen|"
    r"(?:halte|halten|hält)(?=(?:\s+[\w-]+){0,6}\s+für\b)|"
    r"weis(?:e|en|t)(?=(?:\s+[\w-]+){0,8}\s+zurück\b)|"
    r"bin\s+(?:(?:\w+\s+){0,3})?(?:überzeugt|der\s+(?:festen\s+)?(?:Überzeugung|Meinung|Ansicht))"
)
_FRAMES = (r"aus\s+(?:meiner|unserer)\s+Sicht|(?:meiner|unserer)\s+Meinung\s+nach|"
           r"in\s+meinen\s+Augen")
_CUE = re.compile(rf"(?<![\w-])(?:{_STEMS})(?!\w)")
_FRAME = re.compile(rf"(?<![\w-])(?:{_FRAMES})(?!\w)", re.IGNORECASE)
_COMP = re.compile(r"\s*,?\s*(?:(?:\w+\s+){0,4}?(?=(?:dass|daß|ob|wie|was|warum|wo|wer)\b)|(?:\w+"
                   r"\s+){0,3}?\w+\s*,\s*(?=(?:wie|warum|wieso|weshalb|wo|wer|wann|worauf)\b))")
_SUBJECTS = frozenset({"ich", "wir", "sie", "er", "man", "du", "ihr", "es"})
_OPINION_OWNER = re.compile(r"meiner|unserer|meinen", re.IGNORECASE)
_NOT_OBJECT = frozenset({"auch", "jetzt", "muss", "kann", "hat", "haben", "worden", "wird",
                         "werden", "ist", "sind", "doch", "ja", "mir", "mich", "uns", "nur",
                         "noch", "immer", "schon", "daran", "darauf", "dazu", "hier", "sich"})
_AUXILIARIES = frozenset({"hat", "haben", "habe", "hatte", "hatten", "wird", "werden", "worden",
                          "wurde", "wurden", "ist", "sind", "war", "muss", "müssen", "kann",
                          "können", "will", "wollen", "soll", "sollen", "darf", "möchte"})
_PRONOUN_OBJECTS = frozenset({"das", "was", "dies", "es", "die", "welche", "dem"})
_PARTICLES = frozenset({"auf", "hin", "an", "vor", "fest", "zu"})  # separable verb particles
_NARRATOR_CLAUSES = frozenset({"weil", "wenn", "obwohl", "während", "denn", "aber", "doch",
                               "sondern", "als", "bevor", "nachdem", "damit", "sodass"})
_CLAUSE_END = re.compile(r"[.!?;]|\s[–—-](?=[\s,])|$")


class Events(Reported):
    """Speech-event rules for German texts."""

    def speech_events(self, taken: list[Quote]) -> list[Quote]:
        """Events outside the quotes already found, one per cue."""
        if not self.comma_clauses:
            return []
        found: list[Quote] = []
        for cue in _CUE.finditer(self.text):
            if not inside(cue.start(), [q for q in taken + found if q.direct]):
                self._keep(self._checked(cue, self._verb_event(cue)), taken, found)
        for frame in _FRAME.finditer(self.text):
            if not inside(frame.start(), taken + found):
                self._keep(self._frame_event(frame), taken, found)
        return found

    def _checked(self, cue: re.Match[str], event: Quote | None) -> Quote | None:
        """The event unless its cue frames or its message is none (event_checks.py)."""
        if event is None or no_event(self.text, cue.start(), cue.end(), event):
            return None
        return after_lead_colon(event)

    @staticmethod
    def _keep(event: Quote | None, taken: list[Quote], found: list[Quote]) -> None:
        """An event nested in a reported message ("…, dass wir das ablehnen") is one of its
        own; one repeating a span already found is not."""
        if event and not any(same_span(event, q) for q in taken + found):
            found.append(event)

    def _clause_end(self, pos: int) -> int:
        match = _CLAUSE_END.search(self.text, pos)
        return match.start() if match else len(self.text)

    def _verb_event(self, cue: re.Match[str]) -> Quote | None:
        end = self._clause_end(cue.end())
        who = self._event_speaker(cue)
        if who is None:
            return None
        comp = _COMP.match(self.text, cue.end(), end)
        if comp and len(WORDS.findall(self.text[cue.end():comp.end()])) <= 4:
            return self._span(comp.end(), end, who)
        after = re.compile(r"\s*[,:]\s*").match(self.text, cue.end(), end)
        pronoun = relative_object(self.text, self._clause_start(cue.start()), cue.start()) \
            if after and "," in after.group() else None
        if pronoun is not None:  # "Das, was Sie hier ausführen, ist …": the pronoun is all
            return self._span(pronoun.start(), pronoun.end(), who)
        relative = after is not None and starts_relative(self.text, after.end())
        if after and not relative:
            return self._span(after.end(), end, who)
        if relative or self._verb_final(cue.end(), end):  # clause-final cue: its object precedes
            pronoun = self._pronoun_object(cue.start())
            if pronoun is not None:
                return self._span(pronoun.start(), pronoun.end(), who)
            clause = self._clause_start(cue.start())
            phrase = fronted_object(self.text, clause, cue, final=True) or object_before(
                self.text, clause, cue.start(), (who.start, who.end))
            if phrase is not None:  # with its relative clause: "ein paar Punkte festhalten, die …"
                return self._span(phrase[0], end if relative else phrase[1], who)
            start = max(self.sentence_start(cue.start()), who.end)
            start = self._skip_finite(start, cue.start())
            return self._span(start, end if relative else cue.start(), who)
        colon = re.compile(r"(?:\s+\w+){0,3}?\s*:\s*").match(self.text, cue.end(), end)
        if colon:  # "Eines weiß ich: Wenn …" — the colon clause is the message
            return self._span(colon.end(), end, who)
        fronted = fronted_object(self.text, self._clause_start(cue.start()), cue)
        if fronted is not None and who.start > cue.end():
            return self._span(*fronted, who)
        if self.text[:cue.start()].rstrip()[-1:] in ",“”»«\"":
            return None  # „…“, sagte X: the attribution of a quote, not an event of its own
        stop = re.compile(r"[^,]*").match(self.text, cue.end(), end)
        start = max(cue.end(), who.end) if who.start > cue.end() else cue.end()
        obj = list(WORDS.finditer(self.text, start, stop.end() if stop else end))
        if obj and obj[-1].group() in _PARTICLES and stop and stop.end() < end:
            return self._span(stop.end() + 1, end, who)  # "fordere X auf, … zu tun"
        if len(obj) > 2 and obj[0].group().lower() in {"es", "das"} and obj[1].group() == "als":
            return self._span(obj[1].start(), obj[-1].end(), who)  # "sehe es als Stärke, dass"
        if obj and all(w.group().lower() in _AUXILIARIES for w in obj) and who.end <= cue.start():
            pronoun = object_pronoun(self.text, who.end, cue.start())
            if pronoun is not None:  # "dass ich das so klar sagen muss, aber …"
                return self._span(pronoun.start(), pronoun.end(), who)
        if obj and all(w.group().lower() in _NOT_OBJECT for w in obj) and stop \
                and stop.end() < end:
            return self._span(stop.end() + 1, end, who)  # "empfehlen auch, … zu tun"
        if len(obj) < 2 or obj[0].group().lower() in _NOT_OBJECT:
            return None  # "…, sagt man auch", "hat gesagt": no message of its own
        return self._span(start, self._object_end(stop.end() if stop else end, end), who)

    def _object_end(self, comma: int, end: int) -> int:
        """The object of a V2 cue runs on over the relative and infinitive clauses that
        hang on it ("fordert eine Elternzeit, die …, und …") to the clause end; a comma
        before a new subordinate clause of the narrator ("…, weil …") or a new main clause
        ("…, ich appelliere …") ends it."""
        while comma < end:
            nxt = WORDS.search(self.text, comma, end)
            if nxt is None or nxt.group().lower() in _NARRATOR_CLAUSES | _SUBJECTS:
                return comma
            stop = self.text.find(",", nxt.end(), end)
            comma = end if stop < 0 else stop
        return end

    def _verb_final(self, pos: int, end: int) -> bool:
        """Nothing but auxiliaries follow the cue in its clause ("gesagt hat", "sagen muss")."""
        return all(w.lower() in _AUXILIARIES for w in WORDS.findall(self.text, pos, end))

    def _clause_start(self, pos: int) -> int:
        marks = [self.text.rfind(mark, 0, pos) + len(mark)
                 for mark in (",", " - ", " – ", ";") if mark in self.text[:pos]]
        return max([self.sentence_start(pos), *marks])

    def _pronoun_object(self, cue_start: int) -> re.Match[str] | None:
        """"das haben Sie gesagt", "was der Kollege gesagt hat": a relative or demonstrative
        pronoun opening a verb-final clause is the cue's object, the whole message."""
        first = WORDS.search(self.text, self._clause_start(cue_start), cue_start)
        if first and first.group().lower() in _PRONOUN_OBJECTS:
            return first
        return None

    def _frame_event(self, frame: re.Match[str]) -> Quote | None:
        owner = _OPINION_OWNER.search(frame.group())
        if owner is None:
            return None
        who = Mention(frame.start() + owner.start(), frame.start() + owner.end(),
                      owner.group(), True)
        sent = self.sentence_start(frame.start())
        end = self._clause_end(frame.end())
        start = frame.end() if WORDS.search(self.text, frame.end(), end) else sent
        span_end = end if start == frame.end() else frame.start()
        return self._span(start, span_end, who)

    def _event_speaker(self, cue: re.Match[str]) -> Mention | None:
        """The subject pronoun opening the clause, or just before or after the cue, else a
        name in its clause before it, or right after it ("fordert die AfD"), else any name
        earlier in the sentence."""
        sent = self.sentence_start(cue.start())
        clause = max(self.text.rfind(",", sent, cue.start()) + 1 or sent,
                     self._clause_start(cue.start()))
        before = list(WORDS.finditer(self.text, clause, cue.start()))
        comma = self.text.find(",", cue.end(), self._clause_end(cue.end()))
        after_end = self._clause_end(cue.end()) if comma < 0 else comma
        after = list(WORDS.finditer(self.text, cue.end(), after_end))[:2]
        for word in [*before[:3], *reversed(before[-4:]), *after]:
            if word.group().lower() in _SUBJECTS:
                if self.is_pronoun(word.group()):
                    return self.pronoun(word)
                return Mention(word.start(), word.end(), word.group(), True)
        own = None if opens_with_preposition(self.text, clause, cue.start()) else \
            self.pick(clause, cue.start())
        return (own or self.inverted(cue.end(), self._clause_end(cue.end()))
                or self.pick(sent, cue.start()))

    def _skip_finite(self, start: int, cue_start: int) -> int:
        """"Ich möchte mich … bedanken": the message starts after modal/auxiliary and reflexive."""
        words = list(WORDS.finditer(self.text, start, cue_start))
        skip = {"möchte", "will", "muss", "kann", "darf", "soll", "werde", "wollen", "müssen",
                "können", "mich", "uns", "sich", "ich", "wir", "habe", "haben", "hat"}
        for word in words:
            if word.group().lower() not in skip:
                return word.start()
        return cue_start

    def _span(self, start: int, end: int, who: Mention) -> Quote | None:
        while start < end and self.text[start] in " ,:\u00a0":
            start += 1
        while end > start and self.text[end - 1] in " ,:\u00a0":
            end -= 1
        if not WORDS.search(self.text, start, end):
            return None
        return quote(start, end, self.text, False, who)

