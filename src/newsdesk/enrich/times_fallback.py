"""Time expressions in languages without a lexicon of ours (nl, pt, sk, hr, sl, zh, fa, ...).

dateparser knows month names and relative words of some two hundred locales; its
`search_dates` finds the phrases and `DateDataParser` tells their period (day, month,
year), which becomes the TIMEX3 granularity. It resolves less well than our own rules
(no tense, no weekday placement), so it only serves languages `timelex` lacks.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from dateparser.date import DateDataParser
from dateparser.search import search_dates

from newsdesk.enrich.times_resolve import iso_week

Found = tuple[int, int, str, str]  # start, end, value, granularity
_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")


@cache
def _parser(lang: str) -> DateDataParser | None:
    """dateparser's parser for `lang` ("pt-BR" -> "pt"), None when it has no such language."""
    for code in dict.fromkeys((lang, lang.replace("_", "-").split("-")[0].lower())):
        try:
            return DateDataParser(languages=[code], settings={"PREFER_DAY_OF_MONTH": "first"})
        except ValueError:  # dateparser has no data for this code: try the base language
            continue
    return None


def dateparser_times(text: str, lang: str, published: datetime | None) -> list[Found]:
    """Phrases dateparser finds in `text`, with value and granularity; relative ones are
    kept only when `published` anchors them (a phrase without a year counts as relative)."""
    parser = _parser(lang)
    if parser is None:
        return []
    base = (published or datetime(2000, 1, 1)).replace(tzinfo=None)
    settings = {"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first"}
    code = parser.languages[0] if parser.languages else lang
    try:
        found = search_dates(text, languages=[code], settings=settings) or []
    except ValueError:  # "Unknown language(s)": dateparser lacks it too; numeric rules remain
        return []
    out: list[Found] = []
    cursor = 0
    for fragment, moment in found:
        start = text.find(fragment, cursor)
        if start < 0 or (published is None and not _YEAR.search(fragment)):
            continue
        cursor = start + len(fragment)
        period = parser.get_date_data(fragment).period  # the moment comes from search_dates,
        value, granularity = _value(moment.date(), period or "day")  # which knows the base
        out.append((start, cursor, value, granularity))
    return out


def _value(day: date, period: str) -> tuple[str, str]:
    if period == "year":
        return f"{day.year:04d}", "year"
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}", "month"
    if period == "week":
        return iso_week(day), "week"
    return day.isoformat(), "day"
