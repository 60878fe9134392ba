"""The main text of a page: trafilatura's body, then newsdesk's own clean-up of its blocks.

This is the one path both `extract_text` and `extract_html` take, so the text a benchmark
measures is the text newsdesk stores. It runs no metadata extraction (no dates, no authors):
that work does not change the text, and skipping it keeps `extract_text` at least as fast as
plain trafilatura.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable
from dataclasses import dataclass

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import Document

from newsdesk.errors import ExtractError
from newsdesk.extract import body as body_mod
from newsdesk.extract.boilerplate import strip_boilerplate
from newsdesk.extract.ctabox import drop_cta_blocks
from newsdesk.extract.dek import restore_dek
from newsdesk.extract.disclosure import split_disclosure
from newsdesk.extract.edges import trim_edges
from newsdesk.extract.gaps import DomBlock, dom_blocks, fill_gaps
from newsdesk.extract.htmltree import parse_page
from newsdesk.extract.inline import drop_inline_furniture
from newsdesk.extract.lastanswer import restore_last_answer
from newsdesk.extract.leadlists import restore_lead_in_lists
from newsdesk.extract.pitches import drop_reader_pitches
from newsdesk.extract.prune import pruned_page_and_cta_keys
from newsdesk.extract.sitetemplate import remove_site_boilerplate
from newsdesk.extract.tablecells import refill_blank_cells
from newsdesk.extract.toggles import opened_questions

# Below this, what trafilatura found is a menu item or a button label, not an article.
MIN_TEXT_CHARS = 20
# trafilatura's fast mode (no fallback extractors) is enough unless its text is much shorter
# than the page's prose paragraphs: then the full cascade runs as a second candidate.
# 0.3, not 0.5 (round 5): for fast text between the two the cascade was no better on either
# dev set and lost a multilingual snippet, and it now runs on 3 instead of 7 of 128 pages.
PROSE_CHARS = 100
SHORT_SHARE = 0.3
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
_HEAD_CHARS = 200_000
_TITLE = re.compile(r"<title[^>]*>([^<]{1,500})</title>", re.IGNORECASE)
_META_TAG = re.compile(r"<meta\s[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TITLE_KEYS = ("og:title", "twitter:title")


@dataclass(frozen=True)
class MainBody:
    """The article's blocks after clean-up, with what the clean-up learned on the way."""

    blocks: list[body_mod.Block]
    disclosure: str | None = None
    paywall_prompt: bool = False  # a subscription wall was cut from the end

    @property
    def text(self) -> str:
        return body_mod.blocks_text(self.blocks)


def main_body(
    source_html: str,
    url: str | None,
    where: str,
    site_boilerplate: Iterable[str] | None = None,
    page: HtmlElement | None = None,
) -> MainBody:
    """The cleaned blocks of the page's article. Raises ExtractError when there is none.

    `page` is `source_html`'s parsed tree when the caller has it already (trafilatura
    copies it, so the caller may reuse it); without it the source is parsed here. The
    title lines are looked up in the source either way, so both callers drop the same ones.
    """
    # A tree parsed here, or prune's copy of the caller's, is ours alone: changed in place.
    pruned, cta_keys = pruned_page_and_cta_keys(
        parse_page(source_html, where) if page is None else page, in_place=page is None
    )
    tree = opened_questions(pruned, in_place=pruned is not page)
    blocks = _article_blocks(tree, url, where)
    titles = page_titles(source_html)
    blocks, paywall = strip_boilerplate(blocks)
    # After the breadcrumbs are gone, so the title's copies are among the first blocks.
    blocks = body_mod.drop_title_lines(body_mod.drop_title_heading(blocks, titles), titles)
    blocks = drop_inline_furniture(trim_edges(blocks))
    blocks = drop_reader_pitches(drop_cta_blocks(blocks, cta_keys))
    if site_boilerplate:
        blocks = remove_site_boilerplate(blocks, site_boilerplate)
    blocks, disclosure = _remove_disclosure(blocks)
    result = MainBody(blocks=blocks, disclosure=disclosure, paywall_prompt=paywall)
    if len(result.text) < MIN_TEXT_CHARS:
        raise ExtractError("no article text found", where)
    return result


