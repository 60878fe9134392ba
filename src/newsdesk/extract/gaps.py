"""Put back what trafilatura skipped *inside* the article: headings and lists between paragraphs.

trafilatura sometimes drops the article's own subheadings or bullet lists (anchor-linked
headings, lists it takes for navigation) while keeping the paragraphs around them. The page's
DOM still has them in order, so a second, cheap candidate reads the page's leaf blocks
(p, h1–h6, li, blockquote, pre) and the two are aligned on the paragraphs both contain: DOM
blocks that sit *between two consecutive kept blocks* and are not furniture (link lists,
figures, forms, navigation) are inserted there. Nothing before the first or after the last
kept block is added, so the container choice stays trafilatura's.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from newsdesk.extract.body import Block, first_word, paragraph_block, text_key
from newsdesk.extract.boilerplate import is_tail_label
from newsdesk.extract.cached import cached
from newsdesk.extract.continuation import inside_any, later_parts
from newsdesk.extract.embeds import labels_nothing
from newsdesk.extract.listtext import list_lines

_LEAF_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
_SKIP_ANCESTORS = frozenset(
    {"nav", "aside", "footer", "header", "form", "figure", "figcaption", "button", "select",
     "noscript", "script", "style", "template", "table", "dialog", "label"}
)
_HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
MAX_GAP_BLOCKS = 15  # a larger gap is another part of the page, not a dropped list
MAX_LINK_SHARE = 0.5  # gap blocks mostly made of links are menus or related teasers
MIN_ANCHOR_CHARS = 20  # shorter texts repeat too often on a page to align on
MIN_BLOCK_CHARS = 2
MAX_NESTING = 4  # li > div > span > p is as deep as a leaf block nests in another
# Class or id words that news templates give to boxes set inside the article's container:
# sign-ups, related links, galleries, share bars, author boxes, ads, contents lists.
_FURNITURE_WORDS = frozenset(
    {"newsletter", "newsletters", "signup", "subscribe", "subscription", "promo", "related",
     "recirc", "recirculation", "share", "sharing", "social", "gallery", "slideshow",
     "carousel", "caption", "credit", "credits", "byline", "author", "bio", "ad", "ads",
     "advert", "advertisement", "sponsor", "sponsored", "toc", "tags", "comments", "outbrain",
     "taboola", "teaser", "teasers", "readmore"}
)
_CLASS_WORD = re.compile(r"[a-z]+")
MAX_BOX_DEPTH = 3  # the box is the leaf's parent, or a wrapper or two above it
_CONTAINERS = frozenset({"article", "main", "body"})  # the article itself is no box
# A sign-up box holds its form field beside its pitch; a body part may hold a whole box deeper.
_FIELDS = ("input", "form", "button")


@dataclass(frozen=True)
class DomBlock:
    """One leaf block of the page, in document order."""

    element: HtmlElement
    text: str

    @cached
    def key(self) -> str:
        """Words only, case-folded: what the alignment compares (only asked of a few blocks)."""
        return text_key(self.text)

    @property
    def usable(self) -> bool:
        """Not inside furniture and not mostly links (asked only of gap blocks)."""
        return not _in_furniture(self.element) and (
            _link_share(self.element, self.text) <= MAX_LINK_SHARE
        )


def fill_gaps(blocks: list[Block], dom: list[DomBlock]) -> list[Block]:
    """`blocks` with the DOM blocks (`dom_blocks`) left out between two of them put back,
    and the later parts of a body split across sibling containers (`continuation`)."""
    if not blocks:
        return blocks
    spans = _align(blocks, dom)
    present = {key for block in blocks for key in _line_keys(block)}
    out: list[Block] = []
    for index, block in enumerate(blocks):
        at = spans[index][0]
        if not (block.is_heading and at is not None and labels_nothing(dom[at].element)):
            out.append(block)  # (a heading over an empty widget is dropped: `embeds`)
        if index + 1 < len(blocks):
            end, start = spans[index][1], spans[index + 1][0]
            if end is not None and start is not None and 1 < start - end <= MAX_GAP_BLOCKS + 1:
                out.extend(_gap_blocks(dom[end + 1 : start], present))
    return out + _later_parts(spans, dom, present)


def _later_parts(
    spans: list[tuple[int | None, int | None]], dom: list[DomBlock], present: set[str]
) -> list[Block]:
    """The usable blocks of the body's later sibling parts, after the last kept block."""
    last = next((end for _, end in reversed(spans) if end is not None), None)
    if last is None:
        return []
    parts = later_parts(dom[last].element)
    if not parts:
        return []
    return _gap_blocks([b for b in dom[last + 1 :] if inside_any(b.element, parts)], present)


def dom_blocks(tree: HtmlElement) -> list[DomBlock]:
    """The page's leaf blocks (no other block inside) with their text, in document order.

    Document order puts an element's descendants right after it, so an element is a leaf
    unless the next block element lies inside it. The next one's text is then part of this
    one's: a substring test spares most elements the walk up from the next one.
    """
    elements = list(tree.iter(*_LEAF_TAGS))
    texts = [el.text_content() for el in elements]
    found: list[DomBlock] = []
    for index, el in enumerate(elements):
        if (len(el) and index + 1 < len(elements) and texts[index + 1] in texts[index]
                and _contains(el, elements[index + 1])):
            continue  # (an element without children contains nothing: no walk up needed)
        text = " ".join(texts[index].split())
        if len(text) >= MIN_BLOCK_CHARS:
            found.append(DomBlock(el, text))
    return found


