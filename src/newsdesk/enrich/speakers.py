"""Candidate speakers: name mentions, person-likeness and role nouns ("the envoy" → the name).

When the entity step gives person spans they are the only candidates. Without them, names
are guessed as runs of capitalised words; a sentence's first word counts only when its
lower-case form never occurs in the text (so "Le", "Die", "Plusieurs" are not names, while
"Witkoff" is). A name is *person-like* when it has two or more words or is the last word of
such a name somewhere in the text (a surname); that is what pronouns resolve to, since
places and organisations are rarely written with a first name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.enrich import speaker_nouns
from newsdesk.enrich.speaker_tails import is_time_name

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_PARTICLES = frozenset({"de", "da", "di", "van", "von", "der", "den", "del", "della", "du", "bin",
                        "al", "ibn", "dos", "das", "le", "la", "ten", "ter", "zu"})
_DE_PARTICLES = frozenset({"von", "van", "zu", "vom", "de"})
_ARTICLES = frozenset({"l", "le", "la", "les", "the", "der", "die", "das", "den", "dem", "des",
                       "el", "los", "las", "il", "lo", "gli", "o", "os", "het", "de", "this",
                       "ce", "cette", "dieser", "diese", "este", "esta", "questo", "deze"})
_ELISION = re.compile(r"^[LlDd][’']")
_COMMA_CLOSE = re.compile(r",[\s\"»”“'’]*[\"»”“'’][\s–—-]*$|[\"»”“'’],[\s–—-]*$")
_SENTENCE_GAP = re.compile(r"(?:^|[.!?…:;\n«»“”„\"(–—-])[\s«»“”„\"'‚‘’(–—-]*$")


@dataclass(frozen=True, order=True)
class Mention:
    """A possible speaker: span in the text and the name to report."""

    start: int
    end: int
    name: str
    person: bool
    weak: bool = False  # a German common noun: a speaker only in the subject's own slot


class Speakers:
    """Name mentions of one text, with look-ups by position."""

    def __init__(self, text: str, names: Sequence[tuple[int, int, str]] = (),
                 lang: str | None = None) -> None:
        self.text = text
        german = (lang or "").lower().startswith("de")
        if names:
            given = [Mention(s, e, n, True) for s, e, n in sorted(names)]
            self.mentions = _drop_titles(text, given)
        else:
            self.mentions = _guess_mentions(text, german)
        # "Tuesday", "Mardi" open a sentence in capitals but never speak.
        base = (lang or "").split("-")[0].lower()
        self.mentions = [m for m in self.mentions if not is_time_name(m.name, base)]
        self.roles = _role_mentions(text, self.mentions)

    def names_in(self, start: int, end: int, roles: bool = False,
                 weak: bool = False) -> list[Mention]:
        """Name mentions (and with `roles`, role nouns; with `weak`, German common nouns)
        lying within [start, end), in order."""
        pool = self.mentions + self.roles if roles else self.mentions
        return sorted(m for m in pool
                      if m.start >= start and m.end <= end and (weak or not m.weak))

    def antecedent(self, pos: int, floor: int = 0) -> Mention | None:
        """The nearest person-like name (or role noun standing for one) before `pos`."""
        best: Mention | None = None
        for m in self.mentions + self.roles:
            if m.person and floor <= m.start and m.end <= pos and (not best or m.end > best.end):
                best = m
        return best


def _drop_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Finance Minister John Smith" tagged as two persons: the first is the second's
    title, and the name after it is the one who speaks (as a guessed run of capitalised
    words keeps title and name together)."""
    kept: list[Mention] = []
    for m, nxt in zip(mentions, [*mentions[1:], None], strict=True):
        if nxt is not None and 0 < nxt.start - m.end <= 2 and \
                not text[m.end:nxt.start].strip(" \u00a0"):
            continue
        kept.append(m)
    return kept


