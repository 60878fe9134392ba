"""Treaties named by a capitalised agreement noun and a prepositional tail (Slavic languages).

"Договір про заснування Енергетичного співтовариства", "Договорі до Енергетичної хартії",
"Угода про асоціацію між Україною та ЄС", "Traktat o Unii Europejskiej", "Smlouva o
Evropské unii": Slavic spelling capitalises only the first word of such a title, so an
agreement noun written with a capital inside a sentence, followed by "about/to/on", starts
a name that capitalisation alone cuts into a "place" (the noun) and a body (the tail). The
tail runs over the words of the same phrase up to a capitalised word and the lowercase noun
it qualifies; "and" continues it only between two capitalised words ("Україною та ЄС"), so
"Договорі до Енергетичної хартії та в Угоді" ends at "хартії". A capitalised word is
required in the tail: "Smlouva o spolupráci" alone may be a sentence's "Agreement on
cooperation" as well as a title. Typed EVT, as the treaties of `entity_bodies`.
"""

from __future__ import annotations

import re

from newsdesk.enrich.entity_bodies import TREATY
from newsdesk.enrich.entity_resolve import Span
from newsdesk.enrich.entity_tails import near
from newsdesk.enrich.entity_words import is_function_word
from newsdesk.enrich.names import Token

_PREPS = frozenset({"про", "до", "о", "об", "o", "pro"})
_AND = frozenset({"та", "і", "й", "и", "a", "i"})
_MAX_TAIL = 6
_SENTENCE_END = re.compile(r"[.!?:;\n\"«»„“”]\s*$")


def with_titled_treaties(text: str, tokens: list[Token]) -> list[Span]:
    """EVT spans for the treaties of the module doc (to be merged by the caller)."""
    out: list[Span] = []
    for i, tok in enumerate(tokens[1:-2], start=1):
        if not tok.text[:1].isupper() or tok.is_allcaps or not TREATY.fullmatch(
                tok.text.lower()) or _SENTENCE_END.search(text[tokens[i - 1].start:tok.start]):
            continue
        prep = tokens[i + 1]
        if prep.text not in _PREPS or not near(text, tok, prep):
            continue
        end = _tail_end(text, tokens, i + 2)
        if end is not None:
            out.append(Span(tok.start, end, text[tok.start:end].split(), "EVT"))
    return out


def _tail_end(text: str, tokens: list[Token], k: int) -> int | None:
    """Where the tail starting at token `k` ends, or None without a capitalised word."""
    end: int | None = None
    last = k + _MAX_TAIL
    while k < min(len(tokens), last) and near(text, tokens[k - 1], tokens[k]):
        word = tokens[k].text
        capital = word[:1].isupper()
        if word in _AND:
            if not (tokens[k - 1].text[:1].isupper() and k + 1 < len(tokens) and tokens[
                    k + 1].text[:1].isupper() and near(text, tokens[k], tokens[k + 1])):
                break
        elif capital or (tokens[k - 1].text[:1].isupper() and word.isalpha()):
            end = tokens[k].end  # a capitalised word, or the noun right after it
        elif not word.isalpha() or (is_function_word(word) and end is not None):
            break
        k += 1
    return end
