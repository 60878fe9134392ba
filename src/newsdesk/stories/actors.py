"""Who an article is about: the people it names in full (`actors`).

The recogniser also tags teams and offices as people ("Chargers", "City Attorney"); the
actor of a sister event is what tells it apart, so only people named in full at least once
count as actors (`similarity._actor_conflict` compares them).
"""

from __future__ import annotations

import re
from collections import Counter

from newsdesk.enrich.entity_firstnames import is_first_name
from newsdesk.model import Mention

__all__ = ["actors"]

# A capitalised word right before a name: "San Diego Chargers" is a team, not a Diego.
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'.]*)[ \t]+$")
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "prof", "sir", "dame", "lord", "mme", "herr",
                         "frau", "sr", "sra", "dott"})


def actors(text: str, people: list[Mention], lang: str | None) -> Counter[str]:
    """Mentions of the people named in full at least once ("Jamal Williams", then
    "Williams"): a given name the lexicon knows, not glued to a capitalised word before
    it. The recogniser also tags teams and offices as people ("Chargers", "City
    Attorney"); the actor of a sister event is what tells it apart, so only sure
    people count here."""
    sure = {m.entity for m in people
            if m.entity and len(m.entity) > 4 and _named_in_full(text, m, lang)}
    return Counter(m.entity for m in people if m.entity in sure)


def _named_in_full(text: str, m: Mention, lang: str | None) -> bool:
    """`m` is, or directly follows, a known given name ("Jamal" before "Williams": the
    recogniser drops a given name opening a sentence), and no capitalised word is glued
    before that given name ("San Diego Chargers")."""
    tokens = m.text.split()
    start = m.start
    if len(tokens) < 2:
        given = _WORD_BEFORE.search(text[max(0, start - 40):start])
        if not given:
            return False
        tokens = [given.group(1), *tokens]
        start -= len(given.group(0))
    if not is_first_name(tokens[0], lang):
        return False
    before = _WORD_BEFORE.search(text[max(0, start - 40):start])
    if not before:
        return True
    word = before.group(1)
    return not word[0].isupper() or word.rstrip(".").lower() in _HONORIFICS
