"""Who an image credit names: the photographer and the agencies.

A credit ("Alexander KAZAKOV / POOL / AFP via Getty Images", "Fot. PAP/Radek Pietruszka",
"© Reuters") is a list, not a sentence, so the text recogniser's cues (prepositions,
verbs, sentence position) do not apply; its parts are read one by one instead: an agency
from the shared list is an organisation, two to four capitalised words opening with a
known given name (the surname often in capitals) are a person, and pool, handout and
archive words are neither. Offsets index the credit string, never the article text, so
the `entities` contract stays untouched.
"""

from __future__ import annotations

import re

from newsdesk.enrich.entity_firstnames import is_first_name
from newsdesk.enrich.entity_resolve import canonical_id
from newsdesk.enrich.identity import fold
from newsdesk.extract.agencies import CREDIT_AGENCIES
from newsdesk.model import Mention

_AGENCIES = {fold(name): name for name in CREDIT_AGENCIES}
# Parts of a credit: split at slashes, "via", commas, semicolons, pipes, ampersands.
_PART = re.compile(r"[^/,;|&]+")
_VIA = re.compile(r"\s+via\s+", re.IGNORECASE)
# A credit marker left at a part's start ("Photo by", "Fot.", "©"), and agency suffixes
# that name the agency's photo service ("AFP Photo", "AP Photo").
_MARKER = re.compile(
    r"^(?:photos?\s+by|photos?\s*:|fot\.|fot\s*:|foto\s*:|fotos?\s+von|bild\s*:|cr[ée]dits?"
    r"(?:\s+photo)?\s*:|фото\s*:?|©|\(c\))\s*", re.IGNORECASE)
_PHOTO_SUFFIX = re.compile(r"\s+(?:photos?|images?|foto|fot\.?)$", re.IGNORECASE)
# Credit words that name no one: pooled, handed-out, archive and screenshot pictures.
_NO_NAME = frozenset(fold(w) for w in (
    "pool", "handout", "file", "archive", "archives", "archiv", "archiwum", "archivo",
    "dr", "reproduction", "screenshot", "zrzut ekranu", "press office", "courtesy",
))
_NAME_WORD = re.compile(r"^[A-ZÀ-ÞĀ-ſА-ЯЁІЇЄҐ][\w'’.-]*$")


def credit_mentions(credit: str | None, lang: str | None) -> list[Mention]:
    """The people and organisations a credit names, as spans of `credit`."""
    if not credit:
        return []
    out = []
    for start, end in _parts(credit):
        mention = _mention(credit, start, end, lang)
        if mention is not None:
            out.append(mention)
    return out


def _parts(credit: str) -> list[tuple[int, int]]:
    """(start, end) of each part, with "via" as one more separator and markers cut off."""
    spans = []
    for match in _PART.finditer(credit):
        pieces = [(match.start(), match.end())]
        via = _VIA.search(match.group())
        if via:
            pieces = [(match.start(), match.start() + via.start()),
                      (match.start() + via.end(), match.end())]
        for start, end in pieces:
            text = credit[start:end]
            marker = _MARKER.match(text.strip())
            lead = len(text) - len(text.lstrip()) + (marker.end() if marker else 0)
            start, end = start + lead, end - (len(text) - len(text.rstrip()))
            if end > start:
                spans.extend(_joined_agencies(credit, start, end))
    return spans


def _joined_agencies(credit: str, start: int, end: int) -> list[tuple[int, int]]:
    """A part like "EPA-EFE" (a joint credit of two agencies) as its agencies; any other
    part as itself."""
    pieces = credit[start:end].split("-")
    if len(pieces) < 2 or not all(fold(p.strip()) in _AGENCIES for p in pieces):
        return [(start, end)]
    spans, at = [], start
    for piece in pieces:
        spans.append((at, at + len(piece)))
        at += len(piece) + 1
    return spans


def _mention(credit: str, start: int, end: int, lang: str | None) -> Mention | None:
    text = credit[start:end].rstrip(".")
    end = start + len(text)
    agency = _AGENCIES.get(fold(text)) or _AGENCIES.get(fold(_PHOTO_SUFFIX.sub("", text)))
    if agency is not None:
        return Mention(start, end, text, "ORG", canonical_id(agency, "ORG", lang), agency)
    words = text.split()
    if fold(text) in _NO_NAME or not 2 <= len(words) <= 4:
        return None
    if not all(_NAME_WORD.match(w) for w in words) or any(c.isdigit() for c in text):
        return None
    name = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words)
    if not is_first_name(name.split()[0].split("-")[0], lang):
        return None  # "Ukrainian Presidential Press Service" is a body we cannot type
    return Mention(start, end, text, "PER", canonical_id(name, "PER", lang), name)
