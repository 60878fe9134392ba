"""Quotes without marks: reported clauses and unmarked speech found by their speech verb.

"X said that …" (the that-clause, `direct=False`), "X sagte: …" (the rest of the sentence),
"…, said X." (the clause before the verb; "…, X said." and "…, selon X.": quote_trailing.py,
quote_according.py), "…, утверждает X, …" (a parenthetical attribution:
the whole sentence, as news corpora mark it), "Jak X uvedl, …" / "As X said, …" (the rest of
the sentence), "According to X, …", and German "sagte, er sei …". Unmarked speech counts as
direct when it reads as the speaker's own words (first/second person, a question or
exclamation); 19th-century fiction writes dialogue that way.
"""

from __future__ import annotations

import re

from newsdesk.enrich.attribution import WORDS
from newsdesk.enrich.clause_frames import CATAPHOR, inside, overlaps, quote
from newsdesk.enrich.event_checks import no_event
from newsdesk.enrich.quote_according import AccordingFrames
from newsdesk.model import Quote

# A German reported main clause ("er sagte, sie werde …") opens with its subject.
_CLAUSE_SUBJECTS = frozenset({"er", "sie", "es", "man", "wir", "ich", "du", "ihr", "dies", "diese",
                              "dieser", "alle", "jeder", "niemand", "nichts", "beide"})
# … or with a noun phrase ("sagte, die Stadt werde …") when a subjunctive marks it as his.
_ARTICLES = frozenset({"der", "die", "das", "ein", "eine", "kein", "keine", "sein", "seine",
                       "ihr", "ihre", "unser", "unsere"})
_SUBJUNCTIVE = frozenset({"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle",
                          "dürfe", "gebe", "wäre", "wären", "hätte", "hätten", "würde", "würden"})
_COMMA = re.compile(r"\s*,\s*")
_MARKS = re.compile(r"[«»„“”\"]")
_GERUND = re.compile(r"[а-яіїєґ]+(?:ав|ив|ев|ув|ыв|ів|ївши|авши|ивши)", re.IGNORECASE)
_ABOUT = re.compile(r"\s+(?:о|об|обо|про)\s+", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^()]{0,200}\)")

_GENITIVE = re.compile(r"\s+(?:des|der)\s+[A-ZÄÖÜ][\w-]*")

