"""Marked stretches that name a work or a listing entry rather than quote anyone.

Unattributed short capitalised quotes („Die schöne Helena“, "RIA Novosti") are titles; so are
a newspaper's list of contributions with their bylines („Bruchstücke aus der Beschreibung einer
Reise nach Newyork, von H. M. in L.“, „Correspondenz von Gotthardt Meerfeldt über Venezuela“),
even though they end with a full stop. A colon before a mark usually announces speech
("sagte er: „Nein“"), but not after a date or clock time in a programme listing ("Sonntag
nachmittags 4 Uhr: „Das Dreimäderlhaus“").
"""

from __future__ import annotations

import re

from newsdesk.enrich.attribution import WORDS
from newsdesk.enrich.quotemarks import Marked

_TITLE_WORDS = 4  # as quotes.py's unattributed-quote floor
_BYLINE_WORDS = 15
_NAME = r"[A-ZÄÖÜ][\w]*\.?"
# "…, von H. M. in L." closing the title, or "Correspondenz von Gotthardt Meerfeldt …" opening it.
_BYLINE = re.compile(rf",?\s+von\s+(?:{_NAME}\s*){{1,3}}(?:in\s+{_NAME}\s*)?$"
                     rf"|^[A-ZÄÖÜ]\w+\s+von\s+{_NAME}\s+{_NAME}")
_LISTING_COLON = re.compile(
    r"(?:\d[\d.,½¼¾]*\s*(?:Uhr)?|\bUhr|\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|"
    r"September|Oktober|November|Dezember))\s*:\s*$")


def looks_like_title(m: Marked) -> bool:
    """A few capitalised words without sentence punctuation, or a title with its byline."""
    words = WORDS.findall(m.text)
    if len(words) <= _BYLINE_WORDS and _BYLINE.search(m.text.strip()):
        return True
    return (len(words) <= _TITLE_WORDS and m.text[:1].isupper()
            and m.text.rstrip()[-1:] not in ".!?…,")


def colon_announces(text: str, m: Marked) -> bool:
    """A colon right before the mark announces speech, unless it follows a date or time."""
    before = text[max(0, m.outer_start - 40):m.outer_start]
    return before[-3:].rstrip().endswith(":") and not _LISTING_COLON.search(before)