def _article_blocks(tree: HtmlElement, url: str | None, where: str) -> list[body_mod.Block]:
    """trafilatura's blocks (fast mode, or the full cascade when fast looks short), gaps filled.

    The fast run skips trafilatura's fallback extractors, which cost about a third of its
    time and matter only on pages where its main pass finds too little; the page's leaf
    blocks (read once, also for `fill_gaps`) tell those pages apart.
    """
    dom = dom_blocks(tree)
    doc = _run_trafilatura(tree, url, where, fast=True)
    blocks = _body_blocks(doc, tree) if doc is not None else []
    if _looks_short(blocks, dom):
        doc = _run_trafilatura(tree, url, where, fast=False)
        if doc is None:
            raise ExtractError("no article text found", where)
        blocks = _body_blocks(doc, tree)
    blocks = restore_last_answer(fill_gaps(blocks, dom), dom)
    return restore_lead_in_lists(restore_dek(blocks, dom, tree), dom)


def _body_blocks(doc: Document, tree: HtmlElement) -> list[body_mod.Block]:
    """The blocks of trafilatura's body, its blanked table cells read back from the page."""
    refill_blank_cells(doc.body, tree)
    return body_mod.body_blocks(doc.body)


def _looks_short(blocks: list[body_mod.Block], dom: list[DomBlock]) -> bool:
    prose = sum(len(b.text) for b in dom if b.element.tag == "p" and len(b.text) >= PROSE_CHARS)
    found = sum(len(b.text) for b in blocks)
    return not blocks or found < SHORT_SHARE * prose


def page_titles(source_html: str) -> list[str]:
    """What the page calls its title: og/twitter titles, <title> and its part before the site.

    Read from the HTML source with patterns: no walk of the tree, and no serialization of
    the whole page to get a source back from it.
    """
    head = source_html[:_HEAD_CHARS]
    found = [title for tag in _META_TAG.findall(head) if (title := _meta_title(tag))]
    title_tag = _TITLE.search(head)
    if title_tag:
        text = " ".join(html_lib.unescape(title_tag.group(1)).split())
        found.append(text)
        found.extend(text.split(sep)[0] for sep in _TITLE_SEPARATORS if sep in text)
    return [t for t in found if t.strip()]


def _meta_title(tag: str) -> str | None:
    if "title" not in tag.lower():
        return None  # (its name would hold "title": most meta tags are not asked further)
    attributes = {
        m.group(1).lower(): m.group(2) or m.group(3) or "" for m in _ATTRIBUTE.finditer(tag)
    }
    key = (attributes.get("property") or attributes.get("name") or "").strip().lower()
    return html_lib.unescape(attributes.get("content", "")) if key in _TITLE_KEYS else None


def _run_trafilatura(
    page: HtmlElement | str, url: str | None, where: str, *, fast: bool
) -> Document | None:
    """trafilatura's document, or None when it found no body."""
    try:
        doc = trafilatura.bare_extraction(
            page,
            output_format="xml",  # only the XML body is used: skip trafilatura's own text
            url=url,
            with_metadata=False,
            include_formatting=True,
            include_links=True,
            include_tables=True,
            include_images=False,
            include_comments=False,
            fast=fast,
        )
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise ExtractError(f"extraction failed: {exc}", where) from exc
    if not isinstance(doc, Document) or doc.body is None or not len(doc.body):
        return None
    return doc


def _remove_disclosure(
    blocks: list[body_mod.Block],
) -> tuple[list[body_mod.Block], str | None]:
    """Drop the AI-disclosure sentence from the blocks (the whole block if nothing is left)."""
    _, disclosure = split_disclosure([b.text for b in blocks])
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