class Reported(AccordingFrames):
    """The unmarked-quote rules of one text."""

    def reported_quotes(self, taken: list[Quote]) -> list[Quote]:
        """Speech-verb clauses outside the direct quotes."""
        found: list[Quote] = []
        for verb in self.verbs.finditer(self.text):
            if inside(verb.start(), taken + found):
                continue
            quote = (self._gerund_object(verb) or self._as_clause(verb) or self._that_clause(verb)
                     or self._colon_clause(verb) or self._bare_clause(verb)
                     or self._fronted_clause(verb) or self.subject_first_clause(verb)
                     or self._comma_clause(verb))
            if quote and self.comma_clauses and no_event(self.text, verb.start(), verb.end(),
                                                         quote):
                continue
            if quote and not overlaps(quote, taken + found):
                found.append(quote)
        return found

    def _that_clause(self, verb: re.Match[str]) -> Quote | None:
        end = self.sentence_end(verb.end())
        window = self.text[verb.end():min(end, verb.end() + 110)]
        comp = self.complementizer.search(window)
        if not comp or len(WORDS.findall(window[:comp.start()])) > 10:
            return None
        if re.search(r":|\s[–—-](?:\s|,)", window[:comp.start()]) or \
                self._clause_between(window[:comp.start()]):
            return None
        start = verb.end() + comp.start()
        if len(WORDS.findall(self.text[start:end])) < 3:
            return None
        return quote(start, end, self.text, False, self._speaker_of(verb, start))

    def _clause_between(self, head: str) -> bool:
        """German "Ich glaube, man kann zeigen, dass …": a comma-clause stands between the
        verb and the "dass", which belongs to that clause's verb, not to this one."""
        return self.comma_clauses and "," in head.rstrip().rstrip(",")

    def _as_clause(self, verb: re.Match[str]) -> Quote | None:
        """"Jak Petr Pomezný uvedl, …", "As the minister said, …": the rest of the sentence."""
        sent = self.sentence_start(verb.start())
        head = self.text[sent:verb.start()]
        if not self.as_frame.match(head) or len(WORDS.findall(head)) > 6 or "," in head:
            return None
        comma = _COMMA.match(self.text, verb.end())
        if not comma:
            tail = re.compile(r"[^,.!?\n]{0,60},\s*").match(self.text, verb.end())
            if not tail:
                return None
            comma = tail
        start, end = comma.end(), self.sentence_end(comma.end())
        if len(WORDS.findall(self.text[start:end])) < 3:
            return None
        frame = self.as_frame.match(head)
        who = (self.subject(sent + frame.end(), verb.start()) if frame else None) or \
            self.inverted(verb.end(), comma.start())
        return quote(start, end, self.text, False, who)

    def _colon_clause(self, verb: re.Match[str]) -> Quote | None:
        """"Then she said softly: Let us pray." — unmarked direct speech after a colon."""
        colon = self.text.find(":", verb.end(), self.sentence_end(verb.end()))
        if colon < 0 or len(WORDS.findall(self.text[verb.end():colon])) > 9:
            return None
        start = colon + 1
        while start < len(self.text) and self.text[start] in " \u00a0":
            start += 1
        if start >= len(self.text) or not self.text[start].isalnum():
            return None
        end = self.sentence_end(start)
        if end < len(self.text) and self.text[end] in ".!?…":
            end += 1
        if len(WORDS.findall(self.text[start:end])) < 3:
            return None
        if CATAPHOR.search(self.text, self.sentence_start(verb.start()), colon):
            end = self._announced_end(end)
        return quote(start, end, self.text, True, self._speaker_of(verb, colon))

    def _comma_clause(self, verb: re.Match[str]) -> Quote | None:
        """German reported speech without "dass": "Er sagte, er werde kommen."."""
        after = _COMMA.match(self.text, verb.end())
        if not self.comma_clauses or not after:
            return None
        start = after.end()
        end = self.sentence_end(start)
        words = WORDS.findall(self.text[start:end])
        if len(words) < 4 or not (words[0].lower() in _CLAUSE_SUBJECTS or words[0][0].isupper()
                                  or (words[0] in _ARTICLES
                                      and _SUBJUNCTIVE & {w.lower() for w in words[2:]})):
            return None
        return quote(start, end, self.text, False, self._speaker_of(verb, start))

    def _gerund_object(self, verb: re.Match[str]) -> Quote | None:
        """"Яшин бросил вызов Собянину, заявив о своих планах …": a Slavic gerund cue with
        "о/об/про" reports the rest of the sentence; the main clause's subject speaks."""
        if not _GERUND.fullmatch(verb.group()):
            return None
        prep = _ABOUT.match(self.text, verb.end())
        if prep is None or not self.text[:verb.start()].rstrip().endswith(","):
            return None
        sent = self.sentence_start(verb.start())
        start, end = prep.end(), self.sentence_end(prep.end())
        if len(WORDS.findall(self.text[start:end])) < 2:
            return None
        persons = [m for m in self.speakers.names_in(sent, verb.start()) if m.person]
        who = persons[0] if persons else self.subject(sent, verb.start())  # the nominative first
        return quote(start, end, self.text, False, who)

    def _fronted_clause(self, verb: re.Match[str]) -> Quote | None:
        """"The plan is dead, he said." — an unmarked clause before ", <verb> <subject>"; when
        the sentence goes on after the attribution ("…, sagten wir uns, kann niemand …"),
        the whole sentence."""
        mark = self.attribution_mark(verb)  # "…, said X", "…, a déclaré X"
        if mark is None:
            return None
        sent = self.sentence_start(verb.start())
        clause_end = mark
        end = self.sentence_end(verb.end())
        stop = re.compile(r"[^,.;:!?()\n]*").match(self.text, verb.end())
        subject_end = stop.end() if stop else verb.end()
        who = self.inverted(verb.end(), end)
        if self._goes_on(subject_end, end) and who is not None:
            clause_end = end
        elif len(WORDS.findall(self.text[sent:clause_end])) < 3:
            return None
        if who is None and WORDS.findall(self.text[verb.end():end]):
            return None
        if _MARKS.search(self.text, sent, clause_end):
            return None
        who = who or self.speakers.antecedent(sent)
        direct = self.sounds_direct(self.text[sent:clause_end])
        return quote(sent, clause_end, self.text, direct, who)

    def _goes_on(self, pos: int, end: int) -> bool:
        """After "…, says X" the same sentence continues with more of the quote (not with
        "indem …", "while …", "и …": those are the narrator's)."""
        paren = _PAREN.match(self.text, pos)
        pos = paren.end() if paren else pos
        comma = _COMMA.match(self.text, pos)
        if not comma:
            return False
        words = WORDS.findall(self.text[comma.end():end])
        return len(words) >= 3 and words[0].lower() not in self.subordinators

    def according_quotes(self, taken: list[Quote]) -> list[Quote]:
        """"According to X, …" at a sentence start: the rest of the sentence is reported."""
        found: list[Quote] = []
        frames = list(self.according.finditer(self.text))
        for frame in frames:
            if self.sentence_start(frame.start()) != frame.start() or inside(frame.start(), taken):
                continue
            who = self.according_speaker(frame.start(), frame.end() + 60)
            bare = None if who else self.bare_frame_speaker(frame)  # "Podle policie byl …"
            who = who or bare
            if who is None:
                continue
            comma = None if bare else re.compile(r"[^,.!?\n]{0,60}?,").match(self.text, who.end)
            genitive = _GENITIVE.match(self.text, who.end)  # "laut der Statistik des Amtes"
            start = comma.end() if comma else genitive.end() if genitive else who.end
            while start < len(self.text) and self.text[start] in " \u00a0":
                start += 1
            end = self.sentence_end(start)
            found_quote = quote(start, end, self.text, False, who)
            if end - start > 10 and not overlaps(found_quote, taken + found):
                found.append(found_quote)
        found += self.trailing_according(frames, taken + found)
        return found + self.postposed_frames(taken + found)
