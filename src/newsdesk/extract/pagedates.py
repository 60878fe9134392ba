"""A page's published and updated dates, from the cheapest reliable evidence to the dearest.

Declared dates (meta tags, microdata, JSON-LD) carry the time of day and win. Next comes a
full date written in the page's own description or title ("Notizia del 14 Gennaio 2020"),
where small sites state the news date they never declare; then trafilatura's quick guess;
and htmldate's extensive search, the slow part, only when nothing else spoke.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from dateparser.date import DateDataParser
from lxml.html import HtmlElement

from newsdesk.extract.dates import htmldate_fallback, parse_page_date, structured_dates
from newsdesk.extract.language import normalize_language_tag

_WORD = r"[^\W\d_]{3,12}\.?"
_WRITTEN_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\.?\s+(?:de\s+)?{_WORD}\s+(?:de\s+)?(?:19|20)\d\d"
    rf"|{_WORD}\s+\d{{1,2}},?\s+(?:19|20)\d\d)\b"
)
_DESCRIPTION_KEYS = ("description", "og:description", "twitter:description")


def page_dates(
    tree: HtmlElement,
    trafilatura_date: str | None,
    source_html: str,
    language: str | None = None,
) -> tuple[datetime | None, datetime | None]:
    """(published, updated); `updated` only when it is later than `published`."""
    published, updated = structured_dates(tree)
    declared = published is not None
    published = published or described_date(tree, language)
    published = published or parse_page_date(trafilatura_date)
    published = published or htmldate_fallback(source_html, original=True)
    if updated is None and published is not None and not declared:
        latest = htmldate_fallback(source_html, original=False)
        updated = latest if latest and latest > published else None
    return published, updated


def described_date(tree: HtmlElement, language: str | None = None) -> datetime | None:
    """A full day-month-year date written in the page's description or title, if any."""
    code = normalize_language_tag(language)
    parser = DateDataParser(
        languages=[code] if code else None,
        try_previous_locales=False,
        settings={"RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True},
    )
    for text in _described_texts(tree):
        for match in _WRITTEN_DATE.finditer(text):
            try:
                found = parser.get_date_data(match.group(0)).date_obj
            except ValueError:  # a language tag dateparser does not know
                return None
            if found is not None:
                return found.replace(tzinfo=UTC) if found.tzinfo is None else found
    return None


def _described_texts(tree: HtmlElement) -> list[str]:
    texts = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key in _DESCRIPTION_KEYS and meta.get("content"):
            texts.append(meta.get("content") or "")
    texts.extend(title.text_content() for title in tree.iter("title"))
    return texts
