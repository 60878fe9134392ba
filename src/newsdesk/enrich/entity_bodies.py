"""Institutions named by a common noun and the place they belong to (Slavic languages).

"министерства финансов США", "Нижняя палата парламента Японии", "суд Швеции",
"апелляционный суд округа Свеа", "Вищий суд швейцарського кантону Цуг": the head is a
lowercase (or sentence-initial) noun for a ministry, court, chamber or parliament, then a
few lowercase words in the genitive, closed by a place. Capitalisation finds only the place,
so this pass builds the whole name as one ORG: an optional adjective right before the head,
the head from a closed class of institution nouns (explicit case endings, so that "судья"
or "судьба" do not count), up to three genitive words (no verb forms) and a place span.
"""

from __future__ import annotations

import re

from newsdesk.enrich.entity_resolve import Span
from newsdesk.enrich.entity_tails import is_tail_word, near
from newsdesk.enrich.names import Token

_HEAD = re.compile(
    r"(?:суд(?:а|у|ом|е|ы|ов|ам|ами|ах|ів|ам|ами)?|палат(?:а|ы|у|е|ой|ою|и|і|ою)|"
    r"министерств(?:о|а|у|ом|е)|міністерств(?:о|а|у|ом|і)|"
    r"sąd(?:u|owi|em|zie)?|soud(?:u|em|y|ů)?|ministerstw(?:o|a|u|em|ie)|"
    r"ministerstv(?:o|a|u|em))")
# Adjectives before the head: "коммерческий", "Нижняя", "Вищий", "najwyższy", "ústavní".
_ADJECTIVE = re.compile(
    r"\w{3,}(?:ый|ий|ій|ой|ая|яя|ое|ее|ого|его|ої|ього|ого|ному|ним|ny|na|ne|ý|á|é|í)")
_MAX_TAIL = 3
# Agreement nouns: "Mnichovské dohody", "Porozumienia Mińskie", "Минские соглашения".
TREATY = re.compile(
    r"(?:dohod|porozumie|umow|układ|smlouv|traktat|soglas|соглашени|угод|договор|договір|"
    r"пакт|pakt)\w{0,4}")
_ADJECTIVE_FORM = re.compile(r"\w{3,}(?:ие|ые|ія|і|ого|их|ких|skie|ské|ská|ského|kie|ckie|ckiego|"
                             r"skiego|ej|ý|é|á|ая|ой|ий|ый)")


def with_place_institutions(text: str, tokens: list[Token], spans: list[Span]) -> list[Span]:
    """ORG spans for the institutions of the module doc (to be merged by the caller)."""
    loc_at = {s.start: s for s in spans if s.type == "LOC"}
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if not _HEAD.fullmatch(tok.text.lower()):
            continue
        place = _place_after(text, tokens, i, loc_at)
        if place is None:
            continue
        start = tok.start
        if i and near(text, tokens[i - 1], tok) and _ADJECTIVE.fullmatch(tokens[i - 1].text):
            start = tokens[i - 1].start
        out.append(Span(start, place.end, text[start:place.end].split(), "ORG"))
    return out


def _place_after(text: str, tokens: list[Token], i: int, loc_at: dict[int, Span]) -> Span | None:
    """The place closing the name whose head is token `i`, over at most three tail words."""
    k = i + 1
    while k < len(tokens) and near(text, tokens[k - 1], tokens[k]):
        place = loc_at.get(tokens[k].start)
        if place is not None:
            return place
        word = tokens[k].text
        if k - i > _MAX_TAIL or word[:1].isupper() or not is_tail_word(word, tokens, k, text):
            return None
        k += 1
    return None


def with_treaties(text: str, tokens: list[Token], spans: list[Span]) -> list[Span]:
    """EVT spans for treaties named by a place adjective and an agreement noun, either order:
    "Mnichovské dohody", "Минские соглашения", "Porozumienia Mińskie"."""
    index_at = {t.start: i for i, t in enumerate(tokens)}
    out: list[Span] = []
    for span in spans:
        if len(span.words) == 2 and any(TREATY.fullmatch(w.lower()) for w in span.words) \
                and any(_ADJECTIVE_FORM.fullmatch(w) for w in span.words):
            out.append(Span(span.start, span.end, span.words, "EVT"))
            continue
        i = index_at.get(span.start)
        if i is None or len(span.words) != 1 or not _ADJECTIVE_FORM.fullmatch(span.words[0]):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(tokens) and TREATY.fullmatch(tokens[j].text.lower()) and near(
                    text, *sorted((tokens[i], tokens[j]), key=lambda t: t.start)):
                start, end = min(tokens[j].start, span.start), max(tokens[j].end, span.end)
                out.append(Span(start, end, text[start:end].split(), "EVT"))
                break
    return out
