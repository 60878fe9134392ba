"""One-word names of countries' first-level regions, from ISO 3166-2 (pycountry).

GeoNames' towns and CLDR's countries leave out regions that news name as often as
cities ("Татарстан", "Krym", "Bavaria"). pycountry ships their ISO 3166-2 names in the
local romanisation ("Tatarstan, Respublika", "Avtonomna Respublika Krym"); after the
administrative words are removed, a one-word name folds to the same key as its Cyrillic
or Polish spelling ("Татарстан" -> "tatarstan"). Multi-word and generic names ("Centre",
"North") are left out: they would match ordinary words.
"""

from __future__ import annotations

import re

_ADMIN_WORDS = frozenset({
    "respublika", "avtonomna", "avtonomnyy", "okrug", "oblast", "oblast'", "kray", "krai",
    "republic", "autonomous", "province", "provincia", "region", "state", "county",
    "district", "voblasć", "horad", "city", "of", "the",
})
_GENERIC = frozenset({
    "north", "south", "east", "west", "central", "centre", "center", "capital", "northern",
    "southern", "eastern", "western", "nord", "sud", "est", "ouest", "midlands", "coast",
    "island", "islands", "lakes", "highlands", "valley", "mountain", "plateau", "river",
})
_MIN_LEN = 5
# Four-letter names are kept for countries whose regions Slavic news names by their
# short Slavic names ("Krym", "Komi", "Tyva"); elsewhere four letters too often spell an
# ordinary word ("Free", "Gulf", "Mary", "Pool").
_SHORT_NAME_COUNTRIES = frozenset({"UA", "RU", "BY"})


def region_names() -> list[tuple[str, str]]:
    """(ISO 3166-2 code, one-word name) of the regions kept (module doc); none when
    pycountry is not installed (the regions are then simply not known)."""
    try:
        import pycountry
    except ImportError:
        return []
    out = []
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue  # first-level regions only
        words = [w for w in re.split(r"[\s,]+", sub.name) if w and w.lower() not in _ADMIN_WORDS]
        min_len = _MIN_LEN - (sub.country_code in _SHORT_NAME_COUNTRIES)
        if len(words) == 1 and len(words[0]) >= min_len and words[0][:1].isupper() \
                and words[0].lower() not in _GENERIC and words[0].isalpha():
            out.append((sub.code, words[0]))
    return out
