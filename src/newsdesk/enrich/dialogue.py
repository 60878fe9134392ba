"""Unmarked dialogue in fiction: speech that runs on past its attribution sentence.

Nineteenth-century prose often writes dialogue without quote marks: "Dein Sohn gehörte
niemals recht zu uns, versetzte die Shakerin mit einem Tone des Bedauerns. Das heidnische
Leben hat zuviel Macht über ihn. Doch bitten wir alle …". Once an unmarked direct quote is
attributed to a third person, the sentences after the attribution go on with the same
speaker's words as long as they read as someone's own words (first or second person, a
question or exclamation) and carry no marks or speech verb of their own; the run ends at
its last such sentence, so a plain narration sentence after it is left out.
"""

from __future__ import annotations

import re

from newsdesk.enrich.attribution import WORDS
from newsdesk.enrich.reported import Reported, inside
from newsdesk.enrich.speakers import Mention
from newsdesk.model import Quote

_MAX_SENTENCES = 3  # a longer unmarked run is more likely narration than speech
_MARKS = re.compile(r"[«»„“”\"]")


class Dialogue(Reported):
    """The dialogue-continuation rule of one text."""

    def continued_dialogue(self, found: list[Quote]) -> list[Quote]:
        """For each unmarked, third-person attributed direct quote, one more direct quote
        over the speech sentences following its attribution sentence."""
        more: list[Quote] = []
        for q in found:
            if not q.direct or q.speaker_start is None or q.speaker_end is None:
                continue
            if self._marked(q) or q.speaker_start < q.end or self._first_person(q):
                continue
            run = self._speech_run(self.sentence_end(q.speaker_end), found + more)
            if run is not None:
                start, end = run
                more.append(Quote(start, end, self.text[start:end], True, q.speaker,
                                  q.speaker_start, q.speaker_end))
        return more

    def addressed_turns(self, found: list[Quote]) -> list[Quote]:
        """"Soll ich dir vorlesen? Ich fürchte, Schwester Elisabeth, …, entgegnete die Dame":
        unmarked speech sentences right before a reply attributed after it, where the reply
        addresses someone by name, are that person's turn."""
        more: list[Quote] = []
        direct = [q for q in found if q.direct]
        for q in direct:
            if self._marked(q) or q.speaker_start is None or q.speaker_start < q.end:
                continue
            if self.sentence_start(q.start) != q.start:
                continue
            addressed = self._addressed(q)
            run = self._run_before(q.start, direct + more) if addressed else None
            if addressed is not None and run is not None:
                more.append(Quote(run[0], run[1], self.text[run[0]:run[1]], True,
                                  addressed.name, addressed.start, addressed.end))
        return more

    def _addressed(self, q: Quote) -> Mention | None:
        """A name set off by commas inside the reply ("Ich fürchte, Schwester Elisabeth, …")."""
        for name in self.speakers.names_in(q.start, q.end):
            before = self.text[max(q.start, name.start - 2):name.start].rstrip()
            if before.endswith(",") and self.text[name.end:name.end + 1] in ",!?":
                return name
        return None

    def _run_before(self, pos: int, taken: list[Quote]) -> tuple[int, int] | None:
        """Up to three sentences ending right before `pos`, in its paragraph, the nearest
        sounding like speech; the run starts at the earliest that does."""
        end = len(self.text[:pos].rstrip())
        start, cursor = None, end
        for _ in range(_MAX_SENTENCES):
            if cursor <= 0 or self.text[cursor - 1] not in ".!?…":
                break
            begin = self.sentence_start(cursor - 1)
            sentence = self.text[begin:cursor]
            if not sentence.strip() or "\n" in self.text[begin - 1:begin] or \
                    _MARKS.search(sentence) or inside(begin, taken) or self.verbs.search(sentence):
                break
            if self.sounds_direct(sentence):
                start = begin
            elif start is None:
                return None  # the sentence right before the reply is narration
            cursor = len(self.text[:begin].rstrip())
        return (start, end) if start is not None else None

    def _marked(self, q: Quote) -> bool:
        before = self.text[max(0, q.start - 2):q.start]
        return bool(_MARKS.search(before))

    def _first_person(self, q: Quote) -> bool:
        said = self.text[q.speaker_start:q.speaker_end].lower()
        return said in self.self_pronouns

    def _speech_run(self, pos: int, taken: list[Quote]) -> tuple[int, int] | None:
        """The following sentences (from the end of the attribution sentence at `pos`) up
        to the last one that sounds like direct speech."""
        start = self._next_sentence(pos)
        if start is None or inside(start, taken):
            return None
        end = None
        cursor = start
        for _ in range(_MAX_SENTENCES):
            stop = self.sentence_end(cursor)
            close = stop + 1 if stop < len(self.text) and self.text[stop] in ".!?…" else stop
            sentence = self.text[cursor:close]
            if "\n" in sentence or _MARKS.search(sentence) or self.verbs.search(sentence):
                break
            if self.sounds_direct(sentence):
                end = close
            nxt = self._next_sentence(stop)
            if nxt is None or inside(nxt, taken):
                break
            cursor = nxt
        return (start, end) if end is not None else None

    def _next_sentence(self, pos: int) -> int | None:
        """The start of the sentence after the one ending at `pos`, in the same paragraph."""
        match = re.compile(r"[.!?…]*[ \u00a0]+").match(self.text, pos)
        if match is None or match.end() >= len(self.text):
            return None
        word = WORDS.match(self.text, match.end())
        return match.end() if word and word.group()[:1].isupper() else None
