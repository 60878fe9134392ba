"""Page regions that are never the article, removed from the tree before extraction.

trafilatura picks the article's container well, but some page regions sit inside or beside
it and look like prose to it:

- a *hero* — the banner at the top of a landing or review page (title, pitch, "how we
  tested" blurbs). "hero" is the web-design name of that banner, not of article text;
- a box marked *nocontent* — the marker search appliances read as "do not index this";
- an *interface widget* — CSS-only tabs and toggle switches are built from radio buttons and
  checkboxes set straight in their container; the tab panels beside them hold tool lists and
  help text, not the story.

Each region goes only while it holds a minor share of the page's text, so a template that
wraps the whole article in such a box (a "read more" toggle around the body) keeps it.

The same walk collects the page's call-to-action boxes for `ctabox`, which drops their text
after extraction instead of cutting them here (see there why).
"""

from __future__ import annotations

from copy import deepcopy
from itertools import islice

from lxml.html import HtmlElement

from newsdesk.extract.ctabox import cta_box_keys
from newsdesk.extract.htmltree import class_words

# Class/id words naming a region that is not the article (see the module doc).
NON_CONTENT_WORDS = frozenset({"hero", "nocontent"})
# A region holding half the page's text or more may be the article itself.
MAX_REGION_SHARE = 0.5
_CHUNK_TEXTS = 256  # text nodes counted between two tests of the page's share
# Radio buttons and checkboxes: the inputs of CSS tab and toggle widgets.
_WIDGET_TYPES = frozenset({"radio", "checkbox"})
# The box elements a hero or a nocontent region is built from (scanned in one cheap pass).
_REGION_TAGS = ("div", "section", "aside", "header")
_QUICK_MARKERS = ("ero", "ontent")  # in every spelling of "hero" and "nocontent"
_PAGE_ROOTS = frozenset({"html", "body", "main", "article", "form"})


def pruned_page(tree: HtmlElement) -> HtmlElement:
    """`tree` without its hero, nocontent and widget regions."""
    return pruned_page_and_cta_keys(tree)[0]


def pruned_page_and_cta_keys(
    tree: HtmlElement, *, in_place: bool = False
) -> tuple[HtmlElement, list[str]]:
    """`tree` without its hero, nocontent and widget regions, and the texts of its
    call-to-action boxes (`ctabox`), found in the same walk over the page's boxes.

    The caller's tree is left as it is (metadata and the lead image are read from it later):
    a page with regions to remove is copied first, which only those few pages pay for.
    A caller that parsed the tree for this use alone passes `in_place` and saves the copy.
    """
    boxes, fields, ctas = _marked_boxes_and_fields(tree)
    regions = _minor_regions(tree, boxes, fields)
    keys = cta_box_keys(ctas)
    if not regions:
        return tree, keys
    if in_place:
        found = regions  # (outermost regions only: none lies inside another)
    else:
        paths = [tree.getroottree().getpath(region) for region in regions]
        tree = deepcopy(tree)
        found = [el for path in paths for el in tree.getroottree().xpath(path)]
    for region in found:  # all found first: a removal renumbers its later siblings' paths
        _remove(region)
    return tree, keys


def _minor_regions(
    tree: HtmlElement, boxes: list[HtmlElement], fields: list[HtmlElement]
) -> list[HtmlElement]:
    """The outermost regions holding less than `MAX_REGION_SHARE` of the page's text."""
    regions = _named_regions(boxes) + _widget_regions(fields)
    if not regions:
        return []
    outer = _outermost(regions)
    sizes = [_text_chars(region) for region in outer]
    limit = MAX_REGION_SHARE * _page_chars(tree, max(sizes))
    return [region for region, size in zip(outer, sizes, strict=True) if size < limit]


def _marked_boxes_and_fields(
    tree: HtmlElement,
) -> tuple[list[HtmlElement], list[HtmlElement], list[HtmlElement]]:
    """One walk over the page: the boxes whose class or id holds a marker, the inputs, and
    the boxes that may be call-to-action boxes."""
    boxes, fields, ctas = [], [], []
    hero, content = _QUICK_MARKERS
    for el in tree.iter(*_REGION_TAGS, "input"):
        if el.tag == "input":
            fields.append(el)
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if hero in names or content in names:  # plain substring tests: every box passes here
            boxes.append(el)
        if "cta" in names or "Cta" in names or "CTA" in names:
            ctas.append(el)
    return boxes, fields, ctas


def _named_regions(boxes: list[HtmlElement]) -> list[HtmlElement]:
    return [el for el in boxes if not NON_CONTENT_WORDS.isdisjoint(class_words(el))]


def _widget_regions(fields: list[HtmlElement]) -> list[HtmlElement]:
    """Containers holding two or more radio/checkbox inputs as their own children.

    A form's own fields (a poll, a sign-up) sit inside <form>, which the extractors drop
    anyway; a lone checkbox is more often a "read more" trigger than a widget.
    """
    counts: dict[HtmlElement, int] = {}
    for field in fields:
        if (field.get("type") or "").lower() not in _WIDGET_TYPES:
            continue
        parent = field.getparent()
        if parent is not None and parent.tag not in _PAGE_ROOTS:
            counts[parent] = counts.get(parent, 0) + 1
    return [parent for parent, count in counts.items() if count >= 2]


def _outermost(regions: list[HtmlElement]) -> list[HtmlElement]:
    """The regions not inside another region, each once."""
    chosen = set(regions)
    return [el for el in dict.fromkeys(regions)
            if not any(parent in chosen for parent in el.iterancestors())]


def _text_chars(element: HtmlElement) -> int:
    """Visible text length: all text less that of scripts and styles."""
    hidden = sum(len((el.text or "").strip()) for el in element.iter("script", "style"))
    # map() keeps the per-text work in C: this runs over the whole page's text.
    return sum(map(len, map(str.strip, element.itertext()))) - hidden


def _page_chars(tree: HtmlElement, largest: int) -> int:
    """`_text_chars(tree)`, or less once that much text shows every region (`largest` chars at
    most) to be minor: a hero at the top of a page is decided without reading all the page.

    The count goes up text by text (in chunks, the per-text work staying in C); the scripts'
    and styles' text is taken off first, so each partial count is at most the page's."""
    count = -sum(len((el.text or "").strip()) for el in tree.iter("script", "style"))
    texts = tree.itertext()
    while chunk := list(islice(texts, _CHUNK_TEXTS)):
        count += sum(map(len, map(str.strip, chunk)))
        if MAX_REGION_SHARE * count > largest:
            break
    return count


def _remove(element: HtmlElement) -> None:
    """Drop an element but keep its tail text, which belongs to the parent."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
