"""Marked text that is no quotation: a work's or paper's name, a scare quote.

Quote marks also set off titles („Die goldene Tochter“ after "im"), the name of a paper
that then reports („Bild“ berichtete) and terms the writer keeps at a distance (нынешней
"крымско-украинской" политики); these rules tell them from quoted words by what stands
around the marks.
"""

from __future__ import annotations

import re

from newsdesk.enrich.attribution import WORDS, Attribution
from newsdesk.enrich.quote_titles import colon_announces
from newsdesk.enrich.quotemarks import Marked

# Words before a quote mark that make the quoted words a name (article, preposition).
_WORK_CUES = frozenset({
    "der", "die", "das", "dem", "den", "des", "im", "ins", "am", "vom", "zum", "zur", "in",
    "aus", "the", "le", "la", "les", "du", "au", "dans", "el", "del", "il", "nel", "het",
    "w", "we", "v", "ve", "в", "во"})


class QuoteFilters(Attribution):
    """Tests on one marked span of the text."""

    def names_a_work(self, m: Marked) -> bool:
        """„Die goldene Tochter“ after "im", "der", "in the": a capitalised title or paper
        named as part of the sentence, not a quotation."""
        before = list(WORDS.finditer(self.text, max(0, m.outer_start - 20), m.outer_start))
        if not before or before[-1].end() < m.outer_start - 1 or not m.text[:1].isupper():
            return False
        return (before[-1].group().lower() in _WORK_CUES
                and m.text.rstrip()[-1:] not in ".!?…" and len(WORDS.findall(m.text)) <= 8)

    def names_the_subject(self, m: Marked) -> bool:
        """„Bild“ berichtete, «Коммерсантъ» сообщает, "The Times" reported: a short
        capitalised name in marks followed straight by a speech verb, with no comma, is the
        verb's subject (a paper, a channel), not a quotation."""
        words = WORDS.findall(m.text)
        if m.dash or not 1 <= len(words) <= 4 or not m.text[:1].isupper() or \
                m.text.rstrip()[-1:] in ".!?…" or "," in self.text[m.end:m.outer_end]:
            return False  # „Wir kommen,“ sagte er: the comma closes a quotation
        if any(w[:1].islower() and len(w) > 3 for w in words):
            return False  # „Wir kommen wieder“ sagte er: a clause, not a name
        gap = re.compile(r"[ \u00a0]+").match(self.text, m.outer_end)
        verb = self.verbs.match(self.text, gap.end()) if gap else None
        after = WORDS.match(self.text, verb.end() + 1) if verb else None
        return verb is not None and not (after and self.is_pronoun(after.group()))

    def scare_quote(self, m: Marked) -> bool:
        """нынешней "крымско-украинской" политики, a "historic" day: a few lower-case words in
        marks inside running text (words right before and after the marks, no sentence
        punctuation) distance the writer from a term; nobody is quoted. A verdict closing
        its sentence ("Laut Lang ist der Streit „völlig unnötig“.") or words inside a
        reported clause are partial quotes."""
        words = WORDS.findall(m.text)
        if m.dash or not 1 <= len(words) <= 3 or not m.text[:1].islower() or \
                m.text.rstrip()[-1:] in ".!?…":
            return False
        before = self.text[:m.outer_start].rstrip(" \u00a0")
        after = self.text[m.outer_end:m.outer_end + 3].lstrip(" \u00a0")
        goes_on = after[:1].isalnum() or after[:1] in ",(–—-"
        return before[-1:].isalnum() and goes_on and not self.in_reported_clause(m)

    def in_reported_clause(self, m: Marked) -> bool:
        """"a affirmé que des progrès «réels» avaient été réalisés": a word in marks inside a
        speech verb's that-clause is the speaker's own wording, a partial quote."""
        start = self.sentence_start(m.outer_start)
        verbs = list(self.verbs.finditer(self.text, start, m.outer_start))
        return bool(verbs) and self.complementizer.search(
            self.text, verbs[-1].end(), m.outer_start) is not None

    def after_colon(self, m: Marked) -> bool:
        return colon_announces(self.text, m)
