"""What an article states that sister events differ in: numbers, and the days and years
it mentions (a death toll, a score, the day of another event are written alike in every
language)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from newsdesk.enrich.times import find_times
from newsdesk.model import TimeExpr

__all__ = ["mentioned_numbers", "mentioned_times"]

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])")


def mentioned_numbers(text: str) -> frozenset[str]:
    """Numbers the text states, years and single digits left out: a death toll or a score
    differs between sister events and is written alike in every language."""
    out = set()
    for m in _NUMBER.finditer(text):
        value = m.group().replace(",", ".")
        if value.endswith(".0"):
            value = value[:-2]
        digits = value.replace(".", "")
        if len(digits) < 2 or (len(value) == 4 and value.isdigit() and 1900 <= int(value) <= 2100):
            continue
        out.add(value)
    return frozenset(out)


def mentioned_times(text: str, lang: str | None, published: datetime | None,
           found: Sequence[TimeExpr] | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """Days (YYYY-MM-DD) and years (YYYY) the text mentions, publication day left out;
    `found`: the expressions enrichment already found in `text`."""
    own = published.date().isoformat() if published else None
    days: set[str] = set()
    years: set[str] = set()
    for t in find_times(text, lang, published) if found is None else found:
        value = t.value
        if re.match(r"\d{4}-\d\d-\d\d", value) and value[:10] != own:
            days.add(value[:10])
        if re.match(r"\d{4}(?:$|-)", value):
            years.add(value[:4])
    return frozenset(days), frozenset(years)
