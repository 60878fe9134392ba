"""Extending a run of capitalised words over the lowercase words that finish its name.

Some names continue after their capitalised words: multi-word places with lowercase
adjectives ("Émirats arabes unis", "Балтийское море") and institutions whose first word
only is capitalised ("Стокгольмского арбитража", "Evropskou radu"). Split from
`entities` so that the recogniser stays small.
"""

from __future__ import annotations

import itertools
import re

from newsdesk.enrich.entity_resolve import known_body
from newsdesk.enrich.entity_rules import DocContext
from newsdesk.enrich.entity_words import loc_head_word, org_head_word, pro_head_word
from newsdesk.enrich.gazetteer import Gazetteer, Place
from newsdesk.enrich.names import Token

# Adjective endings of Slavic languages (two letters or a long vowel: not verbs' endings).
_ADJECTIVE_END = re.compile(
    r"(?:ый|ий|ой|ою|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ых|их|ую|юю|ої|ій|ім|ої|"
    r"ьої|ього|ому|ý|á|é|í|ého|ému|ým|ou|ých|ými|ími|ího|ímu|ego|emu|ym|ej|ą|ych|ymi|iej|"
    r"ich|imi|ny|na|ne|ni|ki|ka|kie|wy|wa|we)$")
_GAZETTEER_REACH = 3  # lowercase words a place name may run on ("Émirats arabes unis")


def with_place(run: list[Token], tokens: list[Token], first: int, ctx: DocContext,
               gaz: Gazetteer) -> tuple[list[Token], Place | None]:
    """The run, extended over lowercase words when that makes a multi-word place
    ("Émirats arabes unis", "Балтийское море")."""
    words = [t.text for t in run]
    last = first + len(run)
    for extra in range(_GAZETTEER_REACH, 0, -1):
        more = tokens[last:last + extra]
        if len(more) != extra or not _adjacent([run[-1], *more]):
            continue
        if known_body(words + [t.text for t in more], ctx.lang) is not None:
            return run + more, None
        if _lowercase_head(run[-1], more):
            return run + more, None
        place = gaz.lookup_phrase(words + [t.text for t in more], ctx.lang)
        if place is not None:
            return run + more, place
    return run, gaz.lookup(words, ctx.lang)


def _lowercase_head(last: Token, more: list[Token]) -> bool:
    """Lowercase words ending in an institution's or a place's head word, which continue
    a name whose first word only is capitalised ("Стокгольмского арбитража", "Evropskou
    radu", "Объединенная судостроительная корпорация", "Балтийскому морю"): the words
    before the head must be adjectives."""
    head = more[-1].text
    return all(t.text[:1].islower() for t in more) and bool(
        loc_head_word(head) or org_head_word(head) or pro_head_word(head)) and all(
        _ADJECTIVE_END.search(t.text.lower()) for t in [last, *more[:-1]])


def _adjacent(tokens: list[Token]) -> bool:
    """Tokens separated by single spaces."""
    return all(b.start - a.end == 1 for a, b in itertools.pairwise(tokens))
