"""HTML page → Article, with trafilatura for the main text and lxml for the metadata.

trafilatura only ever sees the HTML string we pass; it never fetches anything.
"""

from __future__ import annotations

import re
from datetime import datetime

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring
from trafilatura.settings import Document

from newsdesk.errors import ExtractError
from newsdesk.extract import body as body_mod
from newsdesk.extract import meta
from newsdesk.extract.dates import (
    HTMLDATE_FORMAT,
    htmldate_fallback,
    parse_page_date,
    structured_dates,
)
from newsdesk.extract.disclosure import split_disclosure
from newsdesk.extract.hashing import content_hash
from newsdesk.extract.images import lead_image
from newsdesk.extract.language import detect_language
from newsdesk.extract.sanitize import sanitize_html
from newsdesk.model import Article

_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Below this, what trafilatura found is a menu item or a button label, not an article.
MIN_TEXT_CHARS = 20
_UTF8_PARSER = HTMLParser(encoding="utf-8")
_DATE_PARAMS = {"outputformat": HTMLDATE_FORMAT, "original_date": True, "extensive_search": True}


def extract_html(
    html: str | bytes,
    url: str | None,
    *,
    location: str = "",
    fetched_at: datetime | None = None,
) -> Article:
    """The article of an HTML page. Raises ExtractError (where=location) on unusable input."""
    where = location or url or ""
    source_html = decode_html(html, where) if isinstance(html, bytes) else html
    if not source_html.strip():
        raise ExtractError("empty document", where)
    if "\x00" in source_html[:2048]:
        raise ExtractError("binary content, not HTML", where)
    tree = _parse_tree(source_html, where)
    doc = _run_trafilatura(source_html, url, where)
    blocks = body_mod.drop_title_heading(body_mod.body_blocks(doc.body), doc.title)
    blocks, disclosure = _remove_disclosure(blocks)
    text = body_mod.blocks_text(blocks)
    if len(text) < MIN_TEXT_CHARS:
        raise ExtractError("no article text found", where)
    published, updated = _page_dates(tree, doc, source_html)
    canonical = meta.canonical_url(tree, url)
    url = url or canonical  # a saved page without an address: its canonical link names it
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
        ai_generated=disclosure is not None,
        ai_disclosure=disclosure,
        html=sanitize_html(body_mod.blocks_html(blocks), base_url=url),
        fetched_at=fetched_at,
        origin="page",
    )
    return article.replace(content_hash=content_hash(article))


def extract_text(html: str, url: str | None = None) -> str:
    """Exactly the body text newsdesk stores for a page (== extract_html(...).text)."""
    return extract_html(html, url).text


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


def _parse_tree(source_html: str, where: str) -> HtmlElement:
    try:
        return document_fromstring(source_html.encode("utf-8"), parser=_UTF8_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractError(f"unparseable HTML: {exc}", where) from exc


def _run_trafilatura(source_html: str, url: str | None, where: str) -> Document:
    try:
        doc = trafilatura.bare_extraction(
            source_html,
            url=url,
            with_metadata=True,
            include_formatting=True,
            include_links=True,
            include_tables=True,
            include_images=False,
            include_comments=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise ExtractError(f"extraction failed: {exc}", where) from exc
    if not isinstance(doc, Document) or doc.body is None or not len(doc.body):
        raise ExtractError("no article text found", where)
    return doc


def _remove_disclosure(
    blocks: list[body_mod.Block],
) -> tuple[list[body_mod.Block], str | None]:
    """Drop the AI-disclosure sentence from the blocks (the whole block if nothing is left)."""
    texts = [b.text for b in blocks]
    _, disclosure = split_disclosure(texts)
    if disclosure is None:
        return blocks, None
    kept: list[body_mod.Block] = []
    removed = False
    for block in blocks:
        if not removed and disclosure in block.text:
            removed = True
            rest = block.text.replace(disclosure, "", 1).strip()
            if rest:
                kept.append(body_mod.paragraph_block(rest))
            continue
        kept.append(block)
    return kept, disclosure


def _page_dates(
    tree: HtmlElement, doc: Document, source_html: str
) -> tuple[datetime | None, datetime | None]:
    """Declared dates first (they carry the time), then trafilatura's, then htmldate's."""
    published, updated = structured_dates(tree)
    published = published or parse_page_date(doc.date)
    published = published or htmldate_fallback(source_html, original=True)
    if updated is None:
        latest = htmldate_fallback(source_html, original=False)
        updated = latest if latest and published and latest > published else None
    return published, updated
