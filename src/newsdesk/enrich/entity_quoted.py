"""Names written in quotation marks: «Газпром», "Северный поток-2".

Russian, Ukrainian and Bulgarian news put the names of companies, projects, parties and
media in quotes, and their first word is often the only capitalised one ("Северный
поток-2"). A short quoted phrase (one to four words) that starts with a capital and has
no sentence punctuation is such a name; the mention leaves the quotation marks out. A
number in it makes it a product (pipelines, aircraft), otherwise it is an organisation.
"""

from __future__ import annotations

import re

from newsdesk.enrich.entity_resolve import Span
from newsdesk.enrich.names import tokenize

QUOTED_NAME_LANGS = frozenset({"ru", "uk", "bg", "be", "mk", "sr"})
_QUOTED = re.compile(r"[«\"„“]\s?([A-ZА-ЯЁЇІЄҐ][^\"«»„“”\n.!?,:;]{0,60}?[^\s\"«»„“”])\s?[»\"“”]")
_MAX_WORDS = 4


def quoted_names(text: str) -> list[Span]:
    """Every short capitalised quoted phrase of `text` as a typed span."""
    spans = []
    for match in _QUOTED.finditer(text):
        words = [t.text for t in tokenize(match.group(1))]
        if not words or len(words) > _MAX_WORDS:
            continue
        kind = "PRO" if any(ch.isdigit() for ch in match.group(1)) else "ORG"
        spans.append(Span(match.start(1), match.end(1), words, kind))
    return spans


def with_quoted_names(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with the quoted names added, replacing the spans inside them."""
    quoted = quoted_names(text)
    if not quoted:
        return spans
    kept = [s for s in spans if not any(q.start <= s.start and s.end <= q.end for q in quoted)]
    return sorted(kept + [q for q in quoted if not any(
        s.start < q.end and q.start < s.end for s in kept)], key=lambda s: s.start)