def _contains(outer: HtmlElement, inner: HtmlElement) -> bool:
    """Whether `inner` lies within `outer`, looking a few levels up (blocks nest shallowly)."""
    parent = inner.getparent()
    for _ in range(MAX_NESTING):
        if parent is None:
            return False
        if parent is outer:
            return True
        parent = parent.getparent()
    return False


def _align(blocks: list[Block], dom: list[DomBlock]) -> list[tuple[int | None, int | None]]:
    """For each block, the DOM indexes of its first and last line (monotonic, greedy)."""
    # Only the blocks' own keys are looked up, so a page block whose first word starts none
    # of them needs no key: most of the page (menus, teasers) is ruled out by one word.
    firsts = {key.split(" ", 1)[0] for block in blocks for key in _line_keys(block)}
    # Most article paragraphs are page blocks of the same text: their keys are known already.
    known = {b.text: b.key for b in blocks if b.kind == "p" and "\n" not in b.text}
    positions: dict[str, list[int]] = {}
    for index, item in enumerate(dom):
        if first_word(item.text) not in firsts:
            continue
        if item.text in known:
            item.__dict__.setdefault("key", known[item.text])  # (where `cached` keeps it)
        if len(item.key) >= MIN_ANCHOR_CHARS:
            positions.setdefault(item.key, []).append(index)
    last = -1
    spans: list[tuple[int | None, int | None]] = []
    for block in blocks:
        keys = _line_keys(block)
        first = _next_position(positions, keys[0], last) if keys else None
        if first is not None:
            last = first
        final = _next_position(positions, keys[-1], last - 1) if keys else None
        if final is not None:
            last = final
        spans.append((first, final))
    return spans


def _next_position(positions: dict[str, list[int]], key: str, after: int) -> int | None:
    if len(key) < MIN_ANCHOR_CHARS:
        return None
    return next((i for i in positions.get(key, ()) if i > after), None)


def _gap_blocks(gap: list[DomBlock], present: set[str]) -> list[Block]:
    """The usable DOM blocks of one gap as article blocks; list items grouped in a list."""
    out: list[Block] = []
    items: list[DomBlock] = []
    for item in gap:
        if is_tail_label(item.text):
            break  # "Related articles" and the like: the rest of the gap is furniture
        if not item.key or item.key in present or not item.usable:
            continue
        if item.element.tag == "li":
            if _in_page_link(item.element, item.text):
                continue  # a contents list: "#section" links to the page's own headings
            items.append(item)
            continue
        if items:
            out.append(_list_block(items))
            items = []
        out.append(_block(item))
    if items:
        out.append(_list_block(items))
    return out


def _block(item: DomBlock) -> Block:
    kind = _HEADINGS.get(item.element.tag)
    if kind is None:
        return paragraph_block(item.text)
    markup = f"<{kind}>{html_lib.escape(item.text)}</{kind}>"
    return Block(kind, item.text, lambda: markup, item.element.tag)


def _list_block(items: list[DomBlock]) -> Block:
    parent = items[0].element.getparent()
    tag = "ol" if parent is not None and parent.tag == "ol" else "ul"
    inner = "".join(f"<li>{html_lib.escape(i.text)}</li>" for i in items)
    markup = f"<{tag}>{inner}</{tag}>"
    return Block("list", list_lines((i.text for i in items), tag == "ol"), lambda: markup)


def _line_keys(block: Block) -> list[str]:
    return [] if block.kind == "table" else block.line_keys


def _in_furniture(el: HtmlElement) -> bool:
    return any(parent.tag in _SKIP_ANCESTORS for parent in el.iterancestors()) or _in_box(el)


def _in_box(el: HtmlElement) -> bool:
    """Whether one of the few elements around the block is named as a box, or its parent
    holds a form field (a sign-up box's heading and pitch sit beside its form)."""
    parent = el.getparent()
    if parent is not None and next(parent.iterchildren(*_FIELDS), None) is not None:
        return True
    for _ in range(MAX_BOX_DEPTH):
        if parent is None or parent.tag in _CONTAINERS:
            return False
        names = f"{parent.get('class') or ''} {parent.get('id') or ''}".lower()
        if not _FURNITURE_WORDS.isdisjoint(_CLASS_WORD.findall(names)):
            return True
        parent = parent.getparent()
    return False


def _in_page_link(el: HtmlElement, text: str) -> bool:
    anchors = [a for a in el.iter("a") if (a.get("href") or "").startswith("#")]
    linked = sum(len(" ".join(a.text_content().split())) for a in anchors)
    return bool(anchors) and linked >= MAX_LINK_SHARE * len(text)


def _link_share(el: HtmlElement, text: str) -> float:
    linked = sum(
        len(" ".join(a.text_content().split()))
        for a in el.iter("a")
        if not (a.get("href") or "").startswith("#")  # an in-page anchor is not a way out
    )
    return linked / len(text) if text else 0.0
