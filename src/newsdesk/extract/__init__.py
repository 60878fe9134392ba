"""Extraction: pages, app copies and feed entries become clean Articles.

`extract_article` picks the reader by the page's kind; the other functions are the parts,
public because importers and tests use them directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from newsdesk.errors import ExtractError
from newsdesk.extract.appcopy import looks_like_appcopy, parse_appcopy
from newsdesk.extract.article import decode_html, extract_html, extract_text
from newsdesk.extract.dates import resolve_relative_time
from newsdesk.extract.disclosure import find_disclosure
from newsdesk.extract.feedentry import article_from_entry
from newsdesk.extract.hashing import content_hash
from newsdesk.extract.images import split_caption_credit
from newsdesk.extract.language import detect_language
from newsdesk.extract.sanitize import sanitize_html
from newsdesk.extract.sitetemplate import learn_boilerplate
from newsdesk.model import Article, Page

__all__ = [
    "article_from_entry",
    "content_hash",
    "detect_language",
    "extract_article",
    "extract_html",
    "extract_text",
    "find_disclosure",
    "learn_boilerplate",
    "looks_like_appcopy",
    "parse_appcopy",
    "resolve_relative_time",
    "sanitize_html",
    "split_caption_credit",
]


def extract_article(page: Page, *, now: datetime | None = None,
                    site_boilerplate: Iterable[str] | None = None) -> Article:
    """The Article of a fetched or imported page.

    Plain text and app copies go to `parse_appcopy` (relative times against `now`, else
    the fetch time, else the current time); everything else is read as HTML, without the
    paragraphs `learn_boilerplate` found on other pages of the same site.
    """
    content_type = (page.content_type or "").split(";")[0].strip().lower()
    if content_type == "text/plain" or page.origin == "appcopy":
        reference = now or page.fetched_at or datetime.now().astimezone()
        text = _decode_text(page)
        article = parse_appcopy(text, now=reference, location=page.location)
        return article.replace(
            url=page.url,
            original_url=article.original_url or page.url,
            fetched_at=page.fetched_at,
        )
    article = extract_html(
        page.body, page.url, location=page.location, fetched_at=page.fetched_at,
        site_boilerplate=site_boilerplate,
    )
    return article.replace(origin=page.origin)


def _decode_text(page: Page) -> str:
    if b"\x00" in page.body[:4096]:
        raise ExtractError("binary content, not text", page.location)
    try:
        return page.body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return decode_html(page.body, page.location)
