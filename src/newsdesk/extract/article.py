"""HTML page → Article: the main text from `mainbody`, metadata from the page's tree.

trafilatura only ever sees the HTML string we pass; it never fetches anything.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import datetime

from lxml import etree
from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata
from trafilatura.settings import Document

from newsdesk.errors import ExtractError
from newsdesk.extract import body as body_mod
from newsdesk.extract import meta
from newsdesk.extract.dates import HTMLDATE_FORMAT
from newsdesk.extract.hashing import content_hash
from newsdesk.extract.htmltree import parse_page
from newsdesk.extract.images import lead_image
from newsdesk.extract.language import detect_language
from newsdesk.extract.mainbody import main_body
from newsdesk.extract.pagedates import page_dates
from newsdesk.extract.paywall import page_extras
from newsdesk.extract.sanitize import sanitize_html
from newsdesk.model import Article

log = logging.getLogger(__name__)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_DATE_PARAMS = {"outputformat": HTMLDATE_FORMAT, "original_date": True, "extensive_search": False}


def extract_html(
    html: str | bytes,
    url: str | None,
    *,
    location: str = "",
    fetched_at: datetime | None = None,
    site_boilerplate: Iterable[str] | None = None,
) -> Article:
    """The article of an HTML page. Raises ExtractError (where=location) on unusable input.

    `site_boilerplate` is what `learn_boilerplate` found on other pages of the same host;
    those paragraphs are left out of the text.
    """
    where = location or url or ""
    source_html = _checked_source(html, where)
    tree = parse_page(source_html, where)
    canonical = meta.canonical_url(tree, url)
    url = url or canonical  # a saved page without an address: its canonical link names it
    body = main_body(source_html, url, where, site_boilerplate, page=tree)
    doc = _page_metadata(tree, url)
    blocks = body.blocks
    text = body.text
    declared_flag, declared_sentence = meta.declared_ai(tree)
    published, updated = page_dates(tree, doc.date, source_html, meta.html_language(tree))
    article = Article(
        title=doc.title or meta.meta_content(tree, "og:title"),
        text=text,
        url=url,
        canonical_url=canonical,
        original_url=meta.original_url(tree, url) or url,
        source=meta.meta_content(tree, "og:site_name") or doc.sitename or meta.host_of(url),
        published=published,
        updated=updated,
        language=detect_language(text, hint=meta.html_language(tree) or doc.language),
        authors=meta.page_authors(tree, doc.author),
        image=lead_image(tree, url, meta.meta_content(tree, "og:image", "twitter:image")),
        sections=body_mod.section_titles(blocks),
        ai_generated=body.disclosure is not None or declared_flag,
        ai_disclosure=body.disclosure or declared_sentence,
        html=sanitize_html(body_mod.blocks_html(blocks), base_url=url),
        fetched_at=fetched_at,
        origin="page",
        extras=page_extras(tree, url, body),
    )
    return article.replace(content_hash=content_hash(article))


def extract_text(html: str, url: str | None = None) -> str:
    """Exactly the body text newsdesk stores for a page (== extract_html(...).text).

    Takes the same main-text path as `extract_html` and skips the metadata, which does not
    change the text.
    """
    where = url or ""
    source_html = _checked_source(html, where)
    return main_body(source_html, url, where).text


def _checked_source(html: str | bytes, where: str) -> str:
    source_html = decode_html(html, where) if isinstance(html, bytes) else html
    if not source_html or source_html.isspace():  # (strip() would copy the whole page)
        raise ExtractError("empty document", where)
    if "\x00" in source_html[:2048]:
        raise ExtractError("binary content, not HTML", where)
    return source_html


def decode_html(data: bytes, where: str = "") -> str:
    """Bytes → str: BOM, then <meta charset>, then UTF-8, then cp1252 as the last resort."""
    head = data[:4096]
    if not data.strip():
        raise ExtractError("empty document", where)
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and (head.startswith(_BINARY_MAGIC) or b"\x00" in head):
        raise ExtractError("binary content, not HTML", where)
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    declared = _META_CHARSET.search(head)
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass  # an unknown charset name: fall through to UTF-8 / cp1252 guessing
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _page_metadata(tree: HtmlElement, url: str | None) -> Document:
    """trafilatura's title, site name, author and date guesses (its fast date search only)."""
    try:
        return extract_metadata(tree, url, _DATE_PARAMS, True, set())
    except (ValueError, TypeError, etree.LxmlError) as exc:
        log.debug("metadata extraction failed: %s", exc)
        return Document()
