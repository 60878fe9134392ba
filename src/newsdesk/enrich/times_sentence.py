"""The sentence around a time expression, so a timeline can say what happened when.

Deliberately simple and language-neutral: stops, line breaks and a short list of
abbreviations per language. `find_times` results carry offsets; `sentence_span` maps
one of them to its sentence's offsets in the same text.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?P<stop>[.!?…]+[\"'»”’)]*)\s+|\s*\n\s*")
_ABBREVIATIONS = frozenset(" ".join(
    "mr mrs ms dr prof gen sen rep gov lt col sgt st mt jr sr inc co corp ltd no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec am pm "
    "m mme mlle env av janv févr avr juil déc "  # fr
    "hr fr dr bzw ca nr str "  # de
    "sr sra dña ud uds "  # es
    "sig dott ing "  # it
    "ul al pl np tj tzw godz wg ks dr hab "  # pl
    "г гг ул им т тыс млн млрд вул пл").split())

def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence of `text` holding text[start:end], without the spaces
    around it: what a story timeline quotes as "what happened" for a time expression.

    A sentence ends at a line break or at . ! ? … (and closing quotes) followed by space and
    a capital, digit, quote or dash, unless the word before the stop is an abbreviation
    ("Oct.", "Mr.", "U.S.", "a.m.", "ul."). The span never cuts [start, end).
    Only the expression's line is scanned backwards, since a line break always ends a
    sentence: long texts cost no more than short ones.
    """
    left = 0
    for m in _BOUNDARY.finditer(text, max(text.rfind("\n", 0, start), 0), start):
        if _ends_sentence(text, m):
            left = m.end()
    right = len(text)
    for m in _BOUNDARY.finditer(text, end):
        if _ends_sentence(text, m):
            right = m.start() + len(m.group("stop") or "")  # a line break has no stop
            break
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    if "\n" in m.group(0) or m.end() >= len(text):
        return True
    word = re.search(r"(\w+)\W*$", text[max(0, m.start() - 12):m.start()])
    if m.group("stop").startswith(".") and word and (
            len(word.group(1)) == 1 or word.group(1).lower() in _ABBREVIATIONS):
        return False
    return bool(re.match(r"[\W\d]|[^\W\d]", text[m.end()]) and not text[m.end()].islower())
