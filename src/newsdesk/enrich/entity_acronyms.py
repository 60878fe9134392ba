"""Names spelled out before their bracketed abbreviation: "Содружества независимых
государств (СНГ)", "Шанхайской организации сотрудничества (ШОС)".

Only the first word of such a name is capitalised, so capitalisation finds "Содружества" and
the abbreviation apart. The abbreviation itself says how far back the name reaches: its
letters are the initials of the words before it, short lowercase function words ("о", "и")
skipped. When the initials match exactly and the first of those words is capitalised, the
words form one organisation name (which `with_bracketed_aliases` then joins to the brackets).
"""

from __future__ import annotations

import re

from newsdesk.enrich.entity_resolve import Span

_ACRONYM = re.compile(r"\(\s?([A-ZА-ЯЁЇІЄҐ]{2,6})\s?\)")
_WORD = re.compile(r"\w[\w-]*")
_REACH = 160  # characters before the brackets searched for the spelled-out name
_BREAK = re.compile(r"[.,;:!?\n«»\"„“”()]")


def spelled_out_names(text: str) -> list[Span]:
    """ORG spans for the names whose initials are the bracketed abbreviation after them."""
    out = []
    for match in _ACRONYM.finditer(text):
        base = max(0, match.start() - _REACH)
        found = _initial_words(text[base:match.start()], match.group(1))
        if found is None:
            continue
        start, end = base + found[0], base + found[1]
        if text[end:match.start()].strip() or _BREAK.search(text, start, end):
            continue
        out.append(Span(start, end, text[start:end].split(), "ORG"))
    return out


def _initial_words(before: str, letters: str) -> tuple[int, int] | None:
    """(start, end) in `before` of the words ending it whose initials spell `letters`."""
    words = list(_WORD.finditer(before))
    need, k, first, last = len(letters), len(words) - 1, None, None
    while k >= 0 and need:
        word = words[k].group()
        if last is not None and len(word) <= 2 and word.islower():
            k -= 1
            continue
        if word[0].upper() != letters[need - 1]:
            return None
        first, last = words[k], last or words[k]
        need -= 1
        k -= 1
    if need or first is None or last is None or not first.group()[0].isupper() \
            or first is last:
        return None
    return first.start(), last.end()


def with_spelled_out_names(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with the spelled-out names added, replacing the spans they overlap (a span
    that is already the whole name stays, with what the lexicon knows of it)."""
    known = {(s.start, s.end) for s in spans}
    names = [n for n in spelled_out_names(text) if (n.start, n.end) not in known]
    if not names:
        return spans
    kept = [s for s in spans if not any(n.start < s.end and s.start < n.end for n in names)]
    return sorted(kept + names, key=lambda s: s.start)
