"""Who said it: sentence bounds and speaker look-ups shared by the quote rules.

The speaker of an attribution is, in order: a subject pronoun next to the verb (reported
with its own span and named after its antecedent, see speakers.py), a name in subject
position, the person nearest the verb, any name, or a short noun phrase ("эксперты").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.enrich import speechverbs as lex
from newsdesk.enrich.quote_sentences import SentenceBreaks
from newsdesk.enrich.speaker_phrases import is_auxiliary, opens_subject, strip_auxiliaries
from newsdesk.enrich.speaker_tails import (
    cut_tail,
    determined_phrase,
    is_time_name,
    skip_leading_time,
)
from newsdesk.enrich.speakers import Mention, Speakers

_SENT_END = re.compile(r"[.!?…](?=[\s\"»”“'’)]|$)|\n")
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer"})
_DE_PREPOSITIONS = frozenset({"an", "auf", "aus", "bei", "für", "in", "im", "mit", "nach",
                              "über", "unter", "von", "vor", "zu", "zum", "zur", "am", "beim"})
WORDS = re.compile(r"\w[\w’'-]*")
# "Люди, хорошо помнившие довоенные годы, утверждают": a subject with a participle or
# relative clause set off by commas before the verb; the noun before the comma speaks.
_CLAUSE_OPENER = r"\w+(?:вш|вши|ющ|ящ|ущ|ащ)\w*|котор\w+|як(?:ий|а|е|і)|who|which|qui"
_APPOSED = re.compile(rf"\s*(\w+(?: \w+)?),\s+(?:\w+\s+){{0,2}}?(?:{_CLAUSE_OPENER})(?!\w)"
                      r"[^,.;:!?]{0,150},\s*")


class Attribution:
    """One text with its lexicons and name mentions."""

    def __init__(
        self, text: str, lang: str | None, names: Sequence[tuple[int, int, str]]
    ) -> None:
        self.text = text
        self.breaks = SentenceBreaks(text)
        self.lang = (lang or "").split("-")[0].lower()
        self.speakers = Speakers(text, names, lang)
        self.verbs = lex.verb_re(lang)
        self.according = lex.according_re(lang)
        self.complementizer = lex.complementizer_re(lang)
        self.pronouns = lex.pronouns(lang)
        self.self_pronouns = lex.pronouns(lang, lex.SELF)
        self.comma_clauses = (lang or "").lower().startswith("de")
        self.as_frame = lex.as_frame_re(lang)
        self.opinion = lex.opinion_re(lang)
        self.subordinators = lex.words(lang, lex.SUBORDINATORS)
        self.first_second = lex.words(lang, lex.FIRST_SECOND)

    # -- sentences -------------------------------------------------------------------
    def sentence_start(self, pos: int, floor: int = 0) -> int:
        return self.breaks.start_before(pos, floor)

    def sentence_end(self, pos: int) -> int:
        match = _SENT_END.search(self.text, pos)
        return match.start() if match else len(self.text)

    # -- speakers --------------------------------------------------------------------
    def pronoun_before(self, start: int, end: int) -> Mention | None:
        """A subject pronoun among the last three words before `end` → its antecedent (in
        German, where the verb may close its clause, among the clause's last eight)."""
        if self.comma_clauses:
            start = max(start, self.text.rfind(",", start, end) + 1)
        words = list(WORDS.finditer(self.text, start, end))[-8 if self.comma_clauses else -3:]
        for word in reversed(words):
            if self.is_pronoun(word.group()):
                return self.pronoun(word)
        return None

    def is_pronoun(self, word: str) -> bool:
        lower = word.lower().rsplit("-", 1)[-1]  # French inversion: "a-t-il", "déclare-t-elle"
        return lower in self.pronouns or lower in self.self_pronouns

    def pronoun(self, word: re.Match[str]) -> Mention:
        """The pronoun's own span, named after its antecedent (or itself when none is found)."""
        if word.group().lower() in self.self_pronouns:  # "we said": the writer speaks
            return Mention(word.start(), word.end(), word.group(), True)
        antecedent = self.speakers.antecedent(word.start())
        bare = word.group().rsplit("-", 1)[-1]
        start = word.end() - len(bare)
        return Mention(start, word.end(), antecedent.name if antecedent else bare, True)

    def subject(self, start: int, verb_start: int, verb_end: int | None = None) -> Mention | None:
        """Who speaks in "<subject …> verb": pronoun, person, any name, or a short phrase;
        in German first a pronoun right after the verb ("Deswegen sage ich:")."""
        after = WORDS.match(self.text, verb_end + 1) if verb_end is not None else None
        if self.comma_clauses and after and self.is_pronoun(after.group()):
            return self.pronoun(after)
        if self.comma_clauses:
            start = self._own_clause(start, verb_start)
        head = _APPOSED.match(self.text, start, verb_start)
        if head and len(WORDS.findall(self.text, head.end(), verb_start)) <= 4:
            return Mention(head.start(1), head.end(1), head.group(1), False)
        found = self.pronoun_before(start, verb_start)
        if found:
            return found
        return self.pick(start, verb_start) or self._noun_phrase(start, verb_start)

    def subject_phrase(self, start: int, end: int) -> Mention | None:
        """"…," the mayor told reporters / a senior EU official said: a lower-case noun
        phrase between the quote and its verb is the subject; the words after the verb are
        its object ("reporters", "Reuters"). Only where the subject opens with an article
        (or in English, any lower-case phrase): German, Slavic word order put an adverb
        there and the subject after the verb („…“, sagte er; "…," skromně uvedl Slabý)."""
        raw = self.text[start:end]
        span = strip_auxiliaries(raw.strip(" ,–—-\u00a0"))
        words = [w.lower() for w in WORDS.findall(span)]
        if not 1 <= len(words) <= 4 or not span[:1].islower() or \
                any(ch in span for ch in ",;:()") or self.is_pronoun(words[0]):
            return None
        if (len(words) == 1 and is_auxiliary(words[0])) or not opens_subject(self.lang, words):
            return None  # "a prévenu le syndicat", Czech "skromně uvedl Slabý"
        first = start + raw.find(span)
        return Mention(first, first + len(span), span, False)

    def fronted_adverb(self, start: int, verb: re.Match[str]) -> bool:
        """German V2 "Weiter sagt die Zeitung", "So sagt Herr X": one short word before the
        verb and an article or name after it — the subject follows the verb."""
        before = WORDS.findall(self.text, start, verb.start())
        after = WORDS.match(self.text, verb.end() + 1)
        return (self.comma_clauses and len(before) == 1 and after is not None
                and (after.group().lower() in _ARTICLES or after.group()[:1].isupper())
                and not self.is_pronoun(before[0]) and after.group() != "Sie")

    def _own_clause(self, start: int, verb_start: int) -> int:
        """German: "Liebe Kollegen, in ihrem Entwurf fordert die AfD …" — a clause opening
        with a prepositional phrase has its subject after the verb, not in a vocative or
        another clause before the comma."""
        comma = self.text.rfind(",", start, verb_start)
        first = WORDS.search(self.text, comma + 1, verb_start) if comma >= 0 else None
        if first is None or first.group() not in _DE_PREPOSITIONS:
            return start  # "…, gab das Buch der Frau und sagte": the subject is further back
        return comma + 1

    def pick(self, start: int, end: int) -> Mention | None:
        """The likeliest speaker among the names of a clause: one in subject position (the
        clause's first three words; there a German common noun may speak too: "Der Antrag
        lautet"), else the person nearest the end, else any name."""
        names = self.speakers.names_in(start, end, roles=True, weak=True)
        if not names:
            return None
        head = list(WORDS.finditer(self.text, start, end))[:5]
        if head and names[0].start <= head[min(2, len(head) - 1)].start() and (
                not names[0].weak or self._after_article(head, names[0])):
            return names[0]
        if head and names[0].weak and self._after_article(head, names[0]) and \
                head[0].group().lower() in _ARTICLES:
            return names[0]  # "Der immerhin wichtige Bescheid lautet"
        names = [m for m in names if not m.weak]
        persons = [m for m in names if m.person]
        others = [m for m in names if not m.name.isupper()] or names
        pool = persons or others
        return pool[-1] if pool else None

    @staticmethod
    def _after_article(head: list[re.Match[str]], name: Mention) -> bool:
        """"die Exekutiven", "dass die Exekutiven": a common noun right after an article
        among the clause's first words is its subject."""
        before = [w for w in head if w.end() <= name.start]
        if not before or before[0].group().lower() not in _ARTICLES:
            return before[-1].group().lower() in _ARTICLES if before else False
        return all(w.group()[:1].islower() for w in before[1:])

    def _noun_phrase(self, start: int, end: int) -> Mention | None:
        span = strip_auxiliaries(self.text[start:end].strip(" -–—,\u00a0"))
        words = WORDS.findall(span)
        if not 1 <= len(words) <= 3 or "," in span:
            return None
        if self.comma_clauses and words[0] in _DE_PREPOSITIONS:
            return None  # "in ihrem Gesetzentwurf fordert die AfD": no subject before the verb
        first = self.text.find(span, start)
        return Mention(first, first + len(span), span, False)

    def inverted(self, verb_end: int, limit: int) -> Mention | None:
        """The subject after the verb: "said Smith", "sagte er", "заявил Песков"; it ends
        before a time or prepositional tail ("said the minister on Tuesday", see
        speaker_tails.py) unless nobody is found in front of that tail."""
        stop = re.search(r"[,.;:!?()\n]", self.text[verb_end:limit])
        end = verb_end + stop.start() if stop else limit
        words = skip_leading_time(list(WORDS.finditer(self.text, verb_end, end))[:8], self.lang)
        if not words:
            return None
        at_sentence_end = not stop or self.text[verb_end + stop.start()] in ".!?"
        cut = cut_tail(self.text, words, self.lang)
        found = self._subject_in(cut, limit, at_sentence_end)
        if found is None and len(cut) < len(words):
            if determined_phrase(cut, self.lang):  # "said the head of the bank in London"
                first, last = cut[0].start(), cut[-1].end()
                return Mention(first, last, self.text[first:last], False)
            found = self._subject_in(words, limit, at_sentence_end)
        return found

    def _subject_in(self, words: list[re.Match[str]], limit: int,
                    at_sentence_end: bool) -> Mention | None:
        """The inverted subject among `words`: a pronoun, a name, a person apposed after a
        comma, or a short noun phrase closing the sentence."""
        start, end = words[0].start(), words[-1].end()
        if self.is_pronoun(words[0].group()):
            return self.pronoun(words[0])
        names = [m for m in self.speakers.names_in(start, end, weak=True)
                 if not is_time_name(m.name, self.lang)]
        apposed = self._apposed_person(end, limit)
        if names and not names[0].person and (apposed or any(m.person for m in names)):
            return apposed or next(m for m in names if m.person)
        if names and (not names[0].weak or self._first_noun(start, names[0])):
            return names[0]
        names = [m for m in names if not m.weak]
        if names or apposed:
            return names[0] if names else apposed
        return self._noun_phrase(start, end) if len(words) <= 2 and at_sentence_end else None

    def _apposed_person(self, end: int, limit: int) -> Mention | None:
        """"dijo el ministro de Hacienda, Carlos Ruiz." / "said the head of the bank, Mark
        Olsen,": a person's name set off by a comma right after the role names the speaker
        (the role's capitalised words — "Hacienda", "Premier" — are not the speaker)."""
        comma = re.compile(r"\s*,\s*").match(self.text, end, limit)
        if comma is None:
            return None
        for m in self.speakers.names_in(comma.end(), limit):
            closes = re.match(r"\s*(?:[,.;:!?)\n]|$)", self.text[m.end:limit])
            return m if m.start == comma.end() and m.person and closes else None
        return None

    def _first_noun(self, verb_end: int, m: Mention) -> bool:
        """"sprach die Braut des Assessors": the noun right after the verb (past an article
        and adjectives) is its subject."""
        between = WORDS.findall(self.text, verb_end, m.start)
        return len(between) <= 3 and all(w[:1].islower() for w in between)
