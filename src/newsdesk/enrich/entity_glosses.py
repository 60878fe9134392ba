"""A place's other name glossed in brackets right after it: "Mykolajiv (Nikolajev)",
"Lwów (Lviv)", "Chemnitz (Karl-Marx-Stadt)".

News in one language often adds the name a place has in another (the local spelling, the
old or the Russian name) in brackets. The bracket makes the glossed word look like the
start of a new sentence, so the run rules drop it; but it names the same place, so it is a
place mention with the place's identity. Only one or two capitalised words that are no
abbreviation (those are handled as aliases of bodies) and only after a place: a bracket
after a person or a body holds all sorts of things (a party, an age, a country).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdesk.enrich.entity_resolve import Span
from newsdesk.enrich.identity import phrase_key

_WORD = r"[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*"
_GLOSS = re.compile(rf"\s?\(({_WORD}(?: {_WORD})?)\)")


def with_place_glosses(text: str, spans: list[Span], lang: str | None) -> list[Span]:
    """`spans` with a place mention added for each bracketed gloss of a place."""
    out: list[Span] = []
    for index, span in enumerate(spans):
        out.append(span)
        gloss = _gloss_after(text, span, lang)
        if gloss is None:
            continue
        following = spans[index + 1] if index + 1 < len(spans) else None
        if following is not None and following.start < gloss.end:
            continue  # the bracket already holds a mention
        out.append(gloss)
    return out


def _gloss_after(text: str, span: Span, lang: str | None) -> Span | None:
    """The bracketed gloss right after a place, with the place's identity, or None."""
    if span.type != "LOC":
        return None
    match = _GLOSS.match(text, span.end)
    if match is None:
        return None
    words = match.group(1).split()
    if not all(w[:1].isupper() and not w.isupper() and len(w) >= 3 for w in words):
        return None
    fixed = span.fixed
    if fixed is None and span.place is None:
        fixed = "n:" + phrase_key(span.words, lang)  # the id resolve gives the place itself
    return replace(span, start=match.start(1), end=match.end(1), words=words, weak=False,
                   sure=False, fixed=fixed)