def _guess_mentions(text: str, german: bool = False) -> list[Mention]:
    lowered = {w.group().lower() for w in _WORD.finditer(text) if w.group()[0].islower()}
    mid = {w.group() for w in _WORD.finditer(text)
           if w.group()[0].isupper() and not _initial(text, w.start())}
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    last_end = -10
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        if _ELISION.match(word) and len(word) > 2 and word[2].isupper():
            start += 2
            match = _WORD.match(text, start) or match
            word = match.group()
        gap = text[last_end:start]
        joinable = bool(current) and gap in (" ", "\u00a0")
        if german and speaker_nouns.function_word(word):
            current = []
        elif word[0].isupper() and (_is_name_word(text, match, lowered, mid) or (
                german and speaker_nouns.role_noun(word))):
            if not joinable:
                current = []
                groups.append(current)
            current.append((start, end))
        elif joinable and word in (_DE_PARTICLES if german else _PARTICLES) and _next_is_upper(
                text, end):
            current.append((start, end))
        else:
            current = []
        last_end = end
    mentions = [_group_mention(text, g) for g in groups if g]
    multi = {text[g[-1][0]:g[-1][1]] for g in groups if len(g) > 1}
    mentions = [m if m.person else Mention(m.start, m.end, m.name, m.name in multi)
                for m in mentions]
    return [_german(text, m) for m in mentions] if german else mentions


def _german(text: str, m: Mention) -> Mention:
    """A German mention: person-like when it ends in a person noun, weak when it starts
    with a common noun (see speaker_nouns.py)."""
    first = _WORD.match(text, m.start)
    weak = first is not None and not speaker_nouns.speaker_word(text, m.start, first.group())
    last = m.name.split()[-1]
    person = (m.person or speaker_nouns.person_noun(last)) and not weak
    return Mention(m.start, m.end, m.name, person, weak)


def _is_name_word(text: str, match: re.Match[str], lowered: set[str], mid: set[str]) -> bool:
    """Capitalised mid-sentence, or sentence-initial yet never lower-case and also seen
    mid-sentence or followed by another capitalised word."""
    word = match.group()
    if len(word) < 2:
        return False
    if word.isupper() and len(word) <= 5:
        return True  # acronyms may be speakers (agencies, parties) but are never person-like
    if not _initial(text, match.start()):
        return True
    if word.lower() in _ARTICLES:
        return False
    if "-" in word and all(part[:1].isupper() for part in word.split("-")):
        return True  # "Тимофеев-Ресовский", "Jean-Marie": a double name even at a sentence start
    return word.lower() not in lowered and (word in mid or _next_is_upper(text, match.end()))


def _initial(text: str, start: int) -> bool:
    """At a sentence's start — but not after a quote closed by a comma ("We won," Smith
    said; „Gut“, sagte Lindner): there the sentence goes on with its attribution."""
    if not _SENTENCE_GAP.search(text, max(0, start - 6), start):
        return False
    return _COMMA_CLOSE.search(text, max(0, start - 6), start) is None


def _next_is_upper(text: str, end: int) -> bool:
    nxt = _WORD.match(text, end + 1) if end < len(text) else None
    return bool(nxt and nxt.group()[0].isupper())


def _group_mention(text: str, group: list[tuple[int, int]]) -> Mention:
    start, end = group[0][0], group[-1][1]
    words = [text[a:b] for a, b in group]
    person = len(group) > 1 and not any(w.isupper() and len(w) > 1 for w in words)
    return Mention(start, end, text[start:end], person)


def _role_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """"the envoy X" teaches that a later "the envoy" means X: those later mentions."""
    keys: dict[str, Mention] = {}
    for m in mentions:
        if m.person and " " in m.name:
            for word in _role_words(text, m.start):
                keys.setdefault(word, m)
    roles = []
    for match in re.finditer(r"(?<!\w)(\w+)(?:[’']| )(?=(\w[\w-]*))", text):
        article, noun = match.group(1).lower(), match.group(2).lower()
        target = keys.get(noun)
        if article in _ARTICLES and target and match.start() > target.end:
            end = match.end() + len(noun)
            roles.append(Mention(match.start(), end, target.name, True))
    return roles


def _role_words(text: str, name_start: int) -> list[str]:
    """Lower-case words just before a name, back to punctuation: "le porte-parole de la …"."""
    window = text[max(0, name_start - 80):name_start]
    window = re.split(r"[.;:!?()\n«»“”„\"]", window)[-1]
    words = [w.group() for w in _WORD.finditer(window)][-7:]
    for k, word in enumerate(words):
        if word.lower() in _ARTICLES or re.match(r"[Ll][’']", word):
            tail = [re.sub(r"^\w[’']", "", w) for w in words[k:]]
            return [w.lower() for w in tail if w[:1].islower() and len(w) > 2
                    and w.lower() not in _ARTICLES]
    return []
