"""A timeline value ("2026-01-22", "2025-12", "2026-W03-WE", "2025-Q4") in the reader's words.

Enrichment stores TIMEX3-style ISO values, which are exact but unreadable: a Polish reader
should see "17–18 sty 2026" for last weekend, not "2026-W03-WE". CLDR (through Babel) has
the month names, interval patterns and quarter names for every locale, so nothing here is
translated by hand. A value of a shape this module does not know is shown as it is stored.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_DECADE = re.compile(r"(\d{3})X")


def period_label(value: str, locale: Locale) -> str:
    """The value as a reader of `locale` would write it; the value itself when unknown."""
    try:
        return _label(value, locale) or value
    except ValueError:  # an impossible date such as week 54: show what was stored
        return value


def _label(value: str, locale: Locale) -> str | None:
    if day := _DAY.match(value):  # also "2026-01-22T10:00" and "2026-01-22TEV": the day
        return format_date(date(int(day[1]), int(day[2]), int(day[3])), "medium",
                           locale=locale)
    if month := _MONTH.fullmatch(value):
        return format_skeleton("yMMMM", date(int(month[1]), int(month[2]), 1), locale=locale)
    if week := _WEEK.fullmatch(value):
        first = date.fromisocalendar(int(week[1]), int(week[2]), 6 if week[3] else 1)
        last = first + timedelta(days=1 if week[3] else 6)
        return format_interval(first, last, "yMMMd", locale=locale)
    if quarter := _QUARTER.fullmatch(value):
        first = date(int(quarter[1]), (int(quarter[2]) - 1) * 3 + 1, 1)
        return format_skeleton("yQQQ", first, locale=locale)
    if decade := _DECADE.fullmatch(value):
        return f"{decade[1]}0–{decade[1]}9"
    return None
