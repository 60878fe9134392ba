"""An Article from a feed entry's own content, for when the page cannot be fetched.

Feed content is a fragment, often too short for trafilatura's main-text heuristics, so
when trafilatura finds nothing the fragment's block elements are read with lxml directly.
"""

from __future__ import annotations

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, fragment_fromstring
from trafilatura.settings import Document

from newsdesk.errors import ExtractError
from newsdesk.extract import body as body_mod
from newsdesk.extract.disclosure import split_disclosure
from newsdesk.extract.hashing import content_hash
from newsdesk.extract.language import detect_language
from newsdesk.extract.meta import host_of
from newsdesk.extract.sanitize import sanitize_html
from newsdesk.model import Article, Entry, Feed, Image

_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
_HEADING_TAGS = {"h2", "h3"}


def article_from_entry(entry: Entry, feed: Feed | None) -> Article:
    """The entry's content (or summary) as an Article with origin "feed"."""
    where = entry.link or entry.guid or (feed.url if feed else "")
    fragment = entry.content_html or entry.summary or ""
    if not fragment.strip():
        raise ExtractError("feed entry has no content or summary", where)
    paragraphs, sections = _trafilatura_paragraphs(fragment, entry.link)
    if not paragraphs:
        paragraphs, sections = _lxml_paragraphs(fragment, where)
    paragraphs, disclosure = split_disclosure(paragraphs)
    text = "\n\n".join(paragraphs)
    if not text:
        raise ExtractError("feed entry has no text", where)
    article = Article(
        title=entry.title,
        text=text,
        url=entry.link,
        canonical_url=None,
        original_url=entry.link,
        source=(feed.title if feed and feed.title else None) or host_of(entry.link),
        published=entry.published,
        updated=entry.updated,
        language=detect_language(text, hint=entry.language),
        authors=list(entry.authors),
        image=Image(url=entry.image_url) if entry.image_url else None,
        sections=sections,
        ai_generated=disclosure is not None,
        ai_disclosure=disclosure,
        html=sanitize_html(fragment, base_url=entry.link),
        origin="feed",
        feed_id=feed.id if feed else None,
        guid=entry.guid,
    )
    return article.replace(content_hash=content_hash(article))


def _trafilatura_paragraphs(fragment: str, url: str | None) -> tuple[list[str], list[str]]:
    document = f"<html><body><article>{fragment}</article></body></html>"
    try:
        doc = trafilatura.bare_extraction(
            document, url=url, with_metadata=False, include_tables=True, include_comments=False
        )
    except (ValueError, TypeError, etree.LxmlError):
        return [], []  # too odd for trafilatura: the lxml reading below takes over
    if not isinstance(doc, Document) or doc.body is None:
        return [], []
    blocks = body_mod.body_blocks(doc.body)
    return [b.text for b in blocks], body_mod.section_titles(blocks)


def _lxml_paragraphs(fragment: str, where: str) -> tuple[list[str], list[str]]:
    try:
        root: HtmlElement = fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError) as exc:
        raise ExtractError(f"unparseable feed content: {exc}", where) from exc
    etree.strip_elements(root, "script", "style", with_tail=False)
    blocks = [el for el in root.iter(*_BLOCK_TAGS) if not _has_block_ancestor(el, root)]
    if not blocks:
        text = " ".join(root.text_content().split())
        return ([text] if text else []), []
    paragraphs: list[str] = []
    sections: list[str] = []
    for el in blocks:
        text = " ".join(el.text_content().split())
        if text:
            paragraphs.append(text)
            if el.tag in _HEADING_TAGS:
                sections.append(text)
    return paragraphs, sections


def _has_block_ancestor(el: HtmlElement, root: HtmlElement) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not root:
        if parent.tag in _BLOCK_TAGS:
            return True
        parent = parent.getparent()
    return False
