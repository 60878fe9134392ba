"""Finding direct quotations by their marks: « », “ ”, „ “, » «, ‚ ‘, " ", ‘ ’ and dash dialogue.

Each opening mark has its own set of closing marks, so one scanner handles every language's
convention; German-style » … « is only tried when a paragraph's first guillemet is ». A quote
left open at a paragraph's end continues when the next paragraph opens with the same mark
(the multi-paragraph convention); the marks that re-open it are left out of its text.
A text that begins inside a quote (an excerpt) gets it from its start to the closing mark,
and one that ends inside a quote gets it from its opening mark to the end (trailing_open).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLOSERS = {
    "«": "»",
    "„": "“”\"",
    "“": "”",
    "‚": "‘’",
    "‘": "’",
    '"': '"',
    "‹": "›",
}
_REVERSED = {"»": "«", "›": "‹"}
_DASH_LINE = re.compile(r"[ \t\u00a0]*[–—-][ \u00a0\u2009\u202f]+")
_DASH_SPLIT = re.compile(
    r"(?<=[\w,.!?…])[ \u00a0]+[–—][ \u00a0]+(?=\w)|(?<=[,.!?…])[ \u00a0]+-[ \u00a0]+(?=\w)"
)
_INNER_SPACE = " \u00a0\u2009\u202f"
# A closing mark right after a sentence's end, then a space or the end of the text.
_ORPHAN_CLOSE = re.compile(r"(?<=[.!?…])[“”](?=\s|$)")
_ORPHAN_MIN_WORDS = 5
# An opening mark that starts a sentence: after its end, a colon, semicolon or dash.
_SENTENCE_OPEN = re.compile(r"(?:^|(?<=[.!?…:;–—-])[ \u00a0]+)([„«“])[ \u00a0\u202f]?(?=[^\W\d_])")


@dataclass(frozen=True)
class Marked:
    """A quote found by its marks: inner span (no marks), outer span (with marks) and text."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    text: str
    dash: bool = False


def find_marked(text: str) -> list[Marked]:
    """Every quote delimited by marks or dialogue dashes, in text order, never overlapping."""
    found: list[Marked] = []
    pos = 0
    for para_start, para_end in _paragraphs(text):
        if para_start < pos:
            continue
        dash = _DASH_LINE.match(text, para_start, para_end)
        if dash and dash.end() < para_end:
            found.extend(_dash_quotes(text, dash.end(), para_end))
            pos = para_end
            continue
        pos = _scan_paragraph(text, para_start, para_end, found)
    orphan = _leading_orphan(text, found[0].outer_start if found else len(text))
    found = [orphan, *found] if orphan else found
    tail = trailing_open(text, found[-1].outer_end if found else 0)
    return [*found, tail] if tail else found


def trailing_open(text: str, floor: int) -> Marked | None:
    """A text cut out of a longer one may end inside a quote, and a speech or poem quoted
    stanza by stanza re-opens each part with the same mark and never closes: „Meine Sache
    ist es … Gebäude.<end> — an opening mark at a sentence's start (after . ! ? : ; or a
    dash) that no closing mark of its kind follows, with the last paragraph, runs to the end.
    """
    last_para = text.rfind("\n") + 1
    for match in _SENTENCE_OPEN.finditer(text, max(floor, last_para)):
        mark = match.group(1)
        closers = _CLOSERS[mark]
        if any(c in text[match.end():] for c in closers if c != mark):
            continue
        start = match.end()
        end = len(text.rstrip())
        body = text[start:end]
        if len(body.split()) >= _ORPHAN_MIN_WORDS * 2:
            return Marked(start, end, match.start(1), end, body)
        return None
    return None


def _leading_orphan(text: str, limit: int) -> Marked | None:
    """A text cut out of a longer one may begin inside a quote: "… meine Herren!“ Damit ging
    er." — a closing mark after a sentence's end, with no opening mark before it, closes a
    quote that ran from the start of the text."""
    close = _ORPHAN_CLOSE.search(text, 0, limit)
    if close is None or any(mark in text[:close.start()] for mark in _CLOSERS):
        return None
    start = len(text[:close.start()]) - len(text[:close.start()].lstrip())
    body = text[start:close.start()]
    if "\n" in body or len(body.split()) < _ORPHAN_MIN_WORDS:
        return None
    return Marked(start, close.start(), start, close.end(), body)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _scan_paragraph(text: str, start: int, end: int, found: list[Marked]) -> int:
    """Scan one paragraph from `start`; returns where scanning stopped (may be past `end`)."""
    reverse = _reverse_guillemets(text[start:end])
    i = start
    while i < end:
        ch = text[i]
        closers = _REVERSED.get(ch) if reverse else _CLOSERS.get(ch)
        if reverse and ch in "«‹":
            closers = None
        if closers is None or not _can_open(text, i):
            i += 1
            continue
        close = _find_close(text, i + 1, end, closers)
        if close is None:
            chained = _multi_paragraph(text, ch, i, end, closers)
            if chained is None:
                i += 1
                continue
            found.append(chained)
            return chained.outer_end
        found.append(_marked(text, i, close))
        i = close + 1
    return end


