"""Names written in quotation marks: «Газпром», "Северный поток-2".

Russian, Ukrainian and Bulgarian news put the names of companies, projects, parties and
media in quotes, and their first word is often the only capitalised one ("Северный
поток-2"). A short quoted phrase (one to four words) that starts with a capital and has
no sentence punctuation is such a name; the mention leaves the quotation marks out. A
number in it, or a product's or a medium's head word, makes it a product (pipelines,
aircraft, «Турецкий поток»), otherwise it is an organisation. Russian also joins a name
and its bracketed abbreviation into one mention (`with_bracketed_aliases`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdesk.enrich.entity_acronyms import with_spelled_out_names
from newsdesk.enrich.entity_resolve import Span
from newsdesk.enrich.entity_words import media_word, org_head, pro_head_word
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
        kind = "PRO" if any(ch.isdigit() for ch in match.group(1)) or any(
            pro_head_word(w) or media_word(w) for w in words[1:]) else "ORG"
        spans.append(Span(match.start(1), match.end(1), words, kind))
    return spans


def with_quoted_names(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with the quoted names added, replacing the spans inside them."""
    quoted = quoted_names(text)
    if not quoted:
        return spans
    return _replacing(spans, quoted)


def _replacing(spans: list[Span], quoted: list[Span]) -> list[Span]:
    """`spans` without those inside a quoted name, plus the quoted names no kept span
    overlaps: the quotation marks delimit the name better than capitalisation."""
    kept = [s for s in spans if not any(q.start <= s.start and s.end <= q.end for q in quoted)]
    return sorted(kept + [q for q in quoted if not any(
        s.start < q.end and q.start < s.end for s in kept)], key=lambda s: s.start)


# Latin-script Slavic news quote the titles of media, works and ships ("Die Welt", "Gościu
# Niedzielnym", "Dziennik Gazeta Prawna"), whose first word may also be a common word.
QUOTED_TITLE_LANGS = frozenset({"pl", "cs", "sk", "sl", "hr", "bs"})


def with_quoted_titles(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with each quoted run of two to four capitalised words made one mention, a
    product (a title) unless an institution's head word makes it an organisation."""
    titles = []
    for match in _QUOTED.finditer(text):
        words = [t.text for t in tokenize(match.group(1))]
        if not 2 <= len(words) <= _MAX_WORDS or not all(w[:1].isupper() for w in words):
            continue
        kind = "ORG" if org_head(words) else "PRO"
        titles.append(Span(match.start(1), match.end(1), words, kind))
    if not titles:
        return spans
    return _replacing(spans, titles)


# Languages whose news (and SlavicNER's annotation of it) make a name and its bracketed
# abbreviation or original spelling one mention: "Шанхайской организации сотрудничества
# (ШОС)", "Гайко Маас (Heiko Maas)".
PAREN_ALIAS_LANGS = frozenset({"ru"})
_PAREN = re.compile(r"[»\"”]?\s?\(\s?([^()\n]{1,60}?)\s?\)")


def with_bracketed_aliases(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with each name and the alias bracketed right after it merged into one."""
    out: list[Span] = []
    for span in with_spelled_out_names(text, spans):
        if out and span.start < out[-1].end:
            continue  # inside the brackets of the name before
        match = _PAREN.match(text, span.end)
        if match is not None and _is_alias(match.group(1), span, text):
            out.append(replace(span, end=match.end()))
        else:
            out.append(span)
    return out


def _is_alias(alias: str, name: Span, text: str) -> bool:
    """An abbreviation ("ОСК"), or the same name in the other script ("Heiko Maas")."""
    words = alias.split()
    if len(name.words) > 1 and len(words) == 1 and len(alias) >= 2 and alias.isupper():
        return True
    return len(words) == len(name.words) and all(w[:1].isupper() for w in words) and \
        _is_latin(alias) != _is_latin(text[name.start:name.end])


def _is_latin(surface: str) -> bool:
    letter = next((ch for ch in surface if ch.isalpha()), "a")
    return letter < "\u0400"
