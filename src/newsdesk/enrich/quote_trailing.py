"""Unmarked reported speech whose attribution closes the sentence.

"The economy will recover, the minister said." / "…, Smith told reporters on Tuesday." /
"…, la police a indiqué.": the subject stands before the speech verb, after the comma
(English and Romance word order; German and Slavic put it after the verb, handled by the
inverted rule). "…, a déclaré le ministre." / "…, ha detto la polizia.": a compound tense
puts an auxiliary between the comma and the participle. The message is the clause before
the comma, `direct=False` unless it reads as the speaker's own words.

Precision comes from the frame, not from a parser: the attribution must end the sentence
(after the verb only an object of "told" and a time or place adverbial may follow — "said
goodbye" has an object, so it is no attribution), the clause before the comma must be a
clause (three words or more, not a bare fronted adverbial "In 2020,"), and the subject must
be a pronoun, a name or a short noun phrase.
"""

from __future__ import annotations

import re

from newsdesk.enrich.attribution import WORDS
from newsdesk.enrich.clause_frames import ClauseFrames, quote
from newsdesk.enrich.speaker_phrases import opens_subject, strip_auxiliaries
from newsdesk.enrich.speaker_tails import opens_tail
from newsdesk.enrich.speakers import Mention
from newsdesk.model import Quote

# Languages whose subject may stand between the comma and the verb ("…, police said").
_SUBJECT_FIRST = frozenset({"en", "fr", "es", "it", "pt"})
# Auxiliaries and adverbs between the comma and the participle ("…, a également déclaré").
_AUXILIARIES: dict[str, frozenset[str]] = {
    "fr": frozenset({"a", "ont", "avait", "avaient", "aurait", "a-t-il", "a-t-elle", "ont-ils",
                     "ont-elles", "aussi", "également", "encore", "ensuite", "déjà"}),
    "it": frozenset({"ha", "hanno", "aveva", "avevano", "avrebbe", "anche", "poi", "inoltre"}),
    "es": frozenset({"ha", "han", "había", "habían", "habría", "también"}),
    "pt": frozenset({"tem", "têm", "tinha", "havia", "também"}),
}
# Words opening a subordinate clause or a fronted adverbial: "When asked, he said nothing",
# "In 2020, he said goodbye" — what precedes the comma is not the message.
_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({"when", "if", "as", "after", "before", "while", "although", "though",
                     "because", "since", "once", "until", "unless", "in", "on", "at", "during",
                     "for", "with", "without", "by", "from", "later", "earlier"}),
    "fr": frozenset({"quand", "lorsque", "si", "comme", "après", "avant", "pendant", "dans",
                     "en", "à", "au", "lors", "pour", "avec", "sans", "depuis"}),
    "es": frozenset({"cuando", "si", "como", "tras", "después", "antes", "durante", "en",
                     "con", "sin", "desde", "para"}),
    "it": frozenset({"quando", "se", "come", "dopo", "prima", "durante", "in", "nel", "nella",
                     "con", "senza", "da", "per"}),
    "pt": frozenset({"quando", "se", "como", "após", "depois", "antes", "durante", "em", "no",
                     "na", "com", "sem", "desde", "para"}),
}
# Subjects that are no speaker: relatives, demonstratives, expletives ("…, which he said",
# "…, it said" — a company's "it" would resolve to a person).
_NON_SUBJECTS = frozenset({"which", "who", "what", "that", "this", "it", "there", "as", "so",
                           "and", "but", "or", "qui", "que", "ce", "cela", "ça", "et", "mais",
                           "che", "chi", "ciò", "e", "ma", "lo", "quien", "esto", "y", "pero",
                           "quem", "isso", "mas", "o", "a"})