def _reverse_guillemets(paragraph: str) -> bool:
    first = re.search(r"[«»]", paragraph)
    return bool(first and first.group() == "»" and "«" in paragraph[first.end():])


def _can_open(text: str, i: int) -> bool:
    """Straight and single marks open only at a word's start (not an apostrophe or inch); a
    doubled „„ is a ditto mark in a listing ("150,000 „„Louisiana"), no quote."""
    if text[i] == "„" and "„" in text[max(0, i - 1):i + 2].replace("„", "", 1):
        return False
    if text[i] not in "\"'‘‚":
        return True
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and not after.isspace()


def _find_close(text: str, i: int, end: int, closers: str) -> int | None:
    first = _first_close(text, i, end, closers)
    if first is None or closers != '"':
        return first
    return _balanced_straight_close(text, i, end) or first


def _first_close(text: str, i: int, end: int, closers: str) -> int | None:
    while i < end:
        ch = text[i]
        if ch in closers and _can_close(text, i):
            return i
        i += 1
    return None


def _balanced_straight_close(text: str, i: int, end: int) -> int | None:
    """Straight quotes nest as well ("работа "Без названия" представляет …"): a mark after a
    space and before a word opens an inner quote, the next closing mark ends that one."""
    depth = 0
    while i < end:
        if text[i] == '"':
            before = text[i - 1]
            after = text[i + 1] if i + 1 < len(text) else " "
            if (before.isspace() or before in "(-–—") and after.isalnum():
                depth += 1
            elif _can_close(text, i):
                if depth == 0:
                    return i
                depth -= 1
        i += 1
    return None


def _can_close(text: str, i: int) -> bool:
    if text[i] not in "’'\"":
        return True
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


def _marked(text: str, open_at: int, close_at: int) -> Marked:
    start, end = open_at + 1, close_at
    while start < end and text[start] in _INNER_SPACE:
        start += 1
    while end > start and (text[end - 1] in _INNER_SPACE or text[end - 1] == ","):
        end -= 1  # "We won," he said: the comma belongs to the sentence, not the quote
    return Marked(start, end, open_at, close_at + 1, text[start:end])


def _multi_paragraph(text: str, mark: str, open_at: int, end: int, closers: str) -> Marked | None:
    """Follow a quote over paragraphs that each re-open with `mark` until one closes it."""
    pieces = [(open_at + 1, end)]
    while True:
        nxt = re.compile(r"\n\s*").match(text, end)
        if not nxt or not text.startswith(mark, nxt.end()):
            return None
        para_start = nxt.end() + 1
        para_end = text.find("\n", para_start)
        para_end = len(text) if para_end < 0 else para_end
        close = _find_close(text, para_start, para_end, closers)
        if close is not None:
            pieces.append((para_start, close))
            body = "\n".join(text[a:b].strip(_INNER_SPACE) for a, b in pieces)
            first = _marked(text, open_at, pieces[0][1])
            return Marked(first.start, close, open_at, close + 1, body)
        pieces.append((para_start, para_end))
        end = para_end


def _dash_quotes(text: str, start: int, end: int) -> list[Marked]:
    """Dialogue lines "– Quote – said X. – More." : even segments are speech."""
    bounds = [start]
    for match in _DASH_SPLIT.finditer(text, start, end):
        bounds.extend((match.start(), match.end()))
    bounds.append(end)
    quotes = []
    for k in range(0, len(bounds), 4):
        a, b = bounds[k], bounds[k + 1]
        b = _trim_end(text, a, b)
        if b > a:
            quotes.append(Marked(a, b, a, bounds[k + 1], text[a:b], dash=True))
    return quotes


def _trim_end(text: str, a: int, b: int) -> int:
    while b > a and (text[b - 1].isspace() or text[b - 1] == ","):
        b -= 1
    return b
