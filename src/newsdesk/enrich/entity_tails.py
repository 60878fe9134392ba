"""Institution names that run on over lowercase genitive words (Slavic languages).

"Фонд национального благосостояния России", "Восточного комитета немецкой экономики",
"Asociace nezávislých dodavatelů energií", "Лиги украинцев Канады": an institution's head
word, then lowercase words in the genitive that say which fund, committee or league, often
closed by the country or body it belongs to. Capitalisation alone ends the name at the
head word, so this pass extends an ORG span whose last word is an institution head over
such a tail: up to four lowercase words (genitive forms, "and" between two of them, no verb
forms), accepted when the tail starts with an adjective in the genitive or ends in a place
or body that the name then takes in. The word classes are closed and general (case
endings, conjunctions); no particular name is listed.
"""

from __future__ import annotations

import re

from newsdesk.enrich.entities_lexicon import FUNCTION_WORDS
from newsdesk.enrich.entity_resolve import Span
from newsdesk.enrich.entity_words import org_head, org_head_word
from newsdesk.enrich.names import Token

_MAX_TAIL = 4
# Genitive (and locative/dative) adjective endings: "национального", "nezávislých", "немецкой".
_GENITIVE_ADJECTIVE = re.compile(
    r"\w{2,}(?:ого|его|ой|ей|ых|их|ої|ьої|ього|ych|ich|ej|ego|ých|ích|ého|ské|cké)")
# Genitive noun endings (a vowel, -ов/-ев/-ів, -ей, -ów, -ů, -í, -ь).
_GENITIVE = re.compile(r"\w{2,}(?:[аяыиіуюеьaeiouyůíéá]|ов|ев|ів|їв|ей|ów|ám|ům)")
# Past-tense, reflexive and present forms of verbs ending like a genitive.
_VERB = re.compile(
    r"\w*(?:ла|ло|ли|ся|сь|ет|ит|ют|ят|ał|ła|ło|ły|li|la|lo|ly|je|ją|ie|i)$")
_AND = frozenset({"и", "і", "та", "й", "i", "a", "oraz"})


def with_genitive_tails(text: str, tokens: list[Token], spans: list[Span]) -> list[Span]:
    """`spans` with institution names extended over their genitive tails (module doc)."""
    index_at = {t.start: i for i, t in enumerate(tokens)}
    span_at = {s.start: s for s in spans}
    out: list[Span] = []
    absorbed: set[int] = set()
    for span in spans:
        if span.start in absorbed:
            continue
        last = index_at.get(_last_token_start(text, span))
        if span.type == "ORG" and not span.fixed and span.place is None and last is not None \
                and org_head_word(span.words[-1]):
            longer = _extended(text, tokens, last, span, span_at)
            if longer is not None:
                grown, taken = longer
                if taken is not None:
                    absorbed.add(taken.start)
                out.append(grown)
                continue
        out.append(span)
    return out


def _last_token_start(text: str, span: Span) -> int:
    return span.end - len(span.words[-1])


def _extended(text: str, tokens: list[Token], last: int, span: Span,
              span_at: dict[int, Span]) -> tuple[Span, Span | None] | None:
    """The span grown over its tail, and the following span it took in, or None."""
    tail: list[Token] = []
    k = last + 1
    while k < len(tokens) and len(tail) < _MAX_TAIL and near(text, tokens[k - 1], tokens[k]):
        low = tokens[k].text
        if low[:1].isupper() or not is_tail_word(low, tokens, k, text):
            break
        tail.append(tokens[k])
        k += 1
    while tail and tail[-1].text in _AND:
        tail.pop()
    if not tail:
        return None
    follower = span_at.get(tokens[k].start) if k < len(tokens) else None
    if follower is not None and near(text, tail[-1], tokens[k]) and _takes_in(follower):
        words = [*span.words, *(t.text for t in tail), *follower.words]
        return Span(span.start, follower.end, words, "ORG"), follower
    if not _GENITIVE_ADJECTIVE.fullmatch(tail[0].text) or _GENITIVE_ADJECTIVE.fullmatch(
            tail[-1].text):
        return None
    return Span(span.start, tail[-1].end, [*span.words, *(t.text for t in tail)], "ORG"), None


def is_tail_word(word: str, tokens: list[Token], k: int, text: str) -> bool:
    if word in _AND:
        return k + 1 < len(tokens) and near(text, tokens[k], tokens[k + 1]) and bool(
            _GENITIVE.fullmatch(tokens[k + 1].text))
    if word in FUNCTION_WORDS or _VERB.match(word):
        return False
    return bool(_GENITIVE_ADJECTIVE.fullmatch(word) or _GENITIVE.fullmatch(word))


def _takes_in(follower: Span) -> bool:
    """A place, or a body named by an acronym or an institution word, closes the name."""
    if follower.type == "LOC":
        return True
    return follower.type == "ORG" and (
        all(w.isupper() for w in follower.words) or org_head(follower.words))


def near(text: str, a: Token, b: Token) -> bool:
    return text[a.end:b.start] in (" ", "\u00a0")
