"""Quotations and their speakers: direct quotes by their marks, reported speech by its frame.

Rules, not a model: a quote's speaker comes from the attribution around it — after it
(`», a déclaré X`, `", he said`, `– powiedział Seibert.`), else before it in the same sentence
(`X a confirmé … : «`, `Selon X, «`, `X s'est montré optimiste : «`). A pronoun or a missing
subject (`a-t-il dit`, `powiedział.`) resolves to the nearest preceding person-like name or
role noun standing for one (see speakers.py). Reported speech is a speech verb followed by
"that"/"que"/"że"/"что"… (the clause is the quote, `direct=False`), "according to X, …", or
an unmarked clause followed by ", said X" or a speech verb and a colon; in German also
"sagte, er sei …". A quote split by its attribution («A», a-t-il dit, «B») gives one Quote
per piece, each with the speaker. A multi-paragraph quote is one Quote from its first
opening mark to its closing mark; its `text` leaves out the marks that re-open each
paragraph. `speaker_start/end` point at the attribution's own mention of the speaker: for
a pronoun that is the pronoun (`speaker` is then its antecedent's name, or the pronoun when
none is found; first-person "we said" stays as written); for a dropped subject, the
antecedent. Unattributed quotes of ≤ 4 words (≤ 8 without sentence punctuation), title-like
ones („Die schöne Helena“, "im „Globe“", bylines: quote_titles.py), a paper named before its
verb and scare quotes (quote_filters.py) are left out; "according to"/"pour X" frames:
according.py. Unmarked
reported speech: reported.py; attributions closing the sentence ("…, the minister said.",
"…, a déclaré le ministre.", "…, selon la police.") and comma-less frames ("Podle policie
byl …", "X zufolge …"): quote_trailing.py, quote_according.py; German events:
speechevents.py, event_objects.py,
complement_events.py ("…, dass/wieso"), colon_events.py ("fassen wir zusammen: …"),
aside_events.py (past " - aside -"); fiction dialogue past its attribution: dialogue.py; an
unattributed marked turn after another is the other side's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.enrich.aside_events import AsideEvents
from newsdesk.enrich.attribution import WORDS
from newsdesk.enrich.colon_events import ColonEvents
from newsdesk.enrich.complement_events import ComplementEvents
from newsdesk.enrich.dialogue import Dialogue
from newsdesk.enrich.quote_filters import QuoteFilters
from newsdesk.enrich.quote_frames import Frames
from newsdesk.enrich.quote_titles import looks_like_title
from newsdesk.enrich.quotemarks import Marked, find_marked
from newsdesk.enrich.reported import quote
from newsdesk.enrich.speakers import Mention
from newsdesk.model import Quote

_SHORT_QUOTE_WORDS = 4  # an unattributed quote this short is a title or scare quote
_FRAGMENT_WORDS = 8  # … or this short, when it is no sentence either
# German "„…“, so der Minister": "so" right after the quote's comma stands for "said".
_SO_FRAME = re.compile(r"\s*,\s*so\s+(?=(?:der|die|das|des|ein|eine)\s|[A-ZÄÖÜ])")


class _Finder(AsideEvents, Dialogue, ComplementEvents, ColonEvents, Frames, QuoteFilters):
    """The quote rules of one text."""

    def attribute_after(self, m: Marked, limit: int) -> Mention | None:
        """Attribution following the quote up to the sentence end."""
        end = min(self.sentence_end(m.outer_end), limit, m.outer_end + 160)
        seg = self.text[m.outer_end:end]
        if not seg.strip() or seg.lstrip()[:1] in ".!?;":
            return None
        frame = _SO_FRAME.match(self.text, m.outer_end, end) if self.comma_clauses else None
        if frame:  # German news: „…“, so der Minister.
            return self.inverted(frame.end(), end)
        verb = self.verbs.search(self.text, m.outer_end, min(end, m.outer_end + 70))
        if not verb:
            return None
        between = self.text[m.outer_end:verb.start()]
        if len(WORDS.findall(between)) > 4:
            return None
        found = self.pronoun_before(m.outer_end, verb.start())
        names = self.speakers.names_in(m.outer_end, verb.start())
        if not found and not any(n.person for n in names):
            found = self.subject_phrase(m.outer_end, verb.start())
        return (found or (names[-1] if names else None) or self.inverted(verb.end(), end)
                or self.speakers.antecedent(m.outer_start))

    def attribute_before(self, m: Marked, floor: int) -> Mention | None:
        """Attribution earlier in the quote's sentence: verb, "according to", or a colon."""
        start = self.sentence_start(m.outer_start, floor)
        verbs = list(self.verbs.finditer(self.text, start, m.outer_start))
        if verbs:
            verb = verbs[-1]
            if self.fronted_adverb(start, verb):  # "Weiter sagt die „Kreuzzeitung“:"
                found = self.inverted(verb.end(), m.outer_start)
                if found:
                    return found
            return (self.subject(start, verb.start()) or self.inverted(verb.end(), m.outer_start)
                    or self.speakers.antecedent(start))
        frame = self.according_speaker(start, m.outer_start) or \
            self.opinion_speaker(start, m.outer_start)
        if frame:
            return frame
        if self.text[start:m.outer_start].rstrip().endswith(":"):
            return self.pick(start, m.outer_start)
        return None

    def verb_follows(self, m: Marked, limit: int) -> bool:
        """`"…," dodává.`: an attribution with a dropped, unresolved subject still marks a quote."""
        verb = self.verbs.match(self.text, m.outer_end, min(limit, m.outer_end + 6)) or \
            self.verbs.match(self.text, m.outer_end + 1, min(limit, m.outer_end + 8))
        return verb is not None and not WORDS.search(self.text, m.outer_end, verb.start())

    def narration_before(self, m: Marked, floor: int) -> Mention | None:
        """A quote opening a sentence right after a narration sentence naming someone
        ("Joe shrugged. «Who can stop him?»"): that sentence's subject speaks."""
        start = self.sentence_start(m.outer_start, floor)
        if self.text[start:m.outer_start].strip() or start - 2 <= floor:
            return None
        previous = self.sentence_start(start - 2, floor)
        return self.sentence_subject(previous, start)

    def narration_after(self, m: Marked, limit: int) -> Mention | None:
        """A quote closing its sentence and followed by narration whose subject opens it
        ("„Komm!“ Er nahm den Arm des Freundes.", "Also schloß der Christ.")."""
        if self.text[m.start:m.end].rstrip()[-1:] not in ".!?…" and \
                self.text[m.outer_end:m.outer_end + 1] != ".":
            return None
        nxt = re.compile(r"[. \u00a0]*").match(self.text, m.outer_end)  # same paragraph
        start = nxt.end() if nxt else m.outer_end
        if start >= limit or not self.text[start:start + 1].isupper():
            return None
        return self.sentence_subject(start, min(limit, self.sentence_end(start)), names=False)

    def sentence_subject(self, start: int, end: int, names: bool = True) -> Mention | None:
        """The subject among a sentence's first four words: a pronoun or (with `names`) a
        name. After a quote only a pronoun goes back to its speaker: a name there is more
        often the next speaker reacting ("„…“ Joe zuckte die Achseln. „…“")."""
        head = list(WORDS.finditer(self.text, start, end))[:4]
        if not head:
            return None
        for word in head:
            if word.group().lower() in self.pronouns:
                return self.pronoun(word)
        found = self.speakers.names_in(start, head[-1].end(), weak=True) if names else []
        return found[0] if found else None

    def attribute_inside(self, m: Marked) -> Mention | None:
        """„Eine Klinik — meinte er — ist …“: an attribution set off inside the quote."""
        for verb in self.verbs.finditer(self.text, m.start, m.end):
            before = self.text[max(m.start, verb.start() - 3):verb.start()].rstrip()
            if not before or before[-1] not in ",—–-":
                continue
            close = re.compile(r"[^,.;:!?—–\n]{0,40}?[,—–]").match(self.text, verb.end(), m.end)
            if close:
                return self.inverted(verb.end(), close.end() - 1)
        return None

    def split_piece(self, m: Marked, found: list[Quote]) -> Mention | None:
        """„A“, fuhr der Assessor fort; „B“: the second piece of a quote split by its
        attribution has the first piece's speaker."""
        last = found[-1] if found else None
        if last is None or last.speaker_start is None or not (
                last.end <= last.speaker_start and (last.speaker_end or 0) <= m.outer_start):
            return None
        gap = self.text[last.end:m.outer_start]
        tail = self.text[last.speaker_end or 0:m.outer_start].rstrip()
        if len(gap) > 160 or "\n" in gap or len(WORDS.findall(tail)) > 6 or \
                tail[-1:] not in ",;—–-":
            return None
        return _as_mention(last)

    def next_turn(self, m: Marked, found: list[Quote]) -> Mention | None:
        """An unattributed quote right after another (nothing but marks and spaces between)
        is the other side's turn in a dialogue: the speaker before the last one; after
        narration it goes on with the last speaker."""
        last = found[-1]
        if m.dash or self.text[last.end:m.outer_start].strip(" \u00a0\n\"»«„“”.,!?"):
            return _as_mention(last)
        for turn in reversed(found):  # the last speaker's run of turns may name the addressee
            if turn.speaker != last.speaker:
                break
            addressed = self.vocative(turn)
            if addressed is not None and addressed.name != last.speaker:
                return addressed
        for earlier in reversed(found[:-1]):
            if earlier.speaker and earlier.speaker != last.speaker and earlier.direct:
                return _as_mention(earlier)
        return None

    def vocative(self, q: Quote) -> Mention | None:
        """„Sei nicht böse, Helene!“: a name set off by commas or closing its sentence with
        "!"/"?" inside a turn is the person addressed, who answers next."""
        for name in self.speakers.names_in(q.start, q.end):
            before = self.text[max(q.start, name.start - 2):name.start]
            after = self.text[name.end:name.end + 1]
            if (name.start == q.start or before.rstrip().endswith(",")) and after in ",!?" \
                    and after and (after != "," or before):
                return name
        return None

    def marked_quotes(self) -> list[Quote]:
        found: list[Quote] = []
        marked = find_marked(self.text)
        floor = 0  # the end of the last kept quote: a title („Kreuzzeitung“) is no boundary
        for k, m in enumerate(marked):
            limit = marked[k + 1].outer_start if k + 1 < len(marked) else len(self.text)
            who = self.framed(m, marked[k + 1:]) or self.attribute_after(m, limit)
            if who is None and self.scare_quote(m):
                continue
            if self.names_a_work(m) or self.names_the_subject(m) or (
                    who is None and looks_like_title(m) and not self.after_colon(m)):
                continue
            who = (who or self.split_piece(m, found) or self.attribute_before(m, floor)
                   or self.attribute_inside(m) or self.narration_before(m, floor)
                   or self.narration_after(m, limit))
            if who is None and found and m.outer_start - found[-1].end < 150:
                who = self.next_turn(m, found)
            if who is None and (m.dash or _unattributed_fragment(m)) and not (
                    self.verb_follows(m, limit)):
                continue
            found.append(quote(m.start, m.end, self.text, True, who, m.text))
            floor = m.outer_end
        return found


def find_quotes(
    text: str, lang: str | None, names: Sequence[tuple[int, int, str]] = ()
) -> list[Quote]:
    """Direct and reported quotes of `text` with speakers; `names` are known person spans."""
    finder = _Finder(text, lang, names)
    quotes = finder.marked_quotes()
    quotes += finder.according_quotes(quotes)
    quotes += finder.reported_quotes(quotes)
    quotes += finder.continued_dialogue(quotes)
    quotes += finder.addressed_turns(quotes)
    quotes += finder.speech_events(quotes)
    quotes += finder.complement_events(quotes)
    quotes += finder.colon_events(quotes)
    return sorted(quotes, key=lambda q: (q.start, q.end))


def _unattributed_fragment(m: Marked) -> bool:
    """Nobody says it and it is short, or a short phrase without sentence punctuation."""
    words = len(WORDS.findall(m.text))
    return words <= _SHORT_QUOTE_WORDS or (
        words <= _FRAGMENT_WORDS and m.text.rstrip()[-1:] not in ".!?…")


def _as_mention(quote: Quote) -> Mention | None:
    if quote.speaker is None or quote.speaker_start is None or quote.speaker_end is None:
        return None
    return Mention(quote.speaker_start, quote.speaker_end, quote.speaker, True)