# A copula before the participle makes it passive: "…, 12 are reported to be Somali",
# "…, il loro avvenire sarebbe assicurato" — no one speaks.
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "est", "sont",
                      "était", "étaient", "été", "serait", "è", "sono", "era", "erano",
                      "stato", "stata", "sarebbe", "es", "fue", "fueron", "sido", "está",
                      "é", "são", "foi", "foram", "seria"})  # not "son": French "his"
_OBJECT_VERBS = frozenset({"told", "tells", "tell"})  # "…, Smith told reporters."
_MAX_OBJECT = 4
_MAX_TAIL = 6
_MAX_SUBJECT = 8
_SUBJECT_REACH = 120  # characters between the comma and the verb, at most
_SENT_BREAK = re.compile(r"[.!?…]\s|\n")
_MARK_BEFORE = re.compile(r"\s*[,–—]\s*$")
_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")
# Quote marks, also as tokenised corpora write them (`` … '').
_MARKS = re.compile(r"[«»„“”\"]|``|''")
_SEPARATORS = re.compile(r"[,;:()«»„“”\"–—]|``|''")


class TrailingFrames(ClauseFrames):
    """The sentence-final attribution rules of one text."""

    def sounds_direct(self, clause: str) -> bool:
        """The speaker's own words rather than a report of them."""
        words = {w.lower() for w in WORDS.findall(clause)}
        return bool(words & self.first_second) or clause.rstrip()[-1:] in "!?"

    def attribution_mark(self, verb: re.Match[str]) -> int | None:
        """Where the message ends before "…, <verb>" or "…, a déclaré": the start of the
        comma (or dash) with only auxiliaries between it and the verb, else None."""
        pos = verb_start = verb.start()
        auxiliaries = _AUXILIARIES.get(self.lang, frozenset())
        for _ in range(3):
            mark = _MARK_BEFORE.search(self.text, max(0, pos - 4), pos)
            if mark:
                if pos < verb_start and not self._compound_attribution(mark.start(), verb.end()):
                    return None
                return mark.start()
            word = _WORD_BEFORE.search(self.text, max(0, pos - 20), pos)
            if word is None or word.group(1).lower() not in auxiliaries:
                return None
            pos = word.start()
        return None

    def _compound_attribution(self, mark: int, verb_end: int) -> bool:
        """"…, a indiqué la police." ends the sentence with the subject; "Le porte-parole,
        Dmitri Peskov, a confirmé la rencontre : …" is a subject set off by commas and a
        verb with its object, no attribution."""
        end = self.sentence_end(verb_end)
        after = list(WORDS.finditer(self.text, verb_end, end))
        if _SEPARATORS.search(self.text, verb_end, end) or len(after) > _MAX_TAIL or \
                (after and opens_tail(self.text, after, 0, self.lang)):
            return False  # "…, hanno risposto al fuoco": a preposition, no subject
        head = re.split(r"['’]", after[0].group())[0].lower() if after else ""
        if after and not (after[0].group()[:1].isupper() or opens_subject(self.lang, [head])):
            return False  # "…, ha reconocido ya al Consejo": an inverted subject opens
            # with an article or a name
        return not self._apposed_subject(mark)

    def _apposed_subject(self, mark: int) -> bool:
        """The words before the comma are a name set off by commas ("Le porte-parole,
        Dmitri Peskov,") or a role apposed to a name ("Suleiman Mahmoud, el general al
        mando,"): the subject of the verb after them, not a message."""
        sent = self.sentence_start(mark)
        comma = self.text.rfind(",", sent, mark)
        if comma < 0:
            return False
        apposed = self.text[comma + 1:mark].strip()
        if any(self.text[m.start:m.end] == apposed
               for m in self.speakers.names_in(comma + 1, mark) if m.person):
            return True
        first = WORDS.search(apposed)
        before = self.text[sent:comma].rstrip()
        return first is not None and opens_subject(self.lang, [first.group().lower()]) and \
            apposed[:1].islower() and any(m.end == sent + len(before) and m.person
                                          for m in self.speakers.names_in(sent, comma))

    def subject_first_clause(self, verb: re.Match[str]) -> Quote | None:
        """"The plan is dead, the minister said on Tuesday.": the clause before the comma."""
        if self.lang not in _SUBJECT_FIRST:
            return None
        # the subject is at most a few words: look for its comma nearby, then (the costly
        # part) for the sentence start
        comma = self.text.rfind(",", max(0, verb.start() - _SUBJECT_REACH), verb.start())
        if comma < 0 or _SEPARATORS.search(self.text, comma + 1, verb.start()) or \
                _SENT_BREAK.search(self.text, comma, verb.start()):
            return None
        if not self.closes_sentence(verb):
            return None
        sent = self.sentence_start(comma)
        if not self.full_clause(sent, comma):
            return None
        who = self.subject_before(comma + 1, verb.start())
        if who is None:
            return None
        clause = self.text[sent:comma]
        return quote(sent, comma, self.text, self.sounds_direct(clause), who)

    def closes_sentence(self, verb: re.Match[str]) -> bool:
        """After the verb only "told"'s object and a time or place adverbial, up to the
        sentence end: "said.", "told reporters in Kyiv.", "said on Tuesday." — not "said
        goodbye to …" nor "said, adding …"."""
        end = self.sentence_end(verb.end())
        if _SEPARATORS.search(self.text, verb.end(), end):
            return False
        words = list(WORDS.finditer(self.text, verb.end(), end))
        k = 0
        if verb.group().lower() in _OBJECT_VERBS:
            while k < len(words) and k < _MAX_OBJECT and not opens_tail(
                    self.text, words, k, self.lang):
                k += 1
            if k == 0 or k >= _MAX_OBJECT:
                return False
        if k < len(words) and (not opens_tail(self.text, words, k, self.lang) or (
                k + 1 < len(words) and words[k + 1].group().lower() == "least")):
            return False  # "said at least one bomb …" goes on with a bare clause
        if len(words) - k > _MAX_TAIL:
            return False
        return not any(self.complementizer.fullmatch(w.group()) for w in words)

    def full_clause(self, sent: int, end: int) -> bool:
        """Three words or more, no quote marks, and not a lone fronted adverbial or
        subordinate clause ("In 2020," "When asked,")."""
        clause = self.text[sent:end]
        words = WORDS.findall(clause)
        if len(words) < 3 or _MARKS.search(clause):
            return False
        return "," in clause or words[0].lower() not in _OPENERS.get(self.lang, frozenset())

    def subject_before(self, start: int, end: int) -> Mention | None:
        """The subject between the comma and the verb: a pronoun (→ its antecedent), the
        person closing the phrase ("Finance Minister John Smith"), a name, or a short
        noun phrase ("the head of the central bank", "police", "la police")."""
        raw = self.text[start:end]
        span = strip_auxiliaries(raw.strip())
        first = start + raw.find(span)
        words = list(WORDS.finditer(self.text, first, first + len(span)))
        if not 1 <= len(words) <= _MAX_SUBJECT:
            return None
        lowered = [w.group().lower() for w in words]
        if len(words) == 1 and self.is_pronoun(words[0].group()):
            return self.pronoun(words[0])
        if lowered[0] in _NON_SUBJECTS or lowered[0] in _OPENERS.get(self.lang, frozenset()) or \
                any(self.is_pronoun(w) for w in lowered) or _COPULAS & set(lowered) or \
                self.according.match(self.text, first):
            return None  # "…, according to media reports": a frame, not a subject
        span_end = words[-1].end()
        names = [m for m in self.speakers.names_in(first, span_end, roles=True)
                 if m.end == span_end]
        persons = [m for m in names if m.person]
        if persons or (names and span[:1].isupper()):
            return (persons or names)[-1]
        if span[:1].isupper() or not opens_subject(self.lang, lowered):
            return None
        return Mention(first, span_end, self.text[first:span_end], False)
